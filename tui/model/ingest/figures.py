"""Figures in a sentence: the number as written, its value, unit, label and period.

Rules, not a model: numerals and number words with their scale ("nine
million", "$170 million", "34%"), vague quantities read as their lower bound
("thousands" as 1,000), fractions ("a third"). Years used as dates, days of the
month, ages, clock times and numbers inside names ("F-16", "Resolution 2231")
are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.model.ingest.figure_words import (
    APPROX_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTIONS,
    KNOWN_UNITS,
    LEADING_OK,
    MONTH,
    MONTHS,
    NOT_PLURAL_NOUNS,
    OUTCOME_PARTICIPLES,
    PERSON_NOUNS,
    SCALES,
    SHORT_SCALES,
    UNITS_WORDS,
    VAGUE,
    YEAR,
    hyphen_unit,
    is_age,
    period,
)

_NUMBER_WORD = "|".join(sorted([*UNITS_WORDS, *SCALES], key=len, reverse=True))
_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_FIGURE = re.compile(
    rf"""
    (?P<currency>US\$|\$|€|£|¥|₩|₹)?
    (?:
        (?P<numeral>{_NUMERAL})
        (?:[\s-]?(?P<scale>hundred|thousand|million|billion|trillion)\b
           |(?P<short>k|mn|m|bn|tn)\b)?
        (?P<compound>-(?:hour|day|week|month|year|mile|kilometre|kilometer|km|metre|meter|foot|ton|tonne|
            point|member|seat|nation|country|storey|story|page)(?!-old)\b)?
      | (?P<tens_of>(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions))\b
      | (?P<vague>dozens|scores|hundreds|thousands|millions|billions)\b(?=\s+(?:of|more|upon)\b|\s+[a-z]+)
      | (?P<fraction>(?:a|one|two|three|four)[\s-](?:half|thirds?|quarters?|fifths?|tenths?)
                     |half(?=\s+an?\s))\b
      | (?P<one_in>(?:one|two|three)\s+in\s+(?:{_NUMBER_WORD}|\d+))\b
      | (?P<words>(?:(?:{_NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?)?)*(?:{_NUMBER_WORD}))\b
    )
    (?P<percent>\s?%|\s+percent\b|\s+per\s+cent\b|\s+percentage\s+points?\b)?
    (?P<degrees>\s?°\s?[CF]\b|\s?degrees\s+(?:Celsius|Fahrenheit)\b|(?<=\d)[CF](?![\w]))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_APPROX = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in sorted(APPROX_WORDS, key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)


# How far before a number its qualifiers can be ("more than", "aged", "Resolution"): checks look only
# this far back, so a sentence of thousands of numbers stays linear.
_WINDOW = 40
# A fraction word followed by a noun it orders ("a third week", "a fifth term") rather than "of".
_ORDINAL_USE = re.compile(r"\s+(?!of\b|more\b|less\b|fewer\b|as\b|to\b|in\b|on\b|at\b|and\b|or\b)[a-z]+")
_AGO = re.compile(r"\s+(?:years?|months?|weeks?|days?|decades?)\s+ago\b")


@dataclass(frozen=True)
class FigureMention:
    """One figure in a sentence; `start`/`end` index the sentence text."""

    start: int
    end: int
    display: str
    value: float
    unit: str
    label: str
    approximate: bool
    period: str
    note: str = ""


def find_figures(sentence: str) -> list[FigureMention]:
    """Every figure the sentence gives, in order."""
    found: list[FigureMention] = []
    for match in _FIGURE.finditer(sentence):
        mention = _mention(sentence, match, found[-1] if found else None)
        if mention is not None:
            found.append(mention)
    return found


def _mention(sentence: str, match: re.Match[str], previous: FigureMention | None) -> FigureMention | None:
    start, end = match.span()
    text = match.group(0)
    if not text.strip() or _glued_to_word(sentence, start, end):
        return None
    note = ""
    value: float | None
    approximate = False
    if match["numeral"] is not None:
        value = float(match["numeral"].replace(",", ""))
        scale = match["scale"] or match["short"]
        if scale:
            value *= SCALES.get(scale.lower(), 0) or SHORT_SCALES[scale.lower()]
        plain = not (scale or match["currency"] or match["percent"] or match["degrees"])
        if plain and _not_data(sentence, match):
            return None
    elif match["tens_of"] is not None:
        first, _, last = match["tens_of"].lower().split()
        value = (10 if first == "tens" else 100) * VAGUE[last]
        approximate = True
        note = f"“{match['tens_of']}” read as at least {value:,.0f}"
    elif match["vague"] is not None:
        value = VAGUE[match["vague"].lower()]
        approximate = True
        note = f"“{match['vague']}” read as at least {value:,.0f}"
    elif match["fraction"] is not None:
        fraction = match["fraction"].lower().replace("-", " ")
        count, _, part = fraction.partition(" ") if " " in fraction else ("a", "", fraction)
        if part != "half" and _ORDINAL_USE.match(sentence, match.end()):
            return None  # "into a third week": an ordinal, not a share
        value = (1 if count in ("a", "one") else UNITS_WORDS[count]) * FRACTIONS[part]
    elif match["one_in"] is not None:
        top, _, bottom = match["one_in"].lower().split()
        denominator = float(bottom) if bottom.isdigit() else float(UNITS_WORDS.get(bottom, 0))
        if not denominator:
            return None
        value = UNITS_WORDS[top] / denominator
    else:
        value = _words_value(match["words"])
        if value is None or not _words_are_a_figure(sentence, match, value):
            return None
    # Trailing spaces the percent group may not have consumed.
    while end > start and sentence[end - 1].isspace():
        end -= 1
    approx_match = _APPROX.search(sentence, max(0, start - _WINDOW), start)
    if approx_match and _approx_applies(approx_match.group(0)):
        start = approx_match.start()
        approximate = True
    display = sentence[start:end]
    unit, label = _unit_and_label(sentence, match, previous)
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


def _glued_to_word(sentence: str, start: int, end: int) -> bool:
    """A number inside a token: "F-16", "COVID-19", "G7", "1st", "3:30"."""
    before = sentence[start - 1] if start > 0 else " "
    after = sentence[end] if end < len(sentence) else " "
    if before.isalnum() or (after.isalnum() and not sentence[start:end].endswith(("%",))):
        return True
    if re.match(r"(?:[-.]\d{2,4}){2,}", sentence[end : end + 20]):
        return True  # a telephone number: "1-800-273-8255"
    if before in "-/:" and start >= 2 and sentence[start - 2].isalnum():
        return True
    return after == ":" and end + 1 < len(sentence) and sentence[end + 1].isdigit()


def _not_data(sentence: str, match: re.Match[str]) -> bool:
    """A bare numeral that is a year, a day, an age, a time or part of a name."""
    numeral = match["numeral"]
    start, end = match.span("numeral")
    before = sentence[max(0, start - _WINDOW) : start]
    after = sentence[end : end + _WINDOW * 3]
    next_word = re.match(r"\s*([\w’'-]+)", after)
    following = next_word.group(1) if next_word else ""
    if re.fullmatch(YEAR, numeral) and (
        not _counts_something(following)
        or re.search(r"\b(?:in|since|by|from|until|of|during|before|after)\s+$", before)
    ):
        return True  # "reopened in 2016 employs …": a year, whatever word follows
    if re.search(rf"(?:{MONTH})\.?\s+$", before) or re.match(rf"\s+(?:{MONTH})\b", after):
        return True  # a day of the month
    if re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|o’clock|o'clock)", after, re.IGNORECASE):
        return True
    if _AGO.match(after):
        return True  # "four years ago": when, not how many
    if is_age(before, after):
        return True
    if (
        re.search(r"(?:[A-Z][\w.’'-]*|\b(?:" + PERSON_NOUNS + r")),\s+$", before)
        and re.match(r",", after)
        and float(numeral) < 120
    ):
        return True  # "Smith, 45, said", "his grandmother, 81, whose …": an age in an appositive
    return _inside_name(before)


def _inside_name(before: str) -> bool:
    previous = re.search(r"([A-Z][\w.]*)\s+$", before)
    if previous is None:
        return False
    word = previous.group(1)
    return word not in LEADING_OK and word.rstrip(".") not in MONTHS


def _counts_something(word: str) -> bool:
    lowered = word.lower()
    return lowered in KNOWN_UNITS or _is_plural_noun(word)


def _is_plural_noun(word: str) -> bool:
    lowered = word.lower()
    return (
        word.islower()
        and len(lowered) > 3
        and lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "ous", "is", "ics"))
        and lowered not in NOT_PLURAL_NOUNS
    )


def _words_value(words: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and" or not word:
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _words_are_a_figure(sentence: str, match: re.Match[str], value: float) -> bool:
    words = match["words"].lower().split()
    before = sentence[max(0, match.start() - _WINDOW) : match.start()]
    if len(words) == 1 and words[0] in ("one", "zero"):
        return False  # "one of the", "one that sees": a pronoun, not a count
    if is_age(before, sentence[match.end() : match.end() + _WINDOW]):
        return False  # "children under five"
    counted_here = hyphen_unit(sentence[match.end() : match.end() + 20])
    if not counted_here and re.search(r"\b(?:the|these|those|both|all)\s+$", before, re.IGNORECASE):
        return False  # "the two nations": a reference to things already counted
    if _AGO.match(sentence, match.end()):
        return False  # "four years ago": when, not how many
    if value < 10 and re.match(
        r"\s+(?:\w+\s+)?(?:people|sources|officials|diplomats|persons)\s+(?:familiar|close|with\s+knowledge|"
        r"briefed|who\s+(?:spoke|asked|declined|requested))",
        sentence[match.end() : match.end() + _WINDOW * 3],
    ):
        return False  # "two people familiar with the talks": who the sources are, not a count of anything
    if words[-1] in SCALES and len(words) == 1 and words[0] != "hundred":
        return False  # a bare "million" without a count
    return value > 0


_SKIP_BEFORE_UNIT = {"more", "additional", "extra", "new", "other", "of", "the", "fewer", "such"}
_STOP_UNIT = {
    "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "since", "as", "than", "that",
    "which", "who", "have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "while",
    "after", "before", "during", "into", "over", "per", "a", "an",
}  # fmt: skip


def _unit_and_label(sentence: str, match: re.Match[str], previous: FigureMention | None) -> tuple[str, str]:
    if match["percent"]:
        return "%", _label_after(sentence, match.end(), "") or "per cent"
    if match["fraction"] and re.match(
        r"\s+an?\s+percentage\s+points?\b", sentence[match.end() : match.end() + 40]
    ):
        return "percentage points", "change in percentage points"
    if match["degrees"]:
        scale = "F" if "F" in match["degrees"] else "C"
        return f"°{scale}", "temperature"
    hyphenated = hyphen_unit(sentence[match.end() : match.end() + 20])
    if hyphenated and not match["percent"]:
        return hyphenated, _label_after(sentence, match.end(), "") or hyphenated
    if match["compound"]:
        noun = match["compound"][1:].lower()
        unit = {"foot": "feet", "story": "storeys", "country": "countries"}.get(noun, f"{noun}s")
        return unit, _label_after(sentence, match.end(), "") or unit
    currency = CURRENCY_SYMBOLS.get(match["currency"] or "", "")
    after = sentence[match.end() : match.end() + _WINDOW * 3]
    tokens = list(re.finditer(r"[\w’'.-]+|[,;:()“”\"]", after))[:8]
    unit = ""
    unit_end = match.end()
    modifiers: list[str] = []
    for token in tokens:
        word = token.group(0)
        if len(word) > 1:
            word = word.rstrip(".")
        lowered = word.lower()
        if word in ',;:()“”"' or lowered in _STOP_UNIT:
            break
        if lowered in CURRENCY_WORDS and not currency:
            currency = CURRENCY_WORDS[lowered]
            unit_end = match.end() + token.end()
            break
        if lowered in KNOWN_UNITS or _is_plural_noun(word) or (not modifiers and _is_plural_noun(lowered)):
            unit = lowered
            unit_end = match.end() + token.end()
            break
        if (
            lowered in _SKIP_BEFORE_UNIT
            or word[:1].isupper()
            or word.islower()
            or word.replace(",", "").isdigit()
        ):
            modifiers.append(word)
            if len(modifiers) > 4:
                break
            continue
        break
    if currency:
        return currency, _label_after(sentence, match.end(), "") or "amount"
    countable = not match["fraction"]
    if fraction_like := not countable:
        unit = ""
    if (
        not unit
        and countable
        and not match["one_in"]
        and previous is not None
        and previous.unit
        and previous.unit not in ("%",)
    ):
        # "600 soldiers … and thousands more injured": the count continues the previous one.
        base = previous.label.split(" ")
        noun_phrase = " ".join(w for w in base if not OUTCOME_PARTICIPLES.match(w))
        outcome = OUTCOME_PARTICIPLES.match(sentence[match.end() : match.end() + _WINDOW * 3].lstrip())
        label = f"{noun_phrase} {outcome.group(1)}" if outcome else noun_phrase
        return previous.unit, label.strip() or previous.unit
    if not unit or fraction_like:
        # A share ("a third") is a share; a bare count has no noun to name it by.
        return "", _label_after(sentence, match.end(), "") or ("share" if fraction_like else "count")
    head = sentence[match.end() : unit_end].strip()
    head = re.sub(r"^(?:of\s+)?(?:more|additional|extra)?\s*", "", head)
    return unit, _label_after(sentence, unit_end, head)


def _label_after(sentence: str, position: int, head: str) -> str:
    """The counted noun, its "of …" phrase and what happened to it ("killed")."""
    rest = sentence[position : position + _WINDOW * 3]
    label = head
    of_phrase = re.match(r"\s+(of\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+)", rest)
    if of_phrase:
        words = of_phrase.group(1).split()
        cut = next((i for i, w in enumerate(words[1:], 1) if w.lower() in _STOP_UNIT), len(words))
        words = words[:cut]
        label = f"{label} {' '.join(words)}" if head else " ".join(words[1:])
        rest = rest[of_phrase.start(1) + len(" ".join(words)) :]
    outcome = OUTCOME_PARTICIPLES.match(rest.lstrip())
    if outcome and label:
        label = f"{label} {outcome.group(1)}"
    return label.strip(" ,.;:")
