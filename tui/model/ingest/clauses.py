"""Clauses around a speech verb: a second attribution in a later clause, a tag inside the claim,
the quotation before a speaker or named by the verb.

A second attribution in a later clause of the same sentence: "X said A, but residents said B".

"“…,” Woodard said, though he stressed he had no proof" and "Officials said the
road was closed, but residents said it was open" hold two claims by (perhaps)
two speakers. The later clause is read on its own; the first claim stops where
it begins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import inside, quoted_spans, trim_end
from tui.model.ingest.speech import AS_NAMING_VERBS, NAMING_VERBS, TAG_END

# "…, but X said …", "; X said …", "… and the operator admitted …" (a new subject after a bare "and").
_CLAUSE_JOIN = re.compile(
    # ",” and residents told …": the comma inside a closing quotation mark joins as well.
    r"(?:(?:,|(?<=,[”\"])|\s[—–])\s+(?:but|though|although|while|whereas|and)|;|\s+and(?=\s+(?:the|a|an)\s)"
    # "… was unsafe but Tom Reyes said …": a contrast needs no comma before a new subject.
    r"|\s+(?:but|while|whereas)(?=\s+(?:the|a|an|[A-Z])))\s+"
)


def _clause_joins(sentence: str) -> Iterator[re.Match[str]]:
    """Where the sentence's clauses join, outside its quotations and past its first words."""
    quoted = quoted_spans(sentence)
    return (j for j in _CLAUSE_JOIN.finditer(sentence) if not inside(quoted, j.start()) and j.start() >= 8)


def second_clause(sentence: str, cue: Cue, subject_verb: Callable[[str], Cue | None]) -> list[Cue] | None:
    """The first cue and one in a later clause with its own speaker and verb, or None."""
    if cue.relays_previous:
        return None
    for join in _clause_joins(sentence):
        tail_start = join.end()
        later = subject_verb(sentence[tail_start:])
        if later is None or later.relays_previous or later.main_clause is not None:
            continue
        bare = re.match(r"\s+(?:but|while|whereas)\s", join.group(0)) is not None
        if bare and not sentence[tail_start:].startswith(later.speakers[0].text):
            continue  # with no comma, only a clause that opens with its speaker is a new statement
        start, end = later.content
        if end - start < 8 or not sentence[tail_start:][:start].strip():
            continue  # the clause is all tag ("…, but analysts said."): it belongs to the claim before
        second = replace(later, content=(tail_start + start, tail_start + end), also=None)
        first_start, first_end = cue.content
        if first_start >= join.start():
            continue  # the first claim is itself in the later clause
        first = replace(cue, content=(first_start, min(first_end, trim_end(sentence, join.start()))))
        return [first, second]
    return None


# After a tag between commas, a clause of its own: a subject ("Whole Foods", "the utility") and then a
# finite verb ("was selling", "could avoid", "switched"). "…, the chiefs said, the third launch in May"
# has no verb: it is an apposition to the clause before, not the claim going on. The verb may open a
# quotation of the speaker's own words: "In 2020, he said, the cabinet “approved the sale …”".
_CLAUSE_AFTER_TAG = re.compile(
    r",\s*(?:the|a|an|its|his|her|their|this|these|those|some|many|most|[A-Z][\w’'.-]*)"
    r"(?:\s+(?!that\b|which\b|who\b)[\w’'.-]+){0,4}?\s+[“\"]?(?:is|are|was|were|will|would|could|can|should|"
    r"may|might|must|has|have|had|did|does|do|[a-z]{3,}ed)\b"
)


def parenthetical(sentence: str, verb_end: int) -> bool:
    """A tag between commas with the clause going on after it: "which, he said, scared the man off";
    "To ease the threat, officials said, the utility vented its covers": only a fronted phrase before the
    tag, so the clause it opens goes on after it; "Within months, Forte said, Whole Foods was selling …":
    a subject and a finite verb after the tag, the main clause going on."""
    if _CLAUSE_AFTER_TAG.match(sentence, verb_end) and TAG_END.match(sentence[verb_end:]) is not None:
        return True
    tag_start = sentence.rfind(",", 0, verb_end)
    if tag_start > 0 and _FRONTED_PHRASE.fullmatch(sentence[:tag_start]):
        rest = re.match(r",\s*([^,.;“\"]*)", sentence[verb_end:])
        return (
            rest is not None
            and len(rest.group(1).split()) >= 3
            and TAG_END.match(sentence[verb_end:]) is not None
        )
    # The words after the tag up to the clause's end; a quotation inside it is the speaker's words going
    # on ("Finding water there, he said, is the “next best thing” to …"), so it does not end the clause.
    after = re.match(r",\s*([a-z][^,.;“\"]*(?:[“\"][^,.;]*)?)", sentence[verb_end:])
    if after is None or re.match(r"(?:the|a|an|its|his|her|their|this|that|up|down|\d)\b", after.group(1)):
        return False  # "…, the Joint Chiefs said, the third in May": an apposition to the clause before
    long_enough = len(after.group(1).split()) >= 3
    return long_enough and TAG_END.match(sentence[verb_end:]) is not None


# A phrase with no clause of its own that opens a sentence: "To ease the threat", "Within months of the
# sale", "If all sets met the standard" (a condition: the main clause is after the tag).
_FRONTED_PHRASE = re.compile(
    r"\W*(?:To\s+[a-z]+|Within|During|After|Before|Since|Until|Despite|Under|Amid|If|Unless|When|Once)\b"
    r"[^,;:“”\"]{0,80}"
)


def quote_before(sentence: str, np_start: int, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The quotation right before the speaker, perhaps with a description between ("“…,” his sister, X,")."""
    for start, end in reversed(quoted):
        if end > np_start:
            continue
        between = sentence[end:np_start]
        described = between.rstrip().endswith(",") and len(between.split()) <= 8
        if not between.strip(" ,") or described:
            return start, trim_end(sentence, end)
        return None
    return None


def named_quote(sentence: str, position: int, verb: str) -> tuple[int, int] | None:
    """ "called the film “a masterpiece”", "described it as “inert”": the quoted words are the claim."""
    if verb not in NAMING_VERBS:
        return None
    as_only = r"\bas\s+(?:an?\s+|the\s+)?" if verb in AS_NAMING_VERBS else ""  # "portrayed him as an “…”"
    match = re.match(rf"[^“\".]{{0,60}}?{as_only}([“\"][^”\"]+[”\"])", sentence[position:])
    if match is None:
        return None
    return position + match.start(1), position + match.end(1)


# "…, with officials saying the bridge was unsafe", "with the prosecution describing him as “…”".
_WITH_SPEAKER = re.compile(
    r"\bwith\s+(?P<np>[\w’'-]+(?:\s+[\w’'-]+){0,6}?)\s+"
    r"(?P<verb>saying|describing|calling|claiming|arguing|warning|insisting|noting|alleging|predicting|writing|"
    r"adding)\b\s*(?:that\s+)?[,:]?\s*"
)


def with_speaker(sentence: str) -> tuple[str, str, tuple[int, int]] | None:
    """(speaker, participle, claim span) of "with X saying …", or None."""
    match = _WITH_SPEAKER.search(sentence)
    if match is None or inside(quoted_spans(sentence), match.start()):
        return None
    if match["verb"] in ("describing", "calling"):
        span = named_quote(sentence, match.end(), "described")
        if span is None:
            return None  # "with critics calling for calm", "describing the scene": no words of theirs
    elif match["verb"] in ("writing", "adding") and not re.match(r"[“\"]", sentence[match.end() :]):
        return None  # "with his son writing the last chapter": an act; "with one writing, “…”" is words
    else:
        span = (match.end(), trim_end(sentence, len(sentence)))
    return match["np"], match["verb"], span


def earlier_clause(sentence: str, cue: Cue, find_cue: Callable[[str], Cue | None]) -> list[Cue] | None:
    """ "He vowed to keep trying, but the editor said the president sounded unsure": the cue found is in the
    later clause, so the clause before the join is read on its own for a speaker of its own."""
    if cue.relays_previous:
        return None
    for join in _clause_joins(sentence):
        if cue.content[0] < join.end() or sentence.find(cue.speakers[0].text, join.end()) == -1:
            return None  # the cue reads the first clause, or its speaker stands before the join
        first = find_cue(sentence[: join.start()])
        if first is None or first.relays_previous or first.main_clause is not None:
            return None
        if sentence.find(first.speakers[0].text) >= join.start():
            return None
        # The cue found first stays first: the nested claimants inside it are read from it.
        return [cue, replace(first, also=None)]
    return None
