"""Shared helpers for driving the reader in tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from helpers import BUNDLED, PATIENCE, SEED_ID  # noqa: F401 (SEED_ID re-exported: tests import it from here)
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

import tui.app
from tui.app import BriefingApp
from tui.screens.briefing import BriefingScreen
from tui.screens.library import LibraryScreen

HOSTILE_BRIEFING = r"""format = 1

[briefing]
id = "hostile"
title = "Hostile [@click=app.quit]quit[/] [bold]not bold[/bold]"
dek = "Dek with [ @click=app.quit]spaced[/] and [link=https://example.com]link[/link]"
outlet = "Evil [red]Outlet[/red]"
published = 2024-01-02

[[sources]]
id = "evil"
name = "Source [@click=app.quit]x[/]"
kind = "anonymous"

[[sections]]
id = "s"
heading = "Heading [b]markup[/b]"
paragraphs = [
  "Click [@click=app.quit]here[/] to quit. OSC52: \u001b]52;c;SGVsbG8=\u0007 CSI: \u001b[2J C1: \u009b31m bidi: \u202eevil\u202c end.",
]

[[claims]]
id = "c"
text = "A claim [@click=app.quit]with markup[/]"
section = "s"
paragraph = 1
quote = "Click [@click=app.quit]here[/] to quit."
attribution = ["evil"]
status = "alleged"
note = "Note [bold]literal[/bold]"
"""


async def wait_for_library(pilot: Pilot[None]) -> None:
    """Let the library worker finish (the library view says so) and the list paint."""
    app = pilot.app
    assert isinstance(app, BriefingApp)
    await until(pilot, lambda: app.context.library.loaded and not app.workers)
    await pilot.pause()


async def until(pilot: Pilot[None], condition: Callable[[], bool], patience: float = PATIENCE) -> None:
    """Pause until `condition` holds. The pilot's own waiting guesses "idle" from CPU
    time, which a starved process does not get: messages may still be queued, and a
    worker thread may need many seconds of a loaded machine. `patience` (seconds) is
    a hang guard only: the wait ends as soon as the condition holds."""
    deadline = time.monotonic() + patience
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        await pilot.pause()


async def open_first_briefing(pilot: Pilot[None]) -> BriefingScreen:
    await wait_for_library(pilot)
    assert isinstance(pilot.app.screen, LibraryScreen)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, BriefingScreen))
    screen = pilot.app.screen
    assert isinstance(screen, BriefingScreen)
    return screen


class RecordingApp(BriefingApp):
    """The app, keeping a list of every notification it was asked to show:
    Textual's own list is private, and a test must not read it."""

    # A relative CSS_PATH is read beside the module defining the class: point at the app's.
    CSS_PATH = str(Path(tui.app.__file__).parent / str(BriefingApp.CSS_PATH))

    def __init__(self, folders: list[Path]) -> None:
        self.notified: list[tuple[str, str]] = []  # (title, message); set before __init__ may notify
        super().__init__(folders)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        self.notified.append((title, message))
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)


def make_app(*folders: Path) -> RecordingApp:
    return RecordingApp(list(folders) or [BUNDLED])


def sourcing_text(screen: Screen[None]) -> str:
    """The plain text the sourcing pane shows now."""
    content = screen.query_one("#sourcing-body", Static).content
    return content.plain if isinstance(content, Content) else str(content)


def drawn_text(widget: Widget) -> str:
    """What `widget` draws now, line by line, as plain text."""
    return "\n".join(widget.render_line(y).text for y in range(widget.size.height))
