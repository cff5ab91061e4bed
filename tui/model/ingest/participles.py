"""Participles that carry what the sentence's subject said: "North Korea defended the launch by
claiming …", "…, calling it “a blank check”", "…, with the prosecution describing him as …"."""

from __future__ import annotations

import re

from tui.model.format.records import ClaimStatus
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.clauses import with_speaker
from tui.model.ingest.phrases import Mention, sane, sentence_subject, trim_end
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import PARTICIPLES


def participle(sentence: str) -> Cue | None:
    """Participles take the sentence's subject: "North Korea defended … by claiming …", "…, calling it …"."""
    absolute = with_speaker(sentence)
    if absolute is not None and valid_speaker(absolute[0]):
        # "…, with the prosecution describing him as “…”": the noun before the participle speaks.
        speaker, verb, content = absolute
        return Cue(
            (Mention(speaker),), PARTICIPLES.get(verb, ClaimStatus.UNVERIFIED), sane(sentence, content)
        )
    match = re.search(r"(?:\bby|,|" + _TEXT_BEFORE + r")\s+(" + "|".join(PARTICIPLES) + r")\b", sentence)
    if match is None:
        return None
    subject = sentence_subject(sentence)
    if subject is None:
        return None
    verb = match.group(1)
    content_start = match.end(1) if verb in ("calling", "describing", "accusing") else match.end()
    if verb in ("calling", "describing", "accusing"):
        content_start = match.start(1)
    if verb == "telling":
        # "…, telling reporters (in an email) that …", "…, telling Cook, “…”": the listener, then the words.
        listener = _LISTENER.match(sentence, content_start)
        if listener is None:
            return None  # "telling stories to the children": an act
        content_start = listener.end()
        quoted = re.match(r"[,:]?\s*", sentence[content_start:])
        content_start += quoted.end() if quoted else 0
    that = re.match(r"\s*that\b\s*", sentence[content_start:])
    if that:
        content_start += that.end()
    content = (content_start, trim_end(sentence, len(sentence)))
    main_clause = (0, trim_end(sentence, match.start()))
    return Cue((subject,), PARTICIPLES[verb], sane(sentence, content), main_clause=main_clause)


# "released a statement saying …", "posted a video on Sunday claiming …": the text says what its author said.
_TEXT_BEFORE = (
    r"\b(?:statement|release|post|video|letter|tweet|message|note|email|e-mail|memo|filing|notice)"
    r"(?:\s+(?:on|late|early|last|this|earlier)?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:today|yesterday))?"
)
# "telling reporters in an email that …", "telling Cook, “…”", "telling them they …": who heard it.
_LISTENER = re.compile(
    r"\s+(?:[\w’'.-]+\s+){0,5}?(?=that\b|[,:]?\s*[“\"])|\s+[\w’'-]+\s+(?=(?:he|she|they|it|we)\s)"
)
