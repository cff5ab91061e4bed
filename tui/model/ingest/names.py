"""Names of speakers: when two mentions name the same one, what a description's head is, how to show a name.

Pure functions of the words, used by `sources.SourceBook` to resolve mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import (
    BODY_HEADS,
    DETERMINERS,
    KIND_RULES,
    PERSON_ROLE,
    looks_like_person,
    rule_kind,
)
from tui.model.ingest.places import countries_named_in, country_of_metonym


@dataclass(eq=False)  # a source is itself: identity, not equal fields
class SourceEntry:
    name: str
    kind: SourceKind
    person: bool
    description: str = ""
    aliases: set[str] = field(default_factory=set)
    merged_into: SourceEntry | None = None
    # False when no rule named the kind and it is only the fallback guess.
    kind_from_rule: bool = True
    # "f", "m" or "" (unknown), from titles and the pronouns the article uses for them.
    gender: str = ""
    # A party to the story: it speaks of itself, or a government of its own country.
    party: bool = False

    def root(self) -> SourceEntry:
        entry = self
        while entry.merged_into is not None:
            entry = entry.merged_into
        return entry


CAPITALISED_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,5}")


# Kinds narrow enough that "the company" or "the agency" means the last one that spoke.
NARROW_KINDS = {
    SourceKind.COMPANY, SourceKind.WIRE, SourceKind.STATE_MEDIA, SourceKind.OUTLET, SourceKind.NGO,
    SourceKind.WATCHDOG, SourceKind.INTELLIGENCE,
}  # fmt: skip


# "the agency" may be the Congressional Budget Office; "the group" Human Rights Watch.
HEAD_SYNONYMS: dict[str, set[str]] = {
    "agency": {"Agency", "Office", "Bureau", "Service", "Administration", "Commission", "Authority"},
    "office": {"Office", "Bureau", "Agency"},
    "ministry": {"Ministry", "Department"},
    "department": {"Department", "Ministry"},
    "group": {"Group", "Watch", "International", "Coalition", "Front", "Movement", "Association", "Network",
              "Alliance", "Federation", "Organisation", "Organization", "Union", "Council", "Campaign"},
    "organisation": {"Organisation", "Organization", "Group", "International", "Association"},
    "organization": {"Organisation", "Organization", "Group", "International", "Association"},
    "company": {"Inc", "Corp", "Ltd", "Group", "Company", "Holdings", "PLC", "AG", "SA", "LLC"},
    "firm": {"Inc", "Corp", "Ltd", "Group", "Company", "Holdings", "PLC", "AG", "SA", "LLC", "Consulting"},
    "bank": {"Bank"},
    "union": {"Union"},
    "party": {"Party"},
    "government": {"Government", "Administration", "Kremlin"},
}  # fmt: skip


def is_head_of(word: str, name: str) -> bool:
    """`word` is what `name` is, not a modifier: "ministry" in "Foreign Ministry", not "government aide"."""
    words = re.findall(r"[\w’'.-]+", name)
    for index, candidate in enumerate(words):
        if candidate.lower() != word:
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if not following or not following[:1].islower() or following in ("of", "for", "at", "in"):
            return True
    return False


def is_generic(text: str) -> bool:
    """A description with no proper name in it but a demonym ("the South Korean director")."""
    body = DETERMINERS.sub("", text.strip())
    for run in re.findall(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*", body):
        if not (countries_named_in(run) or country_of_metonym(run)):
            return False
    return True


def describes_person(text: str) -> bool:
    words = text.split()
    return PERSON_ROLE.search(text) is not None and not (words and BODY_HEADS.search(words[-1]))


def plural_looking(name: str) -> bool:
    words = name.split()
    return (len(words) == 1 and (name.endswith("s") and not name.endswith("ss"))) or name in _COMMON_STARTS


_COMMON_STARTS = {"Children", "People", "Women", "Men", "Police", "Officials", "Critics", "Voters", "Prices"}


def same_speaker(entry: SourceEntry, key: str, person: bool, kind: SourceKind, text: str = "") -> bool:
    """Name variants: "Bong" for "Bong Joon Ho", "Foreign Ministry" for "North Korean Foreign Ministry"."""
    bare = DETERMINERS.sub("", text.strip())
    if _acronym_of(bare, entry.name) or _acronym_of(entry.name, bare):
        return True  # "PETA" for "People for the Ethical Treatment of Animals", either one first
    key_words = key.split()
    proper_single = len(key_words) == 1 and text.strip()[:1].isupper()
    for alias in entry.aliases:
        words = alias.split()
        if (
            proper_single
            and len(words) > 1
            and words[-1] == key_words[0]
            and kind is not SourceKind.ANONYMOUS
            and not {"for", "of", "to"} & set(words[:-1])  # "a rep for Voss" is not Voss
        ):
            return True  # "MNA" for "state news agency MNA"
        if len(words) == 1 and len(key_words) > 1 and key_words[-1] == words[0] and entry.name[:1].isupper():
            return True
        # Surnames and first names are proper names: "Bong" for "Bong Joon Ho", never "government" for
        # "a government negotiator".
        named = looks_like_person(entry.name)
        if named and proper_single and len(words) > 1 and key_words[0] in (words[0], words[-1]):
            return True
        if person and named and len(words) == 1 and words[0] in (key_words[0], key_words[-1]):
            return True
        shorter, longer = sorted((alias, key), key=len)
        if (
            len(shorter.split()) >= 2
            and contains_words(longer, shorter)
            and entry.kind is kind
            and kind is not SourceKind.ANONYMOUS
            # "Governor Varga’s advisers" are not Governor Varga: the name owns them.
            and re.search(re.escape(shorter) + r"[’']s\b", longer) is None
            and not (longer == key and _member_of(text, shorter))
        ):
            return True
    return False


def _acronym_of(short: str, name: str) -> bool:
    """Whether `short` is written of the initials of the capitalised words of `name` ("ACLU")."""
    if not (2 <= len(short) <= 8 and short.isalpha() and short.isupper()):
        return False
    if looks_like_person(name):
        return False  # "AP" is not Ada Pell
    capitals = [word[0] for word in DETERMINERS.sub("", name).split() if word[:1].isupper()]
    return len(capitals) >= 2 and not any(ch.isdigit() for ch in name) and "".join(capitals) == short


def _member_of(text: str, body: str) -> bool:
    """ "Inspector Ana Lund from the city police" after "the city police": a named person who belongs to
    the body, not the body speaking again."""
    member = rf"^(.+?)\s+(?:from|of|at|with)\s+(?:the\s+)?{re.escape(body)}$"
    found = re.search(member, text.strip(), re.IGNORECASE)
    return found is not None and re.search(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+$", found.group(1)) is not None


def contains_words(text: str, part: str) -> bool:
    index = text.find(part)
    while index >= 0:
        end = index + len(part)
        before_ok = index == 0 or not (text[index - 1].isalnum() or text[index - 1] in "_-")
        after_ok = end == len(text) or not (text[end].isalnum() or text[end] in "_-")
        if before_ok and after_ok:
            return True
        index = text.find(part, index + 1)
    return False


# A name that ends in an abbreviation ("the U.S.", "James Roosevelt Jr."): its full stop is the name's.
ABBREVIATED_END = re.compile(r"(?:\b[A-Z]\.[A-Z]|\b(?:Jr|Sr|Inc|Corp|Ltd|Co))$")


def display_name(text: str, proper_words: set[str] | None = None) -> str:
    """The name as the article words it, without capitals that only open a sentence ("officials")."""
    name = text.strip(' ,;:“”"')
    name = name if ABBREVIATED_END.search(name.removesuffix(".")) else name.strip(" .")
    name = re.sub(r"^(?:the\s+)?same\s+", "", name, flags=re.IGNORECASE)
    if re.match(r"[Tt]he\s+[A-Z]", name) and not _OUTLET_WORDS.search(name):
        name = name[4:]  # "the North Korean Foreign Ministry"; "The Guardian" keeps its article
    words = name.split()
    if not words or not words[0][:1].isupper() or any(w[:1].isupper() for w in words[1:]):
        return name
    first = re.sub(r"[’']s$", "", words[0])
    if words[0] in ("The", "A", "An", "Some") or (
        proper_words is not None
        and (len(words) > 1 or plural_looking(first))  # "Local media", "Officials"; never "Nordstahl"
        and first not in proper_words
        and not first.isupper()
        and not re.search(r"-[A-Z]", first)  # "Montoya-Lewis" is a name wherever it stands
        and not countries_named_in(first)
        and rule_kind(name) not in _NAMED_KINDS
    ):
        return name[:1].lower() + name[1:]  # "The watchdog group", "Officials" opened their sentences
    return name


_OUTLET_WORDS = next(pattern for kind, pattern in KIND_RULES if kind is SourceKind.OUTLET)

# Kinds whose one-word names are names even at a sentence's start ("Reuters said").
_NAMED_KINDS = (SourceKind.WIRE, SourceKind.STATE_MEDIA, SourceKind.OUTLET)
