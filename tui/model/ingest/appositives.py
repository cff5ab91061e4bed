"""Descriptions set off by commas between a speaker and the verb: "Jo Bell, a nurse at the clinic,
said", "Ravi Lal, another tenant, said", "Ada Fenn, senior analyst at Marlow, said"."""

from __future__ import annotations

import re

# "Roxanne Delgado, founder of the civic association …, said": a role with no article.
ROLE_FIRST = re.compile(
    r"^(?:[a-z][\w’'-]*\s+){0,3}?(?:founder|director|chair(?:man|woman)?|president|head|chief|editor|"
    r"professor|spokes(?:man|woman|person)|secretary|manager|member|leader|executive|owner|author|"
    r"co-founder|CEO|partner|fellow|analyst|economist|researcher|scientist|attorney|lawyer|advis[eo]r|"
    r"strategist|coordinator|officer|official|commissioner|superintendent|principal|dean|chancellor|"
    r"curator|consultant|organi[sz]er|minister|governor|mayor|ambassador|captain|coach|historian|"
    r"correspondent|investigator|inspector|engineer|physician|doctor|nurse|pastor|administrator|treasurer)\b"
)
APPOSITIVE = re.compile(
    r"^(?:who|which|whose|a|an|the|its|his|her|their|\d+|speaking|among\s+them|including|such\s+as|"
    # "Ravi Lal, another resident, said" / "Ada Fenn, herself a nurse, said": a description with no article.
    r"another|fellow|former|longtime|himself|herself|also\s+a|now\s+a|once\s+a|one\s+of|"
    # "The report, released Monday, found": a participle describing the subject.
    r"released|published|issued|obtained|seen|filed|commissioned|posted|signed|sent|written|dated|addressed)\b"
    # "Ella Stone, of Greenpeace, said" / "John Smith, from Leeds, said": where the speaker belongs.
    r"|^(?:of|from|with|at)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w.&’'-]*){0,5}$"
    # "Ella Stone, Greenpeace's campaign director, said": a role held in a named body.
    r"|^(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}[’']s\s+(?:[a-z][\w-]*\s+){0,6}[a-z][\w-]*$"
    # "Rep. Jim Cole, R-Texas, said": the party and state of a US lawmaker.
    r"|^[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?$"
    # "James Townsend, prosecuting, said": the role in court, one word.
    r"|^(?:prosecuting|defending|representing\s+\S+(?:\s+\S+)?|presiding)$"
)
