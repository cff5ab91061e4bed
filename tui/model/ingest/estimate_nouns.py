"""Estimates reported as noun phrases: "The ministry's estimate of 3,000 damaged homes was revised",
"By the council's count, 3,000 homes were damaged". The owner of the estimate made the claim; the claim
is the quantity it names (after "of") or the clause it frames (after "By …'s count,").
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, sane, trim_end
from tui.model.ingest.speaker_words import valid_speaker

_OWNER = (
    r"(?P<owner>(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}"
    r"|[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)(?:[’']s)?"
)
_NOUN = (
    r"(?:(?:own|latest|initial|earlier|official|new|revised|preliminary)\s+)?"
    r"(?:estimates?|count|tally|forecast|projections?|calculations?|reckoning)"
)
# "The ministry's estimate of 3,000 damaged homes …": the quantity, a figure in it.
_ESTIMATE_OF = re.compile(rf"\b{_OWNER}\s+{_NOUN}\s+of\s+(?=[^,;.]*\d)")
# "By the council's count, …", "Under the ministry's forecast, …": the clause after the comma.
_BY_ESTIMATE = re.compile(rf"^(?:By|Under|On|In)\s+{_OWNER}\s+{_NOUN}\s*,\s*")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}


def estimate_noun(sentence: str) -> Cue | None:
    """The owner of an estimate named as a noun, and the quantity or clause it gives."""
    framed = _BY_ESTIMATE.match(sentence)
    found = framed or _ESTIMATE_OF.search(sentence)
    if found is None:
        return None
    pronoun = found["owner"].lower() in _POSSESSIVE_PRONOUN
    if not (pronoun or re.search(r"[’']s$", found["owner"]) or re.match(r"[’']s\b", _suffix(found))):
        return None
    owner = re.sub(r"[’']s$", "", found["owner"])
    owner = _POSSESSIVE_PRONOUN.get(owner.lower(), owner)
    if not valid_speaker(owner):
        return None
    end = trim_end(sentence, len(sentence)) if framed else _quantity_end(sentence, found.end())
    if len(sentence[found.end() : end].split()) < 2:
        return None
    return Cue((Mention(owner),), ClaimStatus.UNVERIFIED, sane(sentence, (found.end(), end)))


def _suffix(found: re.Match[str]) -> str:
    """The possessive mark right after the owner, if the pattern took it."""
    return found.string[found.end("owner") : found.end("owner") + 2]


def _quantity_end(sentence: str, start: int) -> int:
    """Where the quantity after "of" ends: before the main verb or a comma ("… homes was revised")."""
    verb = r"\s(?:was|were|is|are|has|have|had|did|does|will|would|could|may|might)\b"
    main = re.search(rf"{verb}|,\s|[;—–]", sentence[start:])
    return trim_end(sentence, start + main.start() if main else len(sentence))
