"""The frame review's dialogs share: a modal in review's styles, its title on the border."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class ReviewDialog(ModalScreen[ResultType]):
    """A modal whose `.review-dialog` frame shows `title` on its border."""

    CSS_PATH = "../styles/review.tcss"

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title

    def on_mount(self) -> None:
        # Textual calls this as well as a subclass's own on_mount (handlers run along the MRO).
        self.query_one(".review-dialog").border_title = self.title_text
