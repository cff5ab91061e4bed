"""Forms around a speech verb: how it was said ("said by phone"), an aside before its clause ("noted,
however, that"), an announcement's object, and a fronted participle of saying ("Arguing that …, X said")."""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import sentence_subject

# "said by phone the pier would close", "said via email that …": how it was said, not what.
HOW_SAID = re.compile(
    # "told President Jo Lee by telephone": a listener of up to four words before how it was said.
    r"(\b(?:said|says|told\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,3}?[\w’'-]+|wrote|added|explained)\s+)"
    r"((?:by|over\s+the)\s+(?:tele)?phone|(?:by|via)\s+(?:e-?mail|text(?:\s+message)?|phone|video\s+link))(?=\s)"
)
# "Arguing that …, X said …": a participle of saying before the main clause, held by its subject.
_FRONTED_SAYING = re.compile(
    r"(?:Arguing|Noting|Warning|Insisting|Saying|Claiming|Stressing|Acknowledging|Conceding|Suggesting)\s+"
    r"that\s+(?P<held>[^,“”\"]{8,200}(?:,\s+[^,“”\"]{3,80})?),\s+(?=[A-Z]|the\s|he\s|she\s|they\s)"
)
# "noted, however, that …": an aside between the verb and its clause.
ASIDE_AFTER_VERB = (
    r",\s*(?:however|though|too|also|again|meanwhile|in\s+turn|for\s+(?:his|her|its|their)\s+part)\s*,"
)
# "thought it acceptable to …", "believes it vital to …": "it" and an adjective before "to" is how the
# subject judged an act, a small clause with no statement of theirs ("believes it is vital" has one).
JUDGED_ACT = re.compile(
    r"\s+(?:\w+ly\s+)?it\s+(?:\w+ly\s+)?(?!(?:meant|went|sent|spent|lent)\s)(?:[a-z]+(?:able|ible|ary|ant|ent|ial|ical|ult|ard|asy|ate|ful|ous|ive|ing)|"
    r"fine|right|wrong|fair|unfair|wise|unwise|odd|strange|safe|unsafe|vital|best|better|worse|worth)\s+to\s"
)
# "announced the 30-date tour": an announcement makes a thing known; the claim is the act with its object.
ANNOUNCING = {"announce", "announces", "announced"}
WHEN_ONLY = re.compile(
    r"\s*(?:(?:earlier|later|last|this|next)\s+(?:this\s+|last\s+)?\w+|(?:on|in)\s+\w+(?:\s+\d+)?|today|yesterday)"
    r"\s*[.,;]?\s*"
)


# "has recently tried to suggest that he barely knows …", "sought to argue that …": an attempt at saying
# is still the saying; the infinitive becomes its past tense, padded in place so offsets stay.
_TRIED_TO = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:tried|tries|try|sought|seeks|attempted|attempts)\s+to\s+"
    r"(?P<verb>suggest|claim|argue|insist|assert|deny|say)(?=\s+(?:that|he|she|they|it|the|a|an|his|her|its|their)\s)"
)
_PAST = {"deny": "denied", "say": "said"}


def as_past_saying(sentence: str) -> str:
    """The sentence with "tried to suggest" read as "suggested", offsets kept."""

    def past(match: re.Match[str]) -> str:
        verb = match["verb"]
        said = _PAST.get(verb, verb + ("d" if verb.endswith("e") else "ed"))
        return " " * (len(match.group(0)) - len(said)) + said

    return _TRIED_TO.sub(past, sentence)


def blank_how_said(sentence: str) -> str:
    """The sentence with "by phone", "via email" after a speech verb blanked in place (offsets stay)."""
    return HOW_SAID.sub(lambda m: m.group(1) + " " * len(m.group(2)), sentence)


def fronted_claim(sentence: str, cue: Cue | None) -> Cue | None:
    """ "Arguing that voters are tuning in late, Ruiz has said she …": what the main subject argued too."""
    fronted = _FRONTED_SAYING.match(sentence)
    if fronted is None:
        return None
    subject = cue.speakers[0] if cue is not None else sentence_subject(sentence[fronted.end() :])
    if subject is None or subject.text.lower() in ("it", "there", "this"):
        return None
    return Cue((subject,), ClaimStatus.UNVERIFIED, fronted.span("held"))


# "The bureau’s “Roads in Numbers 2024” report shows …": a short quoted title right before the document it
# names is part of the name, not a quotation with "report" as its tag.
_QUOTED_TITLE = re.compile(
    r"[“\"](?=[A-Z0-9])(?P<title>[^“”\",.;:!?]{2,60})[”\"](?=\s+(?:annual\s+|latest\s+|new\s+|final\s+)?"
    r"(?:report|study|survey|review|paper|index|poll|analysis|assessment|audit|dossier|memo|bulletin|"
    r"document|white\s+paper|guidelines?|ranking|rankings)s?\b)"
)


def unquoted_titles(sentence: str) -> str:
    """The sentence with the marks round a document's quoted title blanked in place (offsets stay)."""
    return _QUOTED_TITLE.sub(lambda m: " " + m["title"] + " ", sentence)
