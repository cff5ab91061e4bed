"""People named with a title, and descriptions by that title: "the former minister", "the MP".

"Former harbour minister Vera Lund" or "Vera Lund, the Labour MP for Eastport," gives a
person a title; a later "the minister" or "the MP" is that person when the article
named exactly one person with it.
"""

from __future__ import annotations

import re

from tui.model.ingest.kinds import PERSON_ROLE, looks_like_person

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
        if looks_like_person(name) and PERSON_ROLE.fullmatch(role.split()[-1]):
            found.append((name, role))
    return found


def title_holder(people: dict[str, str], description: str) -> str | None:
    """The one person whose title has the description's head ("the former minister"), or None."""
    words = description.lower().split()
    if len(words) < 2 or words[0] != "the" or not PERSON_ROLE.fullmatch(words[-1]):
        return None
    holders = [name for name, title in people.items() if words[-1] in title.lower().split()]
    return holders[0] if len(holders) == 1 else None
