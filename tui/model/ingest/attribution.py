"""Attribution cues in a sentence: who says so, through whom, and in what words.

Each `find_cue` rule reads one way English news attributes a statement:
"according to X", "X said/claimed/told Y …", "X, who …, said", "“…,” said X",
"X defended … by claiming …", "in a statement from X", "figures shared by X",
and relays that pass a claim on ("reported by X and cited by Y", "told
Reuters", "citing officials"). A sentence that refers back to the previous
claim ("The claim, reported by AFP and cited by Agerpres, …", "These figures
were shared by a lawmaker") extends that claim's chain instead of making a new
claim. Speakers come back as the article's words; `sources.SourceBook`
resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.model.format.records import ClaimStatus, SourceKind
from tui.model.ingest.places import country_of_metonym
from tui.model.ingest.sources import PERSON_ROLE, classify, rule_kind

# Speech verbs by the status their wording gives a claim (briefings/README.md).
_VERB_STATUS: dict[str, ClaimStatus] = {}
for _status, _verbs in (
    (ClaimStatus.ALLEGED, "claim claims claimed allege alleges alleged accuse accuses accused insist insists "
     "insisted maintain maintains maintained charge charges charged"),
    (ClaimStatus.DENIED, "deny denies denied dismiss dismisses dismissed refute refutes refuted"),
    (ClaimStatus.DISPUTED, "dispute disputes disputed contest contests contested reject rejects rejected "
     "challenge challenges challenged"),
    (ClaimStatus.CONFIRMED, "confirm confirms confirmed verify verifies verified acknowledge acknowledges "
     "acknowledged admit admits admitted"),
    (ClaimStatus.UNVERIFIED, "say says said tell tells told add adds added report reports reported estimate "
     "estimates estimated announce announces announced warn warns warned state states stated note notes "
     "noted explain explains explained argue argues argued believe believes believed predict predicts "
     "predicted write writes wrote declare declares declared reveal reveals revealed disclose discloses "
     "disclosed testify testifies testified tweet tweets tweeted post posts posted conclude concludes "
     "concluded find finds found show shows showed suggest suggests suggested indicate indicates indicated "
     "project projects projected forecast forecasts expect expects expected caution cautions cautioned "
     "stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized recall "
     "recalls recalled reply replies replied respond responds responded counter counters countered concede "
     "concedes conceded agree agrees agreed complain complains complained describe describes described "
     "assert asserts asserted think thinks thought contend contends contended observe observes observed "
     "remark remarks remarked insist point points pointed"),
):  # fmt: skip
    for _verb in _verbs.split():
        _VERB_STATUS.setdefault(_verb, _status)
for _verb in (
    "call calls called dub dubs dubbed brand brands branded label labels labelled labeled term termed".split()
):
    _VERB_STATUS.setdefault(_verb, ClaimStatus.ALLEGED)
# "called the film “a masterpiece”": the quotation is the claim.
_NAMING_VERBS = set(
    "call calls called describe describes described dub dubs dubbed brand brands branded label labels "
    "labelled labeled term termed".split()
)
# Verbs that are statements only with a that-clause or a quotation ("agreed that …", not "agreed to …").
_NEEDS_THAT = set("agree agrees agreed point points pointed post posts posted counter counters countered "
                  "recall recalls recalled observe observes observed show shows showed project projects "
                  "projected state states stated note notes noted".split())  # fmt: skip
# Verbs that are attribution only after a document or data subject ("the study found").
_DOCUMENT_VERBS = {"find", "finds", "found", "show", "shows", "showed", "suggest", "suggests", "suggested",
                   "indicate", "indicates", "indicated"}  # fmt: skip
_PARTICIPLES: dict[str, ClaimStatus] = {
    "claiming": ClaimStatus.ALLEGED, "alleging": ClaimStatus.ALLEGED, "accusing": ClaimStatus.ALLEGED,
    "insisting": ClaimStatus.ALLEGED, "calling": ClaimStatus.ALLEGED, "describing": ClaimStatus.ALLEGED,
    "saying": ClaimStatus.UNVERIFIED, "arguing": ClaimStatus.UNVERIFIED, "warning": ClaimStatus.UNVERIFIED,
    "noting": ClaimStatus.UNVERIFIED, "adding": ClaimStatus.UNVERIFIED, "stating": ClaimStatus.UNVERIFIED,
    "denying": ClaimStatus.DENIED, "rejecting": ClaimStatus.DISPUTED, "disputing": ClaimStatus.DISPUTED,
    "confirming": ClaimStatus.CONFIRMED, "acknowledging": ClaimStatus.CONFIRMED,
    "citing": ClaimStatus.UNVERIFIED,
}  # fmt: skip
_RELAY_VERBS = (r"reported|shared|cited|published|released|confirmed|provided|quoted|relayed|carried|"
                r"disclosed|revealed|issued|compiled|obtained|seen|made public|announced")  # fmt: skip
_ANAPHORIC_SUBJECT = re.compile(
    r"^(?:The|These|This|Those|That|Such)\s+(?:same\s+)?(?:\w+\s+)?(?:claims?|statements?|figures?|numbers?|"
    r"reports?|remarks?|comments?|allegations?|assessments?|estimates?|accounts?|information|data|"
    r"findings|account|casualty figures|toll|tally|count|assertions?)\b"
)
_RELAY = re.compile(
    r"(?:^|[\s,(—–-])"
    r"(?:(?:were|was|is|are|had been|have been|has been|being|first|later|then|also|and|as)\s+)*"
    rf"(?P<verb>{_RELAY_VERBS})\s+(?:\w+\s+)?by\s+"
)
_AUX = (
    r"(?:\s+(?:has|have|had|also|previously|repeatedly|later|earlier|recently|publicly|again|further|"
    r"separately|then|reportedly|once|first|would|will|did|does|do|could|may|might|had also|has also|"
    r"has long|have long|even|now|already|on\s+\w+day|last\s+week|this\s+week|in\s+a\s+statement))*"
)
_BOUNDARY_WORDS = {
    "that", "but", "while", "as", "when", "because", "which", "after", "before", "where", "although",
    "though", "if", "so", "whereas", "since", "until", "and", "or", "yet", "despite", "whether", "what",
    "how", "why", "than", "once", "unless", "nor",
}  # fmt: skip
_SPEAKER_HEADS = {
    "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "ministry",
    "minister", "group", "agency", "police", "analyst", "analysts", "expert", "experts", "report", "study",
    "data", "survey", "researchers", "researcher", "scientists", "scientist", "lawmaker", "lawmakers",
    "government", "military", "army", "authorities", "source", "sources", "witnesses", "witness",
    "residents", "resident", "company", "firm", "intelligence", "monitor", "monitors", "watchdog",
    "coalition", "statement", "organisation", "organization", "commission", "committee", "court",
    "prosecutors", "prosecutor", "officers", "officer", "diplomats", "diplomat", "leader", "leaders",
    "president", "chief", "director", "professor", "economist", "economists", "activists", "campaigners",
    "charity", "union", "council", "department", "office", "administration", "regime", "navy", "spokesmen",
    "figures", "poll", "statistics", "estimates", "investigators", "inspectors", "observers", "critics",
    "people", "person", "insiders", "aide", "aides", "doctors", "medics", "authority", "agencies",
    "ministries", "secretary", "ambassador", "envoy", "governor", "mayor", "senator", "general",
    "commander", "executive", "founder", "chairman", "team", "panel", "institute", "newspaper",
    "broadcaster", "outlet", "media", "paper", "website", "operator", "bank", "lawyer", "lawyers",
    "relatives", "family", "families", "organizers", "organisers", "observatory", "mission",
    "association", "alliance", "bloc", "opposition", "party", "campaign", "service", "services", "forces",
    "guard", "guards", "troops", "soldiers", "mp", "mps", "legislator", "legislators", "judge",
}  # fmt: skip
_BAD_NP_WORDS = {
    "would", "will", "is", "was", "were", "are", "be", "been", "has", "have", "had", "could", "should",
    "can", "may", "might", "must", "shall", "do", "does", "did", "not", "never", "it’s", "there",
}  # fmt: skip
_NEGATED = re.compile(r"^(?:neither|no|nobody|none|not|nor)\b", re.IGNORECASE)
_INTRO = re.compile(
    r"^(?:In|After|Despite|Though|Although|While|As|On|At|For|With|Without|Since|Following|Amid|"
    r"Earlier|Later|Meanwhile|However|Still|Yet|But|And|Last|This|During|Before|Until|Under|By|From|"
    r"Speaking|Asked|Responding|In response|According)\b[^,]*,\s*"
)
_VERBISH = re.compile(
    r"^(?:has|have|had|is|was|were|are|will|would|can|could|may|might|should|did|does|do|also|even|then|"
    r"has|already|now|still|just|[a-z]{3,}ed|[a-z]{3,}s)$"
)
_OPEN_QUOTES = '“"‘«'
_CLOSE_QUOTES = '”"’»'


@dataclass(frozen=True)
class Mention:
    """A speaker as the article words it, with the role an appositive gives ("a professor at …")."""

    text: str
    role: str = ""


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


def find_cues(sentence: str) -> list[Cue]:
    """The attributions a sentence carries: one, or two for "X called it … and said …"."""
    cue = find_cue(sentence)
    if cue is None:
        return []
    start, end = cue.content
    conjoined = re.compile(
        r"\s(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(said|says|added|warned|insisted|claimed|argued|denied|"
        r"noted|stressed)\s+(?:that\s+)?"
    )
    match = conjoined.search(sentence, start)
    if match is None or cue.relays_previous or _inside(quoted_spans(sentence), match.start()):
        return [cue]
    first_end = min(end, _trim_end(sentence, match.start()))
    second = (match.end(), max(end, _trim_end(sentence, len(sentence))))
    if len(sentence[start:first_end].split()) < 2 or len(sentence[second[0] : second[1]].split()) < 3:
        return [cue]
    return [
        Cue(cue.speakers, cue.status, (start, first_end), False, cue.main_clause),
        Cue(cue.speakers, _VERB_STATUS[match.group(1)], second),
    ]


def find_cue(sentence: str) -> Cue | None:
    """The attribution a sentence carries, if any."""
    for rule in _RULES:
        cue = rule(sentence)
        if cue is not None:
            cue = _with_relays(sentence, _named_body(sentence, cue))
            dateline = _DATELINE.match(sentence)
            if dateline is not None and cue.content[0] < dateline.end() < cue.content[1]:
                # "KINSALA, June 12 (AFP) - Rebels agreed …": the dateline is not part of the claim.
                cue = Cue(cue.speakers, cue.status, (dateline.end(), cue.content[1]), cue.relays_previous,
                          cue.main_clause)  # fmt: skip
            return cue
    return None


def _named_body(sentence: str, cue: Cue) -> Cue:
    """ "In a statement from the Foreign Ministry, Pyongyang claimed …": the ministry is the claimant."""
    first = cue.speakers[0].text
    if cue.relays_previous or not (first.lower() in ("it", "they") or country_of_metonym(first)):
        return cue
    statement = _statement_from(sentence)
    if statement is None or statement.speakers[0].text == first:
        return cue
    return Cue((statement.speakers[0], *cue.speakers[1:]), cue.status, cue.content, cue.relays_previous,
               cue.main_clause)  # fmt: skip


_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w .]+?)?(?:,?\s+\w+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s+[—–-]+\s+"
)
_NOT_A_NAME = {
    "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those",
    "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "At", "On", "For",
    "With", "By", "From", "To", "Of", "Not", "No", "Every", "Each", "Some", "Many", "Most", "All", "Few",
    "More", "Still", "There", "Here", "Its", "His", "Her", "Their", "Our", "Such", "What", "Why", "How",
    "Who", "Under", "Over", "Among", "Despite", "Though", "Although", "Nobody", "Everyone",
    "According", "Following", "Meanwhile", "However", "Earlier", "Later", "Last", "Next", "Today",
    "Yesterday", "Asked", "Speaking", "Instead", "Also", "Then", "Now", "Once", "Since", "Until", "During",
    "Amid", "Across", "Inside", "Outside", "Like", "Unlike", "Even", "Only", "Just", "Both", "Neither",
}  # fmt: skip


def subject_name(sentence: str) -> str | None:
    """The proper name a sentence opens with ("Bong, 56, laughed" -> "Bong"), after any dateline."""
    text = _DATELINE.sub("", sentence)
    text = re.sub(r"^The\s+(?=[A-Z])", "", text)
    match = re.match(r"[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|de|van|von|bin|al|der|la|le))*", text)
    if match is None:
        return None
    if re.match(r"[’']s\b", text[match.end() :]):
        return None  # "Halden's mayor, Ola Strand, said": the mayor is the subject, not Halden
    name = match.group(0).rstrip(".")
    first = name.split()[0]
    if first in _NOT_A_NAME or len(name) < 2:
        return None
    return name


# ---------------------------------------------------------------- rules


def _anaphoric_relay(sentence: str) -> Cue | None:
    if not _ANAPHORIC_SUBJECT.match(sentence):
        return None
    speakers = _by_chain(sentence, 0)
    if not speakers:
        return None
    return Cue(tuple(speakers), ClaimStatus.UNVERIFIED, (0, _trim_end(sentence, len(sentence))), True)


def _quoted_as_saying(sentence: str) -> Cue | None:
    """ "Kim was quoted by KCNA as saying …": the speaker, relayed by whoever quoted them."""
    match = re.search(
        r"\s(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+(?:by\s+(?P<by>[^,]+?)\s+)?"
        r"as\s+(?:saying|telling\s+\S+)\s+(?:that\s+)?",
        sentence,
    )
    if match is None:
        return None
    found = _subject_before(sentence, match.start() + 1)
    if found is None:
        return None
    speakers = [found[0]]
    if match["by"] and _valid_speaker(match["by"]):
        speakers.append(Mention(match["by"]))
    content = (match.end(), _trim_end(sentence, len(sentence)))
    return Cue(tuple(speakers), ClaimStatus.UNVERIFIED, _sane(sentence, content))


def _according_to(sentence: str) -> Cue | None:
    match = re.search(r"\b[Aa]ccording\s+to\s+", sentence)
    if match is None:
        return None
    found = _np_after(sentence, match.end())
    if found is None:
        return None
    mention, np_end = found
    mention = _document_by(mention)
    rest = sentence[np_end:]
    if match.start() == 0 or sentence[: match.start()].strip() in ("", ",") or _INTRO_ONLY(sentence, match):
        comma = re.match(r"\s*,\s*", rest)
        content_start = np_end + comma.end() if comma else np_end
        content = (content_start, _trim_end(sentence, len(sentence)))
    else:
        content = (0, _trim_end(sentence, match.start()))
    return Cue((mention,), ClaimStatus.UNVERIFIED, _sane(sentence, content))


def _INTRO_ONLY(sentence: str, match: re.Match[str]) -> bool:
    """Only an introductory phrase before the cue: "In 2024, according to X, …"."""
    before = sentence[: match.start()].rstrip(" ,")
    return bool(before) and _INTRO.match(before + ", ") is not None and "," not in before


def _subject_verb(sentence: str) -> Cue | None:
    quoted = quoted_spans(sentence)
    for match in re.finditer(r"\b([A-Za-z]+)\b", sentence):
        verb = match.group(1).lower()
        if verb not in _VERB_STATUS or match.start() == 0 or _inside(quoted, match.start()):
            continue
        after = sentence[match.end() :]
        if re.match(r"\s+(?:by|to\s+be|to\s+have|of|for\s+the)\b", after) or re.match(r"\s*-", after):
            continue  # passive or not speech: "reported by", "said to be", "claims of"
        if verb in _NEEDS_THAT and not re.match(r"\s+(?:on\s+\w+\s+)?(?:that\b|[:“\"])", after):
            continue  # "agreed to a ceasefire" is an act, "agreed that …" a statement
        found = _subject_before(sentence, match.start())
        if found is None:
            continue
        mention, np_start = found
        mention = _document_by(mention)
        if verb in _DOCUMENT_VERBS and not _document_subject(found[0].text):
            continue
        if re.search(r"\b(?:when|after|before|while|because|if|until|unless|once|whether)\s+$",
                     sentence[:np_start]):  # fmt: skip
            continue  # "… when he announced the lineup": a circumstance, not the statement
        speakers = [mention]
        content_start, recipient = _after_verb(sentence, match.end(), verb)
        if recipient is not None:
            speakers.append(recipient)
        named_quote = _named_quote(sentence, match.end(), verb)
        if verb in _NAMING_VERBS and named_quote is None:
            continue  # "called for talks", "described the scene": no words of theirs to quote
        quote_before = _quote_before(sentence, np_start, quoted)
        saying = _SAYING.search(sentence[match.end() :])
        relay_next = re.match(r"(?:citing|quoting|according\s+to)\b", sentence[content_start:]) or (
            sentence[:np_start].rstrip().endswith(",") and _TAG_END.match(sentence[match.end() :])
        )
        if named_quote is not None:
            content = named_quote
        elif quote_before is not None:
            # "“…,” the director said on Thursday, a day before …": the quotation is the claim.
            content = quote_before
        elif saying is not None and not quoted_spans(sentence[match.end() : match.end() + saying.start()]):
            # "rejected that account, saying local officials had acted …": the participle carries the claim.
            content = (match.end() + saying.end(), _trim_end(sentence, len(sentence)))
        elif _trim_end(sentence, len(sentence)) - content_start < 4 or relay_next:
            # The tag comes last: "The dam will open, the ministry said."
            content = (0, _trim_end(sentence, np_start))
        else:
            content = (content_start, _trim_end(sentence, len(sentence)))
        return Cue(tuple(speakers), _VERB_STATUS[verb], _sane(sentence, content))
    return None


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (typographic or paired ASCII), marks included."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)", sentence):
        spans.append(match.span())
    return spans


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    return any(start < position < end for start, end in spans)


def _quote_before(sentence: str, np_start: int, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    before = sentence[:np_start].rstrip(" ,")
    for start, end in quoted:
        if end >= len(before) - 1 and end <= np_start:
            return start, _trim_end(sentence, end)
    return None


def _named_quote(sentence: str, position: int, verb: str) -> tuple[int, int] | None:
    """ "called the film “a masterpiece”", "described it as “inert”": the quoted words are the claim."""
    if verb not in _NAMING_VERBS:
        return None
    match = re.match(r"[^“\".]{0,60}?([“\"][^”\"]+[”\"])", sentence[position:])
    if match is None:
        return None
    return position + match.start(1), position + match.end(1)


def _inverted(sentence: str) -> Cue | None:
    """Speaker after the verb: "“We will win,” said Smith, the mayor." / "…, says John Smith." """
    verbs = "|".join(v for v in _VERB_STATUS if v not in _DOCUMENT_VERBS)
    match = re.search(rf"(?P<mark>[,.!?]?[”\"]|,)\s*({verbs})\s+", sentence)
    if match is None:
        return None
    found = _np_after(sentence, match.end())
    if found is None:
        return None
    mention, _np_end = found
    if not _valid_speaker(mention.text):
        return None
    # A quotation keeps its closing mark (and the comma inside it); a bare clause drops the comma.
    end = match.end("mark") if match["mark"] != "," else _trim_end(sentence, match.start())
    return Cue((mention,), _VERB_STATUS[match.group(2).lower()], _sane(sentence, (0, end)))


def _participle(sentence: str) -> Cue | None:
    """Participles take the sentence's subject: "North Korea defended … by claiming …", "…, calling it …"."""
    match = re.search(r"(?:\bby|,)\s+(" + "|".join(_PARTICIPLES) + r")\b", sentence)
    if match is None:
        return None
    subject = _sentence_subject(sentence)
    if subject is None:
        return None
    verb = match.group(1)
    content_start = match.end(1) if verb in ("calling", "describing", "accusing") else match.end()
    if verb in ("calling", "describing", "accusing"):
        content_start = match.start(1)
    that = re.match(r"\s+that\b\s*", sentence[content_start:])
    if that:
        content_start += that.end()
    content = (content_start, _trim_end(sentence, len(sentence)))
    main_clause = (0, _trim_end(sentence, match.start()))
    return Cue((subject,), _PARTICIPLES[verb], _sane(sentence, content), main_clause=main_clause)


def _statement_from(sentence: str) -> Cue | None:
    match = re.search(r"\b(?:statement|communiqué|press release|report|letter)\s+(?:from|by|issued by)\s+",
                      sentence, re.IGNORECASE)  # fmt: skip
    if match is None:
        return None
    found = _np_after(sentence, match.end())
    if found is None:
        return None
    mention, np_end = found
    comma = re.match(r"\s*,\s*", sentence[np_end:])
    start = np_end + comma.end() if comma else 0
    return Cue(
        (mention,), ClaimStatus.UNVERIFIED, _sane(sentence, (start, _trim_end(sentence, len(sentence))))
    )


def _by_phrase(sentence: str) -> Cue | None:
    """A relay verb with an agent outside an anaphor: "Figures shared by the ministry show …"."""
    speakers = _by_chain(sentence, 0)
    if not speakers:
        return None
    return Cue(tuple(speakers), ClaimStatus.UNVERIFIED, (0, _trim_end(sentence, len(sentence))))


# In order: the first rule that reads the sentence decides.
_RULES = (
    _anaphoric_relay,
    _quoted_as_saying,
    _according_to,
    _subject_verb,
    _inverted,
    _participle,
    _statement_from,
    _by_phrase,
)


# ---------------------------------------------------------------- relays


def _with_relays(sentence: str, cue: Cue) -> Cue:
    """Add what else the sentence says about the chain: "citing X", trailing ", Reuters reported"."""
    speakers = list(cue.speakers)
    if not cue.relays_previous:
        start, end = cue.content
        for extra in _by_chain(sentence[:start] + " " * (end - start) + sentence[end:], 0):
            speakers.append(extra)
        writing = re.match(r"^(?:Writing|Speaking|Interviewed)\s+(?:in|to|on|for|by)\s+", sentence)
        if writing is not None:
            # "Writing in Variety, critic X described …": the publication relays the critic.
            found = _np_after(sentence, writing.end())
            if found is not None and found[0].text[:1].isupper():
                speakers.append(found[0])
        citing = re.search(r"\bciting\s+", sentence)
        if citing is not None:
            found = _np_after(sentence, citing.end())
            if found is not None and _valid_speaker(found[0].text):
                speakers.insert(0, _document_by(found[0]))
        tail = re.search(r",\s+([^,]{2,60}?)\s+(reported|said|wrote|says)\s*[.!?]?[”\"]?$", sentence)
        if tail is not None and tail.start() >= cue.content[1] - 1 and len(speakers) >= 1:
            outer = Mention(tail.group(1))
            if _valid_speaker(outer.text) and outer.text.lower() != speakers[-1].text.lower():
                speakers.append(outer)
    unique: list[Mention] = []
    for speaker in speakers:
        if all(speaker.text.lower() != u.text.lower() for u in unique):
            unique.append(speaker)
    return Cue(tuple(unique), cue.status, cue.content, cue.relays_previous, cue.main_clause)


def _by_chain(sentence: str, start: int) -> list[Mention]:
    """Agents of relay participles in order: "reported by AFP and cited by Agerpres" -> AFP, Agerpres."""
    speakers: list[Mention] = []
    position = start
    while True:
        match = _RELAY.search(sentence, position)
        if match is None:
            return speakers
        found = _np_after(sentence, match.end())
        if found is None:
            return speakers
        mention, position = found
        if _valid_speaker(mention.text):
            speakers.append(mention)


# ---------------------------------------------------------------- noun phrases


def _np_after(sentence: str, position: int) -> tuple[Mention, int] | None:
    """The speaker named from `position` to a clause boundary, with a following appositive as its role."""
    rest = sentence[position:]
    stop = re.search(
        r"\s*(?:[,;:()—–]|\s-\s|[.!?](?:\s|$|[”\"])|\s(?:that|who|which|on|in\s+a|in\s+an|last|as|citing|while|"
        r"after|when|but|because|to|and\s+(?=[a-z]))\b|$)",
        rest,
    )
    end = position + (stop.start() if stop else len(rest))
    text = sentence[position:end].strip()
    words = text.split()
    if not words or len(words) > 10:
        return None
    role = ""
    appositive = re.match(r",\s*((?:a|an|the|who|its|his|her)\s[^,.;]{2,80})(?:,|\.|$)", sentence[end:])
    named = re.match(r",\s*([A-Z][\w.&’'-]*(?:\s+[A-Z&][\w.&’'-]*){0,4})\s*(?:,|\.|$)", sentence[end:])
    if appositive and text[:1].isupper():
        role = appositive.group(1).strip()
    elif named and re.match(r"(?:the|a|an|its|their)\s", text, re.IGNORECASE):
        # "the production company, Barunson E&A": the name, described.
        role = text
        text = named.group(1)
        end = end + named.end(1)
    return Mention(text.strip(_OPEN_QUOTES + _CLOSE_QUOTES), role), end


def _subject_before(sentence: str, verb_start: int) -> tuple[Mention, int] | None:
    """The speaker right before a speech verb, stepping over auxiliaries and a "…, who …," appositive."""
    before = sentence[:verb_start]
    aux = re.search(_AUX + r"\s*$", before)
    if aux is not None:
        before = before[: aux.start()]
    segment, seg_start = _comma_segment(before)
    role = ""
    if (
        seg_start > 0
        and before[:seg_start].rstrip().endswith(",")
        and (_APPOSITIVE.match(segment) or _RELAY_PHRASE.match(segment))
    ):
        # "John Smith, a professor at Yale, said" / "The ministry, quoted by the Courier, said".
        head_text = before[:seg_start].rstrip()[:-1]
        name, name_start = _comma_segment(head_text)
        if name and _valid_speaker(_cut_boundary(name)[0]) and not _INTRO.match(name + ", "):
            if not _RELAY_PHRASE.match(segment):
                role = segment.strip(" ,")
            segment, seg_start = name, name_start
    elif seg_start > 0 and before[:seg_start].rstrip().endswith(",") and _looks_like_name(segment):
        # "The district governor, Ante Babic, said": the name, with the description as its role.
        head_text = before[:seg_start].rstrip()[:-1]
        description, _start = _comma_segment(head_text)
        description = _cut_boundary(description)[0]
        first = description.split()[0].lower() if description else ""
        if first in ("the", "a", "an", "its", "their", "his", "her") and _valid_speaker(description):
            role = description
    segment, offset = _cut_boundary(segment)
    seg_start += offset
    segment = segment.strip(" ,")
    if not _valid_speaker(segment):
        return None
    return Mention(segment.strip(_OPEN_QUOTES + _CLOSE_QUOTES), role), seg_start


_SAYING = re.compile(
    r",\s+(?:saying|adding|arguing|insisting|claiming|noting|warning|stressing)\s+(?:that\s+)?"
)
_APPOSITIVE = re.compile(r"^(?:who|which|whose|a|an|the|its|his|her|their|\d+)\b")
_RELAY_PHRASE = re.compile(
    r"^(?:as\s+)?(?:quoted|cited|reported|carried|interviewed)\s+by\b|^according\s+to\b"
)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _comma_segment(text: str) -> tuple[str, int]:
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


def _cut_boundary(segment: str) -> tuple[str, int]:
    """The words after the last clause word ("that", "when", "and" …) in the segment, and their offset."""
    for word in reversed(list(re.finditer(r"\S+", segment))):
        if word.group(0).lower().strip(",") in _BOUNDARY_WORDS:
            rest = segment[word.end() :]
            return rest.strip(), word.end() + (len(rest) - len(rest.lstrip()))
    return segment, 0


def _sentence_subject(sentence: str) -> Mention | None:
    """The subject of the main clause, for participles: words up to the first verb-like word."""
    intro = _INTRO.match(sentence)
    start = intro.end() if intro else 0
    words: list[str] = []
    for match in re.finditer(r"[^\s,]+|,", sentence[start:]):
        word = match.group(0)
        if word == ",":
            break
        lowered = word.lower()
        if (
            words
            and _VERBISH.match(lowered)
            and not word[:1].isupper()
            and not _noun_after(words[-1], lowered)
        ):
            break
        words.append(word)
        if lowered in ("it", "he", "she", "they", "we"):
            break
        if len(words) > 8:
            return None
    text = " ".join(words)
    if not text or not _valid_speaker(text):
        return None
    return Mention(text)


def _noun_after(previous: str, word: str) -> bool:
    """A plural noun, not a verb, after a number or article: "11 nations", "the officials"."""
    lowered = previous.lower()
    return word.endswith("s") and (
        lowered.replace(",", "").isdigit()
        or lowered in _DET_WORDS
        or lowered in _PREPOSITIONS
        or word in _SPEAKER_HEADS
    )


def _valid_speaker(text: str) -> bool:
    """Words that can name who speaks: a name, a pronoun, or a speaker noun ("officials", "the ministry")."""
    words = text.strip(" ,").split()
    if not words or len(words) > 10 or _NEGATED.match(text):
        return False
    lowered = [w.lower().strip(_OPEN_QUOTES + _CLOSE_QUOTES + ",.") for w in words]
    if len(words) == 1 and lowered[0] in ("he", "she", "they", "it"):
        return True
    if any(w in _BAD_NP_WORDS for w in lowered) or lowered[-1].endswith(("’s", "'s")):
        return False
    if any(w in ("i", "we", "you", "us", "me") for w in lowered):
        return False  # speech inside a quotation, not a speaker of the article
    # The head noun comes before a prepositional phrase: "a coalition of 11 nations".
    first_prep = next((i for i, w in enumerate(lowered) if i > 0 and w in _PREPOSITIONS), len(lowered))
    head = lowered[first_prep - 1]
    before_prep = lowered[:first_prep]
    if (
        head in _SPEAKER_HEADS
        or lowered[-1] in _SPEAKER_HEADS
        or PERSON_ROLE.fullmatch(head)
        or any(w in _SPEAKER_HEADS for w in before_prep[1:][-2:] if w not in _DET_WORDS)
    ):
        return True
    proper = [w for i, w in enumerate(words) if w[:1].isupper() and (i > 0 or w.lower() not in _DET_WORDS)]
    return bool(proper) and (words[-1][:1].isupper() or words[-1][:1].isdigit() or head in _SPEAKER_HEADS)


_PREPOSITIONS = {"of", "for", "at", "from", "in", "with"}
_DET_WORDS = {"the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "one", "two"}


def _document_subject(text: str) -> bool:
    return _DOCUMENT.search(text) is not None


_DOCUMENT = re.compile(
    r"\b(?:report|study|survey|data|figures|analysis|poll|research|review|assessment|investigation|audit|"
    r"statistics|findings|estimates?|document|paper|tally|count|database|records|statement|release|"
    r"projections?|calculations?|filing|images|analysis)\b",
    re.IGNORECASE,
)


def _document_by(mention: Mention) -> Mention:
    """The author of a document: "figures released by the ministry" -> the ministry."""
    match = re.search(r"\b(?:by|from|of)\s+(.+)$", mention.text)
    if match and _document_subject(mention.text[: match.start()]) and _valid_speaker(match.group(1)):
        return Mention(match.group(1), mention.role)
    return mention


def _after_verb(sentence: str, position: int, verb: str = "said") -> tuple[int, Mention | None]:
    """Where the reported content starts after a speech verb, and a news outlet it was told to."""
    rest = sentence[position:]
    recipient: Mention | None = None
    takes_recipient = verb in _TELL_VERBS
    told = re.match(r"\s+(?:to\s+)?((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})", rest)
    if told and takes_recipient and _relay_name(told.group(1)):
        recipient = Mention(told.group(1))
    if told and takes_recipient:
        position += told.end()
        rest = sentence[position:]
    interview = re.match(r"\s+in\s+an?\s+(?:interview|statement|post|briefing|report)\s+(?:with|to|on)\s+"
                         r"((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})", rest)  # fmt: skip
    if interview and recipient is None and _outlet_name(interview.group(1)):
        recipient = Mention(interview.group(1))
    listener = r"reporters|journalists|the\s+press|parliament|lawmakers|the\s+\w+|an?\s+\w+|\w+"
    skip = re.match(
        rf"(?:\s*,)?(?:\s+(?:{listener})(?=\s|,|:))?" if takes_recipient else r"(?:\s*,)?",
        rest,
    )
    position += skip.end() if skip else 0
    rest = sentence[position:]
    skip = re.match(
        r"(?:\s+(?:on|last|this|in|at|during|late|early|via|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
        r"[^,:“\"]*?(?=,|:|\s+that\b|\s+“|$))?"
        r"(?:\s*[,:])?(?:\s+that\b)?\s*",
        rest,
    )
    return position + (skip.end() if skip else 0), recipient


_TELL_VERBS = {"tell", "tells", "told"}
# "…, the Joint Chiefs said, the third launch this month.": the tag closes the clause before it.
_TAG_END = re.compile(
    r"\s*(?:(?:on|in|last|this|late|early)\s+\w+(?:\s+\w+)?\s*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*)?"
    r"(?:[,;]|[.!?]?$)"
)


def _relay_name(text: str) -> bool:
    """A name someone told something to that passes it on: a news organisation, or a name of no known kind."""
    kind, person = classify(text)
    if kind in (SourceKind.WIRE, SourceKind.OUTLET, SourceKind.STATE_MEDIA):
        return True
    return kind is SourceKind.COMPANY and not person and rule_kind(text) is None


def _outlet_name(text: str) -> bool:
    kind, _person = classify(text)
    return kind in (SourceKind.WIRE, SourceKind.OUTLET, SourceKind.STATE_MEDIA)


def _trim_end(sentence: str, end: int) -> int:
    """Drop trailing spaces, commas and the full stop (a quote keeps its closing mark)."""
    while end > 0 and sentence[end - 1] in " ,;:.":
        end -= 1
    return end


def _sane(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span itself if it holds a clause (three words or more), else the whole sentence."""
    start, end = span
    while start < end and sentence[start] in " ,;:":
        start += 1
    if end - start < 2 or len(sentence[start:end].split()) < 3:
        return 0, _trim_end(sentence, len(sentence))
    return start, end
