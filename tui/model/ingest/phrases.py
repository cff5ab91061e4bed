"""Noun phrases that name speakers, found around a speech verb without a parser.

A speaker is the words before a verb back to a clause boundary ("…, the
watchdog group said"), after a preposition ("according to X"), or a
sentence's subject (opening_subjects.py); an appositive ("John Smith, a
professor at Yale,") gives the role. `valid_speaker` says whether words can
name who speaks at all. `trim_end` and `sane` bound the claim's words.

The speaker record (mentions.py) and the opening subjects are imported from here by the rule modules,
and by branches written before they moved, so this module still names them (`X as X`).
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.appositives import APPOSITIVE, ROLE_FIRST, TITLED_ROLE
from tui.model.ingest.kinds import looks_like_person
from tui.model.ingest.mentions import Mention as Mention
from tui.model.ingest.name_patterns import (
    NAME_OF_PLACE,
    SUBJECT_WHO,
    listed_name,
)
from tui.model.ingest.opening_subjects import DATELINE as DATELINE
from tui.model.ingest.opening_subjects import INTRO as INTRO
from tui.model.ingest.opening_subjects import NOT_A_NAME as NOT_A_NAME
from tui.model.ingest.opening_subjects import sentence_subject as sentence_subject
from tui.model.ingest.opening_subjects import subject_name as subject_name
from tui.model.ingest.places import is_region
from tui.model.ingest.quote_spans import inside as inside
from tui.model.ingest.quote_spans import quoted_spans as quoted_spans
from tui.model.ingest.speaker_words import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    plural_pair,
    valid_speaker,
)
from tui.model.ingest.subject_words import (
    ANTECEDENT_AFTER,
    ASIDE,
    RELATIVE_PRONOUN,
    RELATIVE_SUBJECT,
    RESTRICTIVE_WHO,
    TIME_FIRST,
)

AUX = (
    r"(?:\s+(?:has|have|had|also|previously|repeatedly|later|earlier|recently|publicly|again|further|"
    r"separately|then|reportedly|once|twice|often|first|would|will|did|does|do|could|may|might|had also|"
    r"has also|still|has long|have long|even|now|already|since|too|on\s+\w+day|last\s+week|this\s+week|"
    r"today|yesterday|both|all|flat-out|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:earlier|later)\s+(?:this|that|last)\s+\w+|in\s+a\s+statement|(?!(?:on|fami|assemb|supp|ita|ra|a|anoma|monopo|ju|je|be|bu|li|ho|fo|rep|app)ly\b)[a-z]{2,}ly))*"
)


BOUNDARY_WORDS = {
    "that", "but", "while", "as", "when", "because", "which", "after", "before", "where", "although",
    "though", "if", "so", "whereas", "since", "until", "and", "or", "yet", "despite", "whether", "what",
    "how", "why", "than", "once", "unless", "nor",
}  # fmt: skip


# A speaker with up to three appositives ("Prof X, director of Y, who leads Z, says") sits within this many
# characters before the verb. Reading no further keeps a sentence of many speech verbs linear: 1,600 words
# of "said said …" with no comma took 2 s, as each verb re-read every word before it.
_SUBJECT_REACH = 600


def subject_before(sentence: str, verb_start: int) -> tuple[Mention, int] | None:
    """The speaker right before a speech verb, stepping over auxiliaries and a "…, who …," appositive."""
    start = 0
    if verb_start > _SUBJECT_REACH:
        space = sentence.find(" ", verb_start - _SUBJECT_REACH, verb_start)  # from a word's start
        start = space + 1 if space != -1 else verb_start - _SUBJECT_REACH
    found = _subject_in(sentence[start:verb_start])
    return None if found is None else (found[0], start + found[1])


def _subject_in(before: str) -> tuple[Mention, int] | None:
    """subject_before on the words before the verb; the offset is within them."""
    tail = before[-80:]  # auxiliaries sit right before the verb; a bounded look keeps long sentences linear
    aux = re.search(AUX + r"\s*$", tail)
    if aux is not None:
        before = before[: len(before) - len(tail) + aux.start()]
    # "Rep. Tim Cole (R-Ohio) said", "the agency (FEMA) said": a bracket between speaker and verb.
    bracket = re.search(r"\s*\([^()]{1,40}\)\s*$", before[-50:])
    if bracket is not None:
        before = before[: len(before) - len(before[-50:]) + bracket.start()] + " "
    # "The letter – an edited version of which is above – warns": a parenthesis between dashes.
    dashes = re.search(r"\s[–—]\s[^–—]{3,120}\s[–—]\s*$", before[-130:])
    if dashes is not None:
        before = before[: len(before) - len(before[-130:]) + dashes.start()] + " "
    # "The department, however, said": an aside between subject and verb.
    aside = ASIDE.search(before[-80:])
    if aside is not None:
        before = before[: len(before) - len(before[-80:]) + aside.start()] + ","
    # "the Asheville Tea PAC, a local organization which said": the relative pronoun's antecedent speaks.
    relative = RELATIVE_PRONOUN.search(before[-20:])
    restrictive = None if relative is not None else RESTRICTIVE_WHO.search(before[-20:])
    pronoun = relative or restrictive
    if pronoun is not None:
        before = before[: len(before) - len(before[-20:]) + pronoun.start()] + ","
    segment, seg_start = comma_segment(before)
    if restrictive is not None:
        # "… by a string of MPs who said …": the people after the preposition speak, and what they said
        # runs to the sentence's end; "Residents who said …" opening a sentence has its main verb later.
        preposition = list(ANTECEDENT_AFTER.finditer(segment))
        if not preposition:
            return None
        seg_start += preposition[-1].end()
        segment = segment[preposition[-1].end() :]
    segment, seg_start = _whole_place(before, segment, seg_start)
    role = ""
    stepped = False
    for _step in range(3):  # "Prof X, director of Y, who is leading research into Z, says"
        if not (
            seg_start > 0
            and before[:seg_start].rstrip().endswith(",")
            and before.rstrip().endswith(",")
            and (
                APPOSITIVE.match(segment)
                or RELAY_PHRASE.match(segment)
                or ROLE_FIRST.match(segment)
                or TITLED_ROLE.match(segment.strip())
            )
        ):
            break
        # "John Smith, a professor at Yale, said" / "The ministry, quoted by the Courier, said".
        head_text = before[:seg_start].rstrip()[:-1]
        name, name_start = comma_segment(head_text)
        if not name or (INTRO.match(name + ", ") and not re.match(r"(?:But|And|Yet|So)\s", name)):
            break  # "In May, …" opens the sentence; "But a senior official, speaking …," is the subject
        if not RELAY_PHRASE.match(segment) and not segment.startswith(("who ", "which ", "speaking ")):
            role = role or segment.strip(" ,")
        # "Rep. Jo Hale, R-Ohio, a onetime rival, said": the party tag is one more description, not who.
        party = _PARTY_TAG.match(name.strip())
        if valid_speaker(cut_boundary(name)[0]) and not ROLE_FIRST.match(name) and party is None:
            segment, seg_start, stepped = name, name_start, True
            break
        if not (APPOSITIVE.match(name) or ROLE_FIRST.match(name)) or not head_text[
            :name_start
        ].rstrip().endswith(","):
            break
        before, segment, seg_start = head_text + ",", name, name_start
    if (
        not stepped
        and seg_start > 0
        and before[:seg_start].rstrip().endswith(",")
        and looks_like_name(segment)
    ):
        # "The district governor, Ante Babic, said": the name, with the description as its role.
        head_text = before[:seg_start].rstrip()[:-1]
        description, _start = comma_segment(head_text)
        description = cut_boundary(description)[0]
        first = description.split()[0].lower() if description else ""
        if first in ("the", "a", "an", "its", "their", "his", "her") and valid_speaker(description):
            role = description
    # "A spokesperson who did not wish to be named because of agency policy said": the relative clause
    # describes the subject, and its own clause words ("because") do not cut the subject.
    described = SUBJECT_WHO.match(segment)
    if described is not None and valid_speaker(described.group(1)):
        segment = described.group(1)
    segment, offset = cut_boundary(segment)
    seg_start += offset
    who = re.match(r"(.+?)\s+who\s+[a-z]", segment)
    if who is not None and valid_speaker(who.group(1)):
        segment = who.group(1)  # "Officials who spoke on condition of anonymity said": the officials
    relative = RELATIVE_SUBJECT.match(segment)
    if relative:
        # "a figure the African Group called “an insult”": the subject of the relative clause speaks.
        seg_start += relative.start(1)
        segment = relative.group(1)
    segment = re.sub(
        r"\s+(?:himself|herself|themselves|itself)$", "", segment.strip(" ,")
    )  # "X herself said"
    when = TIME_FIRST.match(segment)
    if when is not None and valid_speaker(segment[when.end() :]):
        seg_start += when.end()  # "This week the company announced": the time is not the speaker
        segment = segment[when.end() :]
    listed = listed_name(before, segment)
    if listed is not None:
        # "the Ministry of Trade, Industry and Energy said", "an alliance of chefs, farmers and charities
        # urges": the commas list what the name is of; the whole name speaks, not its last item.
        head, at, whole = listed
        _head, offset = cut_boundary(head)  # "… when the alliance of …": from the name's start
        if valid_speaker(whole[offset:]):
            segment, seg_start = whole[offset:], at + offset
    if not valid_speaker(segment):
        return None
    affiliated = NAME_OF_PLACE.fullmatch(segment)
    if affiliated is not None and not role and looks_like_person(affiliated["name"]):
        # "Dr. Ana Ruiz of the State Department of Health says": the person; where they work is the role.
        return Mention(affiliated["name"], affiliated["role"]), seg_start
    return Mention(segment.strip(OPEN_QUOTES + CLOSE_QUOTES), role), seg_start


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?$")
RELAY_PHRASE = re.compile(
    r"^(?:as\s+)?(?:quoted|cited|reported|carried|interviewed)\s+by\b|^according\s+to\b|^via\s"
)


def _whole_place(before: str, segment: str, seg_start: int) -> tuple[str, int]:
    """ "officials in Dane County, Wisconsin," / "Jane Doe of Austin, Texas,": the comma splits a place,
    not a speaker from an appositive, so the segment goes back to the words before the town."""
    if not is_region(segment) or not before[:seg_start].rstrip().endswith(","):
        return segment, seg_start
    head, head_start = comma_segment(before[:seg_start])
    at = _AT_PLACE.search(head)
    if at is None or INTRO.match(head + ", "):
        return segment, seg_start  # "After the storm in Leeds, England said": England speaks
    if not valid_speaker(head[: at.start()]):
        # "A team led by researchers at a lab in Greenbelt, Maryland, has confirmed": the state ends a
        # place that a longer subject holds; it is never the subject itself.
        return "", seg_start + len(segment)
    return before[head_start : seg_start + len(segment)], head_start


_AT_PLACE = re.compile(r"\s(?:in|of|from)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}$")


def looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def comma_segment(text: str) -> tuple[str, int]:
    """The words after the last punctuation boundary in `text`, and where they start."""
    stripped = text.rstrip()
    if stripped.endswith(","):
        stripped = stripped[:-1]
    start = 0
    for match in re.finditer(r"[,;:()—–“”\"]|\s-\s", stripped):
        start = match.end()
    segment = stripped[start:]
    offset = start + (len(segment) - len(segment.lstrip()))
    return segment.strip(), offset


def cut_boundary(segment: str) -> tuple[str, int]:
    """The words after the last clause word ("that", "when", "and" …) in the segment, and their offset."""
    words = list(re.finditer(r"\S+", segment))
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word.group(0).lower().strip(",") in BOUNDARY_WORDS:
            if word.group(0) in ("and", "or", "&") and 0 < index < len(words) - 1:
                left, right = words[index - 1].group(0), words[index + 1].group(0)
                if left[:1].isupper() and right[:1].isupper():
                    continue  # "Security and Co-operation": one name
                if right in ("his", "her", "their") and len(words) - index <= 4:
                    continue  # "The premier and his colleagues": one subject, the person and their people
                if any(w.group(0).lower() in ("both", "either") for w in words[max(0, index - 4) : index]):
                    continue  # "research in both mice and humans shows": one phrase, not two clauses
                if plural_pair([w.group(0) for w in words[:index]], [w.group(0) for w in words[index + 1 :]]):
                    continue  # "Residents and shop owners said": one group of two kinds of people

            rest = segment[word.end() :]
            return rest.strip(), word.end() + (len(rest) - len(rest.lstrip()))
    return segment, 0


def trim_end(sentence: str, end: int) -> int:
    """Drop trailing spaces, commas and the full stop (a quote keeps its closing mark)."""
    while end > 0 and sentence[end - 1] in " ,;:.":
        end -= 1
    return end


# A quotation from the sentence's start to its closing mark; its opening mark may lie in the sentence
# before (the splitter cut the quotation at a "!" or "?").
_OPENING_QUOTATION = re.compile(r"[“\"]?[^“”\"]*\w[^“”\"]*[”\"]")


def sane(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span itself if it holds a clause (three words or more) or the whole quotation that opens the
    sentence ("“I’m thrilled,” she told …", or "Got her!” an officer said." closing a quotation opened
    in the sentence before), else the whole sentence."""
    start, end = span
    while start < end and sentence[start] in " ,;:-—–":
        start += 1
    quotation = start == 0 and _OPENING_QUOTATION.fullmatch(sentence[:end]) is not None
    if end - start < 2 or (len(sentence[start:end].split()) < 3 and not quotation):
        return 0, trim_end(sentence, len(sentence))
    return start, end
