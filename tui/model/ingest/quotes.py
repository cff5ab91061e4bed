"""Quotations that run over several sentences of a paragraph, and whose tag says who speaks.

A sentence splitter cuts “Our country is far back. We need somebody who can hit
the ground running,” Scott said. into two sentences; only the second carries the
tag, yet both are Scott's words. `quote_runs` groups the sentences of one
quotation so the tag of any of them attributes all of them.
"""

from __future__ import annotations

import re

_QUESTION_END = re.compile(r"\?\s*[”\"’]?\s*$")


def quote_runs(sentences: list[str]) -> list[int | None]:
    """For each sentence, the number of the quotation it belongs to, if that quotation spans sentences.

    Typographic marks open and close; straight double quotes alternate. A run
    starts at the sentence whose quotation stays open and ends at the sentence
    that closes it (or at the paragraph's end: a quotation that goes on into
    the next paragraph).
    """
    runs: list[int | None] = [None] * len(sentences)
    open_at: int | None = None
    run = 0
    for index, text in enumerate(sentences):
        was_open = open_at is not None
        still_open = _open_after(text, was_open)
        if was_open:
            runs[index] = run
            if not still_open:
                open_at = None
        elif still_open:
            run += 1
            open_at = index
            runs[index] = run
    # A run of one sentence (a quotation opened in the paragraph's last sentence) is no run.
    for number in set(r for r in runs if r is not None):
        if runs.count(number) < 2:
            runs = [None if r == number else r for r in runs]
    return runs


def _open_after(text: str, open_before: bool) -> bool:
    """Whether a quotation is still open at the end of `text`."""
    state = open_before
    for char in text:
        if char == "“":
            state = True
        elif char == "”":
            state = False
        elif char == '"':
            state = not state
    return state


def is_question(text: str) -> bool:
    """A quoted or bare question: an interviewer's words are not a claim."""
    return _QUESTION_END.search(text) is not None
