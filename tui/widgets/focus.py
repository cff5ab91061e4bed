"""Focusing a text box from a key so that letters typed right after it land in the box."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Input


def focus_text_box(screen: Screen[Any], box: Input, key: str = "/") -> None:
    """Focus `box` at once; if it already has focus, type `key` into it.

    Bound as a *priority* binding: Textual forwards a burst of keys to the widget
    focused when each arrives, so with a normal binding "/kor" typed quickly sends
    "kor" to the list. A priority binding runs before the next key is forwarded.
    """
    if box.has_focus:
        box.insert_text_at_cursor(key)
        return
    box.display = True
    screen.set_focus(box)
