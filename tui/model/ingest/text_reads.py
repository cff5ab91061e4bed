"""A text someone put out, then its words: "The family issued a statement, which reads: “…”".

The subject who issued, released or posted the statement (update, message, tribute, letter, post) is the
speaker, and the quotation after "which reads:" is their words; a quotation left open runs on into the
next paragraphs like any other. Without a quotation after the colon ("which reads as follows") nothing
fires: the words are elsewhere.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import inside, quoted_spans, sane, subject_before, trim_end

_ISSUED = re.compile(
    r"\b(?P<verb>issued|released|posted|shared|published|put\s+out|sent(?:\s+out)?)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:statement|update|message|tribute|letter|note|post)s?\b"
    r"[^:;“”\"]{0,60}?,\s+which\s+(?:reads?|says|said|stated|states)\s*:\s*(?P<quote>[“\"])"
)


def text_reads(sentence: str) -> Cue | None:
    """ "X issued a statement, which reads: “…”": X's words, from the quotation on."""
    match = _ISSUED.search(sentence)
    if match is None or inside(quoted_spans(sentence), match.start()):
        return None
    found = subject_before(sentence, match.start("verb"))
    if found is None or found[0].text.lower() in ("it", "there", "this", "that", "which", "who"):
        return None
    end = trim_end(sentence, len(sentence))
    if len(sentence[match.start("quote") : end].split()) < 2:
        return None
    return Cue((found[0],), ClaimStatus.UNVERIFIED, sane(sentence, (match.start("quote"), end)))
