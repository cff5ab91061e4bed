"""From a reader's selected words to ids and figures: slugs, numbers, units."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from tui.model.text import slug_words

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_SLUG_WORDS = 6
_SLUG_CHARACTERS = 48

# Words that make a figure approximate: "around 600", "thousands".
_APPROXIMATE = re.compile(
    r"\b(around|about|approximately|nearly|almost|roughly|some|more than|over|at least|up to|"
    r"fewer than|less than|estimated|an estimated|close to|thousands|hundreds|dozens|millions)\b",
    re.IGNORECASE,
)
_SMALL = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
}
_VAGUE = {"dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}
_NUMBER = re.compile(
    r"(?P<digits>\d[\d,]*(?:\.\d+)?)|(?P<word>\b(?:"
    + "|".join(sorted(_SMALL, key=len, reverse=True))
    + r")\b)"
    r"|(?P<vague>\b(?:" + "|".join(_VAGUE) + r")\b)",
    re.IGNORECASE,
)
_SCALE = re.compile(r"\s*(?P<scale>" + "|".join(_SCALES) + r")\b", re.IGNORECASE)
_PERCENT = re.compile(r"\s*(%|percent\b|per cent\b)", re.IGNORECASE)
_CURRENCY = {"$": "US dollars", "€": "euros", "£": "pounds"}


def is_id(text: str) -> bool:
    return bool(ID_PATTERN.match(text))


def slug(text: str, taken: Collection[str] = (), *, fallback: str = "item") -> str:
    """A short id from `text` (its first words), unique among `taken`."""
    base = slug_words(text, _SLUG_CHARACTERS, max_words=_SLUG_WORDS) or fallback
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


@dataclass(frozen=True)
class FigureGuess:
    """A first reading of selected words as a figure; the form lets a person fix it."""

    display: str
    value: float | None
    unit: str
    label: str
    approximate: bool


def guess_figure(words: str) -> FigureGuess:
    """'around 600 North Korean soldiers' → 600, approximate, unit 'soldiers'."""
    display = " ".join(words.split())
    match = _NUMBER.search(display)
    value: float | None = None
    unit = ""
    rest = display
    if match is not None:
        end = match.end()
        if match["digits"]:
            value = float(match["digits"].replace(",", ""))
        elif match["vague"]:
            value = float(_VAGUE[match["vague"].lower()])
        else:
            value = float(_SMALL[match["word"].lower()])
        scale = _SCALE.match(display, end)
        if scale is not None:
            value *= _SCALES[scale["scale"].lower()]
            end = scale.end()
        percent = _PERCENT.match(display, end)
        if percent is not None:
            unit = "%"
            end = percent.end()
        start = match.start()
        if start > 0 and display[start - 1] in _CURRENCY:
            unit = _CURRENCY[display[start - 1]]
        rest = display[end:].strip(" ,.;:")
    if not unit and rest:
        unit = rest.split()[-1].strip(" ,.;:“”\"'")
    label = rest if rest else display
    approximate = bool(_APPROXIMATE.search(display))
    return FigureGuess(display=display, value=value, unit=unit, label=label, approximate=approximate)


def parse_number(text: str) -> float:
    """'9,000,000', '0.5', '600' → float; ValueError with a message for a person."""
    cleaned = text.strip().replace(",", "").replace("_", "")
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a number; write it in digits, e.g. 9000000") from None
