"""Review mode on the briefing screen: every action, driven as a reader would."""

from __future__ import annotations

import stat
from pathlib import Path

from reader_helpers import open_first_briefing, until
from review_helpers import draft_app, draft_library, fill_form, open_review, press, settle
from textual.geometry import Offset, Region
from textual.selection import Selection
from textual.widgets import Input, Select, Static, TextArea

from tui.model.format.loader import load_briefing
from tui.model.format.records import Briefing, Claim, ClaimKind, ClaimStatus, ReviewState
from tui.model.state.library import Entry, summarize
from tui.screens.briefing import BriefingScreen
from tui.screens.briefing_review import REVIEW_KEYS, REVIEW_TOGGLE
from tui.screens.chain_editor import ChainEditor
from tui.screens.choice import ChoiceScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.edit_form import EditForm
from tui.screens.library_rows import entry_prompt
from tui.widgets.article import ArticleView, Paragraph


def claim_in(briefing: Briefing, claim_id: str) -> Claim | None:
    return next((c for c in briefing.claims if c.id == claim_id), None)


def status_line(screen: BriefingScreen) -> str:
    return str(screen.query_one("#status-line", Static).content)


async def focus(pilot, screen: BriefingScreen, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    screen.show_claim(screen.sourcing.claims[claim_id])
    await pilot.pause()


async def test_review_keys_do_nothing_until_review_mode_is_on(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    before = path.read_bytes()
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await press(pilot, "n", "v", "x", "u")
        assert path.read_bytes() == before
        assert status_line(screen).startswith("review: 0 of 23 checked")  # drafts: counted anyway
        await press(pilot, "e")
        assert status_line(screen).startswith("review: 0 of 23 checked")
        assert screen.focused_claim is not None and screen.focused_claim.review is ReviewState.DRAFT
        await press(pilot, "e")
        assert not screen.reviewing


async def test_accept_saves_and_moves_to_the_next_draft(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        first = screen.focused_claim
        assert first is not None
        await press(pilot, "v")
        saved = load_briefing(path)
        assert claim_in(saved, first.id).review is ReviewState.CHECKED  # type: ignore[union-attr]
        assert screen.focused_claim is not None and screen.focused_claim.id != first.id
        assert screen.focused_claim.review is ReviewState.DRAFT
        assert status_line(screen).startswith("review: 1 of 23 checked")
        await press(pilot, "u")
        assert claim_in(load_briefing(path), first.id).review is ReviewState.DRAFT  # type: ignore[union-attr]


async def test_next_draft_skips_checked_claims(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    path.write_text(path.read_text().replace('review = "draft"', 'review = "checked"', 3))
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        order = screen.claim_order
        assert screen.focused_claim == order[3]
        await pilot.press("d")
        assert screen.focused_claim == order[4]


async def test_reject_asks_when_figures_go_with_the_claim(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "troop-casualties")
        await press(pilot, "x")
        assert isinstance(pilot.app.screen, ConfirmScreen)
        question = pilot.app.screen.question
        assert "Its 2 figures go with it: around 600 North Korean soldiers killed, thousands" in question
        await press(pilot, "n")
        assert claim_in(load_briefing(path), "troop-casualties") is not None
        await press(pilot, "x")
        await press(pilot, "y")
        saved = load_briefing(path)
        assert claim_in(saved, "troop-casualties") is None
        assert all(f.claim != "troop-casualties" for f in saved.figures)
        assert screen.focused_claim is not None
        # Without figures: no question, removed at once.
        await focus(pilot, screen, "brutal-costs")
        await press(pilot, "x")
        assert claim_in(load_briefing(path), "brutal-costs") is None


async def test_the_reject_notice_ends_the_quoted_sentence_once(tmp_path: Path) -> None:
    """A claim whose words end in a full stop is named in the notice without a second one after its
    closing mark ("“… brutal.” u undoes it.", not "“… brutal.”. u undoes it.")."""
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "brutal-costs")
        claim = claim_in(load_briefing(path), "brutal-costs")
        assert claim is not None and claim.text.endswith(".")
        await press(pilot, "x")
        notices = [n.message for n in pilot.app._notifications if n.message.startswith("Rejected")]
        assert notices == [f"Rejected “{claim.text}” u undoes it."]


async def test_status_and_kind_pickers(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "brutal-costs")
        await press(pilot, "s")
        picker = pilot.app.screen
        assert isinstance(picker, ChoiceScreen)
        labels = [str(label) for _key, label in picker.options]
        assert any("“according to”" in label for label in labels)  # the wording rule is beside each
        await press(pilot, "down", "down", "down", "down", "enter")  # asserted → disputed
        assert claim_in(load_briefing(path), "brutal-costs").status is ClaimStatus.DISPUTED  # type: ignore[union-attr]
        before = claim_in(load_briefing(path), "brutal-costs").kind  # type: ignore[union-attr]
        wanted, keys = (
            (ClaimKind.OPINION, ("down",)) if before is ClaimKind.FACTUAL else (ClaimKind.FACTUAL, ("home",))
        )
        await press(pilot, "K")
        await press(pilot, *keys, "enter")
        assert claim_in(load_briefing(path), "brutal-costs").kind is wanted  # type: ignore[union-attr]
        assert screen.focused_claim is not None and screen.focused_claim.id == "brutal-costs"


async def test_chain_editor_remove_move_add_and_new_source(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "peace-and-stability")
        await press(pilot, "l")
        assert isinstance(pilot.app.screen, ChainEditor)
        await press(pilot, "down", "down", "x")  # remove Agerpres
        chain = claim_in(load_briefing(path), "peace-and-stability").attribution  # type: ignore[union-attr]
        assert chain == ("nk-foreign-ministry", "afp")
        await press(pilot, "K")  # AFP up
        chain = claim_in(load_briefing(path), "peace-and-stability").attribution  # type: ignore[union-attr]
        assert chain == ("afp", "nk-foreign-ministry")
        await press(pilot, "a")
        assert isinstance(pilot.app.screen, ChoiceScreen)
        await press(pilot, "enter")  # the first source not in the chain: Agerpres
        chain = claim_in(load_briefing(path), "peace-and-stability").attribution  # type: ignore[union-attr]
        assert chain == ("afp", "nk-foreign-ministry", "agerpres")
        await press(pilot, "n")
        await fill_form(pilot, name="Yonhap", description="South Korean news agency")
        saved = load_briefing(path)
        assert claim_in(saved, "peace-and-stability").attribution[-1] == "yonhap"  # type: ignore[union-attr]
        assert next(s for s in saved.sources if s.id == "yonhap").description == "South Korean news agency"
        await press(pilot, "escape")
        assert isinstance(pilot.app.screen, BriefingScreen)
        assert [s.id for s in screen.sourcing.chain(screen.focused_claim)][-1] == "yonhap"  # type: ignore[arg-type]


async def test_a_source_edited_everywhere_and_a_form_error_shown_in_place(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "troop-casualties")
        await press(pilot, "l")
        await press(pilot, "down", "e")
        form = await fill_form(pilot, name="   ")
        error = form.query_one("#error-name", Static)
        assert error.display and "needs a name" in str(error.content)
        assert pilot.app.screen is form  # stays open
        await fill_form(pilot, name="Rep. Kim")
        sources = {s.id: s for s in load_briefing(path).sources}
        assert sources["sk-lawmaker"].name == "Rep. Kim"


async def test_edit_claim_text_and_note(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "brutal-costs")
        await press(pilot, "i")
        await fill_form(pilot, text="The costs on the ground are brutal.", note="The outlet's own judgement.")
        saved = claim_in(load_briefing(path), "brutal-costs")
        assert saved is not None and saved.text == "The costs on the ground are brutal."
        assert saved.note == "The outlet's own judgement."
        assert screen.focused_claim == saved


async def test_the_edit_form_quotes_the_claims_words_once(tmp_path: Path) -> None:
    """Quoted words that quote someone themselves nest as ‘…’ inside the form's one pair of “…”."""
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "peace-and-stability")
        await press(pilot, "i")
        assert isinstance(pilot.app.screen, EditForm)
        subject = str(pilot.app.screen.query_one("#form-subject", Static).render())
        quoted = "claiming their alliance is meant ‘to ensure peace and stability’ in both Europe and Asia"
        assert subject == f"quote: “{quoted}”"


async def test_claim_from_a_find_match_then_attribute_it(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await press(pilot, "slash", *"thousands more injured", "enter", "escape", "w")
        await fill_form(pilot, text="Thousands more soldiers were injured.")
        assert isinstance(pilot.app.screen, ChainEditor)  # then attribute it
        await press(pilot, "a")
        await press(pilot, "down", "down", "down", "enter")  # South Korean intelligence
        await press(pilot, "escape")
        assert isinstance(pilot.app.screen, ChoiceScreen)  # attributed now: which status?
        await press(pilot, "down", "down", "enter")  # unverified
        made = claim_in(load_briefing(path), "thousands-more-injured")
        assert made is not None and made.quote == "thousands more injured"
        assert (made.attribution, made.status) == (("sk-intelligence",), ClaimStatus.UNVERIFIED)
        assert made.text == "Thousands more soldiers were injured."
        assert screen.focused_claim is not None and screen.focused_claim.id == "thousands-more-injured"


async def test_claim_from_a_mouse_selection(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        paragraph = screen.query_one("#para-2-1", Paragraph)
        text = screen.sourcing.briefing.sections[2].paragraphs[1]
        start = text.index("formed in October 2024")
        selection = Selection(Offset(start, 0), Offset(start + len("formed in October 2024"), 0))
        screen.selections = {paragraph: selection}
        await pilot.pause()
        await press(pilot, "w")
        assert isinstance(pilot.app.screen, EditForm)
        await press(pilot, "escape")
        await press(pilot, "escape")  # the chain editor
        made = claim_in(load_briefing(path), "formed-in-october-2024")
        assert made is not None and (made.section, made.paragraph) == ("watchdog", 2)


async def test_no_words_picked_says_how(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    before = path.read_bytes()
    async with draft_app(path).run_test(size=(120, 40), notifications=True) as pilot:
        await open_review(pilot)
        await press(pilot, "w")
        assert any("Select words" in n.message for n in pilot.app._notifications)
    assert path.read_bytes() == before


async def test_figure_edit_retie_delete_and_new_from_words(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "troop-casualties")
        await press(pilot, "F")
        assert isinstance(pilot.app.screen, ChoiceScreen)
        await press(pilot, "enter")  # edit the first figure
        form = await fill_form(pilot, value="six hundred")
        assert "not a number" in str(form.query_one("#error-value", Static).content)
        await fill_form(pilot, value="650", period="by January 2025")
        figure = next(f for f in load_briefing(path).figures if f.claim == "troop-casualties")
        assert (figure.value, figure.period) == (650, "by January 2025")
        await press(pilot, "F", "enter")  # re-tie it to another claim
        pilot.app.screen.query_one("#field-claim", Select).value = "steep-human-price"
        await press(pilot, "ctrl+s")
        moved = next(f for f in load_briefing(path).figures if f.id == figure.id)
        assert moved.claim == "steep-human-price"
        await press(pilot, "F")
        await press(pilot, "down", "enter")  # delete the claim's other figure
        assert all(f.claim != "troop-casualties" for f in load_briefing(path).figures)
        await press(pilot, "slash", *"11 nations", "enter", "escape", "W")
        form = pilot.app.screen
        assert isinstance(form, EditForm)
        assert form.query_one("#field-value", Input).value == "11"
        await fill_form(pilot, label="member nations")
        made = next(f for f in load_briefing(path).figures if f.label == "member nations")
        assert (made.value, made.claim) == (11, "coalition-condemned")


async def test_metadata_and_editor_notes(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        await open_review(pilot)
        await press(pilot, "E")
        form = await fill_form(pilot, outlet="Example Daily", published="20 Jan")
        assert "not a date" in str(form.query_one("#error-published", Static).content)
        await fill_form(pilot, published="2025-01-20")
        meta = load_briefing(path).meta
        assert (meta.outlet, str(meta.published)) == ("Example Daily", "2025-01-20")
        await press(pilot, "E")
        notes = pilot.app.screen.query_one("#field-editor_notes", TextArea)
        count = len(notes.text.splitlines())
        notes.text = notes.text + "\nThe figures' date is not given."
        await press(pilot, "ctrl+s")
        saved = load_briefing(path).editor_notes
        assert saved[-1] == "The figures' date is not given." and len(saved) == count + 1


async def test_a_change_on_disk_is_never_overwritten_and_reload_picks_it_up(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_review(pilot)
        theirs = path.read_text().replace('category = "World"', 'category = "Asia"')
        path.write_text(theirs)
        await press(pilot, "v")
        assert path.read_text() == theirs
        assert any("changed on disk" in n.message and "R" in n.message for n in pilot.app._notifications)
        await press(pilot, "R")
        await press(pilot, "v")
        saved = load_briefing(path)
        assert saved.meta.category == "Asia"
        assert sum(c.review is ReviewState.CHECKED for c in saved.claims) == 1
        assert screen.reviewing


async def test_a_read_only_file_stays_readable(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    async with draft_app(path).run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_first_briefing(pilot)
        await press(pilot, "e")
        assert not screen.reviewing
        assert any("read-only" in n.message for n in pilot.app._notifications)
        await pilot.press("n")
        assert screen.focused_claim is not None


async def test_undo_across_several_edits(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    original = path.read_bytes()
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        await open_review(pilot)
        await press(pilot, "v", "v")
        await press(pilot, "x")
        await press(pilot, "e", "e")  # leaving review mode and coming back keeps the history
        await press(pilot, "u", "u", "u")
        assert path.read_bytes() == original


async def test_drafts_are_marked_apart_in_the_article(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await press(pilot, "v")  # the first claim is checked now
        spans = screen.query_one(ArticleView).paragraph_content(0, 0).spans
        styles = " ".join(str(span.style) for span in spans)
        assert "claim-draft-background" not in styles
        spans = screen.query_one(ArticleView).paragraph_content(0, 2).spans
        assert any("underline" in str(span.style) and "draft" in str(span.style) for span in spans)


def test_library_row_counts_drafts_and_stops_when_none_remain(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    briefing = load_briefing(path)
    row = entry_prompt(Entry(path=str(path), summary=summarize(briefing)), read=False, bookmarked=False)
    assert "23 wait for review" in row.plain
    checked = path.read_text().replace('review = "draft"', 'review = "checked"')
    path.write_text(checked)
    row = entry_prompt(
        Entry(path=str(path), summary=summarize(load_briefing(path))), read=False, bookmarked=False
    )
    assert "review" not in row.plain and "draft" not in row.plain


def test_every_review_binding_has_an_id() -> None:
    ids = [getattr(binding, "id", None) for binding in [*REVIEW_KEYS, REVIEW_TOGGLE]]
    assert all(ids) and len(set(ids)) == len(ids)


async def test_review_keys_obey_the_keymap(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        pilot.app.set_keymap({"review.accept": "A"})
        await open_review(pilot)
        await press(pilot, "v")
        assert all(c.review is ReviewState.DRAFT for c in load_briefing(path).claims)
        await press(pilot, "A")
        assert sum(c.review is ReviewState.CHECKED for c in load_briefing(path).claims) == 1


async def test_help_lists_the_review_keys_while_reviewing(tmp_path: Path) -> None:
    from tui.screens.help import binding_rows

    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        assert "briefing.review" in {row.binding_id for row in binding_rows(screen)}
        await press(pilot, "e")
        rows = binding_rows(screen)
        ids = {row.binding_id for row in rows}
        assert {row.group for row in rows if row.binding_id.startswith("review.")} == {
            "Review and correct (e)"
        }
        assert {"review.accept", "review.reject", "review.chain", "review.new_claim", "review.undo"} <= ids


async def test_the_library_row_follows_the_review(tmp_path: Path) -> None:
    from tui.screens.library import LibraryScreen

    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        await open_review(pilot)
        await press(pilot, "v", "v")
        await press(pilot, "escape")
        await pilot.app.workers.wait_for_complete()
        await settle(pilot)
        library = pilot.app.screen
        assert isinstance(library, LibraryScreen)
        assert "21 wait for review" in library.row_prompt(library.shown[0]).plain


async def test_a_bookmark_on_an_edited_claim_shows_the_new_text(tmp_path: Path) -> None:
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        await focus(pilot, screen, "brutal-costs")
        await press(pilot, "b", "i")
        pilot.app.screen.query_one("#field-text", Input).value = "The costs are brutal."
        await press(pilot, "ctrl+s")
        store = screen.context.bookmarks
        bookmark = store.get((screen.briefing_id, "claim", "brutal-costs"))
        assert bookmark is not None and bookmark.text == "The costs are brutal."
        store.load()  # and on disk
        assert store.get((screen.briefing_id, "claim", "brutal-costs")).text == "The costs are brutal."  # type: ignore[union-attr]


async def test_review_an_imported_draft_at_once(briefing_home: Path) -> None:
    """Import the seed's text, review the draft before the library lists it: accept removes a draft line."""
    from reader_helpers import make_app
    from test_import_article import SEED, _import

    async with make_app().run_test(size=(120, 40)) as pilot:
        await _import(pilot, str(SEED))
        screen = pilot.app.screen
        assert isinstance(screen, BriefingScreen) and screen.review_path is not None
        written = screen.review_path
        drafts = written.read_text().count('review = "draft"')
        await press(pilot, "e")
        await press(pilot, "v")
        assert written.read_text().count('review = "draft"') == drafts - 1
        assert status_line(screen).startswith(f"review: 1 of {len(load_briefing(written).claims)} checked")


async def test_accept_brings_the_next_draft_into_view(tmp_path: Path) -> None:
    """After each v the body shows the next draft claim, as n would: the save redraws the panes, and
    the scroll must wait for the new article's layout, not measure an article not yet laid out."""
    path = draft_library(tmp_path)
    async with draft_app(path).run_test(size=(120, 40)) as pilot:
        screen = await open_review(pilot)
        order = screen.claim_order
        for place in range(8):  # past the first screenful of the article
            await press(pilot, "v")
            following = order[place + 1]
            await until(pilot, lambda: screen.focused_claim == order[place + 1])  # noqa: B023 (awaited here)
            await until(pilot, lambda: screen.article.scrollable_content_region.height > 0)
            article = screen.article  # a new widget: the save recomposed the screen
            view = Region(0, round(article.scroll_y), 1, article.scrollable_content_region.height)
            region = article.paragraph_region(*article.paragraph_of(following))
            assert view.y <= region.y and region.bottom <= view.bottom, (place, view, region)
