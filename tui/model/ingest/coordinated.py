"""Two speakers joined by "and" before one verb: "Mara Voss and Tim Hale said …", "Lund and his team
wrote …". Both say it: the first named is the claimant, the other backs the claim (corroborated_by),
so neither is read as relaying the other."""

from __future__ import annotations

from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.kinds import looks_like_person
from tui.model.ingest.phrases import Mention, sentence_subject, trim_end

_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}"
# The first speaker opens the sentence or its clause, right before "and".
_FIRST = re.compile(rf"(?:^|[,;:]\s+|[”\"]\s+|^[A-Z][\w-]*\s+)(?P<first>{_NAME})\s+and\s+(?:also\s+)?$")
# "his team", "her co-authors": the first speaker's people.
_THEIR_PEOPLE = re.compile(
    r"^(?:his|her|their)\s+(?:[a-z]+\s+)?(?P<noun>team|colleagues|co-authors|coauthors|co-workers|wife|husband|partner|"
    r"lawyers?|attorneys?)$"
)


# "Hugo Brandt and his wife, Ilse, said": the second speaker's name set off after their tie to the first.
_KIN_BEFORE = re.compile(
    rf"(?:^|[,;:]\s+|[”\"]\s+)(?P<first>{_NAME})\s+and\s+(?:his|her|their)\s+(?:[a-z]+\s+)?"
    r"(?:wife|husband|partner|son|daughter|brother|sister|mother|father|fiancée?),\s+$"
)


def joint_speakers(sentence: str, np_start: int, cue: Cue) -> Cue:
    """The cue with its first speaker split in two when the subject is "X and Y"."""
    if not cue.speakers:
        return cue
    subject = cue.speakers[0].text
    both = re.fullmatch(rf"(?:[Bb]oth\s+)?(?P<first>{_NAME})\s+and\s+(?P<second>.+)", subject)
    found = both or _FIRST.search(sentence[:np_start])
    kin = _KIN_BEFORE.search(sentence[:np_start]) if found is None else None
    if kin is not None and re.fullmatch(_NAME, subject) and looks_like_person(kin["first"]):
        # "Hugo Brandt and his wife, Ilse, said …": both, the one named first the claimant.
        return replace(cue, speakers=(Mention(kin["first"]), *cue.speakers[1:]), joint=(Mention(subject),))
    if found is None:
        return cue
    first = found["first"]
    second = both["second"] if both is not None else subject
    theirs = _THEIR_PEOPLE.match(second) is not None  # "Lund and his team": Lund is a person
    if not (theirs or looks_like_person(first)) or re.match(r"(?:The|A|An|This|That)\b", first):
        return cue
    if not theirs and not (second[:1].isupper() and looks_like_person(second)):
        return cue
    start, end = cue.content
    if both is None and start < found.start("first") < end:
        end = trim_end(sentence, found.start("first"))  # "“…,” Lund and his team wrote": the quotation
    return replace(
        cue, speakers=(Mention(first), *cue.speakers[1:]), joint=(Mention(second),), content=(start, end)
    )


def conjoined_subject(sentence: str, verb_start: int) -> tuple[Mention, int] | None:
    """ "Ross campaigned on the issue — and called it …": the sentence's subject does both."""
    # Only the words right before the verb: searching the whole sentence for each verb was quadratic.
    tail = sentence[max(0, verb_start - 40) : verb_start]
    # "Vietnam is one of its critics and has accused …": a perfect tense keeps the same subject.
    if not re.search(r"(?:,|\s[—–-])?\s(?:and|but)\s+(?:(?:also|then|later|has|have|had)\s+)*$", tail):
        return None
    subject = sentence_subject(sentence)
    if subject is None or subject.text.lower() in ("we", "there"):
        return None
    start = sentence.find(subject.text)
    if subject.text.lower() in ("it", "they") and not _ACTING.match(sentence, start + len(subject.text)):
        return None  # "It is unclear …": "it" does nothing; "It did not reveal … and said" acts
    return subject, start


# "It did not reveal the site and said …", "They filed the suit and said …": a pronoun that acts.
_ACTING = re.compile(
    r"\s+(?:(?:did|does|do|has|have|had)(?:\s+not|n[’']t)\b|(?!seemed|appeared|remained)[a-z]{3,}ed\b)"
)


# "Gov. Ana Vance and leaders of the council have avoided …": two subjects, persons or bodies, before a verb.
_PAIR_SUBJECT = re.compile(
    r"^(?:(?:But|And|However|Still|Yet),?\s+)?(?P<first>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w’'-]+)\s+and\s+"
    r"(?P<second>(?:(?:the|other|their|its|his|her|top|senior|[A-Z][\w.’'-]*)\s+){0,3}[a-z][\w’'-]+"
    r"(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?)\s+"
    r"(?:have|has|had|are|were|will|would|also|have\s+not|[a-z]{3,}ed)\b"
)


def pair_subject(sentence: str) -> str | None:
    """The first of two subjects joined by "and" that open `sentence`, for a "they" that follows: "Gov.
    Ana Vance and council leaders have avoided criticism. … They said …" -> "Gov. Ana Vance"."""
    found = _PAIR_SUBJECT.match(sentence)
    if found is None or not looks_like_person(found["first"]):
        return None
    return found["first"]
