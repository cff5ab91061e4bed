"""What reaches the terminal: emoji sequences apart, when the reader measures them apart.

With `emoji_sequences` apart (tui/widgets/cell_widths.py) an emoji ZWJ sequence is laid out as
its parts (👨‍👩‍👧: three emoji, 6 cells) and U+FE0F widens nothing (❤️: 1 cell). Sent as they
are, tmux 3.3a would still join a sequence whenever the joiner and the emoji after it arrive in
one read (2 cells, not 6: the rest of the row moves 4 cells left), and a terminal around tmux
that honours U+FE0F would draw ❤️ 2 cells where tmux keeps 1. So the joiner and the selector are
left out of everything written to the terminal, at the last step: the widgets, the find bar, the
copy (`y`, sent base64-encoded) and the export all keep the text as it is.
"""

from __future__ import annotations

from textual.driver import Driver

from tui.widgets.cell_widths import installed_emoji_sequences

ZERO_WIDTH_JOINER = "\u200d"
EMOJI_PRESENTATION = "\ufe0f"


def drawn_text(text: str) -> str:
    """`text` as it is written to the terminal with the emoji-sequence widths installed."""
    if installed_emoji_sequences() == "joined":
        return text
    if ZERO_WIDTH_JOINER in text:
        text = text.replace(ZERO_WIDTH_JOINER, "")
    if EMOJI_PRESENTATION in text:
        text = text.replace(EMOJI_PRESENTATION, "")
    return text


def driver_writing_drawn_text(driver_class: type[Driver]) -> type[Driver]:
    """`driver_class` with every write passed through `drawn_text` (checked at each write, so
    the widths may be installed after the app, and its driver class, are made)."""

    class DrawnTextDriver(driver_class):  # type: ignore[misc, valid-type]
        def write(self, data: str) -> None:
            super().write(drawn_text(data))

    DrawnTextDriver.__name__ = DrawnTextDriver.__qualname__ = f"DrawnText{driver_class.__name__}"
    return DrawnTextDriver
