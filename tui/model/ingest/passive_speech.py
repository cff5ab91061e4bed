"""Speech reported without an active speech verb: "was told by engineers that …", "“…,” a guard
could be heard saying", "Lund's claim that the pier could collapse …".

- A passive "told by": the agent after "by" is the speaker, the subject only heard it.
- A perception of speech ("was heard saying", "was overheard telling", "was recorded saying"):
  the subject said the quotation before or the clause after.
- A noun of saying with its complement ("Lund's claim that …", "her insistence that …"): the
  possessor made the claim, even when the sentence goes on to report what happened to it.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.coordinated import conjoined_subject
from tui.model.ingest.phrases import Mention, quoted_spans, sane, subject_before, trim_end
from tui.model.ingest.speaker_words import valid_speaker

_TOLD_BY = re.compile(
    r"\s(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+(?:also\s+|later\s+)?(?:told|informed|assured|"
    r"warned|advised)\s+by\s+(?P<by>(?:[\w’'.&-]+\s+){0,6}?[\w’'.&-]+?)(?:,\s+[^,]{1,60},|\s+[—–]\s+[^—–]{1,60}\s+[—–])?"
    # "… that the pier was unsafe", or an instruction: "… to go straight to the council".
    r"(?:\s+that\s+|\s+(?=to\s+[a-z]))"
)
# "Lee said he was told by …": the one who says they were told passes it on.
_TELLER_SAID = re.compile(
    r"\s(?P<verb>said|says|testified|told\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s+(?:that\s+)?"
    # "The union said that workers were told by the company to …": the union reports the instruction.
    r"(?:he|she|they|I|we|(?:the\s+|some\s+|all\s+|its\s+|their\s+)?[a-z][\w’'-]+(?:\s+[a-z][\w’'-]+)?)\s*$"
)
_HEARD_SAYING = re.compile(
    r"\s(?:was|were|is|are|could\s+be|can\s+be|had\s+been|has\s+been)\s+(?:later\s+|also\s+)?"
    r"(?:heard|overheard|recorded|filmed|caught\s+on\s+camera|seen|captured\s+on\s+video)\s+"
    r"(?:saying|telling\s+\S+(?:\s+\S+)?|shouting|asking|yelling)\b\s*(?:that\s+)?"
)
# "Lund's claim that …", "his insistence that …": the possessor holds what the that-clause says.
_CLAIM_NOUN = re.compile(
    # "the ministry's statement that …": a body named by a description owns it too.
    r"(?P<owner>\b(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|"
    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}(?:ministry|department|government|agency|company|council|police|army|"
    r"military|commission|board|office|court|union|committee|administration|White\s+House)[’']s)\s+"
    # "Ms. Pell's March 3 announcement that …": the date the words were said.
    r"(?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+)?"
    r"(?:(?:repeated|earlier|later|initial|frequent|public|false|unfounded|baseless|own|"
    r"(?:often|oft|much|widely)-[a-z]+)\s+)?"
    # "his often-repeated vow that …", "her promise that …": a commitment stated, as a claim is.
    r"(?P<noun>claims?|assertions?|allegations?|insistence|contention|argument|belief|view|warning|"
    r"vows?|pledges?|promises?|"
    r"prediction|suggestion|accusation|admission|denial|position|message|point|assessment|fear|hope|"
    r"concern|conclusion|verdict|advice|answer|response|"
    # "the ministry's statement that …", "Pell's announcement that …": words issued, as said.
    r"announcement|statement|declaration|assurances?|testimony|forecast|finding|acknowledg(?:e)?ment|"
    r"confirmation|complaint|boast|threat|estimates?|projection|calculation)\s+"
    # "Lund's view is that …", "Her message was simple: …": the noun's content after a copula.
    r"(?:that\s+|(?:is|was|remains|remained)\s+(?:simple\s*:\s*|clear\s*:\s*|that\s+))"
)
_NOUN_STATUS = {
    "claim": ClaimStatus.ALLEGED, "claims": ClaimStatus.ALLEGED, "assertion": ClaimStatus.ALLEGED,
    "assertions": ClaimStatus.ALLEGED, "allegation": ClaimStatus.ALLEGED, "allegations": ClaimStatus.ALLEGED,
    "insistence": ClaimStatus.ALLEGED, "accusation": ClaimStatus.ALLEGED, "contention": ClaimStatus.ALLEGED,
    "admission": ClaimStatus.CONFIRMED, "denial": ClaimStatus.DENIED, "confirmation": ClaimStatus.CONFIRMED,
}  # fmt: skip


def told_by(sentence: str) -> Cue | None:
    """ "Lund was told by engineers that the pier was unsafe": the engineers said it."""
    match = _TOLD_BY.search(sentence)
    if match is None or not valid_speaker(match["by"]):
        return None
    content = (match.end(), trim_end(sentence, len(sentence)))
    speakers = [Mention(match["by"])]
    teller = _TELLER_SAID.search(sentence, 0, match.start() + 1)
    outer = None
    if teller is not None:
        # "the group raised alarm at the deal, and said that …": the subject of the first verb says it.
        at = teller.start("verb")
        outer = subject_before(sentence, at) or conjoined_subject(sentence, at)
    if outer is not None and outer[0].text.lower() not in ("he", "she", "it"):
        speakers.append(outer[0])  # "Lee said he was told by police that …": police, then Lee
    return Cue(tuple(speakers), ClaimStatus.UNVERIFIED, sane(sentence, content))


def heard_saying(sentence: str) -> Cue | None:
    """ "“…,” a guard could be heard saying": the subject said the quotation (or the clause after)."""
    match = _HEARD_SAYING.search(sentence)
    if match is None:
        return None
    found = subject_before(sentence, match.start() + 1)
    if found is None:
        return None
    mention, start = found
    quoted = [span for span in quoted_spans(sentence) if span[1] <= start]
    if quoted and not sentence[quoted[-1][1] : start].strip(" ,"):
        content = quoted[-1]  # "“Get off the pier,” a guard was heard saying."
    else:
        content = (match.end(), trim_end(sentence, len(sentence)))
        if content[1] - content[0] < 8:
            return None
    return Cue((mention,), ClaimStatus.UNVERIFIED, sane(sentence, content))


def claim_noun(sentence: str) -> Cue | None:
    """ "Lund's claim that the pier could collapse was rejected": Lund claims the pier could collapse."""
    match = _CLAIM_NOUN.search(sentence)
    if match is None:
        return None
    owner = re.sub(r"[’']s$", "", match["owner"])
    # "Despite Pell's announcement that …": the preposition opening the sentence is no part of the name.
    owner = re.sub(r"^(?:Despite|After|Before|Following|Since|Amid|Given|With|Under|Over)\s+", "", owner)
    owner = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(owner.lower(), owner)
    if not valid_speaker(owner):
        return None
    end = _clause_end(sentence, match.end())
    if len(sentence[match.end() : end].split()) < 3:
        return None
    status = _NOUN_STATUS.get(match["noun"], ClaimStatus.UNVERIFIED)
    return Cue((Mention(owner),), status, sane(sentence, (match.end(), end)))


def _clause_end(sentence: str, start: int) -> int:
    """Where the that-clause of a noun ends: before the main verb it is the subject of ("… was rejected")."""
    ends = list(
        re.finditer(
            r"\s(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+ly\s+)?(?:[a-z]+ed|upheld|withdrawn|shown)\b|"
            # "… did little to calm residents", "… went unheeded": the main clause the noun is subject of.
            r"\s(?:did|does)\s+(?:little|nothing|not)\b|\s(?:went|go|goes)\s+un[a-z]+ed\b|[,;—–]",
            sentence[start:],
        )
    )
    # "… that 3,000 homes were damaged was revised": a passive inside the clause leaves it too short to be
    # the whole claim; the main verb is a later one.
    # "… that his wife, Mara, had …": a name set off by commas is no clause end.
    named = re.finditer(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},", sentence[start:])
    commas = {at for m in named for at in (m.start(), m.end() - 1)}
    ends = [m for m in ends if m.start() not in commas]
    long_enough = (m for m in ends if len(sentence[start : start + m.start()].split()) >= 3)
    main = next(long_enough, ends[0] if ends else None)
    return trim_end(sentence, start + main.start() if main else len(sentence))


# "Ministers came under fire from a former whip for failing to …", "The board was criticised by
# residents over the closure": the critic's charge, from "for"/"over" to the clause's end.
_CRITICISED_BY = re.compile(
    r"\s(?:came|comes|come|has\s+come|have\s+come|was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:under\s+(?:fire|attack|criticism)\s+from|(?:criticised|criticized|condemned|slammed|attacked|"
    r"blasted|rebuked|accused)\s+by)\s+(?P<by>[^,;“”\"]{3,80}?)\s+(?=(?:for|over|of)\s)"
)


# "He was accused of fraud by a former partner": the accuser after the charge ("by the time" is when).
_NO_ACCUSER = ("the time", "the end", "the way")
_ACCUSED_OF_BY = re.compile(
    r"\s(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+ly\s+)?accused\s+of\s+"
    r"[^,;“”\"]{3,80}?\s+by\s+(?P<by>(?:an?|the|his|her|their|its|two|three|several|[A-Z])[^,;“”\"]{0,60}?)"
    r"(?=\s+(?:and|following|after|in|over|at|during|who|which|for)\b|\s*[,.;]|\s*$)"
)


def criticised_by(sentence: str) -> Cue | None:
    """ "X came under fire from Y for Z": Y's charge that X did Z; "X was accused of Z by Y" likewise."""
    accused = _ACCUSED_OF_BY.search(sentence)
    accuser = accused["by"] if accused is not None else ""
    if accused is not None and valid_speaker(accuser) and not accuser.lower().startswith(_NO_ACCUSER):
        return Cue((Mention(accuser),), ClaimStatus.ALLEGED, (0, accused.end("by")))
    match = _CRITICISED_BY.search(sentence)
    if match is None or not valid_speaker(match["by"]):
        return None
    content = (match.end(), trim_end(sentence, len(sentence)))
    if len(sentence[content[0] : content[1]].split()) < 3:
        return None
    return Cue((Mention(match["by"]),), ClaimStatus.ALLEGED, content)
