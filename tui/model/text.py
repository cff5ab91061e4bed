"""Small text helpers shared by the model's parts and the screens."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in … when cut (never inside a character
    a reader sees: an emoji sequence, a flag, a letter with its accents)."""
    return text if len(text) <= limit else text[: grapheme_start(text, limit - 1)] + "…"


def _continues(character: str) -> bool:
    """Whether `character` belongs to the grapheme before it (marks, joiner, selectors, tones,
    the vowel and final of a decomposed Hangul syllable)."""
    code = ord(character)
    return (
        code == 0x200D
        or 0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF  # clean_text drops tones; kept here for text not cleaned
        or 0xE0020 <= code <= 0xE007F
        or 0xE0100 <= code <= 0xE01EF  # ideographic variation selectors
        or 0x1160 <= code <= 0x11FF  # Hangul medial vowels and finals
        or 0xD7B0 <= code <= 0xD7FF
        or unicodedata.category(character) in ("Mn", "Me", "Mc")
    )


def _regional(character: str) -> bool:
    return 0x1F1E6 <= ord(character) <= 0x1F1FF


def grapheme_start(text: str, at: int) -> int:
    """`at`, moved back to the start of the grapheme it falls in (a cut there splits none).

    A cut inside an emoji sequence leaves a joiner or half a flag at the edge, which terminals
    draw at another width than it is measured: the row spills or the flag turns into letters.
    """
    while 0 < at < len(text) and (_continues(text[at]) or text[at - 1] == "\u200d"):
        at -= 1
    if 0 < at < len(text) and _regional(text[at]) and _regional(text[at - 1]):
        run = 0
        while at - 1 - run >= 0 and _regional(text[at - 1 - run]):
            run += 1
        if run % 2:  # the flag before the cut is only half there
            at -= 1
    return at


def did_you_mean(name: str, known: Iterable[str], *, cutoff: float = 0.6, lead: str = " — ") -> str:
    """A hint naming the closest of `known` to a mistyped `name`, or "" if none is close."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=cutoff)
    return f"{lead}did you mean '{close[0]}'?" if close else ""


def slug_words(text: str, limit: int, *, max_words: int | None = None) -> str:
    """The words of `text` in ASCII lower case joined by "-", as many (up to `max_words`) as fit
    in `limit` characters; "" when it has none. Ids are made from it."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    slug = ""
    for word in re.findall(r"[a-z0-9]+", ascii_text)[:max_words]:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug


# Scale words that count in the plural and take "of" before what they count ("thousands of
# soldiers"), unlike numbers and "a third" ("600 soldiers", "a third of" is in the display).
_PLURAL_SCALE_WORDS = frozenset(
    {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions", "tens"}
)


def unit_after(display: str, unit: str) -> str:
    """What follows a figure's display to name its unit: " soldiers" after "around 600",
    " of soldiers" after "thousands"; "" when there is no unit."""
    if not unit or _names_unit(display, unit):
        return ""  # "80TB", "more than a decade", "a 30-day", "$5 million" already name their unit
    last_word = display.rsplit(maxsplit=1)[-1].lower() if display.strip() else ""
    return f" of {unit}" if last_word in _PLURAL_SCALE_WORDS else f" {unit}"


# A currency unit is named by its symbol or its word ("a billion-dollar", "multibillion dollar").
_CURRENCY_NAMES = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₹": "rupee", "₩": "won"}
_PERCENT_WORD = re.compile(r"\b(?:percent|per cent|pct|percentage points?)$")


def _names_unit(display: str, unit: str) -> bool:
    """The display already says the unit: at its end, as its last word in the singular ("a decade" of
    "decades", "a 30-day" of "days"), or as a currency's symbol or word anywhere."""
    shown, wanted = display.lower().strip(), unit.lower()
    if shown.endswith(wanted):
        return True
    if unit in _CURRENCY_NAMES:
        return unit in display or _CURRENCY_NAMES[unit] in shown
    if unit == "%":  # "55.7 percent", "12 per cent", "3 pct"
        return "%" in display or bool(_PERCENT_WORD.search(shown))
    last = re.split(r"[\s-]+", shown)[-1] if shown else ""
    singulars = {wanted[:-1], wanted[:-2]} if wanted.endswith("s") else set()
    if wanted.endswith("ies"):
        singulars.add(wanted[:-3] + "y")  # "centuries": "a century"
    return len(last) > 1 and last in singulars


_NESTED = str.maketrans({"“": "‘", "”": "’"})
# Marks a quotation may already open and close with, as a claim's quoted words often do.
_OUTER_MARKS = {"“": "”", '"': '"', "‘": "’", "'": "'"}


def nested_quotes(text: str) -> str:
    """Double quotes inside our “…” become single ones (‘…’), as nested quotes are written:
    the quoted words often quote someone themselves."""
    text = text.translate(_NESTED)
    out: list[str] = []
    opening = True
    for char in text:
        if char == '"':
            out.append("‘" if opening else "’")
            opening = not opening
        else:
            out.append(char)
    return "".join(out)


def in_quotes(text: str) -> str:
    """`text` inside one pair of “…”: marks it already opens and closes with are not doubled, and
    quotes inside it nest as ‘…’."""
    text = text.strip()
    closing = _OUTER_MARKS.get(text[:1])
    inner = text[1:-1]
    # Only a pair that encloses the whole text: “A,” she said, “B” keeps its own marks.
    if closing and len(text) > 1 and text.endswith(closing) and not any(m in inner for m in '“”"'):
        text = inner.strip()
    return f"“{nested_quotes(text)}”"


def as_sentence(text: str) -> str:
    """`text` closed by a full stop, unless it already ends a sentence (`“… best.”` gets none)."""
    return text if re.search(r"[.!?…][”’\"]*$", text) else f"{text}."


# Labels that say no more than the unit or the kind of number: a draft's when the sentence named
# nothing else ("nine years" → "years", "55.7 percent" → "per cent").
_EMPTY_LABELS = frozenset({"count", "amount", "per cent", "percent", "number", "times", "factor"})
_CONTEXT_WORDS = 6


def says_nothing_more(label: str, unit: str) -> bool:
    """Whether a figure's label only repeats its unit or names the kind of number."""
    wanted = label.strip().lower()
    return not wanted or wanted == unit.strip().lower() or wanted in _EMPTY_LABELS


def words_around(display: str, text: str, words: int = _CONTEXT_WORDS) -> str:
    """The words of `text` around the first place it writes `display` ("…put Connolly on 55.7 percent
    support compared to…"), cut with ellipses; "" when `text` does not write it."""
    at = text.find(display)
    if at < 0 or not display:
        return ""
    before = text[:at].split()
    after = text[at + len(display) :].split()
    head = " ".join(before[-words:])
    tail = " ".join(after[:words])
    glued_before = bool(at) and not text[at - 1].isspace()  # "$170" after "(": no space between
    end = at + len(display)
    glued_after = end < len(text) and not text[end].isspace()
    parts = [
        ("…" if len(before) > words else "") + head + ("" if glued_before or not head else " "),
        display,
        ("" if glued_after or not tail else " ") + tail + ("…" if len(after) > words else ""),
    ]
    return "".join(parts)
