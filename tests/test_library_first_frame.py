"""The library's first frame draws cheap stand-ins for the filter box and the footer
(tui/screens/library_first_frame.py); the real widgets replace them right after that frame."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reader_helpers import BUNDLED, make_app, until, wait_for_library
from rich.segment import Segment
from textual.pilot import Pilot
from textual.widgets import Footer

from tui.screens.library import LibraryScreen
from tui.screens.library_first_frame import FILTER_PLACEHOLDER, FILTER_STAND_IN, FOOTER_SLOT, fill_footer_slot
from tui.widgets.filter_input import FilterInput

Cell = tuple[object, ...]


def library_of(pilot: Pilot[None]) -> LibraryScreen:
    screen = pilot.app.screen
    assert isinstance(screen, LibraryScreen)
    return screen


def cells(segments: Iterator[Segment] | list[Segment]) -> list[Cell]:
    """What a person sees of each cell: its character and colours (a blank's foreground is invisible)."""
    seen: list[Cell] = []
    for segment in segments:
        style = segment.style
        for character in segment.text:
            if style is None:
                seen.append((character,))
            elif character == " " and not (style.underline or style.reverse or style.strike):
                seen.append((character, style.bgcolor))
            else:
                seen.append((character, style.bgcolor, style.color, style.bold, style.dim, style.italic))
    return seen


def keep_the_filter_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library as if keys came before the first frame was out: the filter's stand-in still up."""

    async def without_the_filter_box(self: LibraryScreen) -> None:
        self.load_entries()
        await fill_footer_slot(self)

    monkeypatch.setattr(LibraryScreen, "_after_first_frame", without_the_filter_box)


@pytest.fixture
def stand_ins_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    keep_the_filter_stand_in(monkeypatch)


async def screen_cells(theme: str) -> list[list[Cell]]:
    app = make_app(BUNDLED)
    async with app.run_test(size=(120, 40)) as pilot:
        app.theme = theme
        await wait_for_library(pilot)
        await pilot.pause()
        return [cells(strip) for strip in app.screen._compositor.render_strips()]


async def test_after_the_first_frame_the_real_filter_box_and_footer_are_in_place() -> None:
    app = make_app(BUNDLED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = library_of(pilot)
        assert not library.query(f"#{FILTER_STAND_IN}")
        box = library.query_one("#filter", FilterInput)
        assert library.filter_box is box and box.placeholder == FILTER_PLACEHOLDER
        footer = library.query_one(f"#{FOOTER_SLOT}").query_one(Footer)
        await until(pilot, lambda: "Quit" in {key.description for key in footer.query("FooterKey")})  # type: ignore[attr-defined]
        assert app.focused is library.rows  # the list, as before: the box is not focused by the swap


@pytest.mark.parametrize("theme", ["briefing-night", "newsprint", "textual-light"])
async def test_the_filter_stand_in_draws_what_the_empty_filter_box_draws(
    theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = await screen_cells(theme)
    keep_the_filter_stand_in(monkeypatch)
    stand_in = await screen_cells(theme)
    assert len(stand_in) == 40 and stand_in == real


@pytest.mark.usefixtures("stand_ins_kept")
async def test_typing_before_the_real_filter_box_is_in_puts_it_in_and_filters() -> None:
    app = make_app(BUNDLED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = library_of(pilot)
        assert library.query(f"#{FILTER_STAND_IN}")  # still up: the fixture kept it
        assert library.filter_text == ""
        await pilot.press("slash", "z", "z", "q")
        await pilot.pause()
        assert not library.query(f"#{FILTER_STAND_IN}")
        box = library.query_one("#filter", FilterInput)
        assert box.value == "zzq" and app.focused is box
        assert list(library.shown) == []  # nothing in the seed has "zzq"
        await pilot.press("escape")
        await pilot.pause()
        assert box.value == "" and len(library.shown) == 1
