"""Participles that carry what the sentence's subject said: "North Korea defended the launch by
claiming …", "…, calling it “a blank check”", "…, with the prosecution describing him as …"."""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.clauses import with_speaker
from tui.model.ingest.phrases import (
    Mention,
    inside,
    quoted_spans,
    sane,
    sentence_subject,
    subject_before,
    trim_end,
)
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import PARTICIPLES


def participle(sentence: str) -> Cue | None:
    """Participles take the sentence's subject: "North Korea defended … by claiming …", "…, calling it …"."""
    filed = filing(sentence)
    if filed is not None:
        return filed
    absolute = with_speaker(sentence)
    if absolute is not None and valid_speaker(absolute[0]):
        # "…, with the prosecution describing him as “…”": the noun before the participle speaks.
        speaker, verb, content = absolute
        return Cue(
            (Mention(speaker),), PARTICIPLES.get(verb, ClaimStatus.UNVERIFIED), sane(sentence, content)
        )
    match = re.search(
        # "… the plan’s “sudden retreat,” saying …": the comma closing a quoted phrase of the main clause;
        # "Lund quit—telling the crowd, “…”": a dash sets the participle off as a comma does.
        r"(?:\bby\s+|,[”\"]?\s+|\s?[—–]\s?|(?:" + _TEXT_BEFORE + r")\s+)(" + "|".join(PARTICIPLES) + r")\b",
        sentence,
    )
    if match is None:
        return _participle_then_that(sentence) or _committing(sentence)
    platform = re.match(r"(?:posted|wrote|tweeted|said)\s", match.group(0))
    before = subject_before(sentence, match.start()) if platform else None  # "Then, last week, Voss posted"
    subject = before[0] if before is not None else _clause_subject(sentence, match.start())
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
    medium = _IN_A_TEXT.match(sentence, content_start)  # "saying in a statement that …": how, not what
    content_start = medium.end() if medium is not None else content_start
    that = re.match(r"\s*that\b\s*", sentence[content_start:])
    if that:
        content_start += that.end()
    content = (content_start, trim_end(sentence, len(sentence)))
    main_clause = (0, trim_end(sentence, match.start()))
    return Cue((subject,), PARTICIPLES[verb], sane(sentence, content), main_clause=main_clause)


_IN_A_TEXT = re.compile(
    r"\s+in\s+(?:a|an|the|her|his|its|their)\s+(?:[\w-]+\s+)?(?:statement|interview|post|letter|e-?mail|"
    r"tweet|speech|message|video|briefing)(?=\s+that\b)"
)
# "…, but Orbix canceled its order, citing …", "… after Lund scolded the label, accusing it of …": a
# second clause with a subject of its own, which the participle after it belongs to.
_SECOND_CLAUSE = re.compile(
    # After a subordinator only a name: "state when the lander would be ready, saying …" is no clause.
    r"(?:,|;)\s+(?:but|and|while|yet|whereas)\s+(?=[A-Z]|the\s)"
    r"|\s(?:after|before|because|since|although|though|until)\s+(?=[A-Z])"
)


def _clause_subject(sentence: str, participle_start: int) -> Mention | None:
    """The subject of the clause the participle closes: the last "…, but X did …" before it, or the
    sentence's own subject."""
    clauses = list(_SECOND_CLAUSE.finditer(sentence, 0, participle_start))
    if clauses:
        clause = sentence[clauses[-1].end() : participle_start]
        subject = sentence_subject(clause)
        at = clause.find(subject.text) if subject is not None else -1
        # The subject's verb follows it at once: "…, and Japan, has condemned" ends a list, not a clause.
        if subject is not None and at >= 0 and re.match(r"\s+[a-z]", clause[at + len(subject.text) :]):
            return subject if valid_speaker(subject.text) else sentence_subject(sentence)
    return sentence_subject(sentence)


# "released a statement saying …", "posted a video on Sunday claiming …": the text says what its author said.
_TEXT_BEFORE = (
    # "posted on Twitter accusing …": the platform stands where the text would.
    r"\b(?:posted|wrote|tweeted|said)\s+on\s+(?:Twitter|X|Facebook|Instagram|TikTok|Threads|LinkedIn|Tumblr|"
    r"YouTube|Reddit|Bluesky|social\s+media)(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"|\b(?:statement|release|post|video|letter|tweet|message|note|email|e-mail|memo|filing|notice)"
    r"(?:\s+(?:on|late|early|last|this|earlier)?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:today|yesterday))?"
)
# "telling reporters in an email that …", "telling Cook, “…”", "telling them they …": who heard it.
_LISTENER = re.compile(
    r"\s+(?:[\w’'.-]+\s+){0,5}?(?=that\b|[,:]?\s*[“\"])|\s+[\w’'-]+\s+(?=(?:he|she|they|it|we)\s)"
    # "telling reporters, “…”", "telling a rally in Salem, Oregon, “…”": the listener's last word (and a
    # place's state or country after it) carries the comma before the quotation.
    r"|\s+(?:[\w’'.-]+\s+){0,8}?[\w’'.-]+(?:,\s+[A-Z][\w.’'-]*)?(?=[,:]\s*[“\"])"
)


# "…, admitting that …", "…, pointing out that …": verbs that say something only with "that" after
# ("maintaining the roads", "writing a book" are acts).
_THAT_PARTICIPLE = re.compile(
    r",\s+(?:admitting|conceding|explaining|writing|predicting|contending|maintaining|emphasi[sz]ing|stressing|"
    r"pointing\s+out|suggesting|revealing)\s+that\s+"
)


def _participle_then_that(sentence: str) -> Cue | None:
    match = _THAT_PARTICIPLE.search(sentence)
    subject = sentence_subject(sentence) if match is not None else None
    if match is None or subject is None:
        return None
    content = (match.end(), trim_end(sentence, len(sentence)))
    main_clause = (0, trim_end(sentence, match.start()))
    return Cue((subject,), ClaimStatus.UNVERIFIED, sane(sentence, content), main_clause=main_clause)


# "Olsen filed a lawsuit (against the firm) alleging …", "The union lodged a complaint with the board
# claiming …": a filing its author brought says what the author says; "faces a lawsuit alleging" does not.
_FILING = re.compile(
    r"\b(?:filed|brought|lodged|submitted|launched)\s+(?:(?:a|an|the|her|his|its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|complaint|petition|motion|appeal|brief|affidavit|grievance|claim)"
    r"(?:\s+(?:with|against|in|before|to|at|on)\s+[^,;“”\"]{1,60}?)?,?\s+"
    r"(saying|alleging|claiming|arguing|insisting|contending|stating|asserting)\b(?:\s+that\b)?\s*"
)


def filing(sentence: str) -> Cue | None:
    """The subject of "X filed a lawsuit … alleging Y" says Y."""
    match = _FILING.search(sentence)
    if match is None or inside(quoted_spans(sentence), match.start()):
        return None
    before = subject_before(sentence, match.start())  # "…, one of its drivers, Ana Lund, filed …"
    subject = before[0] if before is not None else _clause_subject(sentence, match.start())
    if subject is None or not valid_speaker(subject.text):
        return None
    content = (match.end(), trim_end(sentence, len(sentence)))
    status = PARTICIPLES.get(match.group(1), ClaimStatus.ALLEGED)
    main_clause = (0, trim_end(sentence, match.start(1)))
    return Cue((subject,), status, sane(sentence, content), main_clause=main_clause)


# "…, pledging only to “comply with the rules”", "…, vowing to appeal": a commitment made while acting,
# as "pledged to appeal" is (speech_acts); "a promising start" has no "to" and a verb after it.
_COMMITTING = re.compile(
    r"(?:,|\s[—–])\s*(?:\w+ly\s+)?(?:pledging|vowing|promising|threatening)\s+(?:again\s+|only\s+|instead\s+)?"
    r"to\s+(?=[“\"]?(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|my\b|our\b)[a-z]+)"
)


def _committing(sentence: str) -> Cue | None:
    match = _COMMITTING.search(sentence)
    if match is None or inside(quoted_spans(sentence), match.start()):
        return None
    subject = _clause_subject(sentence, match.start())
    if subject is None or not valid_speaker(subject.text):
        return None
    content = (match.end(), trim_end(sentence, len(sentence)))
    main_clause = (0, trim_end(sentence, match.start()))
    return Cue((subject,), ClaimStatus.UNVERIFIED, sane(sentence, content), main_clause=main_clause)
