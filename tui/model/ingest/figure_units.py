"""A figure's unit (the noun it counts, a currency, "%") and its label ("North Korean soldiers killed")."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_forms import (
    CURRENCY_OF_PREFIX,
    SINGLE_UNITS,
    UNIT_OF_ABBREVIATION,
    plural_unit,
)
from tui.model.ingest.figure_shares import half_of_unit
from tui.model.ingest.figure_words import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    KNOWN_UNITS,
    NOT_PLURAL_NOUNS,
    OUTCOME_PARTICIPLES,
    PERSON_NOUNS,
    hyphen_noun,
    hyphen_unit,
)

# "475 pounds (215 kilos) of cocaine", "pounds of flour": a weight, not money.
_WEIGHED = re.compile(
    r"\s*\([^)]*\b(?:kilos|kilograms|kg)\b|\s+of\s+(?!(?:taxpayers|public|government|tax|state|their|your|our)\b)[a-z]"
)
_SINGULAR_UNITS = frozenset(SINGLE_UNITS.split("|"))
_ONE_PERSON = frozenset([*PERSON_NOUNS.split("|"), "person", "civilian", "passenger", "journalist"])
# "48,900 euro", "a 30 billion dollar fund": the singular as a currency, unless it names a group of
# countries or a market ("the 20 euro countries", "the dollar area").
_SINGULAR_CURRENCY = {"euro": "€", "dollar": "$"}
_NOT_MONEY = re.compile(
    r"\s+(?:zone|area|countries|nations|members|states|region|economies|bloc|currency|exchange|markets?)\b",
    re.I,
)
# "a billion-dollar deal", "a 20-euro fee": money, written as a hyphenated noun.
_HYPHEN_CURRENCY = {"dollars": "$", "euros": "€"}
_POINTS = re.compile(r"percentage|pp", re.IGNORECASE)
# How far after a number its unit and label can be.
_REACH = 120


# "$0.23/W", "€4.99/mo", "$60/barrel": the unit a price is per, written after a slash.
_PER_UNIT = re.compile(r"/[A-Za-z]{1,8}\b(?![/\d])")


def per_unit_end(sentence: str, end: int, priced: bool) -> int:
    """Where a price's display ends: after the unit it is per ("$0.23/W"), when one is written."""
    per = _PER_UNIT.match(sentence, end) if priced else None
    return end if per is None else per.end()


# Measures written in the singular before the noun they measure ("a 20 megawatt plant"), and counts of parts
# written so without a hyphen ("a 240 page book", "the 1,450 piece set", "a 300 room hotel").
_MEASURES = re.compile(
    r"(?:kilo|mega|giga|tera|peta)?(?:watt|byte|flop|hertz|volt|joule|gram|metre|meter)|tonne|ton"
    r"|page|piece|seat|room|bed|storey|acre|episode"
)


def measure_in_singular(word: str) -> bool:
    return _MEASURES.fullmatch(word) is not None


def _singular_after_one(match: re.Match[str], word: str, modifiers: list[str]) -> bool:
    """ "one count", "one more second", "one Weibo commenter": the singular noun "one" counts, as written."""
    if (match["words"] or "").lower() != "one" or not re.fullmatch(r"[a-z]{3,}", word) or word.endswith("s"):
        return False
    return (
        word not in _STOP_UNIT
        and word not in _SKIP_BEFORE_UNIT
        and all(m.lower() in _SKIP_BEFORE_UNIT or m[:1].isupper() for m in modifiers)
    )


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|ons|is)")


def counts_something(word: str) -> bool:
    lowered = word.lower()
    return lowered in KNOWN_UNITS or is_plural_noun(word)


def is_plural_noun(word: str) -> bool:
    lowered = word.lower()
    if word.islower() and (
        lowered == "women" or (len(lowered) > 5 and lowered.endswith("men") and lowered[-4] not in "aiou")
    ):
        return True  # "gunmen", "policemen", "fishermen" (not "specimen", "abdomen", "regimen")
    return (
        word.islower()
        and len(lowered) > 3
        and lowered.endswith("s")
        and not lowered.endswith(("ss", "us", "ous", "is", "’s", "'s"))  # "that’s", "it's": a contraction
        and lowered not in NOT_PLURAL_NOUNS
    )


# After "and" in the words before a noun: one or two more modifiers, then the plural noun they share.
_JOINED_MODIFIERS = re.compile(r"\s+(?:[A-Za-z][a-z-]+\s+){0,2}[a-z]{3,}s\b(?![’'])")
# "from 40 to 60 minutes": a low end takes its high end's unit (figure_ranges.low_end), not the previous
# figure's.
_RANGE_NEXT = re.compile(
    r"\s*(?:\s(?:to|or)\s|[–—-])\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.I
)
# "between 400 and 600 breaks": the low end of a span named by "between" takes the high end's unit, not the
# previous figure's.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_AND_NEXT = re.compile(r"\s+and\s+\d", re.I)
_TOKEN = re.compile(r"[\w’'.-]+|[,;:()“”\"]")
_SKIP_BEFORE_UNIT = {"more", "additional", "extra", "new", "other", "of", "the", "fewer", "such"}
_STOP_UNIT = {
    "against", "versus", "vs", "said", "says", "say", "told",
    "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "since", "as", "than", "that",
    "which", "who", "have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "while",
    "after", "before", "during", "into", "over", "per", "a", "an",
}  # fmt: skip


# "before a radio audience of millions", "a crowd of 5,000": the noun before "of" says what is counted,
# so the count does not continue the previous figure's ("down from a peak of 250,000" still does).
_OF_HEAD = re.compile(
    r"\b(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?!(?:peak|high|low|record|total|maximum|minimum|average|tally|count|level|sum|number|rate)\s)[a-z]+\s+of\s+$",
    re.IGNORECASE,
)


# "After two years, 40 were arrested", "It took two hours to rescue 15": a span of time is not what a later
# bare count counts, unless it goes on ("three years, and two more").
_SPANS_OF_TIME = frozenset("seconds minutes hours days nights weeks months years decades centuries".split())
_MORE_AFTER = re.compile(r"\s+(?:more|longer|again)\b")


def unit_and_label(sentence: str, match: re.Match[str], previous: tuple[str, str] | None) -> tuple[str, str]:
    """The unit and label of the figure `match` found; `previous`: the figure before's (unit, label)."""
    if match["abbreviation"]:
        written = re.sub(r"\s+", " ", match["abbreviation"].strip())
        unit = UNIT_OF_ABBREVIATION.get(written, written)
        return unit, label_after(sentence, match.end(), "") or unit
    if match["fold"]:
        return "", "factor"
    if match["twice"] or match["times_x"]:
        return "times", "times"
    if match["a_unit"]:
        unit = plural_unit(match["a_unit_noun"])
        return unit, label_after(sentence, match.end(), "") or unit
    if match["percent"] and _POINTS.search(match["percent"]):
        # "3 percentage points", "2pp": a difference between two percentages, not a share of anything
        return "percentage points", label_after(sentence, match.end(), "") or "change in percentage points"
    if match["percent"]:
        return "%", label_after(sentence, match.end(), "") or "per cent"
    if match["fraction"] and re.match(
        r"\s+(?:of\s+)?an?\s+percentage\s+points?\b", sentence[match.end() : match.end() + 40]
    ):
        return "percentage points", "change in percentage points"
    if (half := half_of_unit(sentence, match)) is not None:
        unit = plural_unit(half["noun"])  # "half an hour": 0.5 hours
        return unit, unit
    if match["degrees"]:
        written = match["degrees"].upper()
        scale = "F" if "F" in written else "C" if "C" in written else ""
        return (f"°{scale}" if scale else "degrees"), "temperature"
    hyphenated = hyphen_unit(sentence[match.end() : match.end() + 20]) or hyphen_noun(sentence, match.end())
    if hyphenated in _HYPHEN_CURRENCY and not match["percent"]:
        return _HYPHEN_CURRENCY[hyphenated], label_after(sentence, match.end(), "") or "amount"
    if hyphenated and not match["percent"]:
        return hyphenated, label_after(sentence, match.end(), "") or hyphenated
    if match["compound"]:
        noun = match["compound"][1:].lower()
        unit = {"foot": "feet", "story": "storeys", "country": "countries"}.get(noun, f"{noun}s")
        return unit, label_after(sentence, match.end(), "") or unit
    written = (match["currency"] or match["currency_after"] or "").strip()
    currency = CURRENCY_SYMBOLS.get(written) or CURRENCY_OF_PREFIX.get(written, written)
    after = sentence[match.end() : match.end() + _REACH]
    # "a dozen or so protesters": the hedge between the count and its noun is skipped.
    hedge = re.match(r"\s+or\s+so\b", after)
    tokens = list(_TOKEN.finditer(after, hedge.end() if hedge else 0))[:8]
    unit = ""
    unit_end = match.end()
    modifiers: list[str] = []
    opened_quote = joined = False
    for token in tokens:
        word = token.group(0)
        if len(word) > 1:
            word = word.rstrip(".").lstrip("-")  # "6.1-inches": the unit after a hyphen
        if len(word) > 3 and word[-1] in "’'" and word[-2] in "sS":
            word = word[:-1]  # "two weeks' notice", "ten years’ jail": a plural's possessive counts it
        lowered = word.lower()
        if word in '”"' and token.start() == 0:
            continue  # "“possibly thousands” of accounts": the quotation closes, the count goes on
        if word in '“"' and not modifiers and not opened_quote:
            opened_quote = True
            continue  # "two “choice targets”": the counted noun is quoted
        if (
            lowered in ("and", "or")
            and modifiers
            and not joined
            and _JOINED_MODIFIERS.match(after, token.end())
        ):
            joined = True
            continue  # "1,000 maintenance and cleaning workers", "18 northern and central counties"
        if word in ',;:()“”"' or lowered in _STOP_UNIT:
            break
        if (lowered in _ONE_PERSON or _singular_after_one(match, word, modifiers)) and (
            match.group(0).lower().endswith("one")
        ):
            unit, unit_end = lowered, match.end() + token.end()
            break  # "one person was killed", "one count of fraud", "one more second", "one Weibo user"
        if lowered in _SINGULAR_UNITS and not modifiers:
            unit, unit_end = plural_unit(lowered), match.end() + token.end()
            break  # "one year", "a 20 minute drive"
        if not modifiers and measure_in_singular(lowered):
            unit, unit_end = f"{lowered}s", match.end() + token.end()
            break  # "10.7 teraflop hardware", "a 20 megawatt plant": a measure before its noun
        if lowered == "pounds" and _WEIGHED.match(after, token.end()):
            unit, unit_end = lowered, match.end() + token.end()
            break
        if (
            lowered in _SINGULAR_CURRENCY
            and not currency
            and not modifiers
            and not _NOT_MONEY.match(after, token.end())
        ):
            currency = _SINGULAR_CURRENCY[lowered]
            unit_end = match.end() + token.end()
            break  # "48,900 euro", "a 30 billion dollar fund" (not "the 20 euro countries")
        if word.isupper() and word in CURRENCY_OF_PREFIX and not currency and not modifiers:
            currency = CURRENCY_OF_PREFIX[word]  # "5 million USD": a currency's code after the amount
            unit_end = match.end() + token.end()
            break
        if lowered in CURRENCY_WORDS and not currency:
            currency = CURRENCY_WORDS[lowered]
            unit_end = match.end() + token.end()
            break
        if (
            lowered in KNOWN_UNITS
            or is_plural_noun(word)
            # "two Los-Angeles area hospitals": a capitalised hyphenated word is a name, not the noun
            or (not modifiers and not word.isupper() and "-" not in word and is_plural_noun(lowered))
            # "millions of rural Americans", "two elderly Britons": people named by their country
            or (modifiers and all(m.islower() for m in modifiers) and _DEMONYM.fullmatch(word) is not None)
        ):
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
        return currency, label_after(sentence, match.end(), "") or "amount"
    if unit in ("tons", "tonnes") and modifiers and modifiers[-1].lower() == "metric":
        unit = f"metric {unit}"  # "2.5 metric tons": the metric ton is a unit of its own
    elif unit and modifiers and modifiers[-1].lower() in ("square", "cubic", "sq"):
        shape = "cubic" if modifiers[-1].lower() == "cubic" else "square"
        unit = f"{shape} {unit}"  # "12,000 square feet", "40 cubic metres": an area, a volume
    # A share is no count, unless it has a scale: "a quarter of a million".
    countable = not (match["fraction"] or match["slash_fraction"]) or match["of_scale"] is not None
    if fraction_like := not countable:
        unit = ""
    if (
        not unit
        and countable
        and not match["one_in"]
        and previous is not None
        and previous[0]
        and previous[0] not in ("%",)
        and _RANGE_NEXT.match(sentence, match.end()) is None
        and not (
            _BETWEEN_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
            and _AND_NEXT.match(sentence, match.end())
        )
        and _OF_HEAD.search(sentence, max(0, match.start() - 60), match.start()) is None
        and not (previous[0] in _SPANS_OF_TIME and _MORE_AFTER.match(sentence, match.end()) is None)
    ):
        # "600 soldiers … and thousands more injured": the count continues the previous one.
        base = previous[1].split(" ")
        noun_phrase = " ".join(w for w in base if not OUTCOME_PARTICIPLES.match(w))
        outcome = OUTCOME_PARTICIPLES.match(sentence[match.end() : match.end() + _REACH].lstrip())
        label = f"{noun_phrase} {outcome.group(1)}" if outcome else noun_phrase
        return previous[0], label.strip() or previous[0]
    if not unit or fraction_like:
        # A share ("a third") is a share; a bare count has no noun to name it by.
        return "", label_after(sentence, match.end(), "") or ("share" if fraction_like else "count")
    head = sentence[match.end() : unit_end].strip().lstrip('“"')
    head = re.sub(r"^(?:of\s+)?(?:more|additional|extra)?\s*", "", head)
    return unit, label_after(sentence, unit_end, head)


def label_after(sentence: str, position: int, head: str) -> str:
    """The counted noun, its "of …" phrase and what happened to it ("killed")."""
    rest = sentence[position : position + _REACH]
    label = head
    word = r"(?:\d[\d,.]*\d|[\w’'-]+)"  # "of the 1,000 respondents": a grouped numeral is one word
    of_phrase = re.match(rf"\s+(of\s+(?:{word}\s+){{0,4}}{word})", rest)
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


# "106 protesters in 21 cities have been killed": a count after a preposition is not what the verb's
# participle happened to.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|across|from|at|into|among|between|to|on|for|with)\s+$", re.IGNORECASE
)


def outcome_of_subject(sentence: str, start: int, label: str) -> str:
    """`label` without its last word when that is an outcome ("killed") and the count, after a preposition,
    is not the subject it happened to."""
    head, _, last = label.rpartition(" ")
    if not head or not OUTCOME_PARTICIPLES.fullmatch(last):
        return label
    return head if _AFTER_PREPOSITION.search(sentence, max(0, start - 12), start) else label


# "The death toll rose to 41", "the number of new cases topped 10,000": a bare figure after a verb of
# reaching counts what its subject names.
_COUNT_SUBJECT = re.compile(
    r"\b(?:(?P<toll>(?:death\s+)?toll(?!\s+(?:roads?|booths?|bridges?|fees?|plazas?|lanes?|charges?|free)\b)|toll\s+of\s+(?:the\s+)?dead|number\s+of\s+(?:the\s+)?dead)"
    r"|number\s+of\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?)\b[^.;:!?]{0,40}?\s"
    r"(?:rose|rises|climbed|climbs|jumped|jumps|reached|reaches|hit|hits|topped|tops|passed|passes|surpassed|"
    r"surpasses|exceeded|exceeds|stood\s+at|stands\s+at|totall?ed|totals|grew|grows|increased|increases|fell|"
    r"falls|dropped|drops|soared|soars)(?:\s+(?:to|at))?\s+$",
    re.IGNORECASE,
)


def subject_count_unit(sentence: str, start: int) -> str:
    """The plural noun the subject counts ("deaths" for a death toll), or "" when it names none."""
    found = _COUNT_SUBJECT.search(sentence, max(0, start - 90), start)
    if found is None:
        return ""
    if found["toll"]:
        return "deaths"
    for noun in (found["first"], found["second"] or ""):  # "the number of people", "of new cases"
        if is_plural_noun(noun) or noun == "people":
            return noun
    return ""
