"""Quotations that run over several sentences of a paragraph, and whose tag says who speaks.

A sentence splitter cuts “Our country is far back. We need somebody who can hit
the ground running,” Scott said. into two sentences; only the second carries the
tag, yet both are Scott's words. `quote_runs` groups the sentences of one
quotation so the tag of any of them attributes all of them.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

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
    # British style: a paragraph quoting in single marks only ('Let's not …').
    single = not any(mark in text for text in sentences for mark in '“”"')
    for index, text in enumerate(sentences):
        was_open = open_at is not None
        still_open = _single_open_after(text, was_open) if single else _open_after(text, was_open)
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


def _single_open_after(text: str, open_before: bool) -> bool:
    """Whether a quotation in single marks is still open at the end of `text`; apostrophes are skipped.

    A mark opens after a space or the start and before a letter ('Let's); it
    closes after a letter or punctuation and before a space, punctuation or
    the end (… eating'.). "don't" and "Jones' car" change nothing until a
    quotation is open.
    """
    state = open_before
    for index, char in enumerate(text):
        if char not in "'‘’":
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if char != "’" and not state and (before.isspace() or before in "(:—–-") and after.isalpha():
            state = True
        elif state and char != "‘" and (before.isalpha() or before in ".,!?") and not after.isalnum():
            state = False
    return state


def is_question(text: str) -> bool:
    """A quoted or bare question: an interviewer's words are not a claim."""
    return _QUESTION_END.search(text) is not None


def unclosed_quotation(paragraph: str) -> bool:
    """A paragraph that opens with a quotation mark and leaves the quotation open at its end (English
    marks a quotation running on into the next paragraph by opening that one and closing neither)."""
    text = paragraph.strip()
    if not text.startswith(("“", '"')):
        return False
    if "“" in text or "”" in text:
        return text.count("“") > text.count("”")
    return text.count('"') % 2 == 1


# A closing mark typed where an opening one belongs: ‘said: ”Bird flu …’ at a colon or a paragraph's start,
# before a word. Read as an opening mark, so the quotation and its tag are found; one character for one, so
# every offset, and every quote taken from the page, stays the page's own.
_OPENING_TYPED_AS_CLOSING = re.compile(r"(?:^|(?<=:)\s*)”(?=[A-Z0-9‘'])")


def mend_quote_marks(paragraph: str) -> str:
    """`paragraph` with each closing mark that opens a quotation turned into an opening one."""
    if "”" not in paragraph:
        return paragraph
    return _OPENING_TYPED_AS_CLOSING.sub(lambda m: m.group(0)[:-1] + "“", paragraph)


# A quotation the splitter cut at a sentence's end leaves each part one mark: “We will go. | And stay.”
def without_lone_marks(quote: str) -> str:
    """A claim's quote without a quotation mark at its start or end whose partner lies outside it
    ("“We will go" and "And stay.”" are parts of one quotation split at its sentences)."""
    text = quote.strip()
    for opening, closing in (("“", "”"), ("«", "»")):
        if text.startswith(opening):
            closes, reopens = text.find(closing), text.find(opening, 1)
            if closes < 0 or 0 < reopens < closes:  # “We will go … “so” … : the first mark is never closed
                text = text[1:].lstrip()
        if text.endswith(closing):
            opens, closed_before = text.rfind(opening), text.rfind(closing, 0, len(text) - 1)
            if opens < 0 or closed_before > opens:
                text = text[:-1].rstrip(" ,;:")
    if text.count('"') % 2 == 1:
        if text.startswith('"'):
            text = text[1:].lstrip()
        elif text.endswith('"'):
            text = text[:-1].rstrip(" ,;:")
    return text or quote
