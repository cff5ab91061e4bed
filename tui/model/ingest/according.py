"""Attribution by a preposition: "according to X", "per X", with what the phrase can carry.

"according to Levy and authorities from the county police" names two sources;
"… called the plan “reckless,” according to the Gazette" nests a speaker inside
the phrase (the claimant first, then who reported it); "according to
information received by this newspaper" is the outlet's own reporting, not a
source.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.documents import document_by
from tui.model.ingest.phrases import INTRO, Mention, sane, trim_end
from tui.model.ingest.speaker_after import np_after
from tui.model.ingest.speaker_words import valid_speaker

# "per cent", "per hour", "$600 per night": a rate, not a source.
_ACCORDING_TO = re.compile(
    # "according to plan", "according to schedule": how things went, not who says so ("according to
    # the plan" may be the document's words).
    r"\b[Aa]ccording\s+to\s+(?!(?:plan|schedule|script|tradition|custom|protocol|need|merit|taste)\b"
    r"(?![’'-]))|(?:(?<=[,;—–(] )|^)[Pp]er\s+(?!cent\b|capita\b|annum\b|se\b|head\b|hour\b|"
    r"day\b|night\b|week\b|month\b|year\b|person\b|household\b|share\b|unit\b|\d)(?=[a-zA-Z])"
)
# The outlet itself: "this newspaper", "this media house", "our reporter".
_OUTLET_ITSELF = re.compile(
    r"\b(?:this|our)\s+(?:newspaper|media\s+house|publication|paper|website|site|outlet|reporter|"
    r"correspondent|station|programme|program|network|news\s+organi[sz]ation|magazine)\b",
    re.IGNORECASE,
)


# "The plan is, according to X, …": the phrase right after the clause's verb "to be".
_AFTER_COPULA = re.compile(r"\b(?:is|was|are|were|be|been|remains|remained)\s*,\s*$")
# "data on the Trailhead Forum": numbers a site publishes are the site's.
_DATA = re.compile(r"(?i)(?:the\s+)?(?:data|figures|statistics|numbers)")
# "figures released in July", "data published last week": when the numbers came out, and no one named.
_RELEASED_WHEN = re.compile(
    r"\s*(?P<data>(?:the\s+)?(?:data|figures|statistics|numbers)\s+(?:released|published|issued|compiled|obtained)"
    r"\s+(?:in|on|last|this|earlier)\s+[^,;.“\"]{1,25}?)(?=\s*[,;.]|$)"
)
_ON_SITE = re.compile(r"\s+on\s+((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,5})(?=\s*[,;.]|$)")
# "The bridge, which, according to the council, was built in 1920, will close": the main clause goes on.
_MAIN_VERB_LATER = re.compile(
    r",\s+[^,]*?,\s+(?:will|would|is|was|are|were|has|have|had|can|could|may|must)\b"
)


# "according to Smith is worth": a verb right after the name, in a clause the phrase sits inside.
_VERB_AFTER_NAME = re.compile(r"\s+(?:is|was|are|were|has|have|had|will|would|could|can|should|may|might)\b")


def according_to(sentence: str, inner: Callable[[str], Cue | None]) -> Cue | None:
    """The cue of "according to X"/"per X"; `inner` finds a speaker nested in the words before it."""
    match = _ACCORDING_TO.search(sentence)
    if match is None:
        return None
    found = np_after(sentence, match.end())
    by = re.match(
        r"[^,;.]{3,60}?\b(?:compiled|kept|maintained|published|run)\s+by\s+", sentence[match.end() :]
    )
    if found is None and by is not None:
        found = np_after(sentence, match.end() + by.end())  # "per a list compiled by political scientist X"
    if found is None:
        return None
    mention, np_end = found
    hosted = _ON_SITE.match(sentence, np_end) if _DATA.fullmatch(mention.text) else None
    if hosted is not None:  # "according to data on the Trailhead Forum": the site's numbers
        mention, np_end = Mention(hosted.group(1)), hosted.end()
    released = _RELEASED_WHEN.match(sentence, match.end())
    if released is not None:  # "according to figures released in July": no author, so the data as worded
        mention, np_end = Mention(released["data"]), released.end()
    verb = _VERB_AFTER_NAME.search(mention.text)
    if verb is not None and valid_speaker(mention.text[: verb.start()]):
        # "The deal, which according to Smith is worth $2 billion, …": the name ends at the clause's verb,
        # and the whole sentence is the claim.
        mention = Mention(mention.text[: verb.start()], mention.role)
        whole = (0, trim_end(sentence, len(sentence)))
        return Cue((document_by(mention),), ClaimStatus.UNVERIFIED, sane(sentence, whole))
    if outlet_itself(mention.text):
        return None  # the outlet's own reporting: its sentences are not attributed to a source
    speakers = [document_by(mention)]
    also = re.match(r"\s+and\s+", sentence[np_end:])
    if also is not None:
        # "according to Levy and authorities from the county police": both say so.
        second = np_after(sentence, np_end + also.end())
        if second is not None and valid_speaker(second[0].text) and not outlet_itself(second[0].text):
            speakers.append(document_by(second[0]))
            np_end = second[1]
    closed = (
        re.match(r",\s*" + re.escape(mention.role) + r"\s*(?=,)", sentence[np_end:]) if mention.role else None
    )
    if closed is not None:
        np_end += closed.end()  # "According to Ada Lund, the head of the trust, rents …": past her role
    rest = sentence[np_end:]
    before = sentence[: match.start()]
    after_conjunction = re.search(r"(?:^|[,;]\s*)(?:but|and|yet|so|though|however)\s*,?\s*$", before, re.I)
    if after_conjunction is not None and re.match(r"\s*,\s*(?=\S)", rest):
        # "Prices fell, but, according to Vole, the cost has been high": the clause after is the claim.
        start = np_end + len(rest) - len(rest.lstrip(" ,"))
        return Cue(
            tuple(speakers),
            ClaimStatus.UNVERIFIED,
            sane(sentence, (start, trim_end(sentence, len(sentence)))),
        )
    if (
        re.search(r"\b(?:which|who)\s*,\s*$", before)
        and re.match(r"\s*,\s*(?=\S)", rest)
        and not _MAIN_VERB_LATER.search(rest)
    ):
        # "… dark mode, which, according to data on the forum, is the most wanted feature": the relative
        # clause after the phrase is what the source says.
        start = np_end + len(rest) - len(rest.lstrip(" ,"))
        return Cue(
            tuple(speakers),
            ClaimStatus.UNVERIFIED,
            sane(sentence, (start, trim_end(sentence, len(sentence)))),
        )
    if _between_subject_and_verb(before, rest):
        # "Saturday's peak demand, according to Mr. Marcus, reached 44,947 megawatts": the phrase sits
        # between a clause's subject and its verb, so the whole clause is what the source says.
        return Cue(
            tuple(speakers), ClaimStatus.UNVERIFIED, sane(sentence, (0, trim_end(sentence, len(sentence))))
        )
    if match.start() == 0 or before.strip() in ("", ",") or _intro_only(before):
        # "According to figures released in June, …": when, then the comma that opens the claim.
        # "According to a memo obtained by the Ledger through a records request, …": how it was got, too.
        comma = re.match(
            r"(?:\s+(?:(?:in|on|last|this|earlier)\s+[^,;“\"]{1,25}?|(?:through|via)\s+[^,;“\"]{1,60}?))?\s*,\s*",
            rest,
        )
        content_start = np_end + comma.end() if comma else np_end
        return Cue(
            tuple(speakers),
            ClaimStatus.UNVERIFIED,
            sane(sentence, (content_start, trim_end(sentence, len(sentence)))),
        )
    copula = _AFTER_COPULA.search(before) and re.match(r"\s*,\s*(?=\S)", rest)
    if copula:
        # "The bridge is, according to engineer Vale, “the safest in the region.”": the phrase splits a
        # clause after its verb; the quotation that completes it is the claim, else the whole clause.
        opened = re.match(r"\s*,\s*(?=[“\"])", rest)
        start = np_end + opened.end() if opened is not None else 0
        return Cue(
            tuple(speakers),
            ClaimStatus.UNVERIFIED,
            sane(sentence, (start, trim_end(sentence, len(sentence)))),
        )
    if re.search(r"[—–]\s*$", before) and re.match(r"\s*[—–]", rest):
        # "There would be a code — according to the bill's notes — “to protect sources”": one clause
        # round the aside, all of it the claim.
        return Cue(
            tuple(speakers), ClaimStatus.UNVERIFIED, sane(sentence, (0, trim_end(sentence, len(sentence))))
        )
    content = (0, trim_end(sentence, len(before.rstrip(" —–"))))  # "… new piles — according to X."
    nested = inner(sentence[: content[1]])
    if nested is not None and not nested.relays_previous and len(speakers) == 1:
        # "X called the plan “reckless,” according to the Gazette": X said it, the Gazette reports it.
        chain: list[Mention] = list(nested.speakers)
        if all(m.text.lower() != speakers[0].text.lower() for m in chain):
            chain.append(speakers[0])
        return Cue(tuple(chain), nested.status, nested.content)
    return Cue(tuple(speakers), ClaimStatus.UNVERIFIED, sane(sentence, content))


# "In Dr. Vale's words, …", "In the words of Dr. Vale, …", "To quote the mayor, …".
_IN_WORDS = re.compile(
    r"(?:^|[,;]\s+)(?:In\s+(?:(?P<owner>[^,;“\"]{2,60}?)[’']s?|(?P<pronoun>his|her|their))\s+(?:own\s+)?"
    r"(?:words|view|opinion|estimation|assessment)|(?:In\s+the\s+(?:words|view|opinion)\s+of|To\s+quote)\s+"
    r"(?P<named>[^,;“\"]{2,60}?))\s*[,:]\s*",
    re.IGNORECASE,
)


# "As the mayor put it, …", "Ross put it bluntly: “…”".
_PUT_IT = re.compile(
    # "As the mayor sees it, …": how they see it is what they say.
    r"(?:^|[,;]\s+)As\s+(?P<named>[^,;“\"]{2,60}?)\s+(?:put|puts|has\s+put|sees|saw|see)\s+it\s*,\s*"
    r"|^(?P<owner>[^,;“\"]{2,60}?)\s+(?:put|puts)\s+it\s+(?:\w+ly\s*)?:\s*(?=[“\"])"
)
# "The statement read: “…”", "“…,” the letter reads.": a text says what it reads.
_TEXT = (
    r"(?:statement|letter|note|message|post|tweet|notice|sign|banner|caption|email|memo|card|placard|sign)"
)
_READS = re.compile(
    rf"^(?P<owner>(?:The|the|A|a|An|an|His|Her|Its|Their|[A-Z][\w’'-]*[’']s?)\s+(?:[\w’'-]+\s+){{0,2}}?{_TEXT})"
    r"\s+(?:read|reads)\s*[:,]?\s*(?=[“\"])"
)
_READS_AFTER = re.compile(
    rf"[,.!?]?[”\"]\s*,?\s+(?P<owner>(?:the|a|an|one|another|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,2}}?{_TEXT})"
    r"\s+(?:read|reads)\b"
    # "“…,” reads one sign": the verb first.
    rf"|[,.!?]?[”\"]\s*,?\s+(?:read|reads)\s+(?P<inverted>(?:the|a|an|one|another|his|her|its|their)\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}?{_TEXT})\b"
)


def in_words_of(sentence: str) -> Cue | None:
    """ "In Dr. Vale's words, “…”", "As Vale put it, …", "The letter reads: “…”": whose words follow."""
    reads_after = _READS_AFTER.search(sentence)
    if reads_after is not None:
        owner = "owner" if reads_after["owner"] else "inverted"
        quote_end = sentence.rfind("”", 0, reads_after.start(owner))
        quote_end = quote_end if quote_end >= 0 else sentence.rfind('"', 0, reads_after.start(owner))
        return Cue((Mention(reads_after[owner]),), ClaimStatus.UNVERIFIED, sane(sentence, (0, quote_end + 1)))
    match = _IN_WORDS.search(sentence) or _PUT_IT.search(sentence) or _READS.search(sentence)
    if match is None:
        return None
    groups = match.groupdict()
    name = (groups.get("owner") or groups.get("pronoun") or groups.get("named") or "").strip()
    name = {"his": "he", "her": "she", "their": "they"}.get(name.lower(), name)  # "In her words, …"
    if not valid_speaker(name) or outlet_itself(name):
        return None
    content = (match.end(), trim_end(sentence, len(sentence)))
    return Cue((Mention(name),), ClaimStatus.UNVERIFIED, sane(sentence, content))


# The word after the phrase's closing comma goes on the clause the phrase interrupted only if it is
# no word that opens a clause or an aside of its own ("…, according to X, and prices fell",
# "…, according to X, which …", "…, according to X, adding …").
_NEW_CLAUSE_WORDS = frozenset(
    {
        "and", "but", "or", "nor", "so", "yet", "which", "who", "whom", "whose", "where", "when", "while",
        "whereas", "as", "although", "though", "because", "since", "if", "unless", "until", "than",
        "that", "with", "without", "in", "on", "at", "for", "from", "to", "of", "by", "after", "before",
        "despite", "including", "adding", "saying", "citing", "noting", "according", "the", "a", "an",
        "it", "he", "she", "they", "we", "i", "you", "there", "this", "these", "those", "its", "his",
        "her", "their", "up", "down", "not", "per",
    }
)  # fmt: skip
# "This, according to X, is …": the one word is the subject, though "This week," would open the sentence.
_LONE_SUBJECTS = frozenset({"This", "That", "These", "Those", "It"})
_REST_WORD = re.compile(r"\s*,\s*([a-z][\w’'-]*)\b")
_SUBJECT_ONLY = re.compile(r"^(?:\(\w+\)\s*)?[A-Z(][^,;:“”\"]{0,80},\s*$")


def _between_subject_and_verb(before: str, rest: str) -> bool:
    """ "The problem, according to X, is …": a short comma-free subject opens the sentence before the
    phrase, and a lower-case word that is no conjunction, relative or preposition follows it."""
    if _SUBJECT_ONLY.match(before) is None:
        return False
    if INTRO.match(before) is not None and before.strip(" ,") not in _LONE_SUBJECTS:
        return False  # "In May, according to X, prices rose": an opening phrase, read as one below
    word = _REST_WORD.match(rest)
    # "…, according to X, using the seats to …": a participle of the clause before, not a verb.
    return word is not None and word[1] not in _NEW_CLAUSE_WORDS and not word[1].endswith("ing")


def outlet_itself(text: str) -> bool:
    return _OUTLET_ITSELF.search(text) is not None


def _intro_only(before: str) -> bool:
    """Only an introductory phrase before the cue: "In 2024, according to X, …"."""
    before = before.rstrip(" ,")
    return bool(before) and INTRO.match(before + ", ") is not None and "," not in before
