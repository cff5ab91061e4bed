"""The words a reader picked in the article: a mouse selection, else the current find match."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.widgets.article import Paragraph

if TYPE_CHECKING:
    from tui.screens.briefing_review import ReviewMode

# (section index, paragraph index, the exact words), both indexes 0-based.
Words = tuple[int, int, str]

HOW = (
    "Select words in a paragraph with the mouse, or find them with / (enter, then esc), "
    "then press this key again."
)


def selected_words(screen: ReviewMode) -> Words | str:
    """The picked words, or a message saying what to do."""
    picked = [
        (widget, selection)
        for widget, selection in screen.selections.items()
        if isinstance(widget, Paragraph) and widget.is_attached
    ]
    if len(picked) > 1:
        return "Select words within one paragraph."
    if picked:
        widget, selection = picked[0]
        section, paragraph = widget.key
        text = screen.sourcing.briefing.sections[section].paragraphs[paragraph]
        got = widget.get_selection(selection)
        words = " ".join((got[0] if got else "").split()).strip()
        if words and words in text:
            return section, paragraph, words
        if words:
            return "The selection is not the paragraph's exact words (a mark inside it?); select again."
    state = screen.article
    if state.matches and state.current_match is not None:
        match = state.matches[state.current_match]
        text = screen.sourcing.briefing.sections[match.section].paragraphs[match.paragraph]
        return match.section, match.paragraph, text[match.start : match.end]
    return HOW
