"""Briefing-screen actions that reach outside the app: browser, clipboard, reading-position file."""

from __future__ import annotations

from textual.screen import Screen

from tui.handoff import copy_text, open_url
from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing
from tui.model.output.citation import citation
from tui.model.state.reading import Position, ReadingState


def open_source_url(screen: Screen[None], sourcing: Sourcing) -> None:
    url = sourcing.briefing.meta.url
    if url:
        message, opened = open_url(screen.app, url)
        screen.notify(message, timeout=3 if opened else 10, markup=False)
    else:
        screen.notify("This briefing has no source URL.", severity="warning")


def copy_citation(screen: Screen[None], sourcing: Sourcing, claim: Claim | None) -> None:
    if claim is None:
        screen.notify("Focus a claim first (n / p).", severity="warning")
        return
    screen.notify(copy_text(screen.app, citation(sourcing, claim), "the claim with its citation"))


def remember_position(
    screen: Screen[None], reading: ReadingState, briefing_id: str, position: Position
) -> None:
    try:
        reading.remember(briefing_id, position)
    except OSError as error:
        screen.notify(f"Could not save the reading position: {error.strerror}", severity="warning")
