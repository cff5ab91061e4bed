"""A naming credited to its namer: "what officials called the ‘outdated’ presence of peers", "with
what the resort calls alpine-chic interiors".

Reporting borrows a speaker's label inside the outlet's own sentence. The words after the verb, to
the end of their phrase, are the namer's; the rest of the sentence is the outlet's. The namer is a
speaker phrase of up to five words between "what" and the verb; "what is called", "what was then
called" have none, and "what his parents called him" names a person, not a claim.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention
from tui.model.ingest.speaker_words import valid_speaker

_CALLED_WHAT = re.compile(
    r"\b[Ww]hat\s+(?P<who>(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:calls|called|dubs|dubbed|terms|termed|brands|branded|labels|labelled|labeled|describes\s+as|"
    r"described\s+as)\s+"
    r"(?P<words>[^,;:.!?–—()]{3,160})"
)
# The namer cannot be a verb's auxiliary ("what is called") or a time word ("what was then called").
_NOT_A_NAMER = re.compile(
    r"^(?:is|was|are|were|has|had|have|been|then|now|once|some|many|others|it|this|that|one|you|we)$",
    re.IGNORECASE,
)
_THE_NOUN = re.compile(r"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z-]{3,}$")
# A label for a person or a place, not words of a claim: "what his parents called him".
_OBJECT_PRONOUN = re.compile(r"^(?:him|her|them|it|me|us|themselves|himself|herself|home)\b", re.I)


def called_what(sentence: str) -> Cue | None:
    """The namer of "what X called …" and the label that follows, to the end of its phrase."""
    match = _CALLED_WHAT.search(sentence)
    if match is None:
        return None
    who, words = match["who"], match["words"].rstrip()
    first = who.split()[0]
    if _NOT_A_NAMER.match(first) or _NOT_A_NAMER.match(who) or _OBJECT_PRONOUN.match(words):
        return None
    # "what the property calls …", "what the institution called …": a body the page names by its noun
    # speaks through its labels, though the noun is no speaker word elsewhere.
    if not (valid_speaker(who) or who.lower() in ("he", "she", "they") or _THE_NOUN.match(who)):
        return None
    end = match.start("words") + len(words)
    if len(words.split()) < 2:
        return None
    return Cue((Mention(who),), ClaimStatus.UNVERIFIED, (match.start("words"), end))
