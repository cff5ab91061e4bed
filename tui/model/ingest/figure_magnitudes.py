"""Sums named only by their size: "a six-figure settlement" (at least 100,000), "a multimillion-dollar
deal" (at least a million). Like "millions", each reads as the least it can be."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_words import CURRENCY_WORDS

# "six-figure" is a count of digits before a noun ("a six-figure salary"; "in six figures" names no sum);
# "multi-million" is money only with the money named after it ("a multimillionaire" is a person, "a
# multi-million-selling singer" sold records).
MAGNITUDE = (
    r"(?P<magnitude>(?P<digits>five|six|seven|eight|nine|ten)[\s-]figure(?=[\s-]+[a-z])"
    r"|multi-?(?P<multi_scale>million|billion|trillion)(?=[\s-]+(?:dollar|pound|euro)s?\b))"
)
_DIGITS = {"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
# "a multimillion-dollar deal", "multi-million pound": the money the word after names.
_CURRENCY_AFTER = re.compile(r"[\s-]+(?P<money>dollar|pound|euro)s?\b", re.IGNORECASE)


def magnitude_value(match: re.Match[str]) -> tuple[float, str]:
    """The least value of a sum named by its size, and the note that says so."""
    if match["digits"] is not None:
        value = 10.0 ** (_DIGITS[match["digits"].lower()] - 1)
    else:
        value = _SCALES[match["multi_scale"].lower()]
    return value, f"“{match['magnitude']}” read as at least {value:,.0f}"


def magnitude_currency(sentence: str, end: int) -> tuple[str, int]:
    """The currency a word after the size names and where that word ends; ("", end) when none does."""
    money = _CURRENCY_AFTER.match(sentence, end)
    if money is None:
        return "", end
    return CURRENCY_WORDS[f"{money['money'].lower()}s"], money.end()
