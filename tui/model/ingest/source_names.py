"""Word tests the source book uses on the names it resolves: a body's own capitalised name, a plural
head, the noun a described body is named by."""

from __future__ import annotations

from collections.abc import Callable

from tui.model.ingest import lazy_re as re
from tui.model.ingest.name_patterns import MONTH, WEEKDAY


def proper_name(text: str) -> bool:
    """ "the Centre for Disease Control": capitalised words after the article name the body itself."""
    words = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE).split()
    small = ("of", "for", "and", "on")
    return len(words) > 1 and all(w[:1].isupper() for w in words if w.lower() not in small)


def plural_head(text: str) -> bool:
    last = text.split()[-1].lower() if text.split() else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def head_noun(name: str) -> str:
    """The noun a described body is named by: "a coalition of 11 nations" -> "coalition"."""
    words = name.lower().split()
    before = words[: words.index("of")] if "of" in words else words
    return before[-1] if before and words[0] in ("a", "an", "the") else ""


def lower_words(words: set[str]) -> set[str]:
    return {w.lower() for w in words}


# "I’m", "We’re", "It’s": a pronoun fused with its verb opens a clause and names no one.
_PRONOUN_CONTRACTION = re.compile(r"(?i)(?:i|we|you|they|he|she|it)[’'](?:m|re|s|ve|d|ll)\b")


# Words that describe or link and never name a speaker alone: a title's first word the cue reader kept by
# itself ("Former", "Senior", "Local"), a sentence adverb ("Finally", "Indeed", "Shortly"), "one".
_NEVER_ALONE = frozenset(
    """former senior junior local later earlier finally indeed then now also first next last please
    shortly so whoever still yet meanwhile however instead here there thus hence today yesterday tonight
    recently previously currently ultimately eventually initially additionally similarly likewise moreover
    furthermore besides otherwise nonetheless nevertheless perhaps maybe surely clearly obviously sometimes
    often once soon again already even just only anyway overall together edit update one""".split()
)
# "June", "In March", "Sunday", "Last Tuesday": a time, no speaker ("April Ryan" is a name).
_TIME_NAME = re.compile(
    rf"(?:(?i:in|on|by|since|until|from|last|this|next|early|late|mid)[\s-]+)?(?:{MONTH}|{WEEKDAY})"
)
# "A few days earlier", "a couple of months after the deal", "half a year later the": how long before or
# after, which a cue reader kept as a speaker or a role.
_SPAN = (
    r"(?i:(?:(?:a|an|the|one|two|three|four|five|six|several|a\s+few|a\s+couple\s+of|half\s+an?|\d+)\s+)+"
    r"(?:more\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+)"
)
_SPAN_OF_TIME = re.compile(_SPAN + r"(?i:earlier|later|after|before|ago|on|into)\b")
# "Half a year later the council": the time it spoke before who spoke.
_TIME_LEAD = re.compile(_SPAN + r"(?i:earlier|later|ago),?\s+(?=\S)")


def after_time_lead(text: str) -> str:
    """The mention without a span of time it opens with ("Half a year later the council" -> "the council")."""
    lead = _TIME_LEAD.match(text)
    return text[lead.end() :] if lead is not None else text


def names_a_time(text: str) -> bool:
    """A month or a day ("June", "In March"), or a span of time before or after ("A few days earlier")."""
    plain = text.strip(" ,.;:")
    return _TIME_NAME.fullmatch(plain) is not None or _SPAN_OF_TIME.match(plain) is not None


def never_a_source(text: str) -> bool:
    """A mention that names no one, whatever the sentence: a lone describing or linking word, a time.
    "May" or "June" alone is refused too: a caller that knows a person by that name keeps them."""
    return text.strip(" ,.;:").lower() in _NEVER_ALONE or names_a_time(text)


# "An NBC News poll from June showed …": the noun phrase a month dates, which is what speaks.
_DATED_NOUN = r"\b((?:[Aa]n?|[Tt]he)\s+(?:[^\s,;:“”\"]+\s+){{0,6}}?[^\s,;:“”\"]+)\s+(?:from|in|of)\s+{0}\b"


_MONTH_OR_DAY = re.compile(rf"{MONTH}|{WEEKDAY}")


def dated_noun(time: str, sentence: str) -> str | None:
    """The words a lone month or day dates in `sentence` ("a poll from June"), or None."""
    if _MONTH_OR_DAY.fullmatch(time) is None:
        return None
    found = re.search(_DATED_NOUN.format(re.escape(time)), sentence)
    return found.group(1) if found is not None else None


def mended_time_words(text: str, sentence: str, known: Callable[[str], bool]) -> str:
    """The mention without the time it opens with; "" when it names no one ("Former", "June", "A few
    days earlier", "…,” read one."), unless `known` says it is someone's name ("May"); what a month
    dates when the sentence says ("a poll from June showed": the poll)."""
    text = after_time_lead(text)  # "Half a year later the council": the council
    if never_a_source(text) and not known(text):
        return dated_noun(text, sentence) or ""
    return text


def could_name(text: str) -> bool:
    """Words a source's name can be: no pronoun contraction first, and no "|" (a menu or headline
    separator) or "=" (a ticker code, "Spot gold XAU=") inside; neither occurs in a name."""
    return not _PRONOUN_CONTRACTION.match(text) and "|" not in text and "=" not in text


# "a stop in New Hampshire", "homes across the Orkney Isles": a name after a preposition of place is where
# something happens; a possessive after it ("in Lund's office") keeps the person.
_PLACE_BEFORE = r"\b(?:in|at|near|across|throughout|around|outside|inside)\s+(?:the\s+)?"


def named_as_place(name: str, text: str) -> bool:
    """`text` names `name` only as a place: each time after a preposition of place, never as a subject."""
    found = list(re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text))
    if not found:
        return False
    return all(re.search(_PLACE_BEFORE + "$", text[max(0, m.start() - 16) : m.start()]) for m in found)


# "His statement continued: …", "her post reads …": a text a pronoun owns speaks for its owner.
_OWNED_TEXT = re.compile(
    r"(?i)(his|her|their|its)\s+(?:(?:latest|new|own|written|brief|short|full|official)\s+)?"
    r"(?:statement|letter|post|tweet|message|email|remarks|comments|testimony|speech|note|memo|release)"
)
_SUBJECT_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}


def pronoun_owner(text: str) -> str | None:
    """The pronoun that owns a text named by a possessive ("his statement" -> "he"), or None."""
    found = _OWNED_TEXT.fullmatch(text.strip())
    return _SUBJECT_PRONOUN[found.group(1).lower()] if found is not None else None
