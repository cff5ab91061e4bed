"""A report inside a report: a clause with its own speaker, closed by a tag that names another.

"The Kremlin believes that the U.S. has meddled, observers of Russia say." and "A poll showed the
premier's rating at 13%, The Harbour Times reported, down from 19%." The clause's speaker (the Kremlin, the
poll) is the claimant; the one in the closing tag says so, so the chain runs claimant -> tag's speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, inside, quoted_spans, trim_end
from tui.model.ingest.speaker_words import valid_speaker

# ", observers of Russia say." / ", The Harbour Times reported, …": the tag's subject, then its verb, then
# the sentence's end or a comma (what follows is an aside to the claim: "down from 19%").
_CLOSING_TAG = re.compile(
    r",\s+(?P<np>(?:the\s+|The\s+)?(?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+)\s+(?:also\s+)?"
    r"(?:said|say|says|reported|reports|wrote|added)"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*(?=[,.;]|$)"
)


def closing_tag(sentence: str, cue: Cue) -> Cue:
    """The cue with the closing tag's speaker ending its chain, and its claim stopping before the tag."""
    if cue.relays_previous or not cue.speakers:
        return cue
    start, end = cue.content
    quoted = quoted_spans(sentence)
    for found in _CLOSING_TAG.finditer(sentence, start):
        if found.start() >= end or inside(quoted, found.start()):
            continue
        np = found["np"]
        if not valid_speaker(np) or np.split()[0].lower() in _NOT_A_SUBJECT:
            continue
        if np.lower() in {m.text.lower() for m in cue.speakers}:
            return cue
        if sentence.find(cue.speakers[0].text) >= found.start():
            return cue  # the cue's speaker is in the tag or after it: one report, not two
        claim_end = trim_end(sentence, found.start())
        if len(sentence[start:claim_end].split()) < 3:
            return cue
        return replace(cue, content=(start, claim_end), speakers=(*cue.speakers, Mention(np)))
    return cue


# ", which he said" / ", and he said": a relative or a new clause, not a tag that closes the report.
_NOT_A_SUBJECT = {"which", "who", "and", "but", "as", "that", "he", "she", "it", "they", "we", "i", "so"}
