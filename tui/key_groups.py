"""The tasks help groups keys by. Each binding names its task (`TaskBinding(..., task=MOVE)`),
so help is still generated from the bindings alone; the order here is the order help shows.

Not Textual's `Binding.group`: the footer merges neighbours of one group under its name.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

MOVE = "Move around"
FIND = "Find and filter"
VIEW = "Panes and order"
KEEP = "Bookmarks, notes, copies"
REVIEW = "Review and correct (e)"
GO = "Go elsewhere"

ORDER: tuple[str, ...] = (MOVE, FIND, VIEW, KEEP, REVIEW, GO)
OTHER = "Other keys"


# Equality, hash and repr stay Binding's (the task is for help only): fewer methods for
# dataclass to compile at import, on the reader's start-up path.
@dataclass(frozen=True, eq=False, repr=False)
class TaskBinding(Binding):
    """A binding that says which task it serves, for help."""

    task: str = OTHER


def declared_tasks(node: object) -> dict[str, str]:
    """Binding id -> task for the bindings `node`'s class and its bases declare."""
    tasks: dict[str, str] = {}
    for cls in reversed(type(node).__mro__):
        for binding in getattr(cls, "BINDINGS", ()):
            if isinstance(binding, TaskBinding) and binding.id:
                tasks[binding.id] = binding.task
    return tasks
