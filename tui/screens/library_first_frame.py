"""What the library's first frame draws of the filter box and the footer, and the real ones after it.

On the first frame Textual's Footer is an empty bar (it composes its keys a frame
later, once the screen's bindings settle) and the filter is an empty, unfocused
box showing its placeholder. Importing the Footer, parsing its and the Input's
default CSS and mounting them cost about 3% of the reader's start-up. The first
frame draws two plain Statics instead, styled in tui/styles/library.tcss with the
same theme variables (no widget classes of their own: each Textual class costs
its share of start-up too); right after that frame the screen mounts the Footer
into its slot and swaps the real filter box in, so nothing a person sees changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

if TYPE_CHECKING:
    from textual.await_remove import AwaitRemove
    from textual.screen import Screen

    from tui.widgets.filter_input import FilterInput

FILTER_PLACEHOLDER = "Filter: words from the title, text, outlet or tags  (/)"
FILTER_STAND_IN = "filter-stand-in"
FOOTER_SLOT = "footer-slot"


def filter_stand_in() -> Static:
    """The empty, unfocused filter box: its border, background and placeholder."""
    return Static(Content(FILTER_PLACEHOLDER), id=FILTER_STAND_IN, markup=False)


def footer_slot() -> Static:
    """The footer's bar, until the Footer is mounted inside it."""
    return Static(id=FOOTER_SLOT)


async def fill_footer_slot(screen: Screen[None]) -> None:
    from textual.widgets import Footer  # its module is not needed before this

    slot = screen.query_one(f"#{FOOTER_SLOT}")
    if not slot.children:
        await slot.mount(Footer())
        # The footer shows keys once told the screen's bindings are there (it missed that).
        screen.refresh_bindings()


def put_in_filter_box(screen: Screen[None]) -> tuple[FilterInput, AwaitRemove]:
    """The real filter box, mounted where its stand-in was; and the stand-in's removal."""
    from tui.widgets.filter_input import FilterInput

    box = FilterInput(placeholder=FILTER_PLACEHOLDER, id="filter")
    stand_in = screen.query_one(f"#{FILTER_STAND_IN}")
    screen.mount(box, before=stand_in)
    return box, stand_in.remove()
