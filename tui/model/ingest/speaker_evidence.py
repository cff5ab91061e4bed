"""What an article's own words say about a speaker: a person or not, which pronoun fits, a party or not.

"Meghan said …" alone does not tell a person from a company. The article does,
soon enough: she speaks in the first person (“I went to …”), a pronoun
follows her name ("Meghan said she …"), or a title says it (Ms, Prince,
spokeswoman). Pronouns then resolve to a speaker they fit: "she" is not the
Harry who spoke last. A speaker who talks about itself ("the ministry said it
…", "Harry said he …") or a government about its own country is a party to the
story (briefings/README.md: `party`).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import cache

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.dialogue import kin_subject_gender, subject_pronoun_span
from tui.model.ingest.names import SourceEntry
from tui.model.ingest.phrases import quoted_spans
from tui.model.ingest.places import countries_named_in, country_names

FEMALE, MALE = "f", "m"
NATIONAL_KINDS = {SourceKind.GOVERNMENT, SourceKind.MILITARY, SourceKind.STATE_MEDIA}

_FEMALE_WORDS = re.compile(
    r"\b(?:Ms|Mrs|Miss|Madam|Dame|Lady|Queen|Princess|Duchess|Countess|Baroness|spokeswoman|chairwoman|"
    r"congresswoman|councilwoman|businesswoman|actress|woman|mother|wife|daughter|sister|grandmother|"
    r"granddaughter|aunt|niece|girlfriend|widow|girl)\b\.?",
    re.IGNORECASE,
)
_MALE_WORDS = re.compile(
    r"\b(?:Mr|Sir|Lord|King|Prince|Duke|Count|Baron|spokesman|congressman|councilman|businessman|"
    r"man|father|husband|son|brother|grandfather|grandson|uncle|nephew|boyfriend|widower|boy)\b\.?",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself)\b")
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_LEADING_PRONOUN = re.compile(r"^\s*(?:that\s+)?(she|he)\b", re.IGNORECASE)
# "She attended …", "And he said …", "Unsurprisingly, then, she wasn't happy …".
_OPENING_PRONOUN = re.compile(
    r"\W*(?:(?:And|But|So|Then|Still|Yet|Now)\s+)?(?:[\w’' ]{1,30},\s*){0,2}(she|he|She|He)\b"
)
_SELF_BODY = re.compile(r"^\W*(?:that\s+)?(?:it|its|we|our)\b", re.IGNORECASE)


def gender_of_words(text: str) -> str:
    """FEMALE or MALE from a title or role word ("Ms Gonzales", "a spokeswoman"), else ""."""
    return _one_gender(_FEMALE_WORDS.search(text) is not None, _MALE_WORDS.search(text) is not None)


def speaks_as_person(quote: str) -> bool:
    """Words in quotation marks in the first person singular: a person speaks (a body says "we")."""
    spans = quoted_spans(quote)
    quoted = " ".join(quote[start:end] for start, end in spans) if spans else ""
    return _FIRST_PERSON.search(quoted) is not None


def pronoun_gender(content: str) -> str:
    """The gender a claim's own words give its speaker: "Harry said that he …", "she said her …".

    Only the reported words outside quotation marks count, and only when they use
    one gender: "said he came home to see her crying" says nothing sure.
    """
    outside = content
    for start, end in reversed(quoted_spans(content)):
        outside = outside[:start] + " " + outside[end:]
    female, male = _SHE.search(outside) is not None, _HE.search(outside) is not None
    leading = _LEADING_PRONOUN.match(content)
    if leading and not (female and male):
        return FEMALE if leading.group(1).lower() == "she" else MALE
    # "(Ana Vey said) he had hit her": a he and a her, either of whom may be the speaker; "(Lund said) a
    # clerk noticed when she came in …": a pronoun further on is often someone the words speak of.
    return ""


def _one_gender(female: bool, male: bool) -> str:
    """FEMALE or MALE when only that one was seen; "" when neither or both were."""
    if female != male:
        return FEMALE if female else MALE
    return ""


def pronoun_fits(pronoun: str, gender: str) -> bool:
    """Whether "she"/"he" can mean a speaker of this gender (unknown fits both)."""
    if pronoun in ("she", "her"):
        return gender != MALE
    if pronoun in ("he", "him"):
        return gender != FEMALE
    return True


def speaks_of_itself(content: str, person: bool, gender: str) -> bool:
    """The reported words open on the speaker themself: "(the ministry said) it would …", "(he said) he …"."""
    if not person:
        return _SELF_BODY.match(content) is not None
    leading = _LEADING_PRONOUN.match(content)
    return leading is not None and pronoun_fits(leading.group(1).lower(), gender)


def about_own_country(speaker: str, content: str) -> bool:
    """A country's body speaking of that country ("North Korean Foreign Ministry": "… Pyongyang …")."""
    own = countries_mentioned(speaker)
    return bool(own) and bool(own & countries_mentioned(content))


def countries_mentioned(text: str) -> frozenset[str]:
    """Countries a text names by name, demonym or capital ("Pyongyang" -> North Korea)."""
    return countries_named_in(text) | frozenset(
        country_names()[m.group(0).lower()] for m in _capital_pattern().finditer(text)
    )


@cache
def _capital_pattern() -> re.Pattern[str]:
    names = sorted(country_names(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)


def learn(entry: SourceEntry, quote: str, content: str) -> None:
    """What a claim tells about its speaker: a person if they say "I", their pronoun if one follows."""
    if speaks_of_itself(content, entry.person, entry.gender) or (
        entry.kind in NATIONAL_KINDS and about_own_country(entry.name, content)
    ):
        entry.party = True
    if entry.kind is SourceKind.ANONYMOUS or not (entry.person or not entry.kind_from_rule):
        return  # a named body ("the ministry said it …") stays a body
    gender = pronoun_gender(content)
    if speaks_as_person(quote) or gender:
        if not entry.person:
            entry.person, entry.kind = True, SourceKind.PERSON
        if not entry.gender:
            entry.gender = gender


_CLOSING_TAG = re.compile(
    r"[,”\"]\s+(?:he|she)\s+(?:said|says|added|adds|told|tells|wrote|writes|explained|noted|argued|insisted)\b"
    r"[^,;“”\"]*$",
    re.IGNORECASE,
)


_KIN_WORDS = (
    r"son|daughter|wife|husband|mother|father|brother|sister|widow|widower|grandson|granddaughter|"
    r"grandmother|grandfather|aunt|uncle|niece|nephew|spokeswoman|spokesman|businesswoman|businessman|"
    r"actress|congresswoman|congressman|chairwoman|chairman"
)
# "her son, filmmaker Charlie McDowell", "his wife Ana Ruiz": the word, a comma or a role, then the name.
_ROLE_BEFORE_NAME = re.compile(
    rf"\b(?P<word>{_KIN_WORDS}),?\s+(?:[a-z][\w-]*\s+){{0,2}}(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
)


# "Okafor sits in her office": a lone capitalised word that opens a sentence and has a his or her of its
# own a few plain words on (no pronoun or name between) is a person, though the article names them once
# ("her" only where it owns a place: "sent the letter to her lawyer" may be someone else's).
_OWN_PRONOUN = re.compile(
    # The word after the name is its verb: not "Encouragement from mentors solidified his resolve".
    r"\s+(?!(?:he|she|they|it|we|you|i|who|which|that|him|them|from|of|in|on|at|for|with|by|to|and|or|"
    r"about|over|under|after|before|among|between|during|against|without|within)\b)[a-z][\w’'-]*"
    r"(?:\s+(?!(?:he|she|they|it|we|you|i|who|which|that|him|them)\b)[a-z][\w’'-]*){0,5}?"
    r"(?:\s+(?P<his>his|himself)\b|\s+herself\b|\s+(?:in|on|at|from|into)\s+her(?=\s+[a-z]))"
)


class GenderNotes:
    """Names a sentence opens with, and the pronoun the next sentence opens with ("X was born … She …")."""

    def __init__(self) -> None:
        self._by_word: dict[str, str] = {}
        self._owned: dict[str, str] = {}
        self._subject = ""
        # Words noted from this sentence's opening pronoun, with what they had before: that "He" cannot
        # itself show that the subject before it ("Fresh halibut sells …") is a person.
        self._before_opener: dict[str, str] = {}

    def next_sentence(self, sentence: str, subject: str | None) -> None:
        opener = _OPENING_PRONOUN.match(sentence)
        self._before_opener = {}
        if opener and self._subject:
            self._before_opener = {word: self._by_word.get(word, "") for word in self._subject.split()}
            self._note(self._subject, FEMALE if opener.group(1).lower() == "she" else MALE)
        if subject:
            # "Dion seemed to adopt a more mature tone after the birth of her son."
            rest = sentence[sentence.find(subject) + len(subject) :]
            # "SNC would start in 2022, he said.": the tag's pronoun is whoever spoke, not the subject.
            rest = subject_pronoun_span(_CLOSING_TAG.sub("", rest))
            she, he = _SHE.search(rest), _HE.search(rest)
            if bool(she) != bool(he):
                self._note(subject, FEMALE if she else MALE)
        self._subject = subject or ""

    def note_roles(self, sentence: str) -> None:
        """ "Steenburgen’s son, filmmaker Charlie McDowell": a kin or title word right before a full name
        says which pronoun is theirs, before any pronoun does."""
        for found in _ROLE_BEFORE_NAME.finditer(sentence):
            female = _FEMALE_WORDS.fullmatch(found["word"]) is not None
            self._note(found["name"], FEMALE if female else MALE)
        kin = kin_subject_gender(sentence)  # "Her brother Jack …": a first name alone after the kin word
        if kin is not None:
            self._note(*kin)

    def note_owner(self, sentence: str, word: str, common_words: AbstractSet[str]) -> bool:
        """Whether `sentence` opens on `word` (no word the article writes in lower case) and a his, her or
        -self a few words on is its own ("Okafor sits in her office"): a person, of that pronoun's gender."""
        opening = None if word.lower() in common_words else re.match(rf"\W*{re.escape(word)}(?=\s)", sentence)
        own = _OWN_PRONOUN.match(sentence, opening.end()) if opening is not None else None
        if own is not None:
            self._owned[word] = MALE if own["his"] else FEMALE
            self._note(word, self._owned[word])
        return own is not None

    def owned(self, name: str) -> str:
        """The gender a name's own his or her showed (note_owner), whatever pronouns came after."""
        words = name.split()
        return self._owned.get(words[-1], "") if words else ""

    def _note(self, name: str, gender: str) -> None:
        for word in name.split():
            # A name that goes with both pronouns says nothing.
            self._by_word[word] = gender if self._by_word.get(word, gender) == gender else "?"

    def of(self, name: str) -> str:
        """The gender the article's pronouns give a name's surname, else ""."""
        words = name.split()
        found = self._by_word.get(words[-1], "") if words else ""
        return found if found in (FEMALE, MALE) else ""

    def before_this_sentence(self, name: str) -> str:
        """The same, leaving out what this sentence's own opening "He"/"She" noted."""
        words = name.split()
        if not words or words[-1] not in self._before_opener:
            return self.of(name)
        found = self._before_opener[words[-1]]
        return found if found in (FEMALE, MALE) else ""


_PLURAL_HEADS = (
    r"(?:experts|officials|analysts|residents|economists|scientists|researchers|doctors|witnesses|critics|"
    r"lawmakers|activists|voters|workers|engineers|investigators|diplomats|observers|organizers|"
    r"organisers|protesters|parents|teachers|students|locals|authorities|fishermen|farmers|officers|troops|"
    r"soldiers|police|villagers|drivers|passengers|shoppers|tenants|owners|neighbou?rs|families|relatives|"
    r"supporters|opponents|campaigners|volunteers|members|employees|staff|nurses|patients|pilots|crews?|"
    r"firefighters|rescuers|survivors|victims|fans|players|customers|citizens|leaders|ministers|senators|"
    r"delegates|negotiators|prosecutors|lawyers|judges|unions|companies|firms|banks|inspectors|auditors|"
    r"paramedics|guards|marchers|demonstrators|mourners|pupils|miners|strikers)"
)
# "some of the state's energy experts" anywhere; "Fishermen protested …" or "Local fishermen …" as the
# sentence's opening subject, with no determiner.
_PLURAL_PEOPLE = re.compile(
    r"\b((?:the|some|many|several|other|most|(?:dozens|hundreds|thousands|scores)\s+of)\s+(?:of\s+the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?" + _PLURAL_HEADS + r")\b"
    r"|^((?:[A-Z][\w’'-]*\s+)?(?i:" + _PLURAL_HEADS + r"))\b",
    re.IGNORECASE,
)


def plural_speakers_in(sentence: str) -> str:
    """The last group of people a sentence names ("some of the state's energy experts"), else ""."""
    found = list(_PLURAL_PEOPLE.finditer(sentence))
    return (found[-1].group(1) or found[-1].group(2)) if found else ""


_GROUP_HEAD = re.compile(
    r"\b(?:" + _PLURAL_HEADS.removeprefix("(?:").removesuffix(")") + r"|executives|people|men|women|children|"
    r"investors|consumers|insiders|sources|administrators|spokespeople|representatives|Democrats|Republicans)\b"
)


def names_a_group(name: str) -> bool:
    """ "Con Edison officials", "two of the executives", "the bomb technicians involved in …": people in
    the plural, whom "he", "she" or "the official" never means ("one of the officials" is one person)."""
    if re.match(r"(?i)(?:an?|one|each)\b", name.strip()):
        return False
    if _GROUP_HEAD.search(name):
        return True
    head = _head_word(name)
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return head[:1].islower() and len(head) > 3 and plural


# "Biden's team", "the campaign", "the family": one body of people, which "he" or "she" never means.
_COLLECTIVE = re.compile(
    r"(?:^|\s|[’']s\s)(?:team|campaign|staff|family|crew|panel|committee|board|union|office|agency|department)$"
)


def never_he_or_she(name: str) -> bool:
    """`name` is never who "he" or "she" means: people in the plural, a body of people named by its collective
    noun, or an acronym in capitals ("FEMA", "UAW")."""
    text = name.strip()
    acronym = len(text) > 1 and text.isupper() and " " not in text
    return names_a_group(text) or acronym or _COLLECTIVE.search(text) is not None or _publication(text)


def _publication(name: str) -> bool:
    """A paper or a broadcaster by its name ("The Sun", "Page Six"): told something, never "she". A
    person whose surname is an outlet word ("Anna Post", "Michael Bloomberg") has a first name."""
    from tui.model.ingest.first_names import name_gender
    from tui.model.ingest.kinds import classify

    publishers = (SourceKind.OUTLET, SourceKind.WIRE, SourceKind.STATE_MEDIA)
    return classify(name)[0] in publishers and not name_gender(name)


# Where a description's head noun ends: a preposition, a relative word or a participle after it.
_AFTER_HEAD = re.compile(r"(?:of|in|at|on|from|for|with|by|who|that|which|[a-z]+(?:ed|ing))")


def _head_word(name: str) -> str:
    """The head noun of a description: "technicians" in "the bomb technicians involved in the case"."""
    words = re.sub(r"^(?i:the|these|those|some|many|most|several|other)\s+", "", name.strip()).split()
    head = ""
    for word in words:
        if head and _AFTER_HEAD.fullmatch(word):
            break
        head = word.rstrip(",")
        if word.endswith(","):
            break
    return head


def group_of_share(text: str, sentence: str, previous: str) -> str | None:
    """The group a share of people speaks for, "" when no group is named, None when `text` is no share.

    "Dozens of nurses marched. Many of them said …" (else "they"); "Many hope …" (a group the sentence
    before names; "Some said …, while others said …" sets two shares against each other: they are the
    speakers); "Fans filled the comments, with one writing, “…”" (one of the people named just before,
    never "one").
    """
    if re.fullmatch(r"\w+\s+of\s+them", text, re.IGNORECASE):
        return plural_speakers_in(previous) or "they"
    if re.fullmatch(r"Many|Most|Some|Several", text) and not re.search(r"\bothers\b", sentence):
        return plural_speakers_in(previous) or _share_that_spoke(text, sentence)
    if re.fullmatch(r"[Oo]ne", text):
        at = re.search(r"\b[Oo]ne\b", sentence)
        return (
            plural_speakers_in(sentence[: at.start()] if at is not None else "")
            or plural_speakers_in(previous)
            or _share_that_spoke(text, sentence)
        )
    return None


# "Some said they felt cheated …", "One, who asked not to be named, said: “…”": the share opens the
# sentence and says something (an aside about who they are may come between), so some of the people the
# story is about spoke, though no sentence in reach names them as a group. "Many hope …" is the writer's
# reading of a mood, not anyone's words.
_SHARE_SAID = re.compile(
    r"(?:Some|Many|Most|Several|One)(?:,\s+(?:who|whose)\b[^,]{3,80},)?\s+(?:also\s+)?(?:said|says|told)\b"
)


def _share_that_spoke(text: str, sentence: str) -> str:
    """The share itself as the speaker ("Some"), when it opens the sentence as the subject of saying."""
    return text if _SHARE_SAID.match(sentence.lstrip(' “"')) else ""
