"""The value of a matched figure, or None when the match is no figure.

figures finds the candidates; this reads each one's value by its form (numeral, range, "fold", magnitude,
"twice", slash fraction, vague word, fraction, ratio, number words) and turns away what only looks like an
amount: a score, a span of years, a name ("Plan 2B"), a time ("next year", "a year ago"), an ordinal ("a
third week"), a plural ("test scores").
"""

from __future__ import annotations

from tui.model.ingest import figure_marks as marks
from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_checks import not_data, words_are_a_figure
from tui.model.ingest.figure_forms import (
    HALF_A_TIME,
    VULGAR_FRACTIONS,
    a_scale_value,
    a_unit_counts,
    ratio_parts,
    words_value,
)
from tui.model.ingest.figure_magnitudes import magnitude_value
from tui.model.ingest.figure_numerals import (
    metres_not_millions,
    model_number,
    numeral_value,
    resolution_not_thousands,
    scale_value,
    slash_fraction_value,
    video_format,
)
from tui.model.ingest.figure_shares import half_of_a_period, plural_share
from tui.model.ingest.figure_units import counts_something
from tui.model.ingest.figure_words import (
    FRACTIONS,
    SCALES,
    UNITS_WORDS,
    VAGUE,
    YEAR,
)

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
VOTE_AFTER = re.compile(r"\s+(?:votes?|decision|ruling|verdict|majority|margin|split)\b", re.IGNORECASE)
# "about a year ago": when, not how long.
_AGO_AFTER = re.compile(r"\s+ago\b")
# How far before a number its qualifiers can be ("more than", "aged", "Resolution"): checks look only
# this far back, so a sentence of thousands of numbers stays linear.
WINDOW = 40
# A fraction word followed by a noun it orders ("a third week", "a fifth term") rather than "of".
_ORDINAL_USE = re.compile(
    r"\s+(?!of\b|more\b|less\b|fewer\b|as\b|to\b|in\b|on\b|at\b|and\b|or\b)[a-z]+|-[a-z]"
)


def figure_value(sentence: str, match: re.Match[str], approximated: bool) -> tuple[float, bool, str] | None:
    """(value, approximate, note) of a matched figure, or None when it is not a figure."""
    before = sentence[max(0, match.start() - WINDOW) : match.start()]
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
            after_high = sentence[match.end("high") : match.end("high") + WINDOW]
            next_word = re.match(r"\s+([a-z]+)", after_high)
            names_a_count = next_word is not None and counts_something(next_word.group(1))
            scored = marks.game_score(before, after_high, low, high) or marks.listed_score(
                before, after_high, low, high
            )
            # "a 4-5 decision", "lost by a 7-2 vote": a vote, whose first number stands, as in "61-39",
            # whatever verb of winning or losing comes before it.
            if plain and VOTE_AFTER.match(after_high) and low > 0:
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
