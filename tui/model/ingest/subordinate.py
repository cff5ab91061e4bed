"""A report inside a subordinate clause of an attributed sentence: "Lee said the pier closed in May,
after the council reported it was unsafe." The council's report is a claim of its own, passed on by Lee
(chain: the council, then Lee); the main clause stays Lee's.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, inside, quoted_spans, trim_end
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import VERB_STATUS

_SUBORDINATE_REPORT = re.compile(
    r",?\s+(?:after|when|because|since|as|before)\s+"
    r"(?P<np>(?:the\s+|a\s+|an\s+|some\s+|two\s+)?[\w’'.-]+(?:\s+[\w’'.&-]+){0,5}?)\s+"
    r"(?P<verb>said|says|reported|reports|announced|claimed|alleged|told\s+(?:police|officers|investigators|"
    r"reporters|deputies|the\s+\w+))\s+(?:that\s+)?(?=[\w“\"])"
)
# "Lee claimed the cuts would pay for themselves, even as the budget office estimated that …": a report the
# outlet sets against the claim; the main speaker does not pass it on.
_CONTRARY_REPORT = re.compile(
    r",?\s+(?:even\s+as|even\s+though|while|whereas|although|though)\s+"
    r"(?P<np>(?:the\s+|a\s+|an\s+|some\s+)?[\w’'.-]+(?:\s+[\w’'.&-]+){0,5}?)\s+"
    r"(?P<verb>said|says|reported|estimated|estimates|warned|found|projected|predicted)\s+(?:that\s+)?(?=[\w“\"])"
)
# Words that open a clause, not a noun phrase: "after it said", "when asked".
_NOT_A_SPEAKER = {"it", "he", "she", "they", "we", "i", "you", "this", "that", "there", "who", "asked"}


def with_subordinate_report(sentence: str, cue: Cue) -> list[Cue]:
    """The cue, and a claim reported in its subordinate clause ("…, after the Gazette reported the money
    had been frozen") chained from that reporter to the cue's speakers; the cue keeps the main clause."""
    start, end = cue.content
    if cue.relays_previous or cue.also is not None or end - start < 20:
        return [cue]
    found = _SUBORDINATE_REPORT.search(sentence, start, end)
    contrary = _CONTRARY_REPORT.search(sentence, start, end) if found is None else None
    found = found or contrary
    if found is None or inside(quoted_spans(sentence), found.start()):
        return [cue]
    speaker = found["np"]
    if speaker.split()[0].lower() in _NOT_A_SPEAKER or not valid_speaker(speaker):
        return [cue]
    main = (start, trim_end(sentence, found.start()))
    reported = (found.end(), trim_end(sentence, end))
    if len(sentence[main[0] : main[1]].split()) < 3 or len(sentence[reported[0] : reported[1]].split()) < 3:
        return [cue]
    verb = found["verb"].split()[0]
    relays = () if contrary is not None else cue.speakers
    inner = Cue((Mention(speaker), *relays), VERB_STATUS[verb], reported)
    return [replace(cue, content=main), inner]
