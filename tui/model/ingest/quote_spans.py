"""Where a sentence's quotations are: spans inside quotation marks, and whether a position is in one."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from tui.model.ingest import lazy_re as re


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


def inside_test(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """`inside(spans, position)` for many positions in one sentence, each in log time: a position is in a
    span when the furthest end among the spans starting before it lies beyond it."""
    ordered = sorted(spans)
    starts = [start for start, _end in ordered]
    furthest = list(accumulate((end for _start, end in ordered), max))

    def test(position: int) -> bool:
        before = bisect_left(starts, position)
        return before > 0 and furthest[before - 1] > position

    return test
