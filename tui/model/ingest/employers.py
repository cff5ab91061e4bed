"""The body a business title names: "vice president of product for Verizon", "InfoNation President".

"President" alone is a head of state, so the government rule takes it; with a named body after it
("president and chief operating officer of Orbix") or before it ("Tarvo President") the title is the
body's, and the body decides the kind. Kept apart from kinds.py, which asks it first.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.places import countries_named_in, country_of_metonym

# Titles a business, club or association gives; "chairman" stays with the kind rules (a Federal Reserve
# or national committee chairman is not a company's), "director" and "head" too (hospitals, ministries).
_TITLE = (
    r"(?:(?:senior |executive |group )?vice[- ]president|president|chief [a-z]+(?: [a-z]+)? officer|"
    r"CEO|COO|CTO|CIO|CFO|CMO|managing director)"
)

# A body's name: capitalised words and the small words inside one ("Home Builders Association of Lune").
_BODY = r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z&][\w.&’'-]*)*"

# "president and chief operating officer of Orbix", "vice president of Fios product management for
# Verizon": every body after "of/at/for" in the clause that holds the title.
_TITLE_THEN_BODY = re.compile(rf"(?i:\b{_TITLE}\b)[^,;]*")
_BODY_AFTER = re.compile(rf"\b(?:of|at|for|with)\s+(?:the\s+)?({_BODY})")

# "Tarvo President", "EDS Vice President": the body's name right before the title, closing the role.
_BODY_BEFORE = re.compile(
    rf"^(?:the\s+)?(?P<body>{_BODY})\s+(?:(?P<president>(?:Senior |Executive )?Vice[- ]President|President)|"
    r"CEO|COO|CTO|CIO|CFO|CMO|Chief [A-Z][a-z]+ Officer|Managing Director)$"
)

# An acronym's president is as often a commission's or a union's as a firm's ("CPUC President"): only a
# business title (CEO, CFO …) makes an acronym a company.
_ACRONYM = re.compile(r"[A-Z&.]{2,6}")

# Capitalised words before a title that are no body: "Former President", "Acting CEO".
_NOT_BODIES = set(
    "Former Acting Interim Late Then Elect Outgoing Incoming First Current New Vice Deputy Senior "
    "Executive Co Joint Honorary Retired Past The A An Its Our Their".split()
)


def _is_place(body: str) -> bool:
    return bool(countries_named_in(body)) or country_of_metonym(body) is not None


def employer_bodies(role: str) -> list[str]:
    """The bodies a business title in `role` names, first to last; [] when it names none, or a country
    ("President of Brenland", "US President": a head of state, for the kind rules)."""
    role = role.strip()
    before = _BODY_BEFORE.match(role)
    if before is not None:
        body = before["body"]
        if _NOT_BODIES.issuperset(body.split()) or _is_place(body):
            return []
        if before["president"] and _ACRONYM.fullmatch(body):
            return []
        return [body]
    bodies: list[str] = []
    for clause in _TITLE_THEN_BODY.finditer(role):
        bodies += [found.group(1) for found in _BODY_AFTER.finditer(clause.group(0))]
    if any(_is_place(body) for body in bodies):
        return []
    return bodies
