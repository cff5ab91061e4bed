"""Words that can name a speaker: head nouns of people and bodies, and the test `valid_speaker`.

"officials", "the ministry", "Two loggers", "a second vice-chancellor", "my
colleague Jane Doe" name who speaks; "in Iowa", "Her estimate", "there" do not.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import PERSON_ROLE

OPEN_QUOTES = '“"‘«'
CLOSE_QUOTES = '”"’»'

SPEAKER_HEADS = {
    "club", "side", "league", "hospital", "school", "university", "church", "airline", "carrier", "network",
    "channel", "station", "site", "platform", "museum", "festival", "embassy", "consulate", "regulator",
    "insurer", "lender", "retailer", "manufacturer", "developer", "publisher", "studio", "label", "sister",
    "brother", "mother", "father", "son", "daughter", "wife", "husband", "widow", "neighbour",
    "neighbor", "friend", "colleague", "teammate", "coach", "manager", "owner", "attorney",
    "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "ministry",
    "minister", "group", "agency", "police", "analyst", "analysts", "expert", "experts", "report", "study",
    "data", "survey", "researchers", "researcher", "scientists", "scientist", "lawmaker", "lawmakers",
    "government", "military", "army", "authorities", "source", "sources", "witnesses", "witness",
    "residents", "resident", "company", "firm", "intelligence", "monitor", "monitors", "watchdog",
    "coalition", "statement", "organisation", "organization", "commission", "committee", "court",
    "prosecutors", "prosecutor", "officers", "officer", "diplomats", "diplomat", "leader", "leaders",
    "president", "chief", "director", "professor", "economist", "economists", "activists", "campaigners",
    "charity", "union", "council", "department", "office", "administration", "regime", "navy", "spokesmen",
    "figures", "poll", "polls", "pollsters", "statistics", "estimates", "investigators", "inspectors",
    "observers", "critics", "polling",
    "people", "person", "insiders", "aide", "aides", "doctors", "medics", "authority", "agencies",
    "ministries", "secretary", "ambassador", "envoy", "governor", "mayor", "senator", "general",
    "commander", "executive", "founder", "chairman", "team", "panel", "institute", "newspaper",
    "broadcaster", "outlet", "media", "paper", "website", "operator", "bank", "lawyer", "lawyers", "counsel",
    "relatives", "family", "families", "organizers", "organisers", "observatory", "mission",
    "association", "alliance", "bloc", "opposition", "party", "campaign", "service", "services", "forces",
    "guard", "guards", "troops", "soldiers", "mp", "mps", "legislator", "legislators", "judge",
    # Groups of people who speak for themselves in reporting: "voters and volunteers said …".
    "voters", "volunteers", "supporters", "members", "workers", "employees", "staff", "parents",
    "students", "teachers", "farmers", "protesters", "demonstrators", "fans", "citizens", "locals",
    "survivors", "victims", "patients", "nurses", "scholars", "historians", "engineers", "consultants",
    "tribe", "tribes", "clan", "clans", "elders", "villagers", "community", "communities", "nation",
    "feds", "men", "women", "relative", "affidavit", "complaint", "indictment", "lawsuit", "suit",
    "release", "filing", "records", "tracker", "list", "petition", "letter", "republicans", "democrats",
    "conservatives", "institutions", "universities", "schools", "hospitals", "councils", "companies",
    "firms", "charities", "unions", "trust", "board",
    # Texts that state what they require: "The new regulations state that …".
    "regulations", "legislation", "bill", "rules", "guidance", "guidelines", "law", "details", "studies",
    "reports", "surveys", "research", "audit", "inquiry", "assessment",
    # Tests that speak on their own: "The scan revealed …", "Blood tests showed that …".
    "scan", "scans", "test", "tests", "x-ray", "x-rays", "bloodwork", "biopsy", "results", "autopsy",
    "investigation", "prosecution", "defence", "defense",
    # People and bodies that news English quotes, beyond the endings `_people_head` reads (-er, -ist …).
    "crew", "pilot", "pilots", "chef", "athlete", "athletes", "star", "veteran", "veterans", "trooper",
    "deputy", "deputies", "sheriff", "detective", "detectives", "sergeant", "lieutenant", "colonel",
    "clerk", "pastor", "priest", "bishop", "rabbi", "imam", "cleric", "nun", "monk", "delegate",
    "delegates", "juror", "jurors", "jury", "plaintiff", "plaintiffs", "suspect", "victim", "child",
    "children", "kids", "teen", "teens", "teenager", "mom", "mum", "dad", "grandmother", "grandfather",
    "grandson", "granddaughter", "uncle", "aunt", "cousin", "nephew", "niece", "fiancé", "fiancee",
    "fiancée", "spouse", "partner", "couple", "guy", "boy", "girl", "senate", "parliament",
    "cabinet", "congress", "assembly", "legislature", "city", "county", "state", "district", "province",
    "village", "town", "municipality", "airport", "zoo", "clinic", "lab", "laboratory", "centre", "center",
    "nonprofit", "foundation", "brand", "chain", "store", "shop", "restaurant", "startup", "giant", "body",
    "bodies", "squad", "cop", "cops", "medic", "paramedics", "representatives", "representative", "rep",
    "chair", "coroner", "examiner", "ombudsman",
    # Texts that carry someone's words ("“…,” read the notice", "The memo said …"); a sign or a banner
    # only labels ("The sign says Keep Out").
    "notice", "memo", "message", "note", "email", "tweet", "document", "documents", "leaflet", "brochure",
    "transcript", "minutes", "draft",
    # Sports, entertainment and business copy: "the quarterback said", "the duo said", "the brokerage said".
    "quarterback", "linebacker", "rookie", "youngster", "boss", "champion", "champ", "nominee", "incumbent",
    "superstar", "legend", "icon", "mogul", "billionaire", "tycoon", "entrepreneur", "influencer", "surgeon",
    "midwife", "inmate", "academic", "poet", "duo", "trio", "pair", "band", "tabloid", "magazine", "journal",
    "publication", "brokerage", "consultancy", "tank", "automaker", "carmaker", "drugmaker",
    "chipmaker", "findings", "finding", "analysis", "review", "experiment", "projections",
    # Utilities and advocates speak in public-service copy ("The utility said …", "Consumer advocates are
    # urging …"); footage and images speak as documents do ("Video footage shows …").
    "utility", "utilities", "advocate", "advocates", "footage", "photos", "photographs",
    "images", "recordings",
}  # fmt: skip
# "the 28-year-old said": a person named by their age.
AGED = re.compile(r"^(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old$")


BAD_NP_WORDS = {
    "would", "will", "is", "was", "were", "are", "be", "been", "has", "have", "had", "could", "should",
    "can", "may", "might", "must", "shall", "do", "does", "did", "not", "never", "it’s", "there",
}  # fmt: skip


NEGATED = re.compile(r"^(?:neither|no|nobody|none|not|nor)\b", re.IGNORECASE)


# Heads that name an institution by their ending: inspectorate, secretariat, federation, authority, council.
_INSTITUTION = re.compile(r"(?:orate|ariat|ation|ission|ority|uncil|ittee|ureau|ency|ment)$")


# Speech verbs that open an inverted tag ("“…,” wrote Fenn"): a speaker never starts with one.
_TAG_VERBS = {
    "said",
    "says",
    "wrote",
    "writes",
    "told",
    "tells",
    "added",
    "adds",
    "explained",
    "noted",
    "asked",
}


# The narrator, the reader or a pointer word: no one a post or a statement can come from.
_NO_THIRD_PARTY = frozenset({"i", "we", "you", "it", "this", "that", "there"})


def names_a_giver(text: str) -> bool:
    """Whether words before "posted …" or "issued a statement" name someone other than the narrator or
    the reader ("I got a reply from …" and "It posted" name no giver)."""
    return text.lower() not in _NO_THIRD_PARTY and valid_speaker(text)


# "as traders brace in case the firm reports …": a subject read back over a clause of condition.
CONDITIONAL_INSIDE = re.compile(
    r"\b(?:in\s+case|if|unless|lest)\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+$"
)


def valid_speaker(text: str) -> bool:
    """Words that can name who speaks: a name, a pronoun, or a speaker noun ("officials", "the ministry")."""
    words = text.strip(" ,").split()
    if not words or len(words) > 16 or NEGATED.match(text):
        return False
    lowered = [w.lower().strip(OPEN_QUOTES + CLOSE_QUOTES + ",.") for w in words]
    if re.fullmatch(r"not|never|\w+n[’']t", lowered[-1]):
        return False  # "The office didn't immediately respond …": a negated verb says nothing
    if CONDITIONAL_INSIDE.search(text.strip(" ,")):
        return False  # "traders brace in case the firm (reports …)": a condition's subject, no speaker
    if len(words) > 10 and not _long_but_headed(words, lowered):
        return False
    if len(words) == 1 and lowered[0] in (
        "he",
        "she",
        "they",
        "it",
        "others",
        "some",
        "many",
        "one",
        "another",
    ):
        return True  # "others said they …": some of the people just named
    if len(words) > 1 and lowered[0] in ("he", "she", "they") and words[1][:1].islower():
        return False  # "he thanked the staff, called …": a pronoun and its verb, a clause and no name
    if words[-1] in DET_WORDS or words[-1] in ("his", "her", "its", "their", "who", "which", "whom"):
        return False  # "an estimated net worth": the verb is an adjective after an article
    share = _SHARE_OF.match(" ".join(lowered))
    if share is not None:  # "Nearly half of respondents said …", "two-thirds of those surveyed": a share
        rest = " ".join(lowered)[share.end() :].split()
        if rest[0] in ("them", "those", "these"):
            return len(rest) == 1 or rest[1] in _ASKED | _THOSE_WHO
        return valid_speaker(" ".join(rest))
    if len(lowered) > 2 and lowered[0] in _COUNTS | _SOME | _MOST and lowered[1] == "of":
        asked = len(lowered) == 3 or lowered[3] in _ASKED | _THOSE_WHO
        if lowered[2] in ("them", "those", "these") and asked:
            return True  # "Many of them said …", "Most of those interviewed said …": the people just named
        if lowered[0] in _COUNTS | _SOME:
            return valid_speaker(" ".join(words[2:]))  # "one of the occupants": the occupants are speakers
    if lowered[0] == "those" and len(lowered) > 2 and lowered[1] in _THOSE_WHO:
        return not any(w in BAD_NP_WORDS for w in lowered)  # "those close to the talks said …"
    if re.fullmatch(r"[a-z]+ing", words[0]) and len(lowered) > 1 and lowered[1] in _PREPOSITION_FIRST:
        return False  # "working in particular with the Coalition Forces": a verb phrase, not a speaker
    if lowered[0] in _TAG_VERBS and len(words) > 1:
        return False  # "“…,” wrote Fenn in a research report": the tag's verb, then its speaker
    if lowered[0] in _SUBORDINATORS:
        return False  # "If your mom comes and says …": a clause opener; what may be said has no speaker
    if any(w in _SUBORDINATORS or w in ("whenever", "when", "while") for w in lowered[1:]):
        return False  # "extracting more whenever the data suggests …": a clause ran into the subject
    if lowered[0] in _PREPOSITION_FIRST or lowered[0] in _DESCRIBING_PARTICIPLES:
        return False  # "in Iowa, said Pat Rynard": a place the quotation was about, not a speaker
    named_exceptions = {i for i, w in enumerate(words) if i > 0 and w == "May"}  # "a study published in May"
    # "Will Moy", "May Lund": a first name that is also a modal verb, before a capitalised surname.
    named_exceptions |= {
        i for i, w in enumerate(words[:-1]) if w in ("Will", "May") and words[i + 1][:1].isupper()
    }
    if any(w in BAD_NP_WORDS for i, w in enumerate(lowered) if i not in named_exceptions) or lowered[
        -1
    ].endswith(("’s", "'s")):
        return False
    possessed = lowered[0] in ("her", "his", "its", "their", "our", "my", "your")
    named = len(words) > 2 and all(w[:1].isupper() for w in words[-2:])  # "my colleague Jane Doe"
    # "her mum Ami", "his coach Tom": a person noun, then the given name alone, as family stories write it.
    named = named or (
        len(words) == 3
        and (lowered[1] in SPEAKER_HEADS or PERSON_ROLE.fullmatch(lowered[1]) is not None)
        and re.fullmatch(r"[A-Z][a-z’'-]+", words[2]) is not None
        and not re.fullmatch(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Tonight", words[2])
    )
    if possessed and not (lowered[-1] in SPEAKER_HEADS or PERSON_ROLE.fullmatch(lowered[-1]) or named):
        return False  # "Her estimate is …": a noun after a possessive; "its director said" is a speaker
    # "I’d", "We’ve": the pronoun under its contraction.
    persons = [re.split(r"[’']", w)[0] for w in words]
    # "The We Company’s chair": a word inside a capitalised name is no pronoun.
    persons = ["" if _inside_name(words, i) else w for i, w in enumerate(persons)]
    if any(w == "I" or (w.lower() in ("we", "you", "us", "me") and not w.isupper()) for w in persons):
        return False  # speech inside a quotation, or the writer's own voice: not a speaker of the article
    # The head noun comes before a prepositional phrase: "a coalition of 11 nations".
    # … or before a participle: "a study published in May", "research conducted in mice".
    first_prep = next(
        (i for i, w in enumerate(lowered) if i > 0 and (w in PREPOSITIONS or w in _PARTICIPLES)), len(lowered)
    )
    head = lowered[first_prep - 1]
    before_prep = lowered[:first_prep]
    if (
        head in SPEAKER_HEADS
        or AGED.match(head)
        or _INSTITUTION.search(head)
        or lowered[-1] in SPEAKER_HEADS
        or PERSON_ROLE.fullmatch(head)
        or any(w in SPEAKER_HEADS for w in before_prep[1:][-2:] if w not in DET_WORDS)
        or _people_head(lowered[0], head)
        or _plural_body(head)
    ):
        return True
    proper = [w for i, w in enumerate(words) if w[:1].isupper() and (i > 0 or w.lower() not in DET_WORDS)]
    return bool(proper) and (words[-1][:1].isupper() or words[-1][:1].isdigit() or head in SPEAKER_HEADS)


def _long_but_headed(words: list[str], lowered: list[str]) -> bool:
    """ "the U.S. Attorney's Office for the Western District of New York", "the authors of a study
    published in …": a long speaker only when a speaker noun comes early and the rest describes it."""
    first_prep = next((i for i, w in enumerate(lowered) if 0 < i <= 5 and w in PREPOSITIONS), None)
    if first_prep is None:
        return False
    head = re.sub(r"[’']s$", "", lowered[first_prep - 1])
    # "Dr. Ana Ruiz of the State Department of Health and Human Services": a full name, then where they work.
    named = 2 <= first_prep <= 4 and all(w[:1].isupper() for w in words[:first_prep])
    return (
        named
        or head in SPEAKER_HEADS
        or _INSTITUTION.search(head) is not None
        or bool(PERSON_ROLE.fullmatch(head))
    )


def _plural_body(head: str) -> bool:
    """ "advocacy groups", "rights organisations", "two airlines": the plural of a speaker noun."""
    singular = re.sub(r"ies$", "y", head) if head.endswith("ies") else head.removesuffix("s")
    return singular != head and singular in SPEAKER_HEADS and singular not in _NOT_PLURAL_SPEAKERS


# Plurals that name no speaker: "the data", "news reports said" have their own entries; "details" and
# "figures" are already listed where they speak.
_NOT_PLURAL_SPEAKERS = {"label", "site", "brand", "chain", "note", "list", "draft", "minute", "star", "guy"}


def _people_head(first: str, head: str) -> bool:
    """ "Two loggers", "a second vice-chancellor", "the councilmembers": a counted or determined noun
    for people by its ending (-er, -or, -ist, -ian, -ant, -ent), or a role after a hyphen."""
    plural = head.endswith("s") and bool(_PEOPLE_ENDING.search(head))  # "rival traders said"
    if not plural and first not in DET_WORDS and first not in _COUNTS and not first.isdigit():
        return False
    last = head.rsplit("-", 1)[-1]
    return bool(_PEOPLE_ENDING.search(head)) or PERSON_ROLE.fullmatch(last) is not None


_PARTICIPLES = {
    "published", "conducted", "released", "issued", "commissioned", "funded", "presented", "compiled",
    "collected", "produced", "prepared", "carried", "led", "obtained", "seen", "posted", "filed", "shared",
    # "people familiar with the matter", "a source close to the talks", "officials briefed on the plan".
    "familiar", "close", "briefed", "knowledgeable", "involved",
}  # fmt: skip
# "Those close to the talks", "those familiar with the plan", "those in favour of a ban": people.
_THOSE_WHO = {
    "close", "familiar", "involved", "in", "with", "at", "inside", "on", "working", "opposed", "behind",
    "briefed", "knowledgeable",
}  # fmt: skip
# "The findings, published in Nature, suggest …": a participle phrase describes a speaker, it is none.
_DESCRIBING_PARTICIPLES = {
    "published", "conducted", "released", "issued", "commissioned", "funded", "presented", "compiled",
    "collected", "produced", "prepared", "obtained", "posted", "filed",
}  # fmt: skip
_PEOPLE_ENDING = re.compile(r"(?:[^e]er|or|ist|ian|ant|ent|member|chancellor|m[ae]n)s?$")
_COUNTS = {
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "both",
    "fellow",
    "other",
    "another",
    "second",
    "most",
}
_SOME = {"some", "many", "several", "none"}
_SHARE_OF = re.compile(
    r"(?:(?:nearly|almost|about|around|roughly|only|over|under|(?:just\s+)?(?:more|less|fewer)\s+than)\s+)?"
    r"(?:half|a\s+(?:third|quarter|fifth|tenth|majority|minority)|the\s+majority|two-thirds|three-quarters)"
    r"\s+of\s+(?=\S)"
)
# "Most of those interviewed said …": the people asked, as a group.
_ASKED = {"interviewed", "surveyed", "polled", "asked", "questioned", "present", "attending", "who"}
_MOST = {"most", "all", "both", "few"}
_SUBORDINATORS = {"if", "unless", "whether", "although", "though", "because", "until"}
_PREPOSITION_FIRST = {"in", "on", "at", "from", "for", "with", "to", "by", "of", "into", "across", "over"}


# "a doctor on the scene", "executives across the industry": the head comes before these too.
PREPOSITIONS = {"of", "for", "at", "from", "in", "with", "on", "across", "inside", "outside", "near",
                "throughout", "within", "among", "behind"}  # fmt: skip


DET_WORDS = {"the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "one", "two"}


def _inside_name(words: list[str], index: int) -> bool:
    """The word sits between "The"/"the" or a capitalised word and another capitalised word."""
    if not 0 < index < len(words) - 1:
        return False
    before, after = words[index - 1], words[index + 1]
    return (before[:1].isupper() or before == "the") and after[:1].isupper()


# "People think …", "some people actually think …", "Others say …" inside a speaker's quotation: the
# speaker sums up a view, naming no one who holds it.
_PEOPLE_AT_LARGE = re.compile(
    r"(?:some|many|most|few|other|a\s+lot\s+of|lots\s+of)?\s*(?:people|folks|others|everyone|everybody)", re.I
)


def people_at_large(name: str) -> bool:
    """Whether a mention names people in general, not anyone who could be asked."""
    return _PEOPLE_AT_LARGE.fullmatch(name.strip(" …")) is not None


def plural_pair(left: list[str], right: list[str]) -> bool:
    """Two short plural noun phrases joined by "and" ("Doctors and nurses"): one subject, when the
    left one is the segment's first words and holds no verb ("Prices rose and analysts said" is two)."""

    def plural(word: str) -> bool:
        return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))

    if not (1 <= len(left) <= 3 and 1 <= len(right) <= 4) or not (plural(left[-1]) and plural(right[-1])):
        return False
    return all(w.isalpha() and w.lower() not in _NOT_IN_A_GROUP for w in left)


# Words that make the left side a clause, not a noun phrase ("Prices were cut and analysts said").
_NOT_IN_A_GROUP = {"were", "are", "was", "is", "has", "have", "had", "says", "said", "rose", "fell", "that"}
