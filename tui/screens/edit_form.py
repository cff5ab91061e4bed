"""A form for one edit (a claim's text, a source, a figure, the metadata), with problems shown in place.

The form does not know the briefing: `save` gets the values and raises
InvalidEdit to point at fields (shown under each, in the form's words) or
another EditError (shown above the buttons). The form stays open until a save
succeeds or the reader cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Button, Checkbox, Input, Select, Static, TextArea

from tui.model.edit.session import EditError, InvalidEdit
from tui.screens.review_dialog import ReviewDialog

FormValue = str | bool | list[str]
FormValues = dict[str, FormValue]


@dataclass(frozen=True)
class FormField:
    """One field. `name` is the record's field name, so the model's problems land under it."""

    name: str
    label: str
    value: FormValue = ""
    kind: Literal["text", "bool", "choice", "lines"] = "text"
    choices: tuple[tuple[str, str], ...] = ()  # (label, value) for a choice
    hint: str = ""


class EditForm(ReviewDialog[bool]):
    """Returns True when saved, False when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]

    def __init__(
        self, title: str, fields: list[FormField], save: Callable[[FormValues], None], *, subject: str = ""
    ) -> None:
        super().__init__(title)
        self.fields = fields
        self.save = save
        self.subject = subject

    def compose(self) -> ComposeResult:
        with Vertical(id="form-dialog", classes="review-dialog"):
            if self.subject:
                yield Static(Content(self.subject), id="form-subject")
            with VerticalScroll(id="form-fields"):
                for field in self.fields:
                    yield from self._field(field)
            yield Static(id="form-error", classes="field-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(Content("Save (ctrl+s)"), id="form-save", variant="primary")
                yield Button(Content("Cancel (esc)"), id="form-cancel")

    def _field(self, field: FormField) -> ComposeResult:
        widget_id = f"field-{field.name}"
        if field.kind == "bool":
            yield Checkbox(Content(field.label), bool(field.value), id=widget_id)
        else:
            yield Static(Content(field.label), classes="field-label")
            if field.kind == "choice":
                options = [(Content(label), value) for label, value in field.choices]
                yield Select(options, value=str(field.value), allow_blank=False, id=widget_id)
            elif field.kind == "lines":
                lines = field.value if isinstance(field.value, list) else [str(field.value)]
                yield TextArea("\n".join(lines), id=widget_id, soft_wrap=True, show_line_numbers=False)
            else:
                yield Input(str(field.value), placeholder=field.hint, id=widget_id)
        if field.hint and field.kind != "text":
            yield Static(Content(field.hint), classes="field-hint")
        yield Static(id=f"error-{field.name}", classes="field-error", markup=False)

    def on_mount(self) -> None:
        for error in self.query(".field-error").results(Static):
            error.display = False
        first = self.query("#form-fields Input, #form-fields TextArea, #form-fields Checkbox").first()
        first.focus()

    def values(self) -> FormValues:
        values: FormValues = {}
        for field in self.fields:
            widget = self.query_one(f"#field-{field.name}")
            if isinstance(widget, Checkbox):
                values[field.name] = widget.value
            elif isinstance(widget, Select):
                values[field.name] = str(widget.value)
            elif isinstance(widget, TextArea):
                values[field.name] = widget.text.splitlines()
            elif isinstance(widget, Input):
                values[field.name] = widget.value
        return values

    def show_problems(self, error: EditError) -> None:
        """Each problem under its field; the rest above the buttons."""
        names = {f.name for f in self.fields}
        by_field: dict[str, list[str]] = {}
        if isinstance(error, InvalidEdit):
            for problem in error.problems:
                where = problem.field if problem.field in names else ""
                text = problem.message if where else str(problem)
                by_field.setdefault(where, []).append(text)
        else:
            by_field[""] = [str(error)]
        for field in self.fields:
            self._show(f"#error-{field.name}", by_field.get(field.name))
        self._show("#form-error", by_field.get(""))
        first = next((f.name for f in self.fields if f.name in by_field), None)
        if first is not None:
            self.query_one(f"#field-{first}").focus()

    def _show(self, selector: str, messages: list[str] | None) -> None:
        box = self.query_one(selector, Static)
        box.display = bool(messages)
        box.update(Content("⚠ " + "; ".join(messages)) if messages else Content(""))

    def action_save(self) -> None:
        try:
            self.save(self.values())
        except EditError as error:
            self.show_problems(error)
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)

    def on_input_submitted(self) -> None:
        self.action_save()

    def on_button_pressed(self, message: Button.Pressed) -> None:
        if message.button.id == "form-save":
            self.action_save()
        else:
            self.action_cancel()
