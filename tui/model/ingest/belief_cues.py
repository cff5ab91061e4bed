"""Attribution without a plain speech verb: a belief, an ongoing act of speech, a tag with no verb.

"Experts are concerned that …", "X is now warning that …", and "“…,” Ana
Ruiz, director of the port." (a quotation signed by a name and no verb).

A feeling or conviction with a holder and a that-clause reports what the holder
thinks ("Residents are worried that the dam will fail"); a progressive speech
verb reports what is being said ("The union is now arguing that …"). Neither
fires without a holder who can speak: "It is clear that …" is the outlet's own
voice.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.phrases import Mention, sane, sentence_subject, subject_before, trim_end
from tui.model.ingest.speaker_words import valid_speaker


@dataclass(frozen=True)
class Cue:
    """Speakers from the original claimant to the source the outlet cites; `content` spans the sentence."""

    speakers: tuple[Mention, ...]
    status: ClaimStatus
    content: tuple[int, int]
    # "The claim, reported by AFP …": these speakers relay the previous claim.
    relays_previous: bool = False
    # "A coalition … has condemned X, calling it …": the outlet reports the act itself.
    main_clause: tuple[int, int] | None = None
    # "China rejected the demand, saying …": what they went on to say, a second claim by the same speakers.
    also: tuple[int, int] | None = None
    # "Voss and Hale said …": speakers who say it too, beside the chain (coordinated.py).
    joint: tuple[Mention, ...] = ()


_BE = r"(?:is|are|was|were|remains?|remained|seemed|seems|appeared|has\s+been|have\s+been|had\s+been)"
# "are particularly concerned", "is now increasingly worried": any adverb in -ly may come between.
_ADVERB = r"(?:(?:now|also|still|very|quite|so|not\s+only|all|both|growing|[a-z]{3,}ly)\s+)*"
# "is confident the pier will reopen": a that-less clause, a subject and then its verb.
_CLAUSE_OPENS = (
    r"(?:the|a|an|his|her|its|their|this|these|those|[A-Z][\w’'-]*)\s+(?:(?!that|which|who|to|of)[\w’'-]+\s+){0,3}?"
    r"(?:should|would|will|was|were|is|are|had|has|have|could|must|can|might|may)\b"
)
_BELIEF = re.compile(
    rf"\s{_BE}\s+{_ADVERB}(?:concerned|confident|convinced|worried|optimistic|hopeful|adamant|certain|"
    r"sure|afraid|fearful|sceptical|skeptical|alarmed|persuaded|adamant|insistent|of\s+the\s+view|"
    # "The trust has been clear that …", "Ruiz was adamant: the pier will reopen".
    r"of\s+the\s+opinion|clear)(?:\s+that\s+|\s+(?=" + _CLAUSE_OPENS + r")|\s*:\s+(?=" + _CLAUSE_OPENS + "))"
)
_PROGRESSIVE = re.compile(
    rf"\s{_BE}\s+{_ADVERB}(?:warning|saying|arguing|claiming|insisting|predicting|suggesting|alleging|"
    r"telling\s+\w+|cautioning|stressing|maintaining)\s+(?:that\s+)?"
)
# "The union is betting that …", "They hope for funding", "The city wants to …", "She saw the vote as a
# turning point": a holder's bet, hope, wish or view, stated as theirs (the verb is part of the claim).
_VIEW = re.compile(
    rf"\s(?P<verb>(?:{_BE}\s+{_ADVERB})?betting\s+(?:that\s+(?=\S)|(?={_CLAUSE_OPENS}))|"
    r"(?:hope|hopes|hoped|hoping)\s+for\s+(?!the\s+best\b)|"
    r"(?:want|wants|wanted)\s+to\s+(?!be\b|go\b|know\b|see\b|get\b|come\b|stay\b|leave\b|say\b)|"
    r"(?:see|sees|saw|view|views|viewed|regard|regards|regarded)\s+(?!as\b)(?:[\w’'-]+\s+){1,5}?as\s+"
    r"(?=(?:a|an|the|[“\"]|\w+ing\b)))"
)
# "A group of nurses, alarmed that the clinic is closing, …": the holder's fear, between commas.
_HELD_ASIDE = re.compile(
    r",\s+(?:alarmed|concerned|worried|convinced|angered|frustrated)\s+that\s+(?P<held>[^,]{8,200}),"
)
# "Experts are increasingly troubled by the costs": a worry about a thing, stated as theirs.
_TROUBLED_BY = re.compile(
    rf"\s{_BE}\s+{_ADVERB}(?:troubled|alarmed|worried|concerned|angered|frustrated|encouraged|heartened)\s+"
    r"(?:by|about|over|at)\s+(?:the|a|an|its|their|these|those|this|rising|growing)\b"
)
# "The law makes clear that …", "She made it clear that …": a statement, as plain as "said".
# What opens a that-clause's subject ("the point that matters most" is a relative clause, not a claim).
_CLAUSE_SUBJECT = (
    r"(?:the|a|an|his|her|its|their|this|these|those|it|he|she|they|we|I|you|there|no|nothing|\d+)\b"
)
# "He made the case that …", "She took the view that …", "They expressed the hope that …": a stance
# stated through its noun, as plain as "argued" (the noun has the article; "made a case for" does not say).
_MADE_CLEAR = re.compile(
    r"\s(?:makes?|made|making)\s+(?:it\s+)?(?:very\s+|abundantly\s+)?clear\s+that\s+"
    r"|\s(?:makes?|made|making)\s+(?:the|a|an|his|her|their|its)\s+(?:[a-z]+\s+)?(?:case|argument|point|claim)"
    r"\s+that\s+(?=" + _CLAUSE_SUBJECT + ")"
    r"|\s(?:takes?|took|taking|taken|holds?|held|holding)\s+(?:the|a)\s+(?:[a-z]+\s+)?(?:view|position|stance)"
    r"\s+that\s+(?=" + _CLAUSE_SUBJECT + ")"
    r"|\s(?:expressed|expresses|expressing|voiced|voices|voicing)\s+(?:the|a|his|her|their|its)\s+"
    r"(?:[a-z]+\s+)?(?:view|belief|hope|opinion|conviction)\s+that\s+(?=" + _CLAUSE_SUBJECT + ")"
)
# "It has become clear to researchers that …": the researchers hold it, not the outlet.
_CLEAR_TO = re.compile(
    r"\b(?:clear|evident|obvious|apparent)\s+to\s+(?P<holder>(?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+that\s+"
)
# "It is clear that …", "There are fears that …": no one holds the belief.
_NO_HOLDER = {"it", "there", "this", "that", "what", "which"}


def belief(sentence: str) -> Cue | None:
    """ "Experts are concerned that many halls are full": the experts' belief, not the outlet's fact."""
    held = _held(sentence, _BELIEF) or _held(sentence, _MADE_CLEAR)
    if held is not None:
        return held
    clear_to = _CLEAR_TO.search(sentence)
    if clear_to is None or not valid_speaker(clear_to["holder"]) or clear_to["holder"].lower() in _NO_HOLDER:
        return None
    content = (clear_to.end(), trim_end(sentence, len(sentence)))
    return Cue((Mention(clear_to["holder"]),), ClaimStatus.UNVERIFIED, sane(sentence, content))


def view(sentence: str) -> Cue | None:
    """ "The union is betting that voters will back it", "They hope for funding", "Experts are troubled by
    the costs", "nurses, alarmed that the clinic is closing, …": what the holder believes or wants."""
    aside = _HELD_ASIDE.search(sentence)
    if aside is not None:
        found = subject_before(sentence, aside.start() + 1)
        if found is not None and found[0].text.lower() not in _NO_HOLDER and valid_speaker(found[0].text):
            return Cue((found[0],), ClaimStatus.UNVERIFIED, aside.span("held"))
    for pattern in (_VIEW, _TROUBLED_BY):
        match = pattern.search(sentence)
        if match is None or _open_quote_before(sentence, match.start()):
            continue  # "“The Americans wanted to raid …": the speaker's own words, tagged elsewhere
        found = subject_before(sentence, match.start() + 1)
        seen_as = match["verb"].startswith(("see", "saw", "view", "regard")) if pattern is _VIEW else False
        if (
            found is None
            and seen_as
            and re.search(r"\s(?:and|but)\s+(?:also\s+)?$", sentence[: match.start() + 1])
        ):
            # "Sowers didn’t know he was coming but saw his visit as a pleasant surprise": the subject.
            subject = sentence_subject(sentence)
            found = None if subject is None else (subject, sentence.find(subject.text))
        if found is None or found[0].text.lower() in _NO_HOLDER or not valid_speaker(found[0].text):
            continue
        start = (
            match.start() + 1
            if pattern is _TROUBLED_BY
            or match["verb"].startswith(("hop", "want", "see", "saw", "view", "regard"))
            else match.end()
        )
        content = (start, trim_end(sentence, len(sentence)))
        return Cue((found[0],), ClaimStatus.UNVERIFIED, sane(sentence, content))
    return None


def _open_quote_before(sentence: str, position: int) -> bool:
    before = sentence[:position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def progressive(sentence: str) -> Cue | None:
    """ "A top expert is now warning that …": speech going on as the article is written."""
    return _held(sentence, _PROGRESSIVE)


# "“…,” Augusto Reyes, Director of the Caribbean Branch.": a quotation, then a name that signs it.
_SIGNED = re.compile(
    r"^(?P<quote>[“\"].{10,}[,.!?][”\"])\s+(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})"
    r"(?:,\s+(?P<role>[^,.;“\"]{3,80}))?\.?$"
)


def verbless_tag(sentence: str) -> Cue | None:
    """A quotation followed only by the speaker's name and role, with no verb between."""
    match = _SIGNED.match(sentence)
    if match is None:
        return None
    return Cue((Mention(match["name"], match["role"] or ""),), ClaimStatus.UNVERIFIED, match.span("quote"))


def _held(sentence: str, pattern: re.Pattern[str]) -> Cue | None:
    match = pattern.search(sentence)
    if match is None:
        return None
    found = subject_before(sentence, match.start() + 1)
    if found is None or found[0].text.lower() in _NO_HOLDER:
        return None
    content = (match.end(), trim_end(sentence, len(sentence)))
    return Cue((found[0],), ClaimStatus.UNVERIFIED, sane(sentence, content))
