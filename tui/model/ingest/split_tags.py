"""A speaker tag the sentence splitter cut off from its quotation: "“… going to do it?’” Holmes testified.".

A quotation that ends on a question or exclamation mark ("…, ‘So is he going to sign?’”") ends a
sentence for the splitter, so its tag stands alone as the next sentence. "Holmes said." is read as a
tag already; verbs that otherwise need a that-clause ("testified", "recalled", "joked") are not, and
the quotation went to the previous speaker or to nobody. Only right after a closing quotation mark,
and only verbs that report how words were said: "“…” Holmes agreed." agrees with someone else's words.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.mentions import Mention
from tui.model.ingest.opening_subjects import NOT_A_NAME
from tui.model.ingest.speaker_words import valid_speaker

_REPORTING = (
    "testified|recalled|remembered|recounted|joked|quipped|countered|declared|stated|noted|observed|"
    "commented|lamented|mused|opined|protested|reasoned|repeated|confided|boasted|bragged|grumbled|"
    "fretted|speculated|clarified|mentioned|maintained|continued|recollected|reflected|marvell?ed"
)
# The speaker (a name of up to four words, or "the" and a noun or two), the verb, and at most a short
# circumstance ("on Tuesday", "at the hearing", "later").
_BARE_TAG = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[Tt]he\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>" + _REPORTING + r")"
    r"(?:\s+(?:later|again|then|on\s+\w+|at\s+the\s+\w+|in\s+\w+|under\s+oath|to\s+\w+))?\s*\.?"
)
_CLOSING_QUOTE = re.compile(r"[”\"’]\W*$")


def split_off_tag(sentence: str, before: str) -> Cue | None:
    """The cue of a tag sentence ("Holmes testified.") that follows a sentence ending in a quotation."""
    if not _CLOSING_QUOTE.search(before):
        return None
    found = _BARE_TAG.fullmatch(sentence.strip())
    if found is None:
        return None
    who = found["who"]
    if who.split()[0] in NOT_A_NAME and not who.lower().startswith("the "):
        return None  # "Then testified …", "It recalled …": no speaker
    if not valid_speaker(who):
        return None
    return Cue((Mention(who),), ClaimStatus.UNVERIFIED, (0, len(sentence.rstrip(" ."))))
