"""Where a sentence's quotations are: spans inside quotation marks, and whether a position is in one."""

from __future__ import annotations

import re


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (typographic or paired ASCII), marks included."""
    spans: list[tuple[int, int]] = []
    start = 0
    closing, opening = sentence.find("”"), sentence.find("“")
    if closing > 0 and (opening < 0 or closing < opening):
        # “… My ancestors survived,” she said (the quotation opened in an earlier sentence).
        spans.append((0, closing + 1))
        start = closing + 1
    first = sentence.find('"')
    if sentence.count('"') % 2 and first > 0 and not sentence[first - 1].isspace() and "“" not in sentence:
        # A quotation opened in an earlier sentence closes here: “… I need to know," she said.
        spans.append((0, first + 1))
        start = first + 1
    for match in re.finditer(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)", sentence[start:]):
        spans.append((match.start() + start, match.end() + start))
    return spans


def inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start < position < end for start, end in spans)
