"""Word tests the source book uses on the names it resolves: a body's own capitalised name, a plural
head, the noun a described body is named by."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re


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
