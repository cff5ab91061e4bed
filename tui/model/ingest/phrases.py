"""Noun phrases that name speakers, found around a speech verb without a parser.

A speaker is the words before a verb back to a clause boundary ("…, the
watchdog group said"), after a preposition ("according to X"), or a
sentence's subject; an appositive ("John Smith, a professor at Yale,") gives
the role. `valid_speaker` says whether words can name who speaks at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.model.ingest import lazy_re as re
from tui.model.ingest.appositives import APPOSITIVE, ROLE_FIRST, TITLED_ROLE
from tui.model.ingest.kinds import PERSON_ROLE, looks_like_person
from tui.model.ingest.name_patterns import (
    NAME_OF_PLACE,
    SUBJECT_WHO,
    listed_name,
)
from tui.model.ingest.places import is_region
from tui.model.ingest.quote_spans import inside as inside
from tui.model.ingest.quote_spans import quoted_spans as quoted_spans
from tui.model.ingest.speaker_words import (
    CLOSE_QUOTES,
    DET_WORDS,
    OPEN_QUOTES,
    PREPOSITIONS,
    SPEAKER_HEADS,
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


INTRO = re.compile(
    r"^(?:In|After|Despite|Though|Although|While|As|On|At|For|With|Without|Since|Following|Amid|"
    r"Earlier|Later|Meanwhile|However|Still|Yet|But|And|Last|This|During|Before|Until|Under|By|From|"
    r"Speaking|Asked|Responding|In response|According)\b[^,]*,\s*"
)


VERBISH = re.compile(
    r"^(?:has|have|had|is|was|were|are|will|would|can|could|may|might|should|did|does|do|also|even|then|"
    r"has|already|now|still|just|earlier|later|recently|[a-z]{3,}ed|[a-z]{3,}s|[a-z]{3,}ing|[a-z]{3,}ly|"
    r"[a-z]+n[’']t|"  # "Sowers didn’t know …": a negated auxiliary ends the subject too
    # Irregular past tenses ("Lund went further, saying …"): the subject ends before them.
    r"went|took|made|gave|came|got|put|left|held|kept|told|said|wrote|spoke|stood|sat|ran|brought|met|sent|"
    r"spent|won|lost|became|began|sought|thought|felt|knew|saw|found|paid|fell|rose|drew|broke|chose|drove|"
    r"grew|threw|fought|built|bought|taught|caught|struck|shook|forgot|hit|issued|cut|let|shut|spread)$"
)


@dataclass(frozen=True)
class Mention:
    """A speaker as the article words it, with the role an appositive gives ("a professor at …")."""

    text: str
    role: str = ""


DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w .]+?)?(?:,?\s+\w+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s+[—–-]+\s+"
)


NOT_A_NAME = {
    "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those",
    "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "At", "On", "For",
    "With", "By", "From", "To", "Of", "Not", "No", "Every", "Each", "Some", "Many", "Most", "All", "Few",
    "More", "Still", "There", "Here", "Its", "His", "Her", "Their", "Our", "Such", "What", "Why", "How",
    "Who", "Under", "Over", "Among", "Despite", "Though", "Although", "Nobody", "Everyone",
    "According", "Following", "Meanwhile", "However", "Earlier", "Later", "Last", "Next", "Today",
    "Yesterday", "Asked", "Speaking", "Instead", "Also", "Then", "Now", "Once", "Since", "Until", "During",
    "Amid", "Across", "Inside", "Outside", "Like", "Unlike", "Even", "Only", "Just", "Both", "Neither",
    "Because", "Unless", "Whether", "Whereas", "Without", "Against", "Through",
}  # fmt: skip


def subject_name(sentence: str) -> str | None:
    """The proper name a sentence opens with ("Bong, 56, laughed" -> "Bong"), after any dateline."""
    text = DATELINE.sub("", sentence)
    named = re.match(
        r"(?:The|A|An|His|Her|Their|Its|[A-Z][\w’'-]*[’']s)\s[^,]{1,50},\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3}),",
        text,
    )
    if named:
        return named.group(1)  # "The town's mayor, Serik Tulegenov, wants …"
    intro = INTRO.match(text)
    if intro:
        # "Following their hit “Black Water,” Simmons …": the comma closing a quoted title ends the opener.
        text = re.sub(r"^[”\"]\s*", "", text[intro.end() :])
    text = re.sub(r"^(?:And|But|So|Yet|Then|Still)\s+(?=[A-Z])", "", text)  # "And Dion seemed …"
    text = re.sub(r"^The\s+(?=[A-Z])", "", text)
    match = re.match(r"[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|(?:de|van|von|bin|al|der|la|le)\b))*", text)
    if match is None:
        return None
    if re.match(r"[’']s\b", text[match.end() :]) or re.search(r"s[’']$", match.group(0)):
        return None  # "Halden's mayor, Ola Strand, said": the mayor is the subject, not Halden
    titled = _ROLE_THEN_NAME.match(text, match.end())
    if titled is not None and re.match(r"\s+(?:and|&|or)\s", text[titled.end() :]):
        titled = None  # "Harbour minister Vera Lund and transport minister Tom Reyes": two people
    if titled is not None and (PERSON_ROLE.search(titled.group(1)) or _POSITION.search(titled.group(1))):
        return titled.group(2)  # "Labour leader Keir Starmer", "Storm defenseman Ari Lund": the person
    name = match.group(0).rstrip(".")
    first = name.split()[0]
    adverb = re.fullmatch(r"[A-Z][a-z]+ly,", first + text[len(first) :][:1])  # "Critically, however, it …"
    if first in NOT_A_NAME or len(name) < 2 or adverb:
        return None
    return name


_POSITION = re.compile(
    r"\b(?:defen[cs]eman|winger|forward|goaltender|goalie|catcher|shortstop|outfielder|infielder|receiver|"
    r"cornerback|linebacker|guard|center|centre|running\s+back|tight\s+end|safety|tackle)\b"
)
_ROLE_THEN_NAME = re.compile(r"\s+((?:[a-z][\w-]*\s+){1,3})([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\b")


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
        if valid_speaker(cut_boundary(name)[0]) and not ROLE_FIRST.match(name):
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


def sentence_subject(sentence: str) -> Mention | None:
    """The subject of the main clause, for participles: words up to the first verb-like word."""
    conjunction = re.match(r"(?:But|And|So|Yet|Still)\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z])", sentence)
    intro = None if conjunction else INTRO.match(sentence)  # "But vice-chancellors have …, saying …"
    start = conjunction.end() if conjunction else intro.end() if intro else 0
    words: list[str] = []
    for match in re.finditer(r"[^\s,]+|,", sentence[start:]):
        word = match.group(0)
        if word == ",":
            named = _NAME_APPOSED.match(sentence, start + match.start())
            if named is not None and re.match(r"(?:The|A|An|Its|His|Her|Their)\s", " ".join(words)):
                return Mention(named.group(1))  # "The leader of the party, Rafi Ghanem, condemned …"
            break
        lowered = word.lower()
        verb = bool(words) and VERBISH.match(lowered) is not None and not word[:1].isupper()
        verb = verb and not noun_after(words[-1], lowered)
        # "White House press secretary Ann Vey": "press" names her job, it is no verb.
        if verb and not _TITLE_HEAD.match(sentence, start + match.end()):
            break
        words.append(word)
        if lowered in ("it", "he", "she", "they", "we"):
            break
        if len(words) > 8:
            return None
    text = " ".join(words)
    if not text or not valid_speaker(text):
        return None
    return Mention(text)


# ", Rafi Ghanem, condemned": a person's name set between commas after a description, then its verb.
_NAME_APPOSED = re.compile(r",\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*),\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b")
# A job a word before it qualifies: "press secretary", "news editor", "sales manager".
_TITLE_HEAD = re.compile(
    r"\s+(?:secretary|officer|editor|manager|director|chief|minister|spokesman|spokeswoman|spokesperson|"
    r"correspondent|commissioner|coordinator|adviser|advisor|aide)\s+[A-Z]"
)


def noun_after(previous: str, word: str) -> bool:
    """A plural noun, not a verb, after a number or article: "11 nations", "the officials"."""
    lowered = previous.lower()
    return word.endswith("s") and (
        lowered.replace(",", "").isdigit()
        or lowered in DET_WORDS
        or lowered in PREPOSITIONS
        or word in SPEAKER_HEADS
    )


def trim_end(sentence: str, end: int) -> int:
    """Drop trailing spaces, commas and the full stop (a quote keeps its closing mark)."""
    while end > 0 and sentence[end - 1] in " ,;:.":
        end -= 1
    return end


def sane(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span itself if it holds a clause (three words or more) or the whole quotation that opens the
    sentence ("“I’m thrilled,” she told …"), else the whole sentence."""
    start, end = span
    while start < end and sentence[start] in " ,;:-—–":
        start += 1
    quotation = start == 0 and re.fullmatch(r"[“\"][^“”\"]*\w[^“”\"]*[”\"]", sentence[:end]) is not None
    if end - start < 2 or (len(sentence[start:end].split()) < 3 and not quotation):
        return 0, trim_end(sentence, len(sentence))
    return start, end
