"""The tasks keys are grouped by in help: each Binding names its group (`group=`), so help
is still generated from the bindings alone. The order here is the order help shows them in."""

from __future__ import annotations

from textual.binding import Binding

MOVE = Binding.Group("Move around")
FIND = Binding.Group("Find and filter")
VIEW = Binding.Group("Panes and order")
KEEP = Binding.Group("Bookmarks, notes, copies")
GO = Binding.Group("Go elsewhere")

ORDER: tuple[Binding.Group, ...] = (MOVE, FIND, VIEW, KEEP, GO)
OTHER = "Other keys"
