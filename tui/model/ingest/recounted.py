"""An experience told: "Neighbours described seeing the flames spread", "she recounted meeting him at a
club", "farmers shared how the drought left them in debt".

Telling what one saw, did or went through states it as the teller's account, so the words after the verb
are the teller's claim: a gerund of the experience, or a "how" clause with its own verb. "described the
scene" or "shared a photo" tell nothing in words of their own, and a document ("the report described …")
is read elsewhere.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.documents import document_subject
from tui.model.ingest.phrases import inside, quoted_spans, subject_before, trim_end
from tui.model.ingest.speaker_words import valid_speaker

_TOLD = re.compile(
    r"\b(?:(?P<gerund_verb>described|describes|describe|recounted|recounts|recount)\s+(?=[a-z]{2,}ing\s)"
    r"|(?:described|describes|describe|recounted|recounts|recount|shared|detailed)"
    r"\s+how\s+)"
)
# Gerunds that name no experience of the teller's: "described being …" is one, but "described growing
# numbers" or "described rising costs" are adjectives before a noun.
_ADJECTIVE_GERUND = re.compile(r"(?:rising|growing|falling|increasing|declining|worsening|mounting|living)\s")
_SAID_NEXT = re.compile(
    r"\s(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|added|insisted|claimed)\b"
)
_NOT_SPEAKING = {"it", "there", "this", "that", "which", "what", "who"}


def recounted(sentence: str) -> Cue | None:
    """The teller's account after "described/recounted + gerund" or "described/shared how …", or None."""
    match = _TOLD.search(sentence)
    if match is None or inside(quoted_spans(sentence), match.start()):
        return None
    if match["gerund_verb"] is not None and _ADJECTIVE_GERUND.match(sentence, match.end()):
        return None
    if match["gerund_verb"] is None and re.match(r"to\s", sentence[match.end() :]):
        return None  # "shared how to apply": a method, not an account
    found = subject_before(sentence, match.start())
    if found is None:
        return None
    speaker = found[0]
    if (
        speaker.text.lower() in _NOT_SPEAKING
        or document_subject(speaker.text)
        or not valid_speaker(speaker.text)
    ):
        return None
    # "described meeting him but said there was no deal": what was said next is a claim of its own.
    said_next = _SAID_NEXT.search(sentence, match.end())
    end = trim_end(sentence, said_next.start() if said_next else len(sentence))
    if len(sentence[match.end() : end].split()) < 3:
        return None
    return Cue((speaker,), ClaimStatus.UNVERIFIED, (match.end(), end))


def recounted_then_said(sentence: str) -> Cue | None:
    """ "Park described meeting him but said there was no deal": the account, read before the "said" of
    the same subject takes the sentence (the conjoined "said" becomes the second claim)."""
    match = _TOLD.search(sentence)
    if match is None or _SAID_NEXT.search(sentence, match.end()) is None:
        return None
    return recounted(sentence)
