"""The find box of the briefing screen."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class FindBar(Input):
    """Find in the briefing; enter and the arrows move between matches."""

    BINDINGS = [
        Binding("down", "screen.step_match(1)", "Next match", show=False, id="find.next"),
        Binding("up", "screen.step_match(-1)", "Previous match", show=False, id="find.previous"),
        Binding("escape", "screen.close_find", "Close find", id="find.close"),
    ]
