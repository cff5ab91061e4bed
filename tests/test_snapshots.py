"""Snapshot tests, grouped by feature. Each docstring says what the picture must show.

Update after an intended visual change with `pytest tests/test_snapshots.py --snapshot-update`,
then look at the SVGs before committing them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import BUNDLED
from reader_helpers import HOSTILE_BRIEFING, make_app, open_first_briefing, wait_for_library
from textual.pilot import Pilot
from textual.widgets import Input

from tui.screens.library import LibraryScreen


async def steady(pilot: Pilot[None]) -> None:
    """Make the picture deterministic: no blinking cursors, no notifications on timers."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    pilot.app.clear_notifications()
    await pilot.pause()


def _copy_bundled(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in BUNDLED.glob("*.toml"):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


async def _open(pilot: Pilot[None]) -> None:
    await open_first_briefing(pilot)
    await steady(pilot)


def _keys_after_open(*keys: str) -> Any:
    async def run_before(pilot: Pilot[None]) -> None:
        await open_first_briefing(pilot)
        await pilot.press(*keys)
        await steady(pilot)

    return run_before


class TestLibrary:
    def test_library_lists_the_seed(self, snap_compare: Any) -> None:
        """The library at 120x40: header with the count, the filter box, and one unread row for the
        seed: its title, 'outlet not named · date not given · 7 sections · … claims · 4 figures' and the
        sourcing summary line."""

        async def run_before(pilot: Pilot[None]) -> None:
            await wait_for_library(pilot)
            await steady(pilot)

        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=run_before)

    def test_broken_file_row(self, snap_compare: Any, tmp_path: Path) -> None:
        """A library with the seed and a broken file: the broken row says '✗ BROKEN broken.toml' and
        shows 'broken.toml:4:9: TOML syntax: Invalid value' under it; the seed row is intact."""
        folder = _copy_bundled(tmp_path / "lib")
        (folder / "broken.toml").write_text('format = 1\n[briefing]\nid = "x"\ntitle = \n', "utf-8")

        async def run_before(pilot: Pilot[None]) -> None:
            await wait_for_library(pilot)
            library = pilot.app.screen
            assert isinstance(library, LibraryScreen)
            library.rows.highlighted = 1
            await steady(pilot)

        app = make_app(folder)
        assert snap_compare(app, terminal_size=(120, 24), run_before=run_before)


class TestBriefingLayout:
    def test_briefing_80x24(self, snap_compare: Any) -> None:
        """At 80x24: the article fills the top (title, dek, metadata); the key figures are one line
        above the sourcing overview; the outline is hidden (t shows it); the footer ends with
        `q Quit  ? Help` (n p Claims, t f Panes; no ^p key)."""
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_open)

    def test_briefing_80x24_outline_toggled(self, snap_compare: Any) -> None:
        """At 80x24 after t: the section outline appears above the article and takes the side
        pane's place, so the article keeps its height."""
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_keys_after_open("t"))

    def test_briefing_120x40(self, snap_compare: Any) -> None:
        """At 120x40: outline (7 sections with claim counts), article, and key figures + sourcing
        overview side by side."""
        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_open)

    def test_briefing_200x50(self, snap_compare: Any) -> None:
        """At 200x50: the same three panes with a wide article column."""
        assert snap_compare(make_app(), terminal_size=(200, 50), run_before=_open)


class TestSourcing:
    def test_focused_claim_with_multi_link_chain(self, snap_compare: Any) -> None:
        """After n: the first claim is highlighted in the article; the sourcing pane starts with
        'ALLEGED · North Korean Foreign Ministry ▲ → AFP → Agerpres → this outlet' and the warnings
        'single source · rests only on a party to the story', then the claim and the detailed chain."""
        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_keys_after_open("n"))

    def test_focused_claim_at_80x24(self, snap_compare: Any) -> None:
        """At 80x24 after n n n n n: the casualty claim is highlighted and scrolled into view; without
        scrolling, the bottom sourcing pane (under the one-line figures) shows 'UNVERIFIED · South
        Korean intelligence → a South Korean lawmaker (unnamed) → this outlet', '⚠ single source' and
        the overstated-heading warning; the status line starts `claim 5/23`."""
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_keys_after_open(*"nnnnn"))

    def test_sourcing_overview(self, snap_compare: Any) -> None:
        """No claim focused at 120x50: the sourcing pane shows the one-line summary with opinions
        apart, the three overstated headings (§ 2, 6, 7), sources by kind, claims by status and by
        kind, warnings, and the editor's notes."""
        assert snap_compare(make_app(), terminal_size=(120, 50), run_before=_keys_after_open("f", "f"))


class TestFactAndOpinion:
    def test_chain_on_one_line_at_120x40(self, snap_compare: Any) -> None:
        """At 120x40 after n n n n n: the sourcing pane's first lines are 'UNVERIFIED · South Korean
        intelligence → a South Korean lawmaker (unnamed) → this outlet', '⚠ single source' and
        '⚠ § 2 heading states as fact what paragraph 2 attributes to South Korean intelligence
        (unverified)', above the claim; the outline marks headings 2, 6 and 7 with ⚠."""
        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_keys_after_open(*"nnnnn"))

    def test_opinion_claim(self, snap_compare: Any) -> None:
        """After n n n n: 'the costs on the ground are brutal' is focused, in italics and the opinion
        colour (not the asserted colour); the pane starts 'ASSERTED OPINION · this outlet (own
        view)' with no warning, and says 'Kind: opinion — …'. Other opinions in view are italic."""
        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_keys_after_open(*"nnnn"))

    def test_overstated_headings_in_the_outline_at_80x24(self, snap_compare: Any) -> None:
        """At 80x24 after n n n n n and t: the outline shows all seven sections, ⚠ before headings 2,
        6 and 7; the article's heading reads '… Fighting  ⚠ overstated' and the sourcing pane still
        starts with the casualty claim's status and chain."""
        assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_keys_after_open(*"nnnnn", "t"))

    def test_broken_file_notification(self, snap_compare: Any, tmp_path: Path) -> None:
        """Enter on a broken file's row: one short notification, 'hostile.toml: 2 problems — see its
        row or run `briefing check`', not a list of every problem."""
        folder = _copy_bundled(tmp_path / "lib")
        seed = (folder / "north-korea-russia-alliance.toml").read_text("utf-8")
        broken = seed.replace('id = "north-korea-russia-alliance"', 'id = "hostile"')
        broken = broken.replace('claim = "troop-casualties"', 'claim = "troop-casualty"')
        (folder / "hostile.toml").write_text(broken, "utf-8")

        async def run_before(pilot: Pilot[None]) -> None:
            await wait_for_library(pilot)
            library = pilot.app.screen
            assert isinstance(library, LibraryScreen)
            library.rows.highlighted = 1
            await pilot.press("enter")
            for field in pilot.app.screen.query(Input):
                field.cursor_blink = False
            await pilot.pause()

        assert snap_compare(make_app(folder), terminal_size=(120, 24), run_before=run_before)


class TestThemes:
    @pytest.mark.parametrize("theme", ["newsprint", "briefing-night"])
    def test_shipped_theme(self, snap_compare: Any, theme: str) -> None:
        """The briefing screen with a focused claim in each shipped theme: status colours on claim
        marks, kind colours in the chain, readable text on the theme's background."""

        async def run_before(pilot: Pilot[None]) -> None:
            pilot.app.theme = theme
            await open_first_briefing(pilot)
            await pilot.press("n", "n", "n", "n", "n")
            await steady(pilot)

        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=run_before)


class TestHelpAndFind:
    def test_help(self, snap_compare: Any) -> None:
        """? on the briefing screen: a modal listing every key of the screen with its description
        and binding id (generated from the bindings), and how to change keys."""
        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_keys_after_open("question_mark"))

    def test_find(self, snap_compare: Any) -> None:
        """/ watchdog: the find bar at the bottom, every 'watchdog' highlighted, the current match
        reversed, and 'find: 1/N' in the status line."""
        assert snap_compare(
            make_app(), terminal_size=(120, 40), run_before=_keys_after_open("slash", *"watchdog")
        )


class TestSafety:
    def test_hostile_briefing_shows_markup_literally(self, snap_compare: Any, tmp_path: Path) -> None:
        """A briefing whose text is full of Textual markup and escape sequences: every '[@click=…]',
        '[bold]' and '[link=…]' appears as literal characters; escape sequences are gone (their
        printable remainder shows); after n the claim's sourcing shows the markup literally too."""
        folder = tmp_path / "lib"
        folder.mkdir()
        (folder / "hostile.toml").write_text(HOSTILE_BRIEFING, "utf-8")
        assert snap_compare(make_app(folder), terminal_size=(120, 40), run_before=_keys_after_open("n"))


async def _bookmark_three(pilot: Pilot[None]) -> None:
    """Bookmark the first claim, the first figure and the third section."""
    from tui.widgets.side_lists import FigureList, OutlineList

    screen = await open_first_briefing(pilot)
    await pilot.press("n", "b")
    figures = screen.query_one(FigureList)
    figures.focus()
    figures.highlighted = 0
    await pilot.press("b")
    outline = screen.query_one(OutlineList)
    outline.focus()
    outline.highlighted = 2
    await pilot.press("b")
    screen.query_one("#article").focus()
    await steady(pilot)


class TestBookmarks:
    def test_bookmark_marks_in_the_reader(self, snap_compare: Any) -> None:
        """After bookmarking a claim, a figure and a section: ⚑ after the claim's words in the
        article, after the third heading and its outline entry, and on the first key figure; the
        sourcing pane says the focused claim is bookmarked."""
        assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_bookmark_three)

    def test_bookmarks_screen(self, snap_compare: Any) -> None:
        """B after bookmarking three items: one briefing heading row, then claim, figure and section
        in reading order, each with its kind and text; claim and figure show the chain and status."""

        async def run_before(pilot: Pilot[None]) -> None:
            await _bookmark_three(pilot)
            await pilot.press("B")
            await steady(pilot)

        assert snap_compare(make_app(), terminal_size=(120, 30), run_before=run_before)

    def test_note_modal(self, snap_compare: Any) -> None:
        """a on a focused claim: a centred modal 'Bookmark note' naming the claim, with the typed
        note in the input and the enter/escape hint below."""

        async def run_before(pilot: Pilot[None]) -> None:
            await open_first_briefing(pilot)
            await pilot.press("n", "a", *"check the AFP wire")
            await steady(pilot)

        assert snap_compare(make_app(), terminal_size=(100, 30), run_before=run_before)
