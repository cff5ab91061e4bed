"""People a sentence introduces with an appositive role: "Julie Graham, the state health department's
information officer, …", "Wayne King, the congressman's deputy chief of staff, …".

A person brought in like this, right before a "she said" or "he said", is who the pronoun means: the
story introduces someone to quote them, not to let the last speaker go on.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import PERSON_ROLE
from tui.model.ingest.opening_subjects import NOT_A_NAME

_NAME_THEN_APPOSITIVE = re.compile(
    r"(?:^|[\s(“\"])(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
    r"(?P<role>(?:the\s+|a\s+|an\s+)?[^,;:“”\"]{3,120}?),"
)


_OTHER_PERSON = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)


def introduced_people(sentence: str, whole: bool = False) -> list[str]:
    """Full names followed by an appositive that names a role, in order. A pronoun before the name (or,
    with `whole`, anywhere in the sentence) keeps someone else in view: "Sam Vale, a lawyer, sat beside
    him" introduces Vale beside the one who speaks."""
    found: list[str] = []
    for match in _NAME_THEN_APPOSITIVE.finditer(sentence):
        role = match["role"]
        if PERSON_ROLE.search(role) is None or re.match(r"(?:who|which|where|when)\b", role):
            continue
        if match["name"].split()[0] in NOT_A_NAME:
            continue  # "In March, the band's singer, 61, …": a fronted phrase, then the person described
        if _OTHER_PERSON.search(sentence if whole else sentence[: match.start("name")]):
            continue
        found.append(match["name"])
    return found


def introduced_speaker(
    current: str, previous: str, speakers_in_view: list[str], new_and_fitting: Callable[[str], bool]
) -> str | None:
    """The one person `current` (or else `previous`) introduces with a role and `new_and_fitting`
    accepts (not a source yet, a gender the pronoun fits), for a "he said" that follows."""
    for sentence, whole in ((current, False), (previous, True)):
        if whole and any(re.search(rf"\b{re.escape(name)}\b", sentence) for name in speakers_in_view):
            continue  # "Mr Berg met Sam Vale, a lawyer, …": the speaker is still in view
        named = introduced_people(sentence, whole) + (titled_in_thing_sentence(sentence) if whole else [])
        people = [name for name in dict.fromkeys(named) if new_and_fitting(name)]
        if people:
            return people[0] if len(people) == 1 else None
    return None


# "The memo follows attacks on the alliance by US President Tom Varga.": a sentence about a thing that
# brings in one person by title and name, who the "He …" opening the next sentence is.
_THING_SUBJECT = re.compile(r"(?:The|A|An|This|That|These|Those|Its|Their)\s+(?:[\w’'-]+\s+){0,3}?[a-z]")
_TITLE_THEN_NAME = re.compile(
    r"\b(?P<title>(?:[A-Z][\w.]*\s+){0,2}[A-Z][a-z]+)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
    r"(?=[\s.,;:)]|$)(?![\s]+[A-Z])"
)


def titled_in_thing_sentence(sentence: str) -> list[str]:
    """The people a sentence whose subject is a thing names by a role title ("President Tom Varga")."""
    if _THING_SUBJECT.match(sentence) is None or _OTHER_PERSON.search(sentence):
        return []
    found: list[str] = []
    for match in _TITLE_THEN_NAME.finditer(sentence):
        title = match["title"].split()
        if PERSON_ROLE.search(title[-1].lower()) and match["name"].split()[0] not in NOT_A_NAME:
            found.append(match["name"])
    return found
