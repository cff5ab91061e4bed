"""An estimate put at a figure: "The commission put turnout at 47.3%", "Analysts peg the cost at $4m".

English states an estimate with a verb of placing and "at" before a quantity. The
subject made the estimate; the clause, figure and all, is its claim. Only a
figure after "at" counts: "put the bag at the door" places a thing.
"""

from __future__ import annotations

import re

from tui.model.format.records import ClaimStatus
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, sane, subject_before, trim_end
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import PASSIVE_BEFORE

_PUT_AT = re.compile(
    r"\b(?:put|puts|peg|pegged|pegs|place|placed|places|estimate|estimated|estimates|value|valued|values)\s+"
    r"(?:[\w’'%-]+\s+){1,6}?at\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|some\s+|more\s+than\s+|less\s+than\s+|"
    r"up\s+to\s+|an\s+estimated\s+)?[$£€¥]?\d[\d,.]*(?![\d,.]|\s+[A-Z])"  # "at 12 Harbour Road" is an address
)


def estimate_at(sentence: str) -> Cue | None:
    """The subject that put a quantity at a figure, and its whole clause."""
    match = _PUT_AT.search(sentence)
    if match is None or sentence[: match.start()].rstrip().endswith(","):
        return None  # "The house, valued at $2m, …": a description, not an estimate someone made
    if PASSIVE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        return None  # "Damage was estimated at $3m": nobody named makes it
    found = subject_before(sentence, match.start())
    if found is None or not valid_speaker(found[0].text) or found[0].text.lower() in ("it", "there"):
        return None
    mention, start = found
    content = (start, trim_end(sentence, len(sentence)))
    return Cue((Mention(mention.text, mention.role),), ClaimStatus.UNVERIFIED, sane(sentence, content))
