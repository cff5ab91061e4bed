"""The person a mention describes, when a cue reader took a speaker's appositive for the speaker.

"Ada Lind, a nurse at the clinic told reporters …" (the closing comma left out), "Ada Lind, head of
the Vale Trust (VT) said …", "Ada Lind, whom the mayor asked to resign as head of the trust, said …":
the words right before the verb describe the name set off by a comma before them, so the name speaks.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import looks_like_person
from tui.model.ingest.opening_subjects import NOT_A_NAME

_PARTICLE = r"(?:al|el|bin|van|von|de|da|di|du|der|la|le)"
_WORD = rf"(?:[A-Z][\w’'.-]*|{_PARTICLE}-[A-Z][\w’'-]*|{_PARTICLE}(?=\s+[A-Z]))"
# A full name set off by a comma, where a sentence or clause starts (not "In Paris, …": after a
# preposition the name is a place), and, optionally, a relative clause about it running up to the mention.
_OWNER = re.compile(
    rf"(?:^|[”\"]\s*|[,;:]\s+|\bsaid\s+)(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}),\s+"
    r"(?P<relative>(?:who|whom|whose)\s[^,]*?\s)?$"
)
# A description, not a name: "an OBGYN based in …", "president of …", "the former head of …".
_DESCRIPTION = re.compile(r"(?:a|an|the|another|former|longtime|[a-z][\w-]*\s+of)\b|[a-z]")


def appositive_owner(mention: str, sentence: str) -> str | None:
    """The person whose description `mention` is, set off by a comma right before it; None if it is not."""
    at = sentence.find(mention)
    if at <= 0:
        return None
    found = _OWNER.search(sentence[max(0, at - 200) : at])
    if found is None:
        return None
    if found["relative"] is None and not _DESCRIPTION.match(mention):
        return None  # "Ada Lind, Tom Reyes and the mayor said": a list of names
    name = found["name"]
    if name.split()[0] in NOT_A_NAME:
        return None  # "However, the board said …": an opener
    if " " not in name:
        # "Corrin, whom the mayor asked to resign as head of the party, said": a surname the relative
        # clause is about; alone before a description it may be a body ("Acme, the owner, said").
        return name if found["relative"] is not None else None
    if not looks_like_person(re.sub(rf"\b{_PARTICLE}-", "", name)):  # "Leyla al-Marri" is a person
        return None  # "Acme Holdings, the owner, said": a body
    return name
