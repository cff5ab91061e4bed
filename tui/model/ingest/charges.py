"""A charge brought by those who prosecute: "Prosecutors charged Lyle in 2019 with fraud", "police have
charged the driver with careless driving", "federal prosecutors reopened the case and charged him with …".

A charge is what its prosecutor alleges (the gold's convention: charges are the prosecutor's or the
police's claim when the text names them), so the offence after "with" is the charging body's claim. Only
a body that brings charges reads this way: "the firm charged customers with a fee" or "charged the phone
with a cable" charges nothing of the kind.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, inside, quoted_spans, trim_end

# Who brings charges: prosecutors, the police, a prosecuting office; a qualifier or two may come first
# ("federal prosecutors", "Manhattan District Attorney Alvin Cole"), a place after ("prosecutors in Ohio").
_CHARGER = (
    r"(?P<who>(?:(?:[Tt]he|[Ff]ederal|[Ss]tate|[Ll]ocal|[A-Z][\w.’'-]*)\s+){0,3}"
    r"(?:prosecutors?|police|detectives|investigators|authorities|(?:[Dd]istrict|[Ss]tate’?'?s?)\s+[Aa]ttorneys?"
    r"|[Pp]rosecutors?|[Pp]olice|[Aa]uthorities|[Pp]rosecution|[Ff]ederal\s+[Aa]gents|FBI|CPS)"
    r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?(?:\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)?)"
)
# The verb, perhaps after a first act of the same subject ("revived the case and charged him …"), then
# its object, a time or place perhaps, and "with" and the offence.
_CHARGED = re.compile(
    rf"(?<![\w-]){_CHARGER}\s+(?:(?:also|later|then|formally|subsequently|have|has|had)\s+)*"
    r"(?:[a-z]+ed\s[^.;:,“”\"]{1,60}?\sand\s+(?:later\s+|then\s+)?)?"
    r"charged\s+(?P<object>[^.;:“”\"]{1,80}?)\s+with\s+(?=[a-z])"
)
# The object is who was charged: a name, a pronoun or a noun phrase, never a fee or an amount.
_NOT_AN_OBJECT = re.compile(
    r"[$£€]|\d\s*(?:%|percent|cents?|dollars|euros|pounds)\b|\b(?:fee|fees|price|prices|rate|rates|battery|batteries)\b"
)


def charge(sentence: str) -> Cue | None:
    """The offence a prosecuting body charged someone with, as that body's claim, or None."""
    found = _CHARGED.search(sentence)
    if found is None or inside(quoted_spans(sentence), found.start()):
        return None
    if _NOT_AN_OBJECT.search(found["object"]):
        return None
    end = _clause_end(sentence, found.end())
    if len(sentence[found.end() : end].split()) < 1:
        return None
    return Cue((Mention(found["who"]),), ClaimStatus.ALLEGED, (found.end(), end))


def _clause_end(sentence: str, start: int) -> int:
    """The offence runs to the clause's end: a semicolon, a dash, a ", which"/", after" or the sentence's."""
    stop = re.search(
        r"\s[–—]\s|;|,\s+(?:which|who|after|before|but|and\s+(?:was|is|were|has|had))\b", sentence[start:]
    )
    end = trim_end(sentence, start + stop.start() if stop else len(sentence))
    when = _WHEN_AT_END.search(sentence, start, end)
    return when.start() if when is not None else end  # "with fraud on Monday": the offence, not the day


# When the charge was brought, after the offence: "on Monday", "last week", "in March", "in 2019".
_WHEN_AT_END = re.compile(
    r"\s+(?:on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\s+\d{1,2})|(?:last|this|earlier\s+this)\s+(?:week|month|year|[A-Z][a-z]+day)"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))$"
)
