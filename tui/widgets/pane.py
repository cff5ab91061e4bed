"""A scrolling pane that draws one briefing, following the screen's focused claim and marks."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.reactive import reactive

from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing
from tui.model.state.marks import Marks


class BriefingPane(VerticalScroll):
    """The screen binds `claim` and `marks` to its own; subclasses redraw in `watch_` methods."""

    # repaint=False: the watchers redraw only what changed (a repaint redraws the whole pane).
    claim: reactive[Claim | None] = reactive(None, init=False, repaint=False)
    """The focused claim."""
    marks: reactive[Marks] = reactive(Marks, init=False, repaint=False)
    """What is bookmarked in this briefing."""

    def __init__(self, sourcing: Sourcing, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sourcing = sourcing
