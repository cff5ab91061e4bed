"""A tag that closes the sentence takes the clause before it, even when that clause has a verb of its own.

"Night-shift nurses challenge the picture of the profession, said Tomas Orrin, a historian." and
"Small growers dispute the official figures, Orrin said.": the first verb ("challenge", "dispute")
takes an object, not a clause, so its subject reports nothing; the speaker is the one the closing tag
names, and the whole clause is the claim. A first verb with a clause after it ("warned that …", "told
reporters the levy would stay") or a document's ("A poll showed …") stays a report inside a report
(closing_tags.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.documents import document_subject
from tui.model.ingest.inverted import inverted

# "…, but most owners believe …, a survey showed": a second clause, which the tag may close alone.
_JOINED = re.compile(r"[;:]|,\s+(?:but|and|while|whereas|yet|although|though|as)\s")
# A finite verb after the first verb: it reported a clause ("the levy would stay"), not an object.
_CLAUSE = re.compile(r"\b(?:that|should|would|will|was|were|is|are|had|has|have|could|may|might|can|must)\b")
# After the tag's speaker: its verb and a time ("said on Tuesday"), an appositive, the sentence's end.
_TAG_END = re.compile(r"(?:\s+[\w’'-]+){0,4}?(?:,\s+[^,;“”\"]{1,90})?\s*[.!?]?\s*")


def tag_takes_clause(sentence: str, verb: tuple[int, int], first: Cue, later: Iterable[Cue]) -> Cue | None:
    """The cue of the closing tag when it takes the first verb's whole clause, else None.

    `first` is the cue of the verb at `verb` (start, end); `later` the cues of the verbs after it.
    """
    verb_start, verb_end = verb
    if document_subject(first.speakers[0].text):
        return None  # "A poll showed the rating at 31%, the Ledger reported": a report in a report
    opening = sentence.find(first.speakers[0].text)
    if opening < 0 or len(sentence[:opening].split()) > 4:
        return None  # "Once it runs, there is no risk, an official said …": not the first verb's whole clause
    claimed = sentence[first.content[0] : first.content[1]]
    for cue in (*later, inverted(sentence)):
        if cue is None or cue.relays_previous or not cue.content[0] <= verb_start < cue.content[1]:
            continue
        speaker = cue.speakers[0].text
        if speaker == first.speakers[0].text or speaker not in claimed or not _closes(sentence, speaker):
            continue
        tag = sentence.rfind(speaker)
        if _JOINED.search(sentence, verb_start, tag) is None and not _CLAUSE.search(sentence, verb_end, tag):
            return cue  # "The governor told reporters the levy would stay, …": a clause, reported in turn
    return None


def _closes(sentence: str, speaker: str) -> bool:
    """The tag naming `speaker` ends the sentence (a time and an appositive of theirs aside)."""
    rest = sentence[sentence.rfind(speaker) + len(speaker) :]
    return _TAG_END.fullmatch(rest) is not None
