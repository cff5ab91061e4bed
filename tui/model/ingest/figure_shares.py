"""Shares written as fraction words, where the words around them decide.

"More than half were women", "just over half voted": "half" on its own after a bound is a share, as
"half of" is. "The first half of 2031", "second-half goals": a part of a period or a game, not a share.
"Two-fifths backed the plan": a plural fraction after a count is a share whatever follows it; only a
singular one can order a noun ("a third week"). "Half an hour", "over half a century": half of one unit is
an amount of that unit (0.5 hours), not a share.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_forms import SINGLE_UNITS

# The bounds that make a bare "half" a share: one look-behind each (Python's are of fixed width).
# "by": "cut by half".
_HALF_BOUNDS = "than over under nearly almost about around roughly least only by".split()
# "more than half", "nearly half": "half" right after a bound, not glued to a word ("half-baked"), nor
# "by half past nine" (a time) or "by half way" (a place).
# The look-ahead first: at most word starts it fails on the first letter, before any look-behind is tried.
BOUNDED_HALF = (
    r"(?=half(?![\w-])(?!\s+(?:past|way)\b))(?:"
    + "|".join(rf"(?<={bound}\s)" for bound in _HALF_BOUNDS)
    + r")half"
)

# "the first half of 2031", "a second-half goal", "the back half of the season"; "the northern half of the
# island", "the upper half of the valley": a part of a place, where, not how much.
_PART_OF_PERIOD = re.compile(
    r"\b(?:first|second|latter|back|front|(?:north|south|east|west)(?:ern)?|upper|lower|top|bottom)[\s-]+$",
    re.IGNORECASE,
)


def half_of_a_period(before: str) -> bool:
    """ "half" after "first", "second", "latter", "northern": a part of a period, a game or a place, not a
    share."""
    return _PART_OF_PERIOD.search(before) is not None


def plural_share(count: str, part: str) -> bool:
    """ "two-fifths", "three quarters": a count of parts, which cannot order a noun as "a third week" does."""
    return count not in ("a", "an", "one") and part.endswith("s")


# "half an hour", "over half a century", "a half mile": half of one unit, an amount of that unit (0.5 hours),
# not a share of something.
HALF_OF_UNIT = re.compile(rf"(?:\s+an?)?\s+(?P<noun>{SINGLE_UNITS})\b", re.I)


def half_of_unit(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The "an hour" after the "half" of "half an hour" (the unit the half is of), or None."""
    fraction = match["fraction"]
    if fraction is None or not fraction.lower().endswith("half"):
        return None
    return HALF_OF_UNIT.match(sentence, match.end())
