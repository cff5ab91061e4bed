"""Counts of people after "the": "the two men", "the three individuals", "the four suspects".

"The two nations" points back at things already named and is no figure; a count of people
("the two men are in custody") is one a reader looks for, even when the people were named before.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_forms import SINGLE_UNITS
from tui.model.ingest.figure_words import PERSON_NOUNS

# Plural nouns that name people by what they are or do.
_PEOPLE = frozenset(
    "men women people persons individuals children kids boys girls babies adults teenagers teens "
    "suspects victims survivors defendants prisoners inmates detainees hostages captives migrants "
    "refugees students pupils patients doctors nurses soldiers troops sailors pilots passengers "
    "journalists reporters candidates senators lawmakers legislators ministers judges jurors "
    "brothers sisters sons daughters siblings parents friends couples twins colleagues residents "
    "civilians citizens tourists climbers hikers fishermen firefighters guards gunmen attackers "
    "assailants robbers thieves officials executives employees staffers workers athletes "
    "players finalists frontrunners contenders nominees winners cousins leaders members "
    "justices governors mayors councillors councilors activists scientists experts analysts economists "
    "attorneys prosecutors investigators detectives agents deputies marines veterans astronauts rivals "
    "opponents tenants plaintiffs applicants participants respondents delegates representatives priests "
    "monks nuns militants terrorists extremists politicians physicians musicians artists actors actresses "
    "authors donors visitors inspectors directors editors surgeons dentists pharmacists midwives "
    "paramedics medics rescuers relatives".split()
)
# Agent nouns in -ers that are not people: "the two papers", "the three powers".
_NOT_PEOPLE_ERS = frozenset(
    "papers powers numbers letters orders matters waters borders quarters offers layers towers rivers "
    "chambers computers containers centers markers headquarters corners chapters filters "
    "barriers clusters disasters answers posters stickers banners trailers boulders shelters folders "
    "theaters theatres meters metres liters litres letters waters".split()
)
_NOT_DESCRIBING = frozenset(
    "of and or were are was is had have has who which that in on at to for by from with".split()
)
_NEXT_WORDS = re.compile(r"(?:-[a-z]+)?\s+([A-Za-z]+)\b(?:\s+([A-Za-z]+)\b)?(?:\s+([A-Za-z]+)\b)?")
# "the two Americans", "the three Israelis", "the four Republicans": a plural demonym or party.
_PEOPLE_NAMES = re.compile(r"[A-Z][a-z]+(?:ans|ats|is|ese)")


# "the three who signed", "the two who left": "who" says the count is of people ("the three of them" points
# back at people already counted).
_PEOPLE_AFTER = re.compile(r"\s+who\b")


def counts_people(after: str) -> bool:
    """The words right after a number name people: "men", "female senators", "loggers"; or say so: "the two
    who filed"."""
    if _PEOPLE_AFTER.match(after):
        return True
    match = _NEXT_WORDS.match(after)
    if match is None:
        return False
    words = [word for word in match.groups() if word is not None]
    # "the two female senators", "the four Liberal party candidates": up to two describing words
    # may stand between the number and the people.
    for word in words:
        if _is_people(word):
            return True
        if word in _NOT_DESCRIBING:
            return False
    return False


# Things a story names and then points back to: "the two nations", "the three parties", "the two sides".
_NAMED_BEFORE = frozenset(
    "nations countries states sides parties companies firms governments groups leaders clubs teams "
    "powers blocs allies rivals neighbours neighbors capitals cities banks brands networks agencies "
    "carriers airlines channels outlets papers newspapers campaigns candidates sites "
    # Fixed sets, not counts: "the four seasons", "the five senses".
    "seasons senses seas commandments wonders musketeers".split()
)


def counts_things(after: str) -> bool:
    """ "the 12 months", "the four bridges", "the three deaths of": a plural noun right after, not one named
    before; what follows the noun ("of …", "that …") does not make the count a reference back."""
    match = re.match(r"\s+(?:[a-z]+\s+)?([a-z]{3,}s)\b", after)
    if match is None:
        return False
    noun = match.group(1)
    return noun not in _NAMED_BEFORE and noun not in _NOT_DESCRIBING and not noun.endswith(("ss", "us", "is"))


def _is_people(noun: str) -> bool:
    if noun[:1].isupper():
        return _PEOPLE_NAMES.fullmatch(noun) is not None
    if noun in _PEOPLE:
        return True
    return noun.endswith("ers") and len(noun) > 5 and noun not in _NOT_PEOPLE_ERS


# "one person was killed", "one man died": one is a count when something happened to that one.
_ONE_HARMED = re.compile(
    r"\s+(?:person|man|woman|child|boy|girl|officer|soldier|civilian|worker|passenger|patient|resident|"
    r"student|firefighter|journalist|suspect|victim)\s+(?:(?:was|has\s+been|had\s+been|is)\s+)?"
    r"(?:killed|died|dead|injured|wounded|hurt|arrested|detained|missing|hospitali[sz]ed|rescued|charged)\b",
    re.IGNORECASE,
)


# "killed one", "injuring one officer": a verb of harm or arrest counts the one after it.
_HARM_BEFORE = re.compile(
    r"\b(?:kill|injur|wound|arrest|detain|rescu|hospitali[sz])(?:ed|ing|es|s)?\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)


# "at least one", "at most one", "no more than one": a bound on a count.
_BOUND_BEFORE = re.compile(
    r"\b(?:at\s+(?:least|most)|no\s+(?:more|fewer|less)\s+than|not\s+(?:more|less)\s+than)\s+$", re.I
)
# "one of its soldiers was killed", "one of the passengers died": _ONE_HARMED's words, after a group.
_ONE_OF_HARMED = re.compile(
    r"\s+of\s+(?:its|their|the|his|her|our|those|these)\s+(?:[a-z]+\s+)?[a-z]+s\s+"
    r"(?:(?:was|has\s+been|had\s+been)\s+)?"
    r"(?:killed|died|injured|wounded|hurt|arrested|detained|rescued|charged)\b",
    re.IGNORECASE,
)


def one_harmed(after: str) -> bool:
    """ "one person was killed": a count of one, not the pronoun of "one of them"."""
    return _ONE_HARMED.match(after) is not None


# "including one woman", "among them one child": a part of a group, counted as the group is.
_PART_OF_COUNT = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|plus)\s+$", re.IGNORECASE)


# "just one of the many reasons", "just one, of many,", "only one among a crowd of rivals": one member of a
# group no number is given for, a pronoun however "just" stresses it ("only one of the three bridges" counts).
_ONE_OF_MANY = re.compile(
    r",?\s+(?:among\b(?!\s+(?:the\s+)?\d)|of\s+(?:the\s+)?(?:many|numerous|countless|several|dozens|hundreds|thousands)\b)",
    re.IGNORECASE,
)


def one_counts(before: str, after: str) -> bool:
    """ "one year", "just one endorsement", "one or two": a count, not a pronoun ("the only one who")."""
    if re.match(
        r"\s+(?:or|to)\s+(?:two|three|four|five|\d|one[\s-]+and[\s-]+a[\s-]+half)", after, re.IGNORECASE
    ):
        return True
    if re.search(r"(?<!\bthe\s)\b(?:just|only|exactly)\s+$", before, re.IGNORECASE) or one_harmed(after):
        return _ONE_OF_MANY.match(after) is None
    if _BOUND_BEFORE.search(before) or re.match(r"\s+or\s+more\b", after, re.IGNORECASE):
        return True  # "at least one student", "no more than one guest", "one or more classmates": a bound
    if _ONE_OF_HARMED.match(after):
        return True  # "one of its soldiers was killed": one of a group, counted by what befell it
    if re.match(r"\s+day\s+(?:a|per|each|every)\s+(?:week|month|year)\b", after, re.IGNORECASE):
        return True  # "one day a week": how often, a count ("one day he left" is when)
    if _HARM_BEFORE.search(before) and not re.match(r"\s+(?:of|another|by)\b", after):
        return True  # "killed one and injured four", "wounding one soldier"
    if re.match(r"\s+(?:count|charge)\s+of\b", after, re.IGNORECASE):
        return True  # "charged with one count of fraud": a charge is counted
    if _PART_OF_COUNT.search(before) and re.match(rf"\s+(?:{PERSON_NOUNS}|person|civilian)\b", after, re.I):
        return True  # "40 migrants, including one boy": one of a group just counted
    unit = re.match(
        rf"\s+(?:(?:more|additional|extra)\s+)?(?!day\b)(?:{SINGLE_UNITS}|second)\b"
        r"(?!\s+(?:later|after|earlier|before|ago|on)\b)",
        after,
    )
    return unit is not None
