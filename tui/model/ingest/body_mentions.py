"""A body named in passing, then "the <head>" speaks: "Dr Kwei leads the team at Oxbridge Labs. … The
lab said …", "The White Lake council voted … The council said …", "The Harlow Group employs 900 people.
Its chairman said … The group said …".

The description is the body whose name ends in the same head noun ("Labs" for "the lab") and was named
in one of the two sentences before; only when exactly one such name is there. A body that spoke is found
among the sources already (descriptions.py); this reads the names that never spoke, as a last resort
before "the lab" becomes a source of its own.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import BODY_HEADS

_DESCRIPTION = re.compile(r"[Tt]he\s+([a-z]+)")
# Heads BODY_HEADS leaves out that a body's name often ends in.
_MORE_HEADS = frozenset({"lab", "laboratory", "university", "school", "hospital", "airline", "bank", "trust"})
# Capitalised words before the head that do not name the body.
_NOT_NAMING = frozenset({"The", "A", "An", "Its", "His", "Her", "Their", "This", "That", "Our", "Your"})
# A capitalised run of up to four words ending in the head (a plural head allowed: "Oxbridge Labs").
_RUN = r"(?<![\w’'-])((?:[A-Z][\w&.-]*\s+){1,4})"


def named_body(description: str, sentences: tuple[str, ...]) -> str | None:
    """The one body named in the nearest of `sentences` (newest first) by a name ending in the head of
    `description` ("the lab"), or None."""
    match = _DESCRIPTION.fullmatch(description.strip())
    if match is None:
        return None
    head = match.group(1)
    if BODY_HEADS.fullmatch(head) is None and head not in _MORE_HEADS:
        return None
    pattern = re.compile(_RUN + f"([{head[0].upper()}{head[0]}])({re.escape(head[1:])}s?)" + r"\b")
    for sentence in sentences:
        names: set[str] = set()
        for found in pattern.finditer(sentence):
            words = found.group(1).split()
            while words and words[0] in _NOT_NAMING:
                words = words[1:]
            if words:
                names.add(" ".join([*words, found.group(2) + found.group(3)]))
        if len(names) == 1:
            return names.pop()
        if names:
            return None  # two bodies of that head: the description does not say which
    return None
