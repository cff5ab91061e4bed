"""Who a sentence accuses: "Swift accused Braun, Borchetta and Big Machine of …" names three.

The accused is who answers next: "The company denied the allegations" right after means the body among
them, not the accuser who spoke last.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import looks_like_person, rule_kind
from tui.model.ingest.names import describes_person

_ACCUSED = re.compile(
    r"\baccus(?:ed|es|ing)\s+(?P<who>(?:the\s+)?[A-Z][^.;:!?“”\"]{0,118}?)\s+of\s", re.IGNORECASE
)
_ITEM = re.compile(r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*)*")


def accused_names(sentence: str) -> list[str]:
    """The capitalised names in the object of "accused … of", in order; empty when there is none."""
    found = _ACCUSED.search(sentence)
    if found is None:
        return []
    names: list[str] = []
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", found["who"]):
        item = item.strip()
        if _ITEM.fullmatch(item):
            names.append(item)
    return names


def accused_body(text: str, sentences: Iterable[str], known_person: Callable[[str], bool]) -> str | None:
    """The one body, not a person, that one of `sentences` (the sentence before, then the one before it)
    accused, when `text` describes a body of no other kind: the accused is who answers the accusation."""
    wanted_kind = rule_kind(text)
    if describes_person(text) or wanted_kind is None:
        return None
    for sentence in sentences:
        accused = accused_names(sentence)
        others = [n for n in accused if not known_person(n)]  # "accused Braun, Borchetta and Big Machine"
        alone_a_person = len(accused) == 1 and looks_like_person(accused[0])
        if len(others) == 1 and not alone_a_person and rule_kind(others[0]) in (None, wanted_kind):
            return others[0]
    return None
