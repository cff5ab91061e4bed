"""An estimate put at a figure: "The commission put turnout at 47.3%", "Analysts peg the cost at $4m".

English states an estimate with a verb of placing and "at" before a quantity. The
subject made the estimate; the clause, figure and all, is its claim. Only a
figure after "at" counts: "put the bag at the door" places a thing.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, sane, subject_before, trim_end
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import PASSIVE_BEFORE

_PUT_AT = re.compile(
    r"\b(?:put|puts|peg|pegged|pegs|place|placed|places|estimate|estimated|estimates|value|valued|values|"
    r"(?P<has>has|have|had))\s+"
    r"(?:[\w’'%-]+\s+){1,6}?at\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|some\s+|more\s+than\s+|less\s+than\s+|"
    r"up\s+to\s+|an\s+estimated\s+)?[$£€¥]?\d[\d,.]*(?![\d,.]|\s+[A-Z])"  # "at 12 Harbour Road" is an address
)


# "The IMF forecast growth of 2.5%", "the city is forecasting costs between $3m and $4m": a forecast names
# the quantity and its figure as its object, with no "that" and no "at".
_FORECAST = re.compile(
    r"\b(?:forecast|forecasts|forecasting|projects|projecting|predicts|predicting)\s+"
    r"(?!that\b|to\b)(?:[a-z][\w’'-]*\s+){1,4}?(?:of|at|between|around|about|near|above|below)\s+"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+)?[$£€¥]?\d"
)
_POLL = re.compile(r"(?i)\b(?:polls?|polling|surveys?)\b")
_ADVERB_BEFORE = re.compile(
    r"(?:\s+(?:is|are|was|were|currently|now|also|still|already|again|even|\w+ly))+\s*$"
)


def estimate_at(sentence: str) -> Cue | None:
    """The subject that put a quantity at a figure (or forecast one), and its whole clause."""
    match = _PUT_AT.search(sentence) or _FORECAST.search(sentence)
    if match is None or sentence[: match.start()].rstrip().endswith(","):
        return None  # "The house, valued at $2m, …": a description, not an estimate someone made
    progressive = match.group(0).split()[0].endswith("ing")  # "is forecasting" is no passive
    if not progressive and PASSIVE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        return None  # "Damage was estimated at $3m": nobody named makes it
    adverb = _ADVERB_BEFORE.search(sentence, 0, match.start())  # "is currently forecasting", "also puts"
    verb_at = adverb.start() + 1 if adverb else match.start()
    # "In January the IMF forecast …": a time opener with no comma; the name right before the verb.
    found = subject_before(sentence, verb_at) or _name_before(sentence, verb_at)
    if found is None or not valid_speaker(found[0].text) or found[0].text.lower() in ("it", "there"):
        return None
    mention, start = found
    if match.groupdict().get("has") and not _POLL.search(mention.text):
        return None  # "A poll has Hale at 39%" rates a candidate; "The firm has staff at 12 sites" does not
    content = (start, trim_end(sentence, len(sentence)))
    return Cue((Mention(mention.text, mention.role),), ClaimStatus.UNVERIFIED, sane(sentence, content))


_NAME_BEFORE = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}(?:\s+(?:is|are|was|were))?\s+$"
)


def _name_before(sentence: str, verb_at: int) -> tuple[Mention, int] | None:
    """The name (or "the" and a name) right before the verb, when no subject opens the sentence."""
    found = _NAME_BEFORE.search(sentence, 0, verb_at)
    if found is None or found.start() == 0:
        return None
    name = re.sub(r"\s+(?:is|are|was|were)$", "", found.group(0).strip())
    return Mention(name), found.start()
