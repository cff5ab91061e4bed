"""Sentence spans within a paragraph, from a rule-based splitter.

Claims quote their paragraph exactly, so a sentence is a (start, end) span of
the paragraph, not a copy: whitespace between sentences belongs to neither.
syntok was chosen over pysbd by `benchmarks/ingest_analysis.py` (same
accuracy on the annotated set, several times faster); pysbd stays selectable
for that comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from tui.model.ingest import lazy_re as re


@dataclass(frozen=True)
class Sentence:
    """A span of its paragraph: `paragraph[start:end] == text`."""

    start: int
    end: int
    text: str


Splitter = Literal["syntok", "pysbd"]
DEFAULT_SPLITTER: Splitter = "syntok"
_TITLE_END = re.compile(
    r"\b(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Mr|Mrs|Ms|Dr|Prof|Rev|Adm|Maj|Supt|Det|Hon|Rt|Amb|Atty|Insp|Cpl|Pvt)\.\s+$"
)

_NESTED_CLOSE = re.compile(r"[.!?][’'][”\"]\s+(?=[A-Z])")


def split_sentences(paragraph: str, splitter: Splitter = DEFAULT_SPLITTER) -> list[Sentence]:
    """The paragraph's sentences as trimmed spans, in order, covering every word."""
    bounds = _splitters()[splitter](paragraph)
    sentences: list[Sentence] = []
    for start, end in bounds:
        while start < end and paragraph[start].isspace():
            start += 1
        while end > start and paragraph[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(start, end, paragraph[start:end]))
    return sentences


@cache
def _splitters() -> dict[str, Callable[[str], list[tuple[int, int]]]]:
    return {"syntok": _syntok_bounds, "pysbd": _pysbd_bounds}


def _syntok_bounds(paragraph: str) -> list[tuple[int, int]]:
    import syntok.segmenter as segmenter

    starts: list[int] = []
    for block in segmenter.analyze(paragraph):
        for sentence in block:
            if sentence:
                starts.append(sentence[0].offset)
    return _spans_from_starts(paragraph, starts)


@cache
def _pysbd_segmenter() -> object:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _pysbd_bounds(paragraph: str) -> list[tuple[int, int]]:
    segmenter = _pysbd_segmenter()
    spans = segmenter.segment(paragraph)  # type: ignore[attr-defined]
    return _spans_from_starts(paragraph, [span.start for span in spans])


def _spans_from_starts(paragraph: str, starts: list[int]) -> list[tuple[int, int]]:
    """Each sentence runs to the next one's start, so no character is lost."""
    # "… Buy a bigger boat.’” The members laughed.": a quotation inside a quotation, both closed after the
    # stop, ends the sentence though the splitter reads on.
    starts = [*starts, *(m.end() for m in _NESTED_CLOSE.finditer(paragraph))]
    if not starts:
        return [(0, len(paragraph))] if paragraph.strip() else []
    # A boundary inside a run of non-space characters ("00;A") is the splitter's mistake, not a sentence.
    starts = sorted({s for s in starts if s == 0 or (0 < s < len(paragraph) and paragraph[s - 1].isspace())})
    # "Gov. Inslee said.", "Rep. Mark Meadows": a title's full stop ends no sentence.
    starts = [s for s in starts if s == 0 or not _TITLE_END.search(paragraph, max(0, s - 8), s)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    ends = [*starts[1:], len(paragraph)]
    return list(zip(starts, ends, strict=True))
