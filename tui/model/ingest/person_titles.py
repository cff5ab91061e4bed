"""People named with a title, and descriptions by that title: "the former minister", "the MP".

"Former harbour minister Vera Lund" or "Vera Lund, the Labour MP for Eastport," gives a
person a title; a later "the minister" or "the MP" is that person when the article
named exactly one person with it.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.first_names import name_gender
from tui.model.ingest.kinds import PERSON_ROLE, looks_like_person
from tui.model.ingest.phrases import NOT_A_NAME
from tui.model.ingest.role_references import is_role_noun
from tui.model.ingest.title_split import TITLE_WORDS
from tui.model.ingest.titled_names import titled_person

# "Vera Lund, the Labour MP for Eastport,": a name, then a role in an appositive.
_ROLE_APPOSITIVE = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(?:the|a|an)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    r"(?=\s+(?:of|for|at|in|from)\b|,)"
)


def appositive_roles(sentence: str) -> list[tuple[str, str]]:
    """(name, role) for each person the sentence describes with a role in an appositive."""
    found = []
    for match in _ROLE_APPOSITIVE.finditer(sentence):
        name, role = match.group(1), match.group(2)
        # "In March, the band's singer, 61, …": a fronted phrase before the description is no one's name.
        opener = name.split()[0] in NOT_A_NAME
        if looks_like_person(name) and not opener and is_role_noun(role.split()[-1]):
            found.append((name, role))
    for match in _ROLE_BEFORE_NAME.finditer(sentence):
        role, name = match.group(1), match.group(3)
        if looks_like_person(name) and is_role_noun(match.group(2)):
            found.append((name, role))
    return found


# "questioned the defendant, Rick Amos.", "her landlord, Hal Moss,": a role, then the name in apposition.
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:the|his|her|their|its)\s+((?:[a-z][\w’'-]*\s+){0,2}?([a-z][\w’'-]*)),\s+"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})(?=[,.;]|\s+(?:and|said|says|told)\b)"
)


def title_holder(people: dict[str, str], description: str) -> str | None:
    """The one person whose title has the description's head ("the former minister"), or None."""
    words = description.lower().split()
    if len(words) < 2 or words[0] != "the" or not PERSON_ROLE.fullmatch(words[-1]):
        return None
    holders = [name for name, title in people.items() if words[-1] in title.lower().split()]
    return holders[0] if len(holders) == 1 else None


# "Mr Reyes", "Dr. Lund", "Ms Lund": an honorific and a surname, for the full name met earlier.
_HONORIFIC_SURNAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev)\.?\s+([A-Z][\w’'-]+)$")
# "Acme Marine, which owns the pier, …": English gives a thing "which" and a person "who".
_WHICH_AFTER_NAME = re.compile(r"\b((?:[A-Z][\w’'&.-]*\s+){0,4}[A-Z][\w’'&.-]*),\s+which\s")


def honorific_surname(text: str) -> str | None:
    """The surname after an honorific ("Mr Reyes" -> "Reyes"), or None."""
    match = _HONORIFIC_SURNAME.match(text.strip())
    return match.group(1) if match else None


def full_name_for(people: dict[str, str], surname: str, gender: str = "") -> str | None:
    """The one full name met earlier that ends with `surname`, or None; of a `gender` an honorific gave,
    when given: "Mrs Eze" is Linda Eze, not Jacob Eze."""
    names = [full for full in people if full.split()[-1] == surname and full != surname]
    if gender:
        names = [full for full in names if name_gender(full) in ("", gender)]
    return names[0] if len(names) == 1 else None


def things_named(sentence: str) -> list[str]:
    """Names the sentence refers back to with "which": bodies and things, not people."""
    return [match.group(1) for match in _WHICH_AFTER_NAME.finditer(sentence)]


# Capitalised words, with a middle initial ("Michael R. Bloomberg") and a suffix's full stop ("Ed Vale Jr.").
_NAME_RUN = re.compile(
    r"\b[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.(?=\s+[A-Z])|[A-Z][\w’'-]*)){1,5}(?:(?<=\bJr|\bSr)\.)?"
)


def note_people(people: dict[str, str], sentence: str) -> None:
    """Add the full names in `sentence` with their titles ("North Korean leader Kim Jong Un", "Vera Lund,
    the Labour MP for Eastport,") to `people`, name -> title."""
    for match in _NAME_RUN.finditer(sentence):
        words = match.group(0).split()
        # "Governor Varga’s advisers" too: a possessive on the run's last word is no part of the name.
        owner = next((i for i, w in enumerate(words) if re.search(r"[’']s$", w)), None)
        if owner is not None:  # "Mayor Okafor's June budget": the name ends at its possessive
            words = [*words[:owner], words[owner][:-2]]
        while words and words[0] in NOT_A_NAME:
            words = words[1:]  # "As Montoya-Lewis said": a sentence opener is no first name
        titled = titled_person(" ".join(words))
        if titled is not None:  # "Chief Education Officer Dr Ramona Archer-Blake": the name after the office
            people.setdefault(*titled)
            continue
        cut = 0
        while cut < len(words) - 2 and words[cut] in TITLE_WORDS:
            cut += 1
        name = " ".join(words[cut:])
        if not looks_like_person(name) or name in people:
            continue
        title = " ".join(words[:cut])
        window = sentence[max(0, match.start() - 60) : match.start()]  # linear on long runs of capitals
        role_before = re.search(r"((?:[A-Z][\w’'-]*\s+){0,3}[a-z]+)\s+$", window)
        if role_before and is_role_noun(role_before.group(1).split()[-1]):
            title = f"{role_before.group(1)} {title}".strip()
        people[name] = title
    for name, role in appositive_roles(sentence):
        people[name] = f"{people.get(name, '')} {role}".strip()
