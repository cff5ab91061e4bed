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
them ("12 000", "2,5 million", "minus 14C", "300m long", "2 1/2", "5x"): figure_numerals.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.ingest import figure_marks as marks
from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_checks import not_data, words_are_a_figure
from tui.model.ingest.figure_display import hyphen_currency_end, price_per_end, spread_over_span
from tui.model.ingest.figure_forms import (
    A_SCALE,
    A_UNIT,
    ABBREVIATION,
    CURRENCY_AFTER,
    CURRENCY_PREFIX,
    HALF_A_TIME,
    TWICE,
    VULGAR_FRACTIONS,
    a_scale_value,
    a_unit_counts,
    glued_to_name,
    rate_window,
    ratio_holds,
    ratio_parts,
    set_span,
    words_value,
)
from tui.model.ingest.figure_magnitudes import MAGNITUDE, magnitude_currency, magnitude_value
from tui.model.ingest.figure_numerals import (
    NUMERAL,
    NUMERIC_VAGUE,
    SLASH_FRACTION,
    TIMES_X,
    glued_to_word,
    metres_not_millions,
    model_number,
    numeral_value,
    resolution_not_thousands,
    scale_value,
    sign_start,
    slash_fraction_value,
    video_format,
)
from tui.model.ingest.figure_ranges import LOW_END_JOIN, between_bounds, dash_bounds, joined_range, low_end
from tui.model.ingest.figure_ranges import FigureMention as FigureMention
from tui.model.ingest.figure_shares import BOUNDED_HALF, half_of_a_period, half_of_unit, plural_share
from tui.model.ingest.figure_units import (
    counts_something,
    outcome_of_subject,
    per_unit_end,
    subject_count_unit,
    unit_and_label,
)
from tui.model.ingest.figure_words import (
    APPROX_WORDS,
    FRACTIONS,
    SCALES,
    UNITS_WORDS,
    VAGUE,
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


# "could cost the council billions", "made millions": money, the amount a verb of paying takes.
# "killed millions,", "displaced thousands.": people, the object of a verb of harm.
_HARM_VERB_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|displaced|displacing|injured|wounded|infected|evacuated|affected)\s+$", re.I
)
_MONEY_VERB_BEFORE = re.compile(
    r"\b(?:costs?|costing|spent|spends?|spending|paid|pays?|paying|lost|los(?:e|es|ing)|earn(?:s|ed|ing)?|"
    r"worth|sav(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|ow(?:e|es|ed|ing)|made|mak(?:e|es|ing))(?:\s+[\w’']+){0,3}\s+$",
    re.IGNORECASE,
)
# "a 4-5 decision", "a 5-4 ruling": the split of a vote, not a range.
_VOTE_AFTER = re.compile(r"\s+(?:votes?|decision|ruling|verdict|majority|margin|split)\b", re.IGNORECASE)
# A bare count as the subject of what only happens to people ("200 have been killed", "23,000 die").
_PEOPLE_OUTCOME = re.compile(
    r"\s+(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|are)\s+|more\s+)?"
    r"(?:died|die|dies|killed|injured|wounded|hurt|arrested|detained|evacuated|hospitali[sz]ed|displaced|"
    r"fled|drowned|perished|contracted)\b",
    re.IGNORECASE,
)
# "about a year ago": when, not how long.
_AGO_AFTER = re.compile(r"\s+ago\b")
# How far before a number its qualifiers can be ("more than", "aged", "Resolution"): checks look only
# this far back, so a sentence of thousands of numbers stays linear.
_WINDOW = 40
# A fraction word followed by a noun it orders ("a third week", "a fifth term") rather than "of".
_ORDINAL_USE = re.compile(
    r"\s+(?!of\b|more\b|less\b|fewer\b|as\b|to\b|in\b|on\b|at\b|and\b|or\b)[a-z]+|-[a-z]"
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
        _APPROX.search(sentence, max(0, start - _WINDOW), start)
        if last_word and last_word[0].lower() in _APPROX_LAST_WORDS
        else None
    )
    read = _value(sentence, match, approx_match is not None)
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
    if match["high"] is not None and not match["currency"] and _VOTE_AFTER.match(sentence, match.end("high")):
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


def _value(sentence: str, match: re.Match[str], approximated: bool) -> tuple[float, bool, str] | None:
    """(value, approximate, note) of a matched figure, or None when it is not a figure."""
    before = sentence[max(0, match.start() - _WINDOW) : match.start()]
    if match["numeral"] is not None:
        value = numeral_value(match["numeral"])
        if resolution_not_thousands(match) or model_number(match) or video_format(match):
            return None
        scale = match["scale"] or match["short"]
        if scale and not metres_not_millions(sentence, match):
            value *= scale_value(scale)
        if match["letter_scale"]:
            if not match["currency"]:
                return None  # "Plan 2B", "apartment 4T": a name
            value *= 1e9 if match["letter_scale"] == "B" else 1e12
            scale = match["letter_scale"]
        marked = (
            match["currency"]
            or match["currency_after"]
            or match["percent"]
            or match["degrees"]
            or match["abbreviation"]
        )
        plain = not (scale or marked)
        if plain and not_data(sentence, match):
            return None
        if match["high"] is not None:
            low, high = (numeral_value(match[group]) for group in ("numeral", "high"))
            if re.fullmatch(YEAR, match["numeral"]) and high < low:
                return None  # "the 2019-20 season": a span of years
            after_high = sentence[match.end("high") : match.end("high") + _WINDOW]
            next_word = re.match(r"\s+([a-z]+)", after_high)
            names_a_count = next_word is not None and counts_something(next_word.group(1))
            scored = marks.game_score(before, after_high, low, high) or marks.listed_score(
                before, after_high, low, high
            )
            # "a 4-5 decision", "lost by a 7-2 vote": a vote, whose first number stands, as in "61-39",
            # whatever verb of winning or losing comes before it.
            if plain and _VOTE_AFTER.match(after_high) and low > 0:
                return value, False, ""
            if plain and not names_a_count and scored:
                return None  # "City won 3-0": a score ("won 10-15 seats" is a range of seats)
            if low == 0 and high > 0:
                return None  # "0-100 km/h", "a 0-10 scale": a sprint or a scale from nothing, not an amount
            if high > low:  # "10-15 people", "$5-6 million": a range; its upper bound is a figure of its own
                return value, True, f"the range {match['numeral']}–{match['high']}"
        value += 0.5 if match["numeral_half"] else VULGAR_FRACTIONS.get((match["vulgar"] or "").strip(), 0)
        if match["mixed_top"] and int(match["mixed_top"]) < int(match["mixed_bottom"]):
            value += int(match["mixed_top"]) / int(match["mixed_bottom"])
        return value, match["plus"] is not None, ""
    if match["fold"] is not None:
        factor = re.sub(r"[\s-]?fold$", "", match["fold"].lower())
        number = float(factor) if factor[0].isdigit() else words_value(factor)
        return (number, False, "") if number else None
    if match["magnitude"] is not None:
        magnitude, note = magnitude_value(match)
        return magnitude, True, note
    if match["twice"] is not None:
        return {"thrice": 3.0, "once": 1.0}.get(match["twice"].lower(), 2.0), False, ""
    if match["times_x"] is not None:
        return float(match["times_x"]), False, ""
    if match["slash_fraction"] is not None:
        share = slash_fraction_value(sentence, match)
        return None if share is None else (share, False, "")
    if match["numeric_vague"] is not None:
        value = float(match["numeric_vague"][:-1].replace(",", ""))
        return value, True, f"“{match['numeric_vague']}” read as at least {value:,.0f}"
    if match["a_scale"] is not None:
        return a_scale_value(match["a_scale"]), False, ""
    if match["a_unit"] is not None:
        has_half = match["unit_and_half"] is not None
        if not has_half and match["a_unit"][:1].lower() != "a":
            return None  # "next year", "last month": a time, not an amount
        after = sentence[match.end() : match.end() + 20]
        if not a_unit_counts(before, has_half, approximated, after) or _AGO_AFTER.match(after):
            return None  # "$2 billion a year": the period of a rate
        return (1.5 if has_half else 1.0), False, ""
    if match["tens_of"] is not None:
        first, _, last = match["tens_of"].lower().split()
        value = (10 if first == "tens" else 100) * VAGUE[last]
        return value, True, f"“{match['tens_of']}” read as at least {value:,.0f}"
    if match["vague"] is not None:
        if (
            re.match(r"\W*$|,", sentence[match.end() :])
            and not re.search(r"\b(?:of|in\s+the|into\s+the)\s+$", before)
            and not _MONEY_VERB_BEFORE.search(before)
            and not _HARM_VERB_BEFORE.search(before)
        ):
            # A bare "Millions." ends nothing it counts; "an audience of millions.", "numbering in the
            # thousands." and "killed millions," do (a verb of paying or of harm takes the amount as its
            # object).
            return None
        if not marks.scores_count(match["vague_word"], before, sentence[match.end() :]):
            return None  # "test scores": the plural of a score
        value = VAGUE[match["vague_word"].lower()]
        return value, True, f"“{match['vague']}” read as at least {value:,.0f}"
    if match["fraction"] is not None:
        # "a\u00a0third", "two-thirds": the pattern allows any space or a hyphen between the words.
        fraction = " ".join(match["fraction"].lower().replace("-", " ").split())
        count, _, part = fraction.partition(" ") if " " in fraction else ("a", "", fraction)
        if fraction == "half" and half_of_a_period(before):
            return None  # "the first half of 2031": a part of a period
        if (
            part != "half"
            and not plural_share(count, part)
            and _ORDINAL_USE.match(sentence, match.end("fraction"))
        ):
            return None  # "into a third week", "a third-party seller": an ordinal, not a share
        if fraction == "half" and HALF_A_TIME.match(sentence, match.end()):
            return None  # "half a century later": when, not how much
        share = (1 if count in ("a", "an", "one") else UNITS_WORDS[count]) * FRACTIONS[part]
        scale = SCALES[match["of_scale"].split()[-1].lower()] if match["of_scale"] else 1
        return share * scale, False, ""
    if match["one_in"] is not None:
        top, bottom = ratio_parts(match["one_in"])
        return (top / bottom, False, "") if 0 < top < bottom else None
    counted = words_value(match["words"])
    if counted is None or not words_are_a_figure(sentence, match, counted):
        return None
    scale = scale_value(match["half_scale"].strip()) if match["half_scale"] else 1.0
    return (counted + (0.5 if match["words_half"] else 0)) * scale, False, ""


def _approx_applies(words: str) -> bool:
    # "some" and "over"/"under" are approximations only right before a number.
    return bool(words.strip())
