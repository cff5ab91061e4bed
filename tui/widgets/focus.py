"""Focusing a text box from a key so that letters typed right after it land in the box."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

if TYPE_CHECKING:  # the library's first frame does without the Footer's module
    from textual.widgets import Footer


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


def leave_text_box(screen: Screen[Any], box: Input, target: Widget) -> None:
    """Empty `box` and focus `target`: esc in a filter goes back to the list it filters."""
    box.value = ""  # a reactive: no Changed message when it was already empty
    screen.set_focus(target)


# Below this width the footer drops the ^p key (ctrl+p still works; help lists it), so
# `q Quit` and `? Help` stay on an 80-column screen.
FULL_FOOTER_FROM = 120


def fit_footer(footer: Footer, width: int) -> None:
    wanted = width >= FULL_FOOTER_FROM
    if footer.show_command_palette != wanted:
        footer.show_command_palette = wanted
        footer.refresh(recompose=True)
