"""Figures side by side: "two or three times" and "10 to 20 degrees" read as one figure at the lower bound
(figures round 6's convention, which the annotators of the read sets follow), the two bounds "between"
names ("between 100,000 and 200,000"), the two bounds of a range written with a dash ("30-600 MW",
"350–375 million"); and the low end sharing the scale and unit of its high end ("between 2 and 3 million
people")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_forms import RANGE_JOIN, scale_of
from tui.model.ingest.figure_numerals import numeral_value
from tui.model.ingest.figure_words import SCALES, UNITS_WORDS

# How far before a figure "between" or "from" can be.
_WINDOW = 40


@dataclass(frozen=True)
class FigureMention:
    """One figure in a sentence; `start`/`end` index the sentence text."""

    start: int
    end: int
    display: str
    value: float
    unit: str
    label: str
    approximate: bool
    period: str
    note: str = ""


# "2 and 3 million", "5 to 10 per cent", "10-20 years": the low end shares what the high end is written with.
LOW_END_JOIN = re.compile(rf"(?:{RANGE_JOIN.pattern})|\s+and\s+")


def low_end(low: FigureMention, high: FigureMention) -> FigureMention:
    """ "between 2 and 3 million people", "from 5 to 10 per cent": the low end shares the high end's scale
    and unit."""
    if not re.fullmatch(r"[\d.,]+", low.display.rsplit(maxsplit=1)[-1]) or not high.unit:
        return low
    scale = scale_of(high.display) if scale_of(low.display) == 1 else 1.0
    value = low.value * scale
    if value >= high.value:
        return low  # "12 to 1 million" shares nothing
    return replace(low, value=value, unit=high.unit, label=high.label)


def _ends_in_number(display: str) -> bool:
    last = display.rsplit(maxsplit=1)[-1].lower() if display.strip() else ""
    return last[-1:].isdigit() or last in UNITS_WORDS or last in SCALES


def between_bounds(
    sentence: str, low: FigureMention, high: FigureMention
) -> tuple[FigureMention, FigureMention] | None:
    """ "between 100,000 and 200,000": two figures, the bounds it names, each approximate."""
    before = sentence[max(0, low.start - _WINDOW) : low.start]
    if not (
        re.fullmatch(r"\s+and\s+", sentence[low.end : high.start])
        and re.search(r"\bbetween\s+$", before, re.IGNORECASE)
        and _ends_in_number(low.display)
        and low.value < high.value
    ):
        return None
    return (
        replace(low, approximate=True, note=f"the lower bound of “between {low.display} and {high.display}”"),
        replace(
            high, approximate=True, note=f"the upper bound of “between {low.display} and {high.display}”"
        ),
    )


# "rose 5% to 10%", "cut 2% to 8%": a change, then the level it reaches, or a range; two figures either way.
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rises?|rising|fell|falls?|falling|grew|grows?|growing|increased?|increasing|declined?|"
    r"declining|dropped|drops?|jumped|jumps?|climbed|climbs?|slipped|slips?|gained|gains?|lost|loses?|cut|"
    r"cuts?|raised|rais(?:es?|ing)|lowered|up|down)\s+$",
    re.IGNORECASE,
)


def _marked_range(before: str, low: FigureMention, high: FigureMention) -> bool:
    """ "an estimated 27% to 35%": a share at each end, as "$4 to $7" has the money at each, is one range;
    after a verb of change the first share may be the change ("rose 5% to 60%")."""
    return low.display.endswith("%") and high.unit == low.unit == "%" and not _CHANGE_BEFORE.search(before)


def joined_range(sentence: str, low: FigureMention, high: FigureMention) -> FigureMention | None:
    """ "10 to 20 degrees", "two or three times", "27% to 35%": one figure, read as its lower bound."""
    # "10,000/- to 15,000/-": East African shillings are written with "/-" after the amount.
    between = re.sub(r"^/-", "", sentence[low.end : high.start])
    before = sentence[max(0, low.start - _WINDOW) : low.start]
    if not RANGE_JOIN.fullmatch(between) or not (
        _ends_in_number(low.display) or _marked_range(before, low, high)
    ):
        return None  # "rose 5% to 10%", "doubled to $2.1 billion": two figures
    if re.search(r"\bfrom\s+$", before, re.IGNORECASE) or not low.value < high.value <= 20 * low.value:
        return None  # "from 10 to 20": a change between two figures; "Via Roma, 12 – 40100": no range
    if re.search(r"\bby\s+$", before, re.IGNORECASE) and (
        re.search(r"[$£€¥]", low.display) or high.value > 3 * low.value
    ):
        # "raised by $1 to $8.25", "cut by 30 to 126": the change, then the level it reaches; a low end
        # written with its own currency, or a level far above the change, says so ("by 2 to 5%" is a range).
        return None
    return replace(
        low,
        end=high.end,
        display=sentence[low.start : high.end],
        unit=high.unit,
        label=high.label,
        approximate=True,
        period=low.period or high.period,
        note=f"the range {low.display}–{high.display} read as its lower bound",
    )


def dash_bounds(
    sentence: str, match: re.Match[str], low: FigureMention
) -> tuple[FigureMention, FigureMention] | None:
    """A dashed range's two bounds ("30-600 MW" -> 30 MW and 600 MW, "$5-6 million" -> $5 million and
    $6 million); the lower keeps the range's words. None when the match is no range (a score, a vote,
    "787-9")."""
    if match["high"] is None or not low.approximate or low.end <= match.start("high"):
        return None
    low_number, high_number = (numeral_value(match[group]) for group in ("numeral", "high"))
    if not 0 < low_number < high_number:
        return None
    written = f"{match['numeral']}–{match['high']}"
    upper = replace(
        low,
        start=match.start("high"),
        display=sentence[match.start("high") : low.end],
        value=low.value / low_number * high_number,
        note=f"the upper bound of the range {written}",
    )
    return replace(low, note=f"the lower bound of the range {written}"), upper
