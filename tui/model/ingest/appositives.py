"""Descriptions set off by commas between a speaker and the verb: "Jo Bell, a nurse at the clinic,
said", "Ravi Lal, another tenant, said", "Ada Fenn, senior analyst at Marlow, said"."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

_ROLES = (
    r"founder|director|chair(?:man|woman)?|president|head|chief|editor|"
    r"professor|spokes(?:man|woman|person)|secretary|manager|member|leader|executive|owner|author|"
    r"co-founder|CEO|partner|fellow|analyst|economist|researcher|scientist|attorney|lawyer|advis[eo]r|"
    r"strategist|coordinator|officer|official|commissioner|superintendent|principal|dean|chancellor|"
    r"curator|consultant|organi[sz]er|minister|governor|mayor|ambassador|captain|coach|historian|"
    r"correspondent|investigator|inspector|engineer|physician|doctor|nurse|pastor|administrator|treasurer"
)
# "Roxanne Delgado, founder of the civic association …, said": a role with no article.
ROLE_FIRST = re.compile(rf"^(?:[a-z][\w’'-]*\s+){{0,3}}?(?:{_ROLES})\b")
# "Dana Voss, Head of Research at Tarvo Securities, said", "…, Managing Director, said": the role in title
# case, then "of"/"at" or nothing; "Mayor Ann Pell" (a title before a name) is a name.
TITLED_ROLE = re.compile(rf"^(?:[A-Z][\w’'-]*\s+){{0,3}}?(?i:{_ROLES})(?=\s+(?:of|at|for|in)\s|\s*$)")
APPOSITIVE = re.compile(
    r"^(?:who|which|whose|a|an|the|its|his|her|their|\d+|speaking|among\s+them|including|such\s+as|"
    # "Ravi Lal, another resident, said" / "Ada Fenn, herself a nurse, said": a description with no article.
    r"another|fellow|former|longtime|himself|herself|also\s+a|now\s+a|once\s+a|one\s+of|"
    # "The report, released Monday, found": a participle describing the subject.
    r"released|published|issued|obtained|seen|filed|commissioned|posted|signed|sent|written|dated|addressed|"
    # "Ms. Hale, seated next to the mayor, told reporters": where or how the speaker stood as they spoke.
    r"seated|standing|sitting|flanked|surrounded|accompanied|joined|wearing|dressed|holding|smiling)\b"
    # "Ella Stone, of Greenpeace, said" / "John Smith, from Leeds, said": where the speaker belongs.
    r"|^(?:of|from|with|at)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.&’'-]*){0,5}$"
    # "Ella Stone, Greenpeace's campaign director, said": a role held in a named body.
    r"|^(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}[’']s\s+(?:[a-z][\w-]*\s+){0,6}[a-z][\w-]*$"
    # "Rep. Jim Cole, R-Texas, said": the party and state of a US lawmaker.
    r"|^[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?$"
    # "James Townsend, prosecuting, said": the role in court, one word.
    r"|^(?:prosecuting|defending|representing\s+\S+(?:\s+\S+)?|presiding)$"
)

# "“…,” Lina Moor, a researcher at the Institute for Water, Soil and Air told the Ledger.": after a
# closing quotation, a name and a description that runs on to the verb with no closing comma.
# Or closed, after a description whose own commas hide where it ends: "“…,” lead author Ada Lind, a
# scientist at the Polar Center in Greenbelt, Maryland, and Keele University in Washington, D.C., said".
# A later segment opening with an article is a second speaker's description, not this one's.
_UNCLOSED = re.compile(
    r"[”\"],?\s+(?P<lead>(?:[a-z][\w-]*\s+){0,3}?)(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+"
    r"(?P<role>(?:a|an|the)\s+[^“”\",]{3,}(?:,(?!\s*(?:a|an|the)\s)[^“”\",]{2,}){0,3}?)\s+$"
    r"|[”\"],?\s+(?P<closed_lead>(?:[a-z][\w-]*\s+){0,3}?)(?P<closed_name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+"
    r"(?P<closed_role>(?:a|an|the)\s+[^“”\",]{3,}(?:,(?!\s*(?:a|an|the)\s)[^“”\",]{2,}){2,4}?),\s+$"
)


def unclosed_description(before_verb: str) -> tuple[str, str, int] | None:
    """(name, description, where the name starts) when a tag's description is never closed by a comma."""
    # Nothing after the opening mark can be a quotation mark, so a match starts at the last one: trying
    # only there keeps a sentence of many quotations and verbs linear.
    last_mark = max(before_verb.rfind("”"), before_verb.rfind('"'))
    found = _UNCLOSED.match(before_verb, last_mark) if last_mark >= 0 else None
    if found is None:
        return None
    if found["name"] is None:
        return found["closed_name"], found["closed_role"], found.start("closed_lead")
    return found["name"], found["role"], found.start("lead")
