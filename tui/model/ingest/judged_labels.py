"""A quoted label inside a judgement: "Baba criticized Ishiba’s “change of stance,” saying …", "the
ministry rejected the questions as “patently biased”".

A verb of judging with a quotation in its object quotes the judge's own words for the thing judged: the
quotation is the judge's claim (a quoted label tied to a speaker is one), and what they went on to say
(", saying …") is a second claim of theirs. Without a quotation the verb is an act the outlet reports
("criticized the plan"), not words of the speaker's.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import inside, quoted_spans, subject_before, trim_end
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import SAYING

# The verb, the object of up to five words (no clause: no comma or full stop), an optional "as", and the
# quotation that opens right there.
_JUDGED = re.compile(
    r"\b(?:criticized|criticised|criticizes|criticises|condemned|condemns|denounced|denounces|slammed|slams|"
    r"lambasted|lambasts|blasted|blasts|mocked|mocks|derided|derides|ridiculed|ridicules|decried|decries|"
    r"praised|praises|hailed|hails|welcomed|welcomes|rejected|rejects|dismissed|dismisses)\s+"
    r"(?:[\w’'-]+\s+){0,5}?(?:as\s+)?(?=[“\"])"
)
# ", saying, “…”": the words the judge went on to say, set off by a comma of their own.
_SAYING_QUOTE = re.compile(r",?\s+saying\s*[,:]\s*(?=[“\"])")
_NOT_SPEAKING = {"it", "there", "this", "that", "which", "what", "who"}


def judged_label(sentence: str) -> Cue | None:
    """The quoted label in a judgement's object as the judge's claim (with ", saying …" after), or None."""
    match = _JUDGED.search(sentence)
    if match is None:
        return None
    spans = quoted_spans(sentence)
    if inside(spans, match.start()):
        return None
    label = next((span for span in spans if span[0] == match.end()), None)
    if label is None or len(sentence[label[0] : label[1]].split()) > 12:
        return None  # a long quotation is a statement another rule reads, not a label
    words = re.findall(r"[A-Za-z][\w’'-]*", sentence[label[0] : label[1]])
    if words and all(w[0].isupper() for w in words):
        return None  # "welcomed the “Summer Nights” series": a title, nobody's words
    found = subject_before(sentence, match.start())
    if found is None or found[0].text.lower() in _NOT_SPEAKING or not valid_speaker(found[0].text):
        return None
    content = (label[0] + 1, trim_end(sentence, label[1] - 1))
    saying = SAYING.search(sentence, label[1]) or _SAYING_QUOTE.search(sentence, label[1])
    also = (saying.end(), trim_end(sentence, len(sentence))) if saying is not None else None
    return Cue((found[0],), ClaimStatus.UNVERIFIED, content, also=also)
