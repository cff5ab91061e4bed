"""Whose words a possessive mention carries: "Barlow's spokesman" speaks for Barlow, "the firm’s new chair
Dana Ruiz" is Dana Ruiz, "the sheriff's office" and "Barlow's lawyer" speak for themselves.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import looks_like_person
from tui.model.ingest.titled_names import titled_person

_POSSESSIVE_ROLE = re.compile(
    r"^(.+?)[’']s\s+((?:chief\s+|senior\s+|deputy\s+|top\s+)?(?:spokes(?:man|woman|person)|press\s+secretary|"
    r"press\s+office|representative|office|aide|statement|report|data|figures|website|"
    r"account|announcement|filing|assessment|"
    # "The Verge's Stadia review", "the agency's latest weekly report", "the bureau's “Roads in Numbers
    # 2024” report": the owner's text, with modifiers or a title.
    r"(?:[\w-]+\s+){0,5}(?:review|report|analysis|study|survey|poll|investigation|estimates?|tally|audit)))$",
    re.IGNORECASE,
)

# The role may go unsaid: "Korl Airlines' Sam Petre", "Vesk Rail's Ana Lund" (a plural's bare mark too).
_POSSESSIVE_NAMED = re.compile(
    r"^(?P<body>(?:[Tt]he\s+[a-z]+|(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}))(?:[’']s|(?<=s)[’'])\s+"
    r"(?:(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})\s+)?(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})$"
)

# "A company spokeswoman", "a State Department spokesperson": the body speaks through its spokesperson.
_BODY_SPOKESPERSON = re.compile(
    r"^(?:[Aa]n?\s+)((?:the\s+)?(?:company|ministry|government|agency|department|union|group|party|police|army|"
    r"military|embassy|council|commission|court|bank|firm|[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*))\s+"
    r"(spokes(?:man|woman|person)|representative|press\s+officer)$"
)

# "the sheriff's office", "the U.S. attorney's office": an office named by its holder's role is a body
# of its own (the gold pages list it so), not the sheriff speaking; so is "the AG's office".
_ROLE_OFFICE = re.compile(r"^[Tt]he\s+(?:[\w.]+\s+){0,3}(?:[a-z][\w-]*|[A-Z]{2,3})[’']s\s+office$")


def named_after_role(text: str, role: str) -> tuple[str, str]:
    """ "the firm’s new chair Dana Ruiz": the name, with the role as its description; so for a long office
    before the name ("Managing Director of Carita Foods Limited Rita Hollis", read whole when the reader
    cut it at "of")."""
    whole = f"{text} {role}" if re.match(r"(?:of|in|for|at)\s", role) else text
    titled = titled_person(whole)
    if titled is not None:
        return titled[0], titled[1] if whole != text else role or titled[1]
    named = _POSSESSIVE_NAMED.match(text)
    if named is None or not looks_like_person(named["name"]):
        return text, role
    if named["role"] is None:
        return named["name"], role or named["body"]
    if named["role"].split()[-1] in ("to", "of", "for", "at", "in", "from", "on"):
        return text, role
    return named["name"], role or f"{named['body']}’s {named['role']}"


def spoken_for(text: str) -> tuple[str, str] | None:
    """ "The White House's press secretary" -> (the White House, press secretary): the body or person a
    spokesperson, an office or a document speaks for; None when the mention speaks for itself."""
    if _ROLE_OFFICE.match(text):
        return None
    possessive = _POSSESSIVE_ROLE.match(text) or _BODY_SPOKESPERSON.match(text)
    if possessive is None or re.match(r"(?:her|his|its|their|our|my)\s", possessive.group(1), re.I):
        return None  # "Her clinic's records": the owner is no source of its own
    owner = possessive.group(1)
    if owner[:1].islower() and not owner.startswith("the "):
        owner = f"the {owner}"  # "a company spokeswoman": the company
    return owner, possessive.group(2)
