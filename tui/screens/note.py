"""A small modal to add or edit a bookmark's note."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.key_groups import GO, TaskBinding

NOTE_MAX_LENGTH = 500


class NoteScreen(ModalScreen[str | None]):
    """Returns the new note (possibly empty), or None when cancelled."""

    CSS_PATH = "../styles/note.tcss"
    BINDINGS = [TaskBinding("escape", "cancel", "Cancel", id="note.cancel", task=GO)]

    def __init__(self, subject: str, note: str) -> None:
        super().__init__()
        self.subject = subject
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Static(Content.assemble(("Note on ", "dim"), (self.subject, "bold")), id="note-subject")
            yield Input(self.note, placeholder="A short note", max_length=NOTE_MAX_LENGTH, id="note-input")
            yield Static(Content("enter saves · escape cancels · an empty note removes it"), id="note-help")

    def on_mount(self) -> None:
        self.query_one("#note-dialog").border_title = "Bookmark note"

    def on_input_submitted(self, message: Input.Submitted) -> None:
        self.dismiss(message.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
