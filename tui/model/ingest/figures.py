"""Figures in a sentence: the number as written, its value, unit, label and period.

Rules, not a model: numerals and number words with their scale ("nine
million", "$170 million", "34%"), vague quantities read as their lower bound
("thousands" as 1,000), fractions ("a third"), and the shapes in figure_forms
(glued units "50TB", "30fps", "a dozen", "fourfold", "up to an hour", "two or three"
and "3 to 5" read as their lower bound, the two bounds of "between 5 and 8" and of "30-600 MW"),
and counts of people after "the" (figure_people: "the two men"). Years used as
dates, days of the month, ages, clock times, numbers inside names ("F-16",
"Resolution 2231", "World War Two"), labels ("level 3"), picks ("the first two
states"), game scores ("won 3-0"), video formats ("1080p"), the span a plan or
term is set for ("a five-year plan") and denominators ("per 100,000") are not
figures. A price shows what it is per ("$0.23/W"). Units and
labels: figure_units; ranges: figure_ranges; numerals as different newsrooms write
them ("12 000", "2,5 million", "minus 14C", "300m long", "2 1/2", "5x"): figure_numerals; the
value of each match, or that it is no figure: figure_values.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_display import hyphen_currency_end, price_per_end, spread_over_span
from tui.model.ingest.figure_forms import (
    A_SCALE,
    A_UNIT,
    ABBREVIATION,
    CURRENCY_AFTER,
    CURRENCY_PREFIX,
    TWICE,
    glued_to_name,
    rate_window,
    ratio_holds,
    set_span,
)
from tui.model.ingest.figure_magnitudes import MAGNITUDE, magnitude_currency
from tui.model.ingest.figure_numerals import (
    NUMERAL,
    NUMERIC_VAGUE,
    SLASH_FRACTION,
    TIMES_X,
    glued_to_word,
    metres_not_millions,
    sign_start,
)
from tui.model.ingest.figure_ranges import LOW_END_JOIN, between_bounds, dash_bounds, joined_range, low_end
from tui.model.ingest.figure_ranges import FigureMention as FigureMention
from tui.model.ingest.figure_shares import BOUNDED_HALF, half_of_unit
from tui.model.ingest.figure_units import (
    outcome_of_subject,
    per_unit_end,
    subject_count_unit,
    unit_and_label,
)
from tui.model.ingest.figure_values import VOTE_AFTER, WINDOW, figure_value
from tui.model.ingest.figure_words import (
    APPROX_WORDS,
    SCALES,
    UNITS_WORDS,
    YEAR,
    period,
)

_NUMBER_WORD = "|".join(sorted([*UNITS_WORDS, *SCALES, "dozen"], key=len, reverse=True))
_NUMERAL = NUMERAL
# "1 in 5", "four out of five": a share. When it does not read as one ("12 in 2 attacks"), the
# text is read again without it.
_RATIO = rf"""
        (?P<one_in>(?:{_NUMBER_WORD}|\d{{1,3}})(?:[\s-]+in[\s-]+(?:every\s+)?|\s+out\s+of\s+(?:every\s+)?)(?!{YEAR}\b)
                   (?:{_NUMBER_WORD}|\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}}))\b
        (?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races|seasons?|attempts)\b)
"""
_PATTERN = rf"""
    (?<!\w)  # a figure starts a word; trying only word starts keeps the scan fast
    (?P<currency>(?=(?-i:[A-Z$€£¥₩₹₦₱₴₺₽₪₫₵]))(?:{CURRENCY_PREFIX}))?  # the lookahead skips most words fast
    (?:
        {{ratio}}
      | (?P<fold>(?:{_NUMBER_WORD}|\d+(?:\.\d+)?)[\s-]?fold)\b
      | {TWICE}
      | {MAGNITUDE}
      | {A_SCALE}
      | (?=\d)(?:{SLASH_FRACTION} | {NUMERIC_VAGUE} | {TIMES_X})
      | (?P<numeral>{_NUMERAL})(?:[-–](?P<high>{_NUMERAL})(?![\w-]|/[2348](?!\d)))?
        (?:[\s-]?(?P<scale>hundred|thousand|million|billion|trillion|lakh\s+crores?|lakhs?|crores?|milliards?|mln|bln|trln|trn|bn|mn)\b
           |(?P<short>k|m|tn)\b
           |(?<=\d)(?P<letter_scale>(?-i:[BT]))\b)?  # "$2B", "$1.9T": only with a currency
        (?P<abbreviation>{ABBREVIATION})?{CURRENCY_AFTER}?
        # "1½ miles", "6 ½ minutes", "2 1/2 hours", "1-1/2 years"
        (?P<vulgar>[ \u00a0]?[½¼¾⅓⅔]|[\s-](?P<mixed_top>[1-7])/(?P<mixed_bottom>[2348])(?![\d/]))?
        (?P<numeral_half>[\s-]+and[\s-]+a[\s-]+half\b)?
        # "1,000-plus people", "100+ jobs", "a 700-plus-page tome", "40-odd years", "100 or so people"
        (?P<plus>-plus\b(?!-old|-\d)|\+(?![\w+])|-odd\b|\s+or\s+so\b)?
        (?P<compound>-(?:hour|day|week|month|year|mile|kilometre|kilometer|km|metre|meter|foot|ton|tonne|
            point|member|seat|nation|country|storey|story|page)(?!-old)\b)?
      | (?P<tens_of>(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions))\b
      | (?P<vague>(?P<vague_word>dozens|scores|hundreds|thousands|millions|billions|trillions)
                  (?:\s+upon\s+(?P=vague_word))?)
        \b(?=\s+(?:of|more|upon)\b|\s+[a-z]+|[”"’]\s+of\b|\W*$|,)
      | (?P<fraction>(?:an?|one|two|three|four)[\s-]
                     (?:half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)
                     |half(?=\s+(?:an?|of|all|its|their|his|her|our)\s|\s+the\s+(?!battle|story|fun|time))
                     |{BOUNDED_HALF})\b
        (?P<of_scale>\s+of\s+an?\s+(?:thousand|million|billion)\b)?
      | {A_UNIT}
      | (?P<words>(?:(?:{_NUMBER_WORD})(?:[\s-]+|(?<=hundred)\s+and\s+|(?<=thousand)\s+and\s+))*
                  (?:{_NUMBER_WORD}))\b(?P<words_half>[\s-]+and[\s-]+a[\s-]+half\b
                  (?P<half_scale>\s+(?:thousand|million|billion|trillion)\b)?)?
    )
    (?P<percent>\s?%|(?<=\d)\s?(?-i:pc|pp|ppts?)\b|[\s-]percent\b|[\s-]per[\s-]cent\b|\s+pct\b|\s+percentage\s+points?\b)?
    (?P<degrees>\s?[°º]\s?[CF]\b|\s?degrees\s+(?:Celsius|Fahrenheit)\b|(?<=\d)(?-i:[CF])(?![\w])|(?<=\d)\s?[°º])?
"""
_FIGURE = re.compile(_PATTERN.replace("{ratio}", _RATIO), re.VERBOSE | re.IGNORECASE)
_FIGURE_NO_RATIO = re.compile(_PATTERN.replace("{ratio}", "(?P<one_in>(?!))"), re.VERBOSE | re.IGNORECASE)
_APPROX = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in sorted(APPROX_WORDS, key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
# The last word of each approximation: the regex runs only after one (a sentence of thousands of numbers
# stays fast).
_APPROX_LAST_WORDS = frozenset(words.split()[-1].lower() for words in APPROX_WORDS)


# A bare count as the subject of what only happens to people ("200 have been killed", "23,000 die").
_PEOPLE_OUTCOME = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|are)\s+|more\s+)?"
    r"(?:died|die|dies|killed|injured|wounded|hurt|arrested|detained|evacuated|hospitali[sz]ed|displaced|"
    r"fled|drowned|perished|contracted)\b",
    re.IGNORECASE,
)


def find_figures(sentence: str) -> list[FigureMention]:
    """Every figure the sentence gives, in order."""
    found: list[FigureMention] = []
    position = 0
    while (match := _FIGURE.search(sentence, position)) is not None:
        if match["one_in"] is not None and not ratio_holds(match["one_in"]):
            match = _FIGURE_NO_RATIO.match(sentence, match.start()) or match
        position = match.end()
        mention = _mention(sentence, match, found[-1] if found else None)
        if mention is None:
            continue
        if (bounds := dash_bounds(sentence, match, mention)) is not None:
            found += bounds
            continue
        if found and found[-1].unit == "" and LOW_END_JOIN.fullmatch(sentence, found[-1].end, mention.start):
            found[-1] = low_end(found[-1], mention)
        bounds = between_bounds(sentence, found[-1], mention) if found else None
        if bounds is not None:
            found[-1:] = bounds
        elif found and (joined := joined_range(sentence, found[-1], mention)) is not None:
            found[-1] = joined
        else:
            found.append(mention)
    return _periods_before_the_next(sentence, found)


def _periods_before_the_next(sentence: str, found: list[FigureMention]) -> list[FigureMention]:
    """A period phrase after the next figure belongs to that figure, not to this one ("roughly 25%, up
    from 18% in 2010": 2010 is the 18%'s); the bounds of one range share theirs."""
    for i, figure in enumerate(found[:-1]):
        following = next((f for f in found[i + 1 :] if "upper bound" not in f.note), None)
        if (
            figure.period
            and following is not None
            and following.start >= figure.end
            and sentence.find(figure.period, figure.end, following.start + len(figure.period)) < 0
        ):  # its phrase is not between the two figures: look again, up to the next figure
            found[i] = replace(figure, period=period(sentence, figure.start, figure.end, following.start))
    return found


def _mention(sentence: str, match: re.Match[str], previous: FigureMention | None) -> FigureMention | None:
    start, end = match.span()
    text = match.group(0)
    if not text.strip() or glued_to_word(sentence, start, end) or glued_to_name(sentence, start, end):
        return None
    last_word = [w.lstrip("“\"‘'(") for w in sentence[max(0, start - 16) : start].rsplit(None, 1)[-1:]]
    approx_match = (
        _APPROX.search(sentence, max(0, start - WINDOW), start)
        if last_word and last_word[0].lower() in _APPROX_LAST_WORDS
        else None
    )
    read = figure_value(sentence, match, approx_match is not None)
    if read is None or rate_window(sentence, match) or set_span(sentence, match):
        return None
    value, approximate, note = read
    if match["high"] is not None and not approximate:
        end = match.end("numeral")  # "a 5-1 record", "pages 422–8": not a range, the first number stands
    # Trailing spaces the percent group may not have consumed.
    while end > start and sentence[end - 1].isspace():
        end -= 1
    stated_approximate = approximate
    qualified = approx_match is not None and _approx_applies(approx_match.group(0))
    if approx_match and qualified:
        start = approx_match.start()
        approximate = True
    unit, label = unit_and_label(sentence, match, (previous.unit, previous.label) if previous else None)
    if qualified and spread_over_span(sentence, start, unit):
        start, approximate, qualified = match.start(), stated_approximate, False
    if unit == "" and label == "count" and _PEOPLE_OUTCOME.match(sentence, end):
        unit = label = "people"  # "as many as 200 have been killed", "About 23,000 die": only people die
    if unit == "others" and previous is not None and previous.unit not in ("", "%", "others"):
        unit, label = previous.unit, f"other {previous.unit}"  # "Two gunmen died, and three others escaped"
    label = outcome_of_subject(sentence, match.start(), label)
    if unit == "" and label in ("", "count") and (counted := subject_count_unit(sentence, start)):
        unit = label = counted  # "the death toll rose to 41": 41 deaths
    if match["numeral"] is not None and metres_not_millions(sentence, match):
        unit, label = "m", label if label != "amount" else "m"  # "300m long"
    if match["high"] is not None and not match["currency"] and VOTE_AFTER.match(sentence, match.end("high")):
        unit = ""  # "a 7-2 vote along party lines": a vote's split counts no "lines" ("61-39" counts none)
    if unit in ("°C", "°F", "degrees", "%") and (signed := sign_start(sentence, start)) is not None:
        start, value = signed, -value  # "minus 20C", "-0.5%", "minus five degrees"
    if (half := half_of_unit(sentence, match)) is not None:
        end = half.end()  # "half an hour": the unit belongs to the figure's words
    priced = bool(match["currency"] or match["currency_after"])
    end = per_unit_end(sentence, end, priced)
    if priced:
        end = price_per_end(sentence, end)
    if match["magnitude"] is not None:
        # "a multimillion-dollar deal": the money named (before "-dollar" joins the display below, or
        # nothing would be left after it to name the money).
        unit, end = magnitude_currency(sentence, end)
        label = "amount"
    elif not priced and unit in ("$", "€"):
        end = hyphen_currency_end(sentence, end)  # "a billion-dollar deal"
    display = sentence[start:end]
    return FigureMention(
        start=start,
        end=end,
        display=display,
        value=value,
        unit=unit,
        label=label,
        approximate=approximate,
        period=period(sentence, match.start(), match.end()),
        note=note,
    )


def _approx_applies(words: str) -> bool:
    # "some" and "over"/"under" are approximations only right before a number.
    return bool(words.strip())
