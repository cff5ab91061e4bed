"""Cheap stand-ins that draw what the library's first frame shows of two costly widgets.

On the first frame Textual's Footer is an empty bar (it composes its keys a frame
later, once the screen's bindings settle) and the filter is an empty, unfocused
box showing its placeholder. Importing the Footer, parsing its and the Input's
default CSS and mounting them costs more than a tenth of the start-up that is
ours. The stand-ins draw the same cells with the same theme variables
(tui/styles/library.tcss); the screen puts the real widgets in right after the
first frame (`FooterSlot.fill`, `swap_in`), so nothing a person sees changes.
"""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static


class FooterSlot(Widget):
    """The footer's bar until the real Footer is mounted inside it (after the first frame)."""

    def render(self) -> Content:
        return Content()

    async def fill(self) -> None:
        from textual.widgets import Footer  # its module is not needed before this

        if not self.children:
            await self.mount(Footer())
            # The footer shows keys once told the screen's bindings are there (it missed that).
            self.screen.refresh_bindings()


class FilterBoxStandIn(Static):
    """An empty, unfocused filter box: its border, background and placeholder, nothing else."""

    def __init__(self, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(Content(placeholder), id=id, markup=False)
        self.placeholder = placeholder
