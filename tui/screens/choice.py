"""Pick one of a few options: a claim's status or kind, a source to add, a figure."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.screens.review_dialog import ReviewDialog


class ChoiceScreen(ReviewDialog[str | None]):
    """Returns the chosen option's id, or None when cancelled. Labels are Content: never markup."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="choice.cancel")]

    def __init__(self, title: str, options: list[tuple[str, Content]], *, current: str | None = None) -> None:
        super().__init__(title)
        self.options = options
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="choice-dialog", classes="review-dialog"):
            yield OptionList(*(Option(label, id=key) for key, label in self.options), id="choice-list")
            yield Static(Content("enter chooses · escape cancels"), classes="dialog-help")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        keys = [key for key, _label in self.options]
        if self.current in keys:
            options.highlighted = keys.index(self.current)
        options.focus()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(message.option_id)

    def action_cancel(self) -> None:
        self.dismiss(None)
