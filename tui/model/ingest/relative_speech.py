"""Speech in a relative clause about the one who speaks: "…, the source, who said he had spoken to people
inside the compound, told Reuters", "the resignation of Kim Yong-hyun, who said he took full responsibility".

A non-restrictive "who" clause with a speech verb reports what its antecedent said, besides whatever the
main clause says: the antecedent is the noun phrase right before ", who", the claim the clause after the
verb, up to the comma that closes the aside (or the sentence's end).
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, quoted_spans, trim_end
from tui.model.ingest.quote_spans import inside
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import VERB_STATUS

# The antecedent: a name ("Kim Yong-hyun", "Mr. Lee") or a determiner and a noun or two ("the source",
# "the officials", "a spokeswoman").
_ANTECEDENT = re.compile(
    # "Mayor Tom Veil and allies, who claim …": a name and the group around it speak together.
    r"\b(?P<who>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*\s+and\s+(?:(?:his|her|their|its)\s+)?[a-z][\w’'-]*s|"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
    r",\s+who\s+(?:also\s+|later\s+|previously\s+|had\s+|has\s+|have\s+)?"
    r"(?P<verb>said|says|added|argued|claimed|warned|insisted|noted|explained|acknowledged|admitted|"
    r"maintained|contended|believes|believed|"
    # "…, who claim the agency was infiltrated": a group's standing claim, in the present.
    r"say|claim|claims|argue|argues|insist|insists|warn|warns|allege|alleges|alleged|maintain|maintains|"
    r"contend|contends|believe)\s+(?:that\s+)?"
)
# "Tom Veil and allies": the name is the speaker; the lowercase group with it names no one to cite.
_WITH_GROUP = re.compile(r"(?P<name>.+?)\s+and\s+(?:(?:his|her|their|its)\s+)?[a-z][\w’'-]*s")
# The clause must read as one: a subject and then a verb within a few words ("he had spoken", "they were
# swapping", "the plan would fail"); "who said goodbye" or "who said on Monday" carries no claim.
_CLAUSE = re.compile(
    r"(?:he|she|they|it|we|i|there|(?:the|a|an|his|her|its|their|this|these)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+[a-z][\w’'-]*s)?)\s+(?:\w+ly\s+)?(?:is|are|was|were|will|would|could|can|should|"
    r"may|might|must|has|have|had|did|does|do|took|[a-z]{3,}ed)\b"
)


# "…, which tried to rally support by saying that …": what the noun before did, done by speaking.
_BY_SAYING = re.compile(
    r"\b(?P<who>(?:[A-Z][\w.’'-]*\s+){1,3}[a-z][\w’'-]*|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|"
    r"(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*),\s+(?:who|which)\s+[^,;“”\"]{3,80}?\s+by\s+"
    r"(?P<verb>saying|claiming|arguing|insisting|warning|suggesting)\s+(?:that\s+)?"
)


# "… outraged local officials and customers who accused the utility of overkill", "a string of Tory MPs
# who said the offences were proof …": a restrictive clause (no comma) whose speakers are a plural group
# the clause picks out. A plural noun, or two joined by "and", with at most two lowercase words before.
_RESTRICTIVE = re.compile(
    # "outraged local officials": a participle before the noun is the main clause's verb, not the group's.
    r"(?<![\w,])(?P<who>(?:(?![a-z]+(?:ed|ing)\s)[a-z][\w’'-]*\s+){0,2}(?:[a-z][\w’'-]*s|[A-Z]{2,}s)"
    r"(?:\s+and\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*s)?)"
    r"\s+who\s+(?:have\s+|had\s+)?"
    r"(?:(?P<verb>said|say|claimed|claim|argued|argue|insisted|insist|warned|warn|alleged|allege)\s+(?:that\s+)?"
    r"|accused\s+(?:him|her|them|it|the\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s+(?=(?:of|for)\s))"
)
# A count of people, not speakers: "the number who said they had used it rose", "the share of voters who
# say …" is a survey's finding, which the outlet reports.
_COUNTED = re.compile(
    r"\b(?:number|numbers|percentage|share|proportion|majority|minority|half|third|quarter|most|many|few|"
    r"fewer|more|all|those|respondents|adults|people|voters|users|parents|residents|patients|ones)$"
)
# The group is the object of a verb or a preposition before it, so the clause runs to the sentence's end;
# as the subject ("Two nurses who said the ward was unsafe were suspended") it ends at a verb unread.
_VERB_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|is|was|were|are|has|have|had|met|told|by|with|from|among|to|for|against)\b"
)
_COUNT_BEFORE = re.compile(r"(?:\bof|\d[\d,.]*%?|percent|per\s+cent)\s+(?:[a-z][\w’'-]*\s+){0,2}$")


def restrictive_report(sentence: str) -> tuple[Cue, tuple[int, int]] | None:
    """The claim a restrictive "… officials who said …" clause makes for the group before it, and the
    clause's span (which the main clause reads without)."""
    quoted = quoted_spans(sentence)
    for match in _RESTRICTIVE.finditer(sentence):
        who = match["who"]
        head = who.split()[-1]
        if inside(quoted, match.start()) or _COUNTED.search(head) or not valid_speaker(who):
            continue
        if _COUNT_BEFORE.search(sentence, 0, match.start()):
            continue  # "43% of voters who said …", "the share of adults who say …": a tally
        if not _VERB_BEFORE.search(sentence, 0, match.start()):
            continue
        if match["verb"] is not None and not _CLAUSE.match(sentence, match.end()):
            continue  # "officials who said goodbye": no claim
        close = sentence.find(",", match.end())
        end = trim_end(sentence, close if close != -1 else len(sentence))
        if len(sentence[match.end() : end].split()) < 3:
            continue
        status = VERB_STATUS.get(match["verb"] or "accused", VERB_STATUS["said"])
        return Cue((Mention(who),), status, (match.end(), end)), (match.end("who"), end)
    return None


def relative_report(sentence: str) -> tuple[Cue, tuple[int, int]] | None:
    """The claim a ", who said …" clause makes for the noun before it, if the sentence has one, and the span
    of the aside (from its opening comma through its closing one), which the main clause reads without."""
    quoted = quoted_spans(sentence)
    for match in (*_ANTECEDENT.finditer(sentence), *_BY_SAYING.finditer(sentence)):
        if inside(quoted, match.start()) or not _CLAUSE.match(sentence, match.end()):
            continue
        who = match["who"]
        with_group = _WITH_GROUP.fullmatch(who)
        if not valid_speaker(who if with_group is None else with_group["name"]):
            continue
        close = sentence.find(",", match.end())
        end = trim_end(sentence, close if close != -1 else len(sentence))
        if len(sentence[match.end() : end].split()) < 3:
            continue
        aside = (match.start("who") + len(who), close + 1 if close != -1 else end)
        status = VERB_STATUS.get(match["verb"], VERB_STATUS["said"])
        speaker = who if with_group is None else with_group["name"]  # the one named speaks for the group
        return Cue((Mention(speaker),), status, (match.end(), end)), aside
    return None
