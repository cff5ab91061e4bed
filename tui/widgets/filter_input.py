"""A one-line text box whose typing repaints the box, not the screen."""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Input


class FilterInput(Input):
    """An Input that does not lay the whole screen out again on every keystroke.

    Textual's Input sets its virtual size to the text's width on each change, and
    a virtual size is a layout property: every letter typed re-arranged and
    repainted every widget on screen (a third of a filter keystroke over 10,000
    briefings). The box's own size never depends on its text, so the new virtual
    size is stored without a layout; the box still scrolls with the cursor.
    """

    def _watch_value(self, value: str) -> None:
        self.set_reactive(Widget.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)
