"""A speaker named by surname alone, taken up by "he" or "she" in the sentences that follow.

"Hale said the cost was too high. “It will never pay for itself,” she added." A lone capitalised
word is guessed to be a company when no rule names its kind, so the pronoun found no person and
the quotation went unattributed (or to a person named further back). When the last source that
spoke is such a guess, the pronoun is the proof that it is a person.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.first_names import name_gender
from tui.model.ingest.names import SourceEntry

_SURNAME = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?")

# How far back the last speaker may be: a handful of remembered mentions, about a paragraph.
_WINDOW = 4


def surname_speaker(recent: list[SourceEntry | str], things: set[str]) -> SourceEntry | None:
    """The last source that spoke, when it is a lone surname only guessed to be a company."""
    for item in reversed(recent[-_WINDOW:]):
        if isinstance(item, str):
            continue  # a sentence's opening name: the pronoun rules before this one read those
        entry = item.root()
        guessed = entry.kind is SourceKind.COMPANY and not entry.kind_from_rule and not entry.person
        if not guessed or entry.name in things or _SURNAME.fullmatch(entry.name) is None:
            return None
        return entry
    return None


def take_as_person(entry: SourceEntry) -> SourceEntry:
    """The pronoun shows a person: the fallback kind for people replaces the company guess."""
    entry.person = True
    entry.kind = SourceKind.PERSON
    return entry


_NAME_PART = re.compile(r"[A-Z][a-z][\w’'-]*|[A-Z]\.")  # "Reed", "McKay", "A." as in "Walter A. Reed"
_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}  # "James P. Kennedy Jr": the surname is Kennedy


def full_name_of(
    word: str, people: dict[str, str], seen: dict[str, int], common_words: AbstractSet[str] = frozenset()
) -> str | None:
    """The full name met earlier that a capitalised word alone stands for, or None.

    A surname stands for a full name; a first word for a person the article introduced by a title or role
    ("leader Kim Jong Un" -> "Kim"), whose first name is a known one, or who is the only person met whose
    name opens with that word, its other words none the article writes in lower case (`common_words`):
    "VW" is no first name of "VW ID", nor "Google" of "Google Search" in an article about search. Of
    several people ("President Franklin Roosevelt signed the act", then "James Roosevelt Jr. …"), the one
    written out last (`seen`: full name -> sentence), not the first met.
    """
    if " " in word or not word[:1].isupper():
        return None
    best: tuple[bool, int] | None = None
    chosen = None
    # How many people met open their name with the word: one is whom it means, two leave it alone.
    opening_with_word = sum(1 for full in people if " " in full and full.split()[0] == word)
    for order, (full, title) in enumerate(people.items()):
        parts = full.split()
        surname = parts[-2] if parts[-1] in _SUFFIXES and len(parts) >= 2 else parts[-1]
        # A first word alone: a person introduced by a title, a known first name, or the one person of the
        # article whose name opens with it ("Zawadi Mrema sells fish … Zawadi says").
        only = (
            opening_with_word == 1
            and word == parts[0]
            # Name-shaped ("Acme ZX" is a model, "VOA" no first name), none of them a word the article
            # writes in lower case.
            and all(_NAME_PART.fullmatch(p) for p in parts)
            and not any({p.lower(), f"{p.lower()}s"} & common_words for p in parts[1:])  # "supermarkets" too
        )
        if word == surname or (word == parts[0] and (title or name_gender(full) or only)):
            # Among people the article introduced (a title, a known first name), the one written out
            # last; else the first met, as a capitalised run that only ends in the surname ("When
            # Winfrey" after "Oprah Winfrey") may be no one.
            known = bool(title) or bool(name_gender(full))
            rank = (known, seen.get(full, -1) if known else -order)
            if best is None or rank > best:
                best, chosen = rank, full
    return chosen
