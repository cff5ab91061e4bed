"""The words a reader picked in the article: a mouse selection, else the current find match."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from textual.screen import Screen
from textual.selection import Selection
from textual.widget import Widget

from tui.model.format.sourcing import Sourcing
from tui.widgets.article import ArticleView, Paragraph

# (section index, paragraph index, the exact words), both indexes 0-based.
Words = tuple[int, int, str]

HOW = (
    "Select words in a paragraph with the mouse, or find them with / (enter, then esc), "
    "then press this key again."
)


def selected_words(
    selections: Mapping[Widget, Selection], sourcing: Sourcing, article: ArticleView
) -> Words | str:
    """The picked words (a screen's `selections`, else the article's find match), or what to do."""
    picked = [
        (widget, selection)
        for widget, selection in selections.items()
        if isinstance(widget, Paragraph) and widget.is_attached
    ]
    if len(picked) > 1:
        return "Select words within one paragraph."
    if picked:
        widget, selection = picked[0]
        section, paragraph = widget.key
        text = sourcing.briefing.sections[section].paragraphs[paragraph]
        got = widget.get_selection(selection)
        words = " ".join((got[0] if got else "").split()).strip()
        if words and words in text:
            return section, paragraph, words
        if words:
            return "The selection is not the paragraph's exact words (a mark inside it?); select again."
    state = article
    if state.matches and state.current_match is not None:
        match = state.matches[state.current_match]
        text = sourcing.briefing.sections[match.section].paragraphs[match.paragraph]
        return match.section, match.paragraph, text[match.start : match.end]
    return HOW


def picked_words(screen: Screen[Any], sourcing: Sourcing, article: ArticleView) -> Words | None:
    """The words picked on `screen`; None after telling the reader how to pick them."""
    words = selected_words(screen.selections, sourcing, article)
    if isinstance(words, str):
        screen.notify(words, severity="warning", timeout=6)
        return None
    return words
