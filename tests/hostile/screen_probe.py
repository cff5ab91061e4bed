"""Read what the app would draw, cell by cell, and check it for hostile leftovers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rich.cells import cell_len
from textual.app import App

from tui.model.format.clean import clean_text
from tui.widgets.terminal_output import drawn_text

from .payloads import NEVER_WRITTEN


@dataclass
class Probe:
    """Collects what each visited surface drew; `problems` must stay empty."""

    surfaces: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    markers_seen: set[str] = field(default_factory=set)

    def look(self, app: App[None], surface: str) -> str:
        """Check the current frame; return its text."""
        self.surfaces.append(surface)
        screen = app.screen
        width = app.size.width
        strips = screen._compositor.render_strips()
        lines: list[str] = []
        for row, strip in enumerate(strips):
            # What the terminal is sent: with emoji sequences apart, no joiner or U+FE0F (a line
            # cut between a sequence's parts may end in a joiner, which is never written).
            text = drawn_text("".join(segment.text for segment in strip))
            lines.append(text)
            if strip.cell_length > width or cell_len(text) > width:
                self.problems.append(f"{surface}: row {row} is {cell_len(text)} cells wide (> {width})")
            if clean_text(text) != text:
                self.problems.append(f"{surface}: row {row} holds a control character: {text!r:.120}")
            for char in NEVER_WRITTEN:
                if char in text:
                    self.problems.append(f"{surface}: row {row} holds U+{ord(char):04X}")
            for segment in strip:
                style = segment.style
                if style is None:
                    continue
                meta = style.meta
                if "HX" in segment.text and (style.link or "@click" in meta):
                    self.problems.append(
                        f"{surface}: payload text {segment.text!r:.60} became a link/action "
                        f"({style.link or meta.get('@click')})"
                    )
        if len(strips) > app.size.height:
            self.problems.append(f"{surface}: {len(strips)} rows drawn in a {app.size.height}-row window")
        frame = "\n".join(lines)
        self.markers_seen.update(re.findall(r"HX\d+", frame))
        return frame
