"""Small text helpers shared by the model's parts and the screens."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in … when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def did_you_mean(name: str, known: Iterable[str], *, cutoff: float = 0.6, lead: str = " — ") -> str:
    """A hint naming the closest of `known` to a mistyped `name`, or "" if none is close."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=cutoff)
    return f"{lead}did you mean '{close[0]}'?" if close else ""
