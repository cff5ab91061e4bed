"""Small text helpers shared by the model's parts and the screens."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in … when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def did_you_mean(name: str, known: Iterable[str], *, cutoff: float = 0.6, lead: str = " — ") -> str:
    """A hint naming the closest of `known` to a mistyped `name`, or "" if none is close."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=cutoff)
    return f"{lead}did you mean '{close[0]}'?" if close else ""


def slug_words(text: str, limit: int, *, max_words: int | None = None) -> str:
    """The words of `text` in ASCII lower case joined by "-", as many (up to `max_words`) as fit
    in `limit` characters; "" when it has none. Ids are made from it."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text)[:max_words]:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug


# Scale words that count in the plural and take "of" before what they count ("thousands of
# soldiers"), unlike numbers and "a third" ("600 soldiers", "a third of" is in the display).
_PLURAL_SCALE_WORDS = frozenset(
    {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens"}
)


def unit_after(display: str, unit: str) -> str:
    """What follows a figure's display to name its unit: " soldiers" after "around 600",
    " of soldiers" after "thousands"; "" when there is no unit."""
    if not unit or display.lower().endswith(unit.lower()):
        return ""  # "80TB" already names its unit
    last_word = display.rsplit(maxsplit=1)[-1].lower() if display.strip() else ""
    return f" of {unit}" if last_word in _PLURAL_SCALE_WORDS else f" {unit}"
