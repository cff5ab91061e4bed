"""What a figure's display shows around its number: what a price is per ("$30 per set", "$16.99 a
pound"), the money a hyphenated word names ("a billion-dollar deal"), and whether "over" before a span
of time is "more than" it ("for over a year") or the span an amount is spread across ("$300 billion
over two years")."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

_TIME_SPANS = frozenset(
    ["seconds", "minutes", "hours", "days", "nights", "weeks", "months", "years", "decades", "centuries"]
)
# "over" spreads what comes just before across a span when that is an amount or a change ("$300 billion
# over two years", "a 12% rise over two years") or something happening ("thefts that happened over two
# days", "phased in over three years"). Elsewhere it is "more than" the span ("for over a year", "has
# worked there over 20 years").
_SPREAD_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*(?:%|\s+(?:million|billion|trillion|percent|per\s+cent|points?))?|"
    r"happened|occurred|unfolded|spread|staggered|phased\s+in|paid|repaid|rose|fell|grew|increased|"
    r"decreased|declined|dropped|climbed|averaged|gained|lost|added|saved|cut)"
    r"(?:\s+[\w’'-]+){0,3}\s+$",
    re.IGNORECASE,
)
_OVER = re.compile(r"over\s+(?:a\s+)?(?=\S)", re.IGNORECASE)


def spread_over_span(sentence: str, qualifier_start: int, unit: str) -> bool:
    """ "over two years" after an amount or an event: the span it is spread across, not "more than" it."""
    if unit not in _TIME_SPANS or _OVER.match(sentence, qualifier_start) is None:
        return False
    return _SPREAD_BEFORE.search(sentence, max(0, qualifier_start - 48), qualifier_start) is not None


# "$10 per short ton", "$30 per set", "$16.99 a pound": the unit a price is per, in words. A span of time
# ("$2 billion a year", "$15 an hour") is the rate's period, not part of the amount.
_PERIOD_WORDS = r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|annum|cent)s?\b"
_PER_WORDS = re.compile(
    rf"\s+(?:per\s+(?:(?:short|long|metric|square|cubic|troy|fluid|US|imperial)\s+)?(?!{_PERIOD_WORDS})[a-z]{{2,}}\b"
    r"|an?\s+(?:pound|kilo|kilogram|gram|ounce|gallon|litre|liter|barrel|tonne|ton|share|head|person|piece|"
    r"seat|ticket|mile|square\s+foot|square\s+metre|unit|dose|pill|bottle|box|pack|bag|meal|visit)\b)"
)


def price_per_end(sentence: str, end: int) -> int:
    """Where a price's display ends when the unit it is per is written in words; else `end`."""
    per = _PER_WORDS.match(sentence, end)
    return end if per is None else per.end()


_HYPHEN_CURRENCY = re.compile(r"-(?:dollar|euro)\b")


def hyphen_currency_end(sentence: str, end: int) -> int:
    """Where "a billion-dollar" ends: the money is named by the hyphenated word, so the display keeps it."""
    hyphenated = _HYPHEN_CURRENCY.match(sentence, end)
    return end if hyphenated is None else hyphenated.end()
