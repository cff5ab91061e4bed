"""Pilot tests: the library and briefing screens driven from the keyboard."""

from __future__ import annotations

from pathlib import Path

from helpers import BUNDLED, SEED_ID, seed_sourcing
from reader_helpers import (
    HOSTILE_BRIEFING,
    drawn_text,
    make_app,
    open_first_briefing,
    sourcing_text,
    until,
    wait_for_library,
)
from textual import events
from textual.widgets import Input, OptionList

from tui.screens.briefing import BriefingScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.widgets.article import ArticleView
from tui.widgets.side_lists import OutlineList


async def test_opening_the_seed_shows_three_panes_side_by_side() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        outline = screen.query_one("#outline").region
        article = screen.query_one("#article").region
        side = screen.query_one("#side").region
        assert outline.width > 0 and article.width > 0 and side.width > 0
        assert outline.right <= article.x and article.right <= side.x
        assert outline.y == article.y == side.y
        assert screen.sourcing.briefing.meta.id == SEED_ID


async def test_n_walks_every_claim_and_the_sourcing_pane_follows() -> None:
    expected = seed_sourcing()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        assert "Sourcing overview" in sourcing_text(screen)
        order = expected.claims_in_reading_order
        for number, claim in enumerate(order, start=1):
            await pilot.press("n")
            assert screen.focused_claim == claim
            text = sourcing_text(screen)
            assert claim.text in text
            assert f"Claim {number} of {len(order)}" in text
            names = [s.name for s in expected.chain(claim)]
            positions = [text.index(name) for name in names]
            assert positions == sorted(positions), "chain drawn from origin to outlet"
            if not names:
                assert "asserts this itself" in text
            assert screen.query_one(ArticleView).focused_claim == claim.id
        await pilot.press("n")  # stays on the last claim
        assert screen.focused_claim == order[-1]
        for claim in reversed(order[:-1]):
            await pilot.press("p")
            assert screen.focused_claim == claim
            assert claim.text in sourcing_text(screen)


async def test_multi_link_chain_is_drawn_with_kinds_and_party() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n")
        text = sourcing_text(screen)
        ministry, afp, agerpres = (
            text.index(n) for n in ("North Korean Foreign Ministry", "AFP", "Agerpres")
        )
        assert ministry < afp < agerpres
        assert "party to the story" in text
        assert "wire agency" in text
        assert "rests only on a party to the story" in text


async def test_enter_on_a_figure_jumps_to_its_claim() -> None:
    expected = seed_sourcing()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        figures = screen.query_one("#figures", OptionList)
        figures.focus()
        for index, figure in enumerate(expected.briefing.figures):
            figures.highlighted = index
            await pilot.press("enter")
            await until(
                pilot, lambda figure=figure: getattr(screen.focused_claim, "id", None) == figure.claim
            )
            assert screen.focused_claim is not None
            assert screen.focused_claim.id == figure.claim
            assert figure.display in sourcing_text(screen)


async def test_section_keys_move_between_sections_and_outline_follows() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        article = screen.query_one(ArticleView)
        outline = screen.query_one(OutlineList)
        await pilot.press("]")
        await pilot.pause()
        assert article.section_at_top() == 1
        assert outline.highlighted == 1
        await pilot.press("]", "]")
        await pilot.pause()
        assert article.section_at_top() == 3
        await pilot.press("[")
        await pilot.pause()
        assert article.section_at_top() == 2
        # enter in the outline jumps to that section
        outline.focus()
        outline.highlighted = 5
        await pilot.press("enter")
        await pilot.pause()
        assert article.section_at_top() == 5


async def test_find_highlights_matches_and_steps_through_them() -> None:
    expected = seed_sourcing()
    count = sum(p.lower().count("watchdog") for s in expected.briefing.sections for p in s.paragraphs)
    assert count >= 2
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        article = screen.query_one(ArticleView)
        await pilot.press("slash", *"watchdog")
        await pilot.pause()
        assert len(article.matches) == count
        assert article.current_match == 0
        await pilot.press("enter")
        assert article.current_match == 1
        await pilot.press("up")
        assert article.current_match == 0
        await pilot.press("up")
        assert article.current_match == count - 1  # wraps around
        await pilot.press("escape")
        assert not screen.query_one("#find").display
        await pilot.press("m")
        assert article.current_match == 0
        # typing n in the find bar types, it does not step claims
        await pilot.press("slash", "n")
        assert screen.focused_claim is None


async def test_escape_goes_back_to_the_library_and_q_quits() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await open_first_briefing(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_keymap_override_from_config_file(briefing_home: Path) -> None:
    config = briefing_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[keymap]\n"briefing.next_claim" = "x"\n', "utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n")
        assert screen.focused_claim is None
        await pilot.press("x")
        assert screen.focused_claim is not None
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        from tui.screens.help import binding_rows

        rows = {row.binding_id: row.keys for row in binding_rows(screen)}
        assert rows["briefing.next_claim"] == ["x"]


async def test_reading_position_is_restored_after_restart() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n", "n", "n")
        remembered = screen.focused_claim
        assert remembered is not None
        await pilot.press("q")
    again = make_app()
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = again.screen
        assert isinstance(library, LibraryScreen)
        assert library.context.reading.is_read(SEED_ID)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.focused_claim == remembered


async def test_a_broken_file_is_listed_with_its_error(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in BUNDLED.glob("*.toml"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "broken.toml").write_text('format = 1\n[briefing]\nid = "x"\ntitle = \n', "utf-8")
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        broken = [e for e in library.shown if e.broken]
        assert len(broken) == 1
        rows = library.rows
        drawn = drawn_text(rows)
        assert "BROKEN" in drawn and "broken.toml:4:" in drawn
        # opening it explains, never crashes
        rows.highlighted = library.shown.index(broken[0])
        await pilot.press("enter")
        assert isinstance(app.screen, LibraryScreen)


async def test_filter_as_you_type_and_sort(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    for path in BUNDLED.glob("*.toml"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "other.toml").write_text(
        'format = 1\n[briefing]\nid = "other"\ntitle = "Budget vote in Bucharest"\noutlet = "Zeta"\n'
        'published = 2030-01-01\ntags = ["romania"]\n'
        '[[sections]]\nid = "a"\nheading = "A"\nparagraphs = ["Text."]\n',
        "utf-8",
    )
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert [e.summary.id for e in library.shown if e.summary] == ["other", SEED_ID]  # newest first
        await pilot.press("slash", *"romania")
        await wait_for_library(pilot)  # the search runs in a worker
        assert [e.summary.id for e in library.shown if e.summary] == ["other"]
        # full-text: a word only in the seed's body finds the seed
        await pilot.press("escape", "slash", *"agerpres")
        await wait_for_library(pilot)
        assert [e.summary.id for e in library.shown if e.summary] == [SEED_ID]
        await pilot.press("escape")
        assert len(library.shown) == 2
        await pilot.press("s")
        assert library.sort == "title"
        assert [e.summary.id for e in library.shown if e.summary] == ["other", SEED_ID]


async def test_hostile_markup_is_shown_literally_and_clicks_do_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "hostile.toml").write_text(HOSTILE_BRIEFING, "utf-8")
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        paragraph = screen.query_one("#para-0-0")
        assert "[@click=app.quit]here[/]" in str(paragraph.content)
        title = screen.query_one(".title")
        assert "[@click=app.quit]quit[/]" in str(title.content)
        await pilot.click("#para-0-0", offset=(2, 0))
        await pilot.click(".title", offset=(10, 0))
        await pilot.click(".dek", offset=(20, 0))
        await pilot.pause()
        assert app.is_running
        await pilot.press("n")
        assert "[@click=app.quit]with markup[/]" in sourcing_text(screen)
        assert app.is_running


async def test_letters_typed_right_after_slash_land_in_the_box() -> None:
    """Keys sent in one burst (as a fast typist or tmux does) must not race the focus change."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        # Post all keys before any is handled: the pilot would otherwise wait between them.
        for key, char in (("slash", "/"), ("k", "k"), ("o", "o"), ("r", "r")):
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert library.query_one("#filter", Input).value == "kor"
        # / in the focused box is a character, not a refocus
        await pilot.press("slash")
        assert library.query_one("#filter", Input).value == "kor/"
