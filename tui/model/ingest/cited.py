"""A speaker who cites a finding: "Hale cited a survey by the Ferry Trust that found most riders …",
"Ruiz has cited a study showing that …". The finding is the claim; its author (or the study itself)
made it first and the speaker passes it on, so the chain runs [author, speaker]."""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.documents import document_by
from tui.model.ingest.phrases import Mention, subject_before, trim_end

_CITED = re.compile(
    r"\s(?:has\s+|had\s+|have\s+|also\s+)?(?:cited|cites|pointed\s+to)\s+"
    r"(?P<document>(?:(?:a|an|the|new|recent|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:survey|study|report|poll|data|figures|research|analysis|review|statistics|audit)"
    r"(?:\s+(?:by|from|of)\s+(?:the\s+)?[A-Za-z][^,;:“”\"]{1,60}?)?)"
    r",?\s+(?:that|which)?\s*(?:found|finds|showed|shows|suggested|suggests|concluded|estimated)\s+(?:that\s+)?"
    r"|\s(?:has\s+|had\s+|have\s+|also\s+)?(?:cited|cites|pointed\s+to)\s+"
    r"(?P<document2>(?:(?:a|an|the|new|recent|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:survey|study|report|poll|data|figures|research|analysis|review|statistics|audit)"
    r"(?:\s+(?:by|from|of)\s+(?:the\s+)?[A-Za-z][^,;:“”\"]{1,60}?)?)"
    r",?\s+(?:showing|finding|suggesting)\s+(?:that\s+)?"
    # "Hale cited the backlash as proof that …": the speaker's own reading of it.
    r"|\s(?:has\s+|had\s+|also\s+)?(?:cited|cites)\s+(?:[\w’'-]+\s+){1,6}?as\s+(?:proof|evidence|a\s+sign)\s+that\s+"
    # "It also cited a lack of staff", "The firm cited rising costs": the reason they give, in their words
    # (group reason: the claim starts at the reason itself).
    r"|\s(?:has\s+|had\s+|have\s+|also\s+)?(?:cited|cites)\s+(?=(?P<reason>(?:[\w’'-]+\s+){0,3}?"
    r"(?:lack|shortage|concerns?|fears?|worries|reasons?|risks?|costs?|problems?|difficulties|pressures?|"
    r"need|threats?|delays?|uncertainty|failures?|losses|declines?|weakness)\b))"
)


def cited_finding(sentence: str) -> Cue | None:
    """The finding a speaker cites, claimed by its author and passed on by the speaker."""
    match = _CITED.search(sentence)
    if match is None:
        return None
    found = subject_before(sentence, match.start() + 1)
    if found is None:
        return None
    speaker, _start = found
    document = match["document"] or match["document2"]
    if match["reason"] is not None and len(sentence[match.end() :].split()) < 3:
        return None  # "cited concerns.": too short to say what the reason is
    if document is None:
        return Cue((speaker,), ClaimStatus.UNVERIFIED, (match.end(), trim_end(sentence, len(sentence))))
    author = document_by(Mention(re.sub(r"^(?:his|her|their|its)\s+", "the ", document)))
    if re.match(r"(?:his|her|their|its)\s", document) and author.text.startswith("the "):
        author = speaker  # "cited her own survey": no one else's finding
    end = trim_end(sentence, len(sentence))
    if len(sentence[match.end() : end].split()) < 3:
        return None
    speakers = (speaker,) if author is speaker else (author, speaker)
    return Cue(speakers, ClaimStatus.UNVERIFIED, (match.end(), end))
