"""A draft briefing to review, and driving review mode in tests."""

from __future__ import annotations

from pathlib import Path

from reader_helpers import BUNDLED, open_first_briefing
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import BriefingApp
from tui.screens.briefing import BriefingScreen
from tui.screens.edit_form import EditForm

SEED_FILE = BUNDLED / "north-korea-russia-alliance.toml"


def draft_text() -> str:
    """The seed briefing with every claim in draft, as `briefing ingest` writes them."""
    text = SEED_FILE.read_text("utf-8").replace("format = 1", "format = 2")
    return text.replace('\nstatus = "', '\nreview = "draft"\nstatus = "')


def draft_library(tmp_path: Path) -> Path:
    """A library folder holding the draft; returns the draft's path."""
    folder = tmp_path / "library"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "draft.toml"
    path.write_text(draft_text(), "utf-8")
    return path


def draft_app(path: Path) -> BriefingApp:
    return BriefingApp([path.parent])


async def open_review(pilot: Pilot[None]) -> BriefingScreen:
    screen = await open_first_briefing(pilot)
    await pilot.press("e")
    await settle(pilot)
    assert screen.reviewing
    return screen


async def settle(pilot: Pilot[None]) -> None:
    """Let a save's redraw (a recompose scheduled on the screen) finish."""
    for _ in range(3):
        await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Press `keys`, then let what they started (a save, a recompose) finish."""
    await pilot.press(*keys)
    await settle(pilot)


async def fill_form(pilot: Pilot[None], **values: str) -> EditForm:
    """Type `values` into the open form's fields (by name) and save it with ctrl+s."""
    form = pilot.app.screen
    assert isinstance(form, EditForm)
    for name, value in values.items():
        form.query_one(f"#field-{name}", Input).value = value
    await press(pilot, "ctrl+s")
    return form
