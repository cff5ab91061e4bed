"""Shared helpers for driving the reader in tests."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from tui.app import BriefingApp
from tui.screens.briefing import BriefingScreen
from tui.screens.library import LibraryScreen

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "briefings"
SEED_ID = "north-korea-russia-alliance"

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
    """Let the library worker finish and the list paint."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_first_briefing(pilot: Pilot[None]) -> BriefingScreen:
    await wait_for_library(pilot)
    assert isinstance(pilot.app.screen, LibraryScreen)
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, BriefingScreen)
    return screen


def make_app(*folders: Path) -> BriefingApp:
    return BriefingApp(list(folders) or [BUNDLED])


def sourcing_text(screen: Screen[None]) -> str:
    """The plain text the sourcing pane shows now."""
    content = screen.query_one("#sourcing-body", Static).content
    return content.plain if isinstance(content, Content) else str(content)
