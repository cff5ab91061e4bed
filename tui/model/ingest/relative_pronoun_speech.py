"""A pronoun speaking inside a relative clause: "the man who they say ran the scheme", "a deal that she
said would cost jobs".

The relative clause's speaker is the pronoun after "who"/"that"/"which", not the noun the clause
describes: "the man" is who the claim is about. Subject reading takes the noun before the relative word,
so the cue's first speaker is set back to the pronoun (which the source book resolves like any other).
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, trim_end

_PRONOUN_SAYS = re.compile(
    r"\b(?:who|whom|which|that)\s+(?P<who>they|he|she|we)\s+(?:also\s+)?"
    r"(?:say|says|said|claim|claims|claimed|allege|alleges|alleged|believe|believes|believed)\s+"
)


def pronoun_speaker(sentence: str, cue: Cue) -> Cue:
    """The cue with the relative clause's pronoun as its speaker when the claim starts right after it."""
    if cue.relays_previous or not cue.speakers:
        return cue
    for found in _PRONOUN_SAYS.finditer(sentence):
        if found.end() == cue.content[0] and cue.speakers[0].text.lower() != found["who"]:
            # The clause ends at a dash ("who they say ran it — and whom they …").
            dash = re.search(r"\s[–—]\s", sentence[cue.content[0] : cue.content[1]])
            end = trim_end(sentence, cue.content[0] + dash.start()) if dash else cue.content[1]
            return replace(
                cue, speakers=(Mention(found["who"]), *cue.speakers[1:]), content=(cue.content[0], end)
            )
    return cue
