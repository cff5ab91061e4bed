"""The reader as a new user met it (issue 9: items 1, 2, 5, 6, 7, 8 and 10)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from reader_helpers import SEED_ID, make_app, open_first_briefing, until, wait_for_library
from textual.geometry import Region
from textual.widgets import Footer, Input, OptionList

from tui.model.format.records import Claim
from tui.model.state.reading import ReadingState
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.briefing import BriefingScreen
from tui.widgets.side_lists import FigureList, OutlineList


def messages(app: object) -> list[str]:
    return [n.message for n in app._notifications]  # type: ignore[attr-defined]


def on_screen(screen: BriefingScreen, claim: Claim) -> bool:
    """Is the claim's paragraph at least partly in the article's view? (Read from the widgets:
    the paragraph's chunk and, inside it, the paragraph.)"""
    article = screen.article
    s_index, p_index = screen.sourcing.section_index[claim.section], claim.paragraph - 1
    paragraph = article.query_one(f"#para-{s_index}-{p_index}")
    assert paragraph.parent is not None
    region = paragraph.virtual_region.translate(paragraph.parent.virtual_region.offset)
    top = round(article.scroll_y)
    return region.y < top + article.scrollable_content_region.height and region.bottom > top


def stored_claim(home: Path) -> str:
    position = ReadingState(home / "state" / "reading.toml").position(SEED_ID)
    return position.claim if position is not None else ""


# 1 -------------------------------------------------------------------------------------------


async def test_b_on_a_bookmark_with_a_note_can_be_undone_with_u() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n", "b", "a")
        await pilot.pause()
        await pilot.press(*"keep this", "enter")
        await pilot.pause()
        claim = screen.focused_claim
        assert claim is not None
        key = ("claim", claim.id)
        [bookmark] = [b for b in app.context.bookmarks.bookmarks if b.item_id == claim.id]
        assert bookmark.note == "keep this"
        await pilot.press("b")
        await pilot.pause()
        assert not screen.marks.has(*key)
        assert any(m.endswith("and its note — u to undo") for m in messages(app))
        await pilot.press("u")
        await pilot.pause()
        [back] = [b for b in app.context.bookmarks.bookmarks if b.item_id == claim.id]
        assert back.note == "keep this"
        assert screen.marks.has(*key)
        await pilot.press("u")
        await pilot.pause()
        assert messages(app)[-1] == "Nothing to undo."


# 2 -------------------------------------------------------------------------------------------


async def test_the_reader_under_bookmarks_does_not_overwrite_the_position(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n", "b", "c", "B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        on_top = app.screen
        assert isinstance(on_top, BriefingScreen) and on_top is not screen
        await pilot.press("n", "n")
        fourth = on_top.focused_claim
        assert fourth is not None and on_top.claim_number == 2
        await pilot.press("escape")
        await pilot.pause()
        # Written by the reading-position writer thread: wait for the file, not for a time.
        await until(pilot, lambda: stored_claim(briefing_home) == fourth.id)
        await pilot.press("q")
    assert stored_claim(briefing_home) == fourth.id


async def test_every_claim_change_is_saved_without_leaving(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n", "n")
        claim = screen.focused_claim
        assert claim is not None

        # The save is debounced: wait for the file, not for a fixed time.
        def saved() -> bool:
            position = ReadingState(briefing_home / "state" / "reading.toml").position(SEED_ID)
            return position is not None and position.claim == claim.id

        await until(pilot, saved)
        assert stored_claim(briefing_home) == claim.id


async def test_position_is_restored_by_claim_on_a_smaller_terminal(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press(*"nnnnnnn")
        remembered = screen.focused_claim
        assert remembered is not None
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=(60, 20)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.pause()
        assert screen.focused_claim == remembered
        assert on_screen(screen, remembered)
        section = screen.sourcing.section_index[remembered.section]
        assert screen.article.section_at_top() == section or on_screen(screen, remembered)


# 5 and 7 ----------------------------------------------------------------------------------------


async def test_n_and_p_step_from_the_view() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        sourcing = screen.sourcing
        # Three presses inside one refresh count on from each other (the scroll is immediate;
        # before, under a CPU hog, all three stepped from the same section).
        await pilot.press(*["right_square_bracket"] * 3)
        await until(pilot, lambda: screen.article.section_at_top() == 3)
        view = screen.article.section_at_top()
        assert view == 3
        await pilot.press("n")
        claim = screen.focused_claim
        assert claim is not None
        first_in_view = next(c for c in screen.claim_order if sourcing.section_index[c.section] >= view)
        assert claim == first_in_view
        # after c (no claim), n starts from the view too, not from claim 1
        await pilot.press("c", "n")
        assert screen.focused_claim is not None and screen.claim_number
        assert on_screen(screen, screen.focused_claim)
        # p from a view scrolled past the focused claim lands just above the view
        await pilot.press("G")
        await pilot.pause()
        await pilot.press("p")
        assert screen.focused_claim is not None
        assert on_screen(screen, screen.focused_claim) or screen.claim_number == len(screen.claim_order) - 1


async def test_status_line_labels_the_claims_section_and_the_viewed_one() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n")
        status = str(screen.query_one("#status-line").render())
        assert status.startswith("claim 1/23  ·  § 1/7")
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await pilot.pause()
        status = str(screen.query_one("#status-line").render())
        assert status.startswith("claim 1/23 in § 1/7  ·  viewing § 4/7")


# 6 -------------------------------------------------------------------------------------------


async def test_t_and_f_keep_the_focused_claim_on_screen() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press(*"nnnnnn")
        claim = screen.focused_claim
        assert claim is not None
        for key in ("t", "t", "f", "f"):
            await pilot.press(key)
            await pilot.pause()
            await pilot.pause()
            assert on_screen(screen, claim), key


async def test_find_returns_on_escape_and_on_no_match_and_says_when_it_wraps() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_first_briefing(pilot)
        article = screen.article
        start = article.scroll_y
        # Each step waits on what it must show: a loaded machine delivers keys and redraws late.
        status = screen.query_one("#status-line")
        await pilot.press("slash", *"sovereignty")
        await until(pilot, lambda: bool(article.matches) and article.scroll_y != start)
        await pilot.press(*"zzz")
        await until(pilot, lambda: "no matches for “sovereigntyzzz”" in str(status.render()))
        await until(pilot, lambda: article.scroll_y == start)  # no match: back where find began
        await pilot.press("backspace", "backspace", "backspace")
        await until(pilot, lambda: article.scroll_y != start)
        await pilot.press("escape")  # only previewed, never gone to: back where find began
        await until(pilot, lambda: article.scroll_y == start)
        # going to a match (enter) keeps the view there on esc
        await pilot.press("slash", *"pyongyang", "enter")
        await until(pilot, lambda: len(article.matches) >= 2 and article.scroll_y != start)
        count = len(article.matches)
        kept = article.scroll_y
        await pilot.press("escape")
        await pilot.pause()
        assert article.scroll_y == kept
        await pilot.press("slash")
        for _ in range(count):
            await pilot.press("enter")
        await until(pilot, lambda: "Wrapped around to the first match." in messages(app))


# 8 -------------------------------------------------------------------------------------------


async def test_80x24_footer_keeps_help_and_quit_and_figures_collapse() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_briefing(pilot)
        footer = screen.query_one(Footer)

        def footer_keys() -> dict[str, Region]:
            return {key.description: key.region for key in footer.query("FooterKey")}  # type: ignore[attr-defined]

        # The footer composes its keys after the screen's bindings settle: wait for them.
        await until(pilot, lambda: {"Quit", "Help"} <= set(footer_keys()))
        shown = footer_keys()
        for label in ("Quit", "Help"):
            assert label in shown and shown[label].right <= 80, shown
        figures = screen.query_one(FigureList)
        assert figures.outer_size.height == 3  # one line and its border
        await pilot.press("t")
        await pilot.pause()
        assert screen.article.size.height >= 8


# 10 ------------------------------------------------------------------------------------------


async def test_j_and_k_move_the_sections_list_not_the_article() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        outline = screen.query_one(OutlineList)
        outline.focus()
        await pilot.pause()
        before = screen.article.scroll_y
        start = outline.highlighted or 0
        await pilot.press("j", "j")
        assert outline.highlighted == start + 2
        assert screen.article.scroll_y == before
        await pilot.press("k")
        assert outline.highlighted == start + 1


async def test_bookmarks_list_keys_and_the_way_back(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_briefing(pilot)
        await pilot.press("n", "b", "n", "b", "B")
        await pilot.pause()
        bookmarks = app.screen
        assert isinstance(bookmarks, BookmarksScreen)
        options = bookmarks.query_one("#bookmark-list", OptionList)
        first = options.highlighted
        await pilot.press("j")
        assert options.highlighted == (first or 0) + 1
        await pilot.press("k")
        assert options.highlighted == first
        # esc in the filter clears it and gives the keys back to the list
        await pilot.press("slash", *"zz")
        await pilot.press("escape")
        assert bookmarks.query_one("#bookmark-filter", Input).value == ""
        assert options.has_focus
        # a briefing opened from here says where esc goes
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, BriefingScreen)
        assert reader.active_bindings["escape"].binding.description == "Bookmarks"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is bookmarks


async def test_empty_bookmarks_screen_says_how_to_add_one() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        await pilot.press("B")
        await pilot.pause()
        options = app.screen.query_one("#bookmark-list", OptionList)
        assert options.option_count == 1
        text = str(options.get_option_at_index(0).prompt)
        assert "No bookmarks yet" in text and "b bookmarks" in text


def test_reading_file_is_plain_toml(briefing_home: Path) -> None:
    """The position file stays readable by people (it is what the pty test reads)."""
    state = ReadingState(briefing_home / "state" / "reading.toml")
    from tui.model.state.reading import Position

    state.remember(SEED_ID, Position(claim="x"))
    data = tomllib.loads((briefing_home / "state" / "reading.toml").read_text("utf-8"))
    assert data["positions"][SEED_ID]["claim"] == "x"


async def test_a_claims_flag_follows_its_full_stop_and_never_wraps_alone() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n", "b")
        await pilot.pause()
        claim = screen.focused_claim
        assert claim is not None
        s_index, p_index = screen.sourcing.section_index[claim.section], claim.paragraph - 1
        plain = screen.article.paragraph_content(s_index, p_index).plain
        assert "Asia.\u00a0⚑" in plain and " ⚑." not in plain


async def test_bottom_shows_the_end_of_the_text_in_a_short_pane() -> None:
    """G and End at 80×24 (a 10-row article pane): the last paragraph and the end marker are in view, not
    only the room below the marker that lets the last claim come to the top."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_briefing(pilot)
        article = screen.article
        spacer = article.query_one(".end-spacer")
        for key in ("G", "end"):
            await pilot.press("g", key)
            await until(pilot, lambda: article.scroll_y > 0)
            view = Region(0, int(article.scroll_y), 1, article.scrollable_content_region.height)
            marker_row = spacer.virtual_region.y + spacer.styles.padding.top
            # The marker on the last row, the text's last lines above it.
            assert marker_row == view.bottom - 1
