"""Briefing-screen actions that reach outside the app: browser, clipboard, reading-position file.

Plain functions, and `OutsideActions`, a mixin for BriefingScreen so its bindings stay on the
screen. Neither imports the screen: what the mixin uses is declared in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from tui.handoff import copy_text, open_url
from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing
from tui.model.output.citation import citation
from tui.model.state.reading import Position, ReadingState

if TYPE_CHECKING:
    from textual.timer import Timer

    from tui.context import ReaderContext
    from tui.widgets.article import ArticleView

    Base = Screen[None]
else:
    Base = object


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


class OutsideActions(Base):
    """o opens the source page, y copies the focused claim with its citation; the reading position
    is written when it settles and when the screen is left."""

    if TYPE_CHECKING:
        sourcing: Sourcing
        context: ReaderContext
        focused_claim: Claim | None
        _saved: Position | None
        _save_timer: Timer | None

        @property
        def article(self) -> ArticleView: ...
        @property
        def briefing_id(self) -> str: ...

    def action_open_url(self) -> None:
        open_source_url(self, self.sourcing)

    def action_copy_claim(self) -> None:
        copy_citation(self, self.sourcing, self.focused_claim)

    def save_position(self) -> None:
        """Write this screen's position, unless it has not moved since it last wrote or read it
        (a reader opened on top of it may have written a newer one meanwhile)."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        claim = self.focused_claim
        position = Position(claim=claim.id if claim else "", scroll=self.article.scroll_y)
        if position == self._saved:
            return
        remember_position(self, self.context.reading, self.briefing_id, position)
        self._saved = position
