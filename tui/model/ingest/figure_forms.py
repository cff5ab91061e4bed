"""Shapes of written figures beyond "number + noun", and the number shapes that are not figures.

Units glued to the number ("50TB", "15mm"), multipliers ("threefold",
"quadrupled", "twice as many"), "a dozen", "half a million", "an hour",
"two and a half", ranges read as their lower bound ("10 to 20 degrees"); and
numbers that only label or name something ("level 3", "days two and five",
"3-D", "24/7", a footnote mark "Pew.4", a country code "+44").
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_words import MONTH, SCALES, SHORT_SCALES, UNITS_WORDS, hyphen_unit

# Unit abbreviations written right after a number, with or without a space. Case matters:
# "50TB" is terabytes, "50Tb" terabits; "m" stays a scale ("£2m"), not metres.
ABBREVIATED_UNITS = (
    "Tbps|Gbps|Mbps|kbps|TB|GB|MB|KB|PB|Tb|Gb|Mb|kg|km|cm|mm|mg|mcg|µg|μg|ml|mph|kph|km/h|MW|GW|kW|kWh|MWh|"
    "GWh|TWh|GHz|MHz|kHz|Hz|nm|lbs?|oz|ft|sq\\s?km|sq\\s?ft|mAh|bps?|tbsp|tsp|fps|FPS|Wh|W|ms|ppi|"
    # Areas and times as news abbreviates them: "45m²", "5ha", "30mins", "12hrs" ("5 min read" is page
    # furniture, not a figure).
    "km²|km2|m²|m2|sq\\s?m|sqm|ha|mins?(?!\\s+read)|hrs?|secs?|yrs?"
)
# "a 5g network" is a generation of mobile telephony, not five grams.
_NOT_MOBILE = (
    r"(?!\s+(?:networks?|phones?|mobile|signal|coverage|connection|service|technology|spectrum|masts?)\b)"
)
# "50p" is pence and "12g" grams only glued to the number, and "10 p.m." is no pence.
ABBREVIATION = rf"(?-i:\s?(?:{ABBREVIATED_UNITS})(?![\w/])|p(?![\w/]|\.m)|g(?![\w/]){_NOT_MOBILE})"
UNIT_OF_ABBREVIATION = {"bp": "basis points", "bps": "basis points", "lb": "lbs", "p": "pence",
                        "min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours", "sec": "seconds",
                        "secs": "seconds", "yr": "years", "yrs": "years", "ha": "hectares", "km2": "km²",
                        "m2": "m²", "sqm": "m²", "sq m": "m²", "sqkm": "sq km", "FPS": "fps",
                        "ms": "milliseconds"}  # fmt: skip

# A currency written before the amount: symbols, "A$"/"HK$", ISO codes, "Rs".
# "J$", "G$", "NT$", "R$": a dollar (or real) of a named country, written as it is.
# "R2.3 billion" (rand), "N5 billion" (naira), "P1.2 billion" (peso): a bare letter only before an amount
# with a scale or grouped thousands, so "P45" and "R5" stay names.
_LETTER_CURRENCY = (
    r"(?-i:R|N|P)"
    r"(?=\d[\d.]*[\s-]?(?:million|billion|trillion|bn|mn|m|tn|crore|lakh)\b|\d{1,3}(?:,\d{3})+(?![\d.]))"
)
# ISO codes and local abbreviations written before the amount ("SEK 5 million", "RM2.5 million", "Shs 5
# billion"). Codes that are also common names ("COP 28", "NPR", "RON 95" petrol, "PHP 8") are left out.
_CODES = (
    "USD|EUR|GBP|INR|JPY|CNY|AUD|CAD|CHF|NZD|SGD|HKD|ZAR|NGN|KES|AED|PKR|BDT|EGP|SAR|QAR|KWD|OMR|BHD|JOD|"
    "SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ARS|CLP|RUB|UAH|ILS|THB|IDR|MYR|VND|KRW|TWD|LKR|GHS|UGX|TZS|RWF|ETB|"
    "ZMW|XOF|XAF|JMD|TTD|RMB|Rmb|RM|Rp|Shs|USh|TSh|Tsh|Rs\\.?|KSh|Ksh|Dhs?|Tk"
)
CURRENCY_PREFIX = (
    # A symbol may stand a space before the amount ("US$ 5 million", "€ 300").
    r"(?:(?-i:[A-Z]{1,3})\$|\$|€|£|¥|₩|₹|₦|₱|₴|₺|₽|₪|₫|GH₵|GH¢|₵|E£)(?:[ \u00a0](?=\d))?|(?-i:Sh)(?=\d)|"
    rf"{_LETTER_CURRENCY}|(?-i:{_CODES})\s?"
)
# "25 €", "250 000 €", "60,000₩", "50.000₫": the symbol after the amount, as much of Europe and Asia write it.
CURRENCY_AFTER = r"(?P<currency_after>[ \u00a0]?(?:€|£|¥|₽|₺|₴|₪|₩|₫|₹|₦)(?!\w))"
# "1½ miles": a vulgar fraction glued to the number.
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
CURRENCY_OF_PREFIX = {"US$": "$", "USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "Rs": "₹", "Rs.": "₹",
                      "JPY": "¥", "CNY": "yuan"}  # fmt: skip

# "twice as many": a factor. Verbs ("doubled", "quadrupled") are left out: they report a change
# whose figure is usually given beside them ("doubled to $2.1 billion").
# "twice as", "twice a week"; "clashed twice, with ...", "at least once": how many times, also where the
# clause ends after it; "once" only under a bound (alone it is "formerly" or "as soon as").
TWICE = (
    r"(?P<twice>twice|thrice|(?<=at\sleast\s)once|(?<=more\sthan\s)once)"
    r"(?=\s+(?:as|the|that|a|an|per|in|each|over|more|daily|weekly|monthly|yearly|some|before|since)\b|\s*[,.;])"
)

# "a dozen", "half a million": a count made of an article and a scale word.
A_SCALE = (
    r"(?P<a_scale>(?:an?\s+)?half-dozen"  # "a half-dozen"
    r"|(?:a\s+)?(?:quarter|half)[\s-](?:million|billion|trillion)"  # "a quarter million", "a half-billion"
    # "a dozen", "half a million", "a couple of hundred"
    r"|(?:a|half\s+a|a\s+couple(?:\s+of)?)\s+(?:dozen|hundred|thousand|million|billion|trillion)"
    r"(?:\s+(?:thousand|million|billion))?)\b"  # "a hundred thousand"
)
A_SCALE_VALUES = {"a": 1, "an": 1, "half": 0.5, "quarter": 0.25, "couple": 2, "of": 1, "dozen": 12,
                  "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                  "trillion": 1_000_000_000_000}  # fmt: skip


def a_scale_value(words: str) -> float:
    """ "half a million" -> 500,000, "a quarter million" -> 250,000, "a half-dozen" -> 6,
    "a couple of hundred" -> 200."""
    value = 1.0
    for word in re.split(r"[\s-]+", words.lower()):
        value *= A_SCALE_VALUES[word]
    return value


# "an hour", "a decade", "a year and a half": one of a unit, counted when the sentence says how much
# ("up to an hour", "for a year"), not when it is a rate's period ("$2 billion a year").
SINGLE_UNITS = "minute|hour|day|week|month|year|decade|century|mile|kilometre|kilometer|metre|meter|yard"
# "the next year and a half", "the past month and a half": the unit with no article, after a word that
# places a span (figures.py keeps it only with its half: "next year" alone is a time).
A_UNIT = (
    rf"(?P<a_unit>(?:an?\s+|(?<=next\s)|(?<=past\s)|(?<=last\s))(?P<a_unit_noun>{SINGLE_UNITS})"
    r"(?P<unit_and_half>\s+and\s+a\s+half)?)\b"
)
_DURATION_BEFORE = re.compile(r"\b(?:for|lasting|last|took|takes|spent|spend|in\s+under)\s+$", re.I)


def plural_unit(noun: str) -> str:
    """ "century" -> "centuries", "hour" -> "hours"."""
    return "centuries" if noun.lower() == "century" else f"{noun.lower()}s"


# "A month into the war", "a year into his term": how long something has run, as "two months into" is;
# after an amount it is the amount's period ("$2 billion a year into the fund").
_SPAN_INTO = re.compile(r"\s+into\s+(?:the|a|an|his|her|its|their|our|this|that|my|your)\b", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:\d|hundred|thousand|million|billion|trillion|percent|cent|%)\S*\s+$", re.I)


def a_unit_counts(before: str, has_half: bool, approximate: bool, after: str = "") -> bool:
    """ "a year and a half", "up to an hour", "for a year", "a month into the war": an amount; "$2bn a
    year": a period."""
    return (
        has_half
        or approximate
        or _DURATION_BEFORE.search(before) is not None
        or (_SPAN_INTO.match(after) is not None and _AMOUNT_BEFORE.search(before) is None)
    )


# A number after one of these words labels a thing rather than counting it: "level 3
# restrictions", "days two and five", "finished in the top three", "type 2 diabetes".
_LABEL_WORDS = (
    "level stage phase tier grade category day days chapter section article page room gate terminal platform "
    "route highway interstate exit flight number no. p. pp. pages season episode week round step item "
    "version type "
    "class size top zone region district ward apartment suite floor channel pillar rounds stages phases "
    "levels chapters sections articles rooms gates line lines precinct unit block lot plot bay pier berth "
    "runway booth sector bus model log reference ref part"
).split()
# "level 3", "days two and five", "rounds 3, 4 and 5": the label word, then only numbers and joins.
_LABEL_BEFORE = re.compile(
    rf"\b(?:{'|'.join(re.escape(word) for word in _LABEL_WORDS)})\s+"
    rf"(?:(?:\d+|{'|'.join(UNITS_WORDS)})(?:,|\s+(?:and|or|&))\s+)*$",
    re.IGNORECASE,
)
_LABEL_SET = frozenset(_LABEL_WORDS)
# "every day 300 people cross", "in its first week 2,000 signed up": a time word with a determiner before
# it says when, and the number after it counts.
_TIME_NOT_LABEL = re.compile(
    r"\b(?:every|each|per|a|an|that|this|same|one|last|next|first|second|third|opening|final|its|their|"
    r"the\s+(?:first|second|third|same|last|next|opening|final))\s+(?:day|week|season|round|stage|phase)\s+"
    r"(?:\d[\d,.]*|[a-z]+)\s*$",
    re.IGNORECASE,
)
# "the 2020 elections", "the 1995 and 2011 restorations", "its 2019 results", "Obama's 2012 remarks",
# "two 2017 acquisitions": a year used as an adjective, after a determiner, a possessive or a count.
_YEAR_AS_ADJECTIVE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|your|whose|this|these|those|two|three|four|five)"
    r"|\w[’']s|\b(?:1[5-9]|20)\d\d\s+(?:and|or|to|-|–))\s+$",
    re.I,
)


# "per 100,000 people", "(14 of 22)", "5 stars out of 5", "12th out of 30", "the best out of 10": the
# denominator of a rate, a share or a rank, not a count of its own ("Out of 200 applicants, nine were
# hired" counts 200).
_DENOMINATOR_BEFORE = re.compile(
    r"\bper\s+$|\b\d[\d,.]*\s+(?:out\s+)?of\s+$"
    r"|\b(?:\d[\d,.]*(?:st|nd|rd|th)?|[a-z]+(?:st|nd|rd|th)|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|hundred)(?:\s+[a-z]+)?\s+out\s+of\s+$",
    re.I,
)


# "the final stage, 3, began": the label set off by commas, as an appositive.
_LABEL_APPOSITIVE = re.compile(rf"\b(?:{'|'.join(re.escape(word) for word in _LABEL_WORDS)}),\s+$", re.I)


def label_appositive(before: str, after: str) -> bool:
    """ "stage, 3, the rolling blackouts": a label between commas (not "In the second week, 400 workers")."""
    if not after.startswith(",") or not before.rstrip().endswith(","):
        return False
    words = before.split()
    return (
        len(words) > 0
        and words[-1].rstrip(",").lower() in _LABEL_SET
        and _LABEL_APPOSITIVE.search(before) is not None
    )


def labels_not_counts(before: str) -> bool:
    """The number is a label ("level 3") or a denominator ("per 100,000 people", "14 of 22")."""
    # The regexes run only when a word they look for is among the last few (a sentence of thousands of
    # numbers stays fast).
    last_words = {word.strip(",").lower() for word in before.split()[-5:]}
    if last_words & _LABEL_SET and _LABEL_BEFORE.search(before):
        return _TIME_NOT_LABEL.search(before + "0") is None
    return bool(last_words & {"per", "of"}) and _DENOMINATOR_BEFORE.search(before) is not None


# "the first two states", "the final three games": which ones, not how many. Time still counts: "the first
# 100 days", "the first six months of the year" say how long.
_FIRST_BEFORE = re.compile(r"\b(?:first|final|opening)\s+$", re.I)
_TIME_AFTER = re.compile(
    r"[\s-]+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|quarters?)\b",
    re.I,
)


def first_few(before: str, after: str) -> bool:
    """The number picks the first few of something ("the first two states") rather than counting it."""
    return _FIRST_BEFORE.search(before) is not None and _TIME_AFTER.match(after) is None


def year_as_adjective(before: str) -> bool:
    return _YEAR_AS_ADJECTIVE.search(before) is not None


_DAY_RANGE_END = re.compile(rf"(?:{MONTH})\.?\s+\d{{1,2}}\s*(?:to|-|–|and|through|until)\s*$")


def day_range_end(before: str) -> bool:
    """The end of a range of days: "May 4 to 9"."""
    ending = before.rstrip()
    return (
        ending.endswith(("to", "-", "–", "and", "through", "until"))
        and _DAY_RANGE_END.search(before) is not None
    )


# "(555) 123-4567", "555.123.4567": a North American telephone number.
_PHONE = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
# "10 Downing Street", "1600 Pennsylvania Avenue", "12-16 Mill Lane" (a run of house numbers), "40 Route 9"
# (a numbered road), "the 4100 block of Elm Terrace" (an American address by its block): a house number.
_STREET_AFTER = re.compile(
    r"(?:[-–]\d+)?(?:(?:\s+[A-Z][\w.’'-]*){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|"
    r"Place|Square|Court|Terrace|Crescent|Parkway)\b|\s+(?:Route|Highway|Hwy)\s+\d|\s+block\s+of\s+[A-Z])"
)


# Emergency and service telephone numbers, named by what follows them.
_EMERGENCY = frozenset(["999", "911", "112", "111", "101", "000", "100", "108", "119", "110"])
_EMERGENCY_AFTER = re.compile(
    r"\s+(?:calls?|callers?|operators?|dispatch(?:ers?)?|lines?|service|number)\b", re.I
)
# "called 911.", "dialled 999 and waited": the number rung, when nothing it could count follows.
# "call police on 101", "ring us on 101": the British way of naming the number rung.
_DIALLED_BEFORE = re.compile(
    r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|ring|rang|phoned?|phoning)\s+"
    r"(?:(?:us|police|officers|them|the\s+police)\s+on\s+|on\s+)?$",
    re.I,
)
# "quoting log 3697": an appeal's reference follows the number rung.
_DIALLED_AFTER = re.compile(
    r"\s*(?:[.,;:!?)”\"]|$)|\s+(?:and|after|when|but|while|before|because|as|for\s+help|quoting)\b"
)


# "3-D", "24/7", "3-for-4", "9-to-5", "30-something", "5 min read" (page furniture); not "$1bn-a-year".
_GLUED_AFTER = re.compile(
    r"-[A-Za-z](?![A-Za-z]|-(?:year|month|week|day|head)\b)|/\d|-for-\d|-something\b|\s+mins?\s+read\b"
    # "9-to-5" is a shift; "a 7-to-2 vote" is a vote, whose first number stands (as "61-39" does).
    r"|-to-\d+(?!\s+(?:vote|votes|margin|majority|decision|ruling|verdict|split)\b)"
    # Set phrases that count nothing: "a two-way street", "the two-party system", "a two-horse race",
    # "a three-pronged attack", "a five-star hotel", "the two-state solution".
    # "double-digit growth": a size class, not a count ("a six-figure salary" is a sum at its least
    # value, read in figure_magnitudes.py, not here).
    r"|-(?:way|party|horse|tier|tiered|pronged|sided|dimensional|faced|star|state\s+solution|figures?|digits?)\b",
    re.I,
)


def glued_to_name(sentence: str, start: int, end: int) -> bool:
    """Number shapes that name or mark something: "3-D", "24/7", "Pew.4" (a footnote), "+44 Review",
    a house number ("10 Downing Street") and telephone numbers ("0800 138 5560", "(555) 123-4567")."""
    before = sentence[start - 1] if start > 0 else " "
    window_start = max(0, start - 12)
    for phone in _PHONE.finditer(sentence, window_start, min(len(sentence), end + 14)):
        if phone.start() <= start and end <= phone.end() + 1:
            return True
    if re.fullmatch(r"\d+(?:[-–]\d+)?", sentence[start:end]) and _STREET_AFTER.match(sentence, end):
        return True
    if sentence[start:end] in _EMERGENCY and _EMERGENCY_AFTER.match(sentence, end):
        return True  # "the 999 call", "a 911 dispatcher": a telephone service
    if (
        sentence[start:end] in _EMERGENCY
        and _DIALLED_BEFORE.search(sentence, max(0, start - 30), start)
        and _DIALLED_AFTER.match(sentence, end)
    ):
        return True
    if re.match(r"0\d", sentence[start : start + 2]) or re.search(
        r"\b\d{3,}\s$", sentence[max(0, start - 8) : start]
    ):
        return True
    if re.match(r"\s\d{3,}\b", sentence[end : end + 8]) and re.fullmatch(r"\d{3,}", sentence[start:end]):
        return True
    if re.match(r"(?:\s\d{3,5}){2}\b", sentence[end : end + 14]) and sentence[start:end].isdigit():
        return True  # "+44 20 7946 0958": the area code of a telephone number
    if _GLUED_AFTER.match(sentence, end):
        return True
    if before == "." and start >= 2 and sentence[start - 2].isalpha():
        return True
    return before == "+" and re.match(r"\s+[A-Z(\d]", sentence[end : end + 3]) is not None


# "seven-day rate", "14-day average": the window a rate is measured over, not a count; "the 50-second
# mark": a point in time, not a length.
RATE_WINDOW = re.compile(r"\s+(?:rolling\s+|moving\s+)?(?:rate|average|incidence|total|mark|marker)\b", re.I)
# "half a century later": when, not how much.
HALF_A_TIME = re.compile(
    r"\s+an?\s+(?:century|decade|year|month|week|day|hour|lifetime)\s+(?:later|after|before|earlier|ago|on)\b",
    re.I,
)
# "10 to 20 degrees", "two or three times", "some 20 to 30 boats": one figure, its lower bound.
RANGE_JOIN = re.compile(r"\s*(?:–|—)\s*|\s+(?:to|or)\s+")


def ratio_parts(ratio: str) -> tuple[float, float]:
    top, bottom = re.split(r"[\s-]+in[\s-]+(?:every\s+)?|\s+out\s+of\s+(?:every\s+)?", ratio.lower())
    return number_value(top), number_value(bottom)


def number_value(number: str) -> float:
    return float(number.replace(",", "")) if number[0].isdigit() else (words_value(number) or 0.0)


def ratio_holds(ratio: str) -> bool:
    """ "3 in 10" is a share; "12 in 2 attacks" or "one in 1" is not."""
    top, bottom = ratio_parts(ratio)
    return 0 < top < bottom


def words_value(words: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and" or not word:
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif word in ("hundred", "dozen"):
            current = (current or 1) * (100 if word == "hundred" else 12)
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


_SCALE_WORD = re.compile(
    r"(?<=[\d\s])(thousand|million|billion|trillion|k|m|mn|mln|bn|bln|tn|trln|trn)\b", re.I
)


def scale_of(display: str) -> float:
    """The scale a figure is written with ("3 million" -> 1e6, "$4bn" -> 1e9), 1 without one."""
    found = _SCALE_WORD.search(display)
    if found is None:
        return 1.0
    word = found.group(1).lower()
    return float(SCALES.get(word) or SHORT_SCALES[word])


def _after_hyphen_unit(sentence: str, match: re.Match[str]) -> tuple[int, str] | None:
    """Where a hyphenated unit right after the number ends ("five-year", "14-day"), and its plural unit."""
    after = match.end()
    if match["compound"]:
        return after, hyphen_unit(match["compound"]) or match["compound"][1:].lower() + "s"
    hyphenated = re.match(r"-[a-z]+", sentence[after : after + 20])
    unit = hyphen_unit(hyphenated.group(0)) if hyphenated is not None else ""
    return (after + hyphenated.end(), unit) if hyphenated is not None and unit else None


def rate_window(sentence: str, match: re.Match[str]) -> bool:
    """ "the seven-day rate", "a 14-day average": the window a rate is measured over."""
    hyphenated = _after_hyphen_unit(sentence, match)
    return hyphenated is not None and RATE_WINDOW.match(sentence, hyphenated[0]) is not None


# "a five-year plan", "its four-year term", "a three-year study": the span a plan, an office or a study is
# set for names its kind, as the annotated pages read it; "a 14-day quarantine", "a 10-year contract" count.
_SET_SPAN = re.compile(r"\s+(?:plans?|terms?|study|studies|strategy|strategies|mandates?)\b", re.I)


def set_span(sentence: str, match: re.Match[str]) -> bool:
    """ "the five-year plan", "a four-year term": a span of years that names a plan, an office or a study."""
    hyphenated = _after_hyphen_unit(sentence, match)
    return (
        hyphenated is not None
        and hyphenated[1] == "years"
        and _SET_SPAN.match(sentence, hyphenated[0]) is not None
    )
