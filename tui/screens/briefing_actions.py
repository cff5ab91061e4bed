"""Briefing-screen actions that reach outside the app: browser, clipboard, reading-position file."""

from __future__ import annotations

from textual.screen import Screen

from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing
from tui.model.output.citation import citation
from tui.model.state.reading import Position, ReadingState


def open_source_url(screen: Screen[None], sourcing: Sourcing) -> None:
    url = sourcing.briefing.meta.url
    if url:
        screen.app.open_url(url)
        screen.notify(f"Opening {url}", timeout=3, markup=False)
    else:
        screen.notify("This briefing has no source URL.", severity="warning")


def copy_citation(screen: Screen[None], sourcing: Sourcing, claim: Claim | None) -> None:
    if claim is None:
        screen.notify("Focus a claim first (n / p).", severity="warning")
        return
    screen.app.copy_to_clipboard(citation(sourcing, claim))
    screen.notify("Copied the claim with its citation.", timeout=2)


def remember_position(
    screen: Screen[None], reading: ReadingState, briefing_id: str, position: Position
) -> None:
    try:
        reading.remember(briefing_id, position)
    except OSError as error:
        screen.notify(f"Could not save the reading position: {error.strerror}", severity="warning")
