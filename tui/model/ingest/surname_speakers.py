"""A speaker named by surname alone, taken up by "he" or "she" in the sentences that follow.

"Hale said the cost was too high. “It will never pay for itself,” she added." A lone capitalised
word is guessed to be a company when no rule names its kind, so the pronoun found no person and
the quotation went unattributed (or to a person named further back). When the last source that
spoke is such a guess, the pronoun is the proof that it is a person.
"""

from __future__ import annotations

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
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
