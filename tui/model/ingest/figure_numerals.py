"""How numerals are written and read: digit grouping, decimal commas, signs, and what a glued "m" means.

News pages group thousands with commas ("12,000"), with spaces or non-breaking spaces
("12 000", the style of many non-English-speaking newsrooms and of SI), and some write
the decimal with a comma ("1,5 million", "1.234,5"). A temperature or a rate may be
negative ("minus 20C", "-0.5%"). "300m" is millions of something in "300m people" and
metres in "300m long".
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_words import SCALES, SHORT_SCALES

# One numeral as written, longest shapes first.
NUMERAL = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"  # "12,000", "1,234.5"
    r"|\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)"  # "1.234,5": dots group, the comma marks the decimal
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.,])"  # "2.500.000": two dot groups are thousands (one may be decimals)
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"  # "12 000" with a non-breaking or thin space
    # "12 000 inhabitants" with a plain space: only before what it counts (a plural noun, a percentage,
    # a currency), so "+44 20 7946 0958" and "age 7 230." stay apart.
    r"|(?<!\d\s)\d{1,3}(?:\s\d{3})+(?=\s?[%€£$]|\s+(?:per\s?cent|percent|euros?|dollars?|[a-z]{2,}s|people|children|men|women|staff|km|kg|tonnes?|tons?)\b)"
    # "1,5 million", "12,5 %": a comma before one or two digits and a scale or a percent is a decimal comma.
    r"|\d{1,3},\d{1,2}(?=\s?(?:%|€|(?:million|billion|trillion|milliards?|mln|bln|bn|mn|m|tn|per\s?cent)\b))"
    r"|\d+(?:\.\d+)?"
)
_DECIMAL_COMMA = re.compile(r"\d,\d{1,2}$")


def numeral_value(numeral: str) -> float:
    """The value of a numeral in any of the groupings NUMERAL accepts."""
    text = re.sub(r"[\s\u00a0\u202f\u2009]", "", numeral)
    if _DECIMAL_COMMA.search(text):
        return float(text.replace(".", "").replace(",", "."))
    if text.count(".") > 1:
        return float(text.replace(".", ""))
    return float(text.replace(",", ""))


# "minus 20C", "-5°C", "−0.3%": the sign of a temperature or a rate, written before it.
# "plus or minus 3 points" is a margin, not a negative.
_SIGN_BEFORE = re.compile(r"(?:(?<!\bor\s)\bminus\s+|(?:^|(?<=[\s(]))[-−–])$", re.IGNORECASE)


def sign_start(sentence: str, start: int) -> int | None:
    """Where a minus sign before the figure at `start` begins, or None when there is none."""
    found = _SIGN_BEFORE.search(sentence, max(0, start - 8), start)
    return found.start() if found is not None else None


# "300m long", "2,400m above sea level", "a depth of 40m": metres, not millions.
_METRES_AFTER = re.compile(
    r"\s*(?:long|tall|high|wide|deep|away|above|below|beneath|under(?:ground|water)?|down|up|"
    r"from|north|south|east|west|in\s+(?:length|height|depth|diameter|width))\b"
    r"|\s*(?:-|\s)(?:long|tall|high|wide|deep)\b",
    re.IGNORECASE,
)
_METRES_BEFORE = re.compile(
    r"\b(?:height|depth|length|altitude|elevation|distance|width|diameter|drop|fall|plunge|dive)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)


def metres_not_millions(sentence: str, match: re.Match[str]) -> bool:
    """ "300m long": a glued lowercase "m" without a currency is metres when a measure word is near."""
    if match["short"] != "m" or match["currency"]:
        return False
    before = sentence[max(0, match.start() - 40) : match.start()]
    return (
        _METRES_AFTER.match(sentence, match.end("short")) is not None
        or _METRES_BEFORE.search(before) is not None
    )


# "a 2/3 majority", "1/4 of the budget": a share written with a slash. Dates ("3/4") and "24/7" are not.
SLASH_FRACTION = r"(?P<slash_fraction>(?P<slash_top>[1-9])/(?P<slash_bottom>[2-9]|10))(?![\d/])"
_SLASH_FRACTION_USE = re.compile(
    r"\s+(?:of|majority|share|stake|supermajority|vote|hours?|miles?|inch(?:es)?|cups?|pounds?|acres?|points?|"
    # a cook's or a builder's measure: "1/2 tsp", "3/4 teaspoon", "1/2 lb"
    r"tsp|tbsp|teaspoons?|tablespoons?|oz|ounces?|lbs?|feet|foot|yards?|gallons?|litres?|liters?)\b",
    re.IGNORECASE,
)


def slash_fraction_value(sentence: str, match: re.Match[str]) -> float | None:
    """The share a slash fraction names, or None when it is a date or a label."""
    top, bottom = int(match["slash_top"]), int(match["slash_bottom"])
    if top >= bottom or _SLASH_FRACTION_USE.match(sentence, match.end()) is None:
        return None
    return top / bottom


# "1000s of people", "100s of homes": a vague plural written in digits.
NUMERIC_VAGUE = r"(?P<numeric_vague>(?:10|100|1,?000|10,?000|100,?000)s)(?=\s+of\b)"
# "10x faster", "up 3x": a factor written with an x.
TIMES_X = (
    r"(?P<times_x>\d+(?:\.\d+)?)(?-i:x)"
    r"(?=\s+(?:more|faster|slower|higher|lower|larger|bigger|smaller|greater|better|cheaper|as|the|over|in)\b"
    r"|[.,;:!?)]|\s*$)"
)


def scale_value(scale: str) -> float:
    """ "million" -> 1e6, "bn" -> 1e9, "lakh crore" -> 1e12, "milliards" -> 1e9."""
    words = scale.lower().split()
    value = 1.0
    for word in words:
        word = word.rstrip("s") if word not in SHORT_SCALES else word
        value *= 1e9 if word == "milliard" else SCALES.get(word, 0) or SHORT_SCALES[word]
    return value


def glued_to_word(sentence: str, start: int, end: int) -> bool:
    """A number inside a token: "F-16", "COVID-19", "G7", "1st", "3:30"."""
    before = sentence[start - 1] if start > 0 else " "
    after = sentence[end] if end < len(sentence) else " "
    if before.isalnum() or (after.isalnum() and not sentence[start:end].endswith(("%",))):
        return True
    if re.match(r"(?:[-.]\d{2,4}){2,}", sentence[end : end + 20]):
        return True  # a telephone number: "1-800-273-8255"
    if sentence[:start].strip() in ("", "(") and re.match(r"[.)]\s+\S", sentence[end : end + 3]):
        return True  # "1. Reduce waste", "(2) The second item": a list's marker
    if re.match(r"\.\d", sentence[end : end + 2]):
        return True  # a version or an address: "1.2.3", "10.0.0.1"
    if before in "-/:" and start >= 2 and sentence[start - 2].isalnum():
        return True
    if before in ".," and start >= 2 and sentence[start - 2].isdigit():
        return True  # the decimals of a number not read whole ("P1.2" before its currency was known)
    if before == "." and (start < 2 or sentence[start - 2] in " (“\"'"):
        return True  # "a .300 hitter", "a .22 rifle": a decimal or a calibre, not a count
    if "^" in (before, after):
        return True  # "2^15", "10^5": a power written as code, not a count
    if (
        before == "("
        and after == ")"
        and start >= 2
        and (sentence[start - 2].isalnum() or sentence[start - 2] == ")")
    ):
        return True  # "Section 956(c)(2)", "Article 5(1)": a subsection of a text
    if (
        before in "’'"
        and (start < 2 or sentence[start - 2] in " (\t\n")
        and _YEAR_CUT_SHORT.fullmatch(sentence[start:end])
    ):
        return _COUNTED_AFTER.match(sentence, end) is None  # "in ’91", "since '08": a year written short
    return after == ":" and end + 1 < len(sentence) and sentence[end + 1].isdigit()


# A year written short ("’91") is two digits; a quotation opening on a count ("'50 people died'") is not one.
_YEAR_CUT_SHORT = re.compile(r"\d{2}")
_COUNTED_AFTER = re.compile(r"\s+[a-z]+s\b|\s?%")


# "4K", "an 8K screen", "a 5K run": a screen resolution or a race, not 4,000 of anything.
_NOT_THOUSANDS = frozenset(["1", "2", "4", "5", "6", "8"])


# "4k subscribers", "5k views": a lower-case "k" before a plural noun counts thousands.
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]{3,}s\b")


def resolution_not_thousands(match: re.Match[str]) -> bool:
    """A "K" glued to one small digit, with no currency: a resolution ("4K", "games at 4k and 60fps") or a
    race ("5K"); a lower-case "k" before a plural noun still counts thousands ("4k subscribers")."""
    if match["short"] not in ("K", "k") or match["currency"] or match["numeral"] not in _NOT_THOUSANDS:
        return False
    return match["short"] == "K" or _COUNTED_AFTER.match(match.string, match.end()) is None


# "1080p", "a 720p camera", "4320p": the line count of a video format, not pence.
_VIDEO_LINES = frozenset(["144", "240", "360", "480", "540", "576", "720", "1080", "1440", "2160", "4320"])


def video_format(match: re.Match[str]) -> bool:
    """A "p" glued to a video line count, with no currency: a format ("1080p"), not an amount in pence."""
    return match["abbreviation"] == "p" and not match["currency"] and match["numeral"] in _VIDEO_LINES


def model_number(match: re.Match[str]) -> bool:
    """ "a Vega 6400M chip", "a 1200K sensor": a scale letter glued to four digits or more, with no currency,
    names a model (nobody writes 6.4 billion as "6400M")."""
    numeral = match["numeral"] or ""
    return bool(match["short"]) and not match["currency"] and numeral.isdigit() and len(numeral) >= 4
