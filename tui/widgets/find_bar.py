"""The find box of the briefing screen."""

from __future__ import annotations

from textual.widgets import Input

from tui.key_groups import FIND, TaskBinding


class FindBar(Input):
    """Find in the briefing; enter and the arrows move between matches."""

    BINDINGS = [
        TaskBinding("down", "screen.step_match(1)", "Next match", show=False, id="find.next", task=FIND),
        TaskBinding(
            "up", "screen.step_match(-1)", "Previous match", show=False, id="find.previous", task=FIND
        ),
        TaskBinding("escape", "screen.close_find", "Close find", id="find.close", task=FIND),
    ]
