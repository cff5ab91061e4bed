"""Word patterns around a speaker before its verb: asides between subject and verb ("The department,
however, said"), relative pronouns and their antecedents ("the party, which said"), and fronted times
and phrases that are not part of the subject ("This week the company announced")."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

ASIDE = re.compile(
    r",\s*(?:however|meanwhile|too|though|instead|in\s+turn|for\s+(?:its|his|her|their)\s+part|in\s+response|"
    r"separately|likewise|also|though|in\s+a\s+statement|in\s+an\s+interview|"
    # "Opposition lawmakers, by contrast, are adamant …": a connective between subject and verb.
    r"by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand|nonetheless|nevertheless|at\s+the\s+same\s+time|"
    # "Lund, in a phone interview with the Gazette, said": how they said it, between subject and verb.
    r"in\s+an?\s+(?:[\w-]+\s+){0,2}(?:interview|statement|email|e-mail|letter|post|tweet|video|speech|"
    r"briefing|podcast|call)(?:\s+(?:with|to|on)\s+[^,]{1,40}|"
    # "Lund, in a statement issued on behalf of the board, said": the text, then how it went out.
    r"\s+(?:issued|released|posted|sent|published|shared|emailed|distributed|provided)\s+[^,“”\"]{1,60})?|"
    # "The ministry, citing an internal report, said": whom it cites; with_relays puts them first.
    r"citing\s+[^,“”\"]{1,80})\s*,\s*$"
)
# "MPs who said" (no comma): only after a noun for people, so "the year who" never speaks.
RESTRICTIVE_WHO = re.compile(r"(?<=[a-zA-Z])\s+who\s*$")
ANTECEDENT_AFTER = re.compile(r"\b(?:by|from|with|among|to|for|at|than)\s+")
TIME_FIRST = re.compile(
    r"^(?:(?:This|Last|Next|Earlier|Later)\s+(?:this\s+|last\s+)?(?:week|month|year|morning|afternoon|evening|"
    r"night|weekend|spring|summer|autumn|fall|winter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|Today|Yesterday|"
    r"On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    # "Prior to launch Google promised …": a fronted phrase with no comma, before a name.
    r"(?:Prior\s+to|Ahead\s+of|After|Before|Following|During|Since)\s+(?:(?:the|its|his|her|their)\s+)?"
    r"[a-z]+(?:\s+[a-z]+)?(?=\s+(?:[A-Z]|the\s+[a-z])))\s+(?=\S)"
)
RELATIVE_PRONOUN = re.compile(r"(?:,\s+who|,?\s+which)\s*$")
RELATIVE_SUBJECT = re.compile(r"^(?:an?|the|this|that)\s+[a-z]+\s+((?:the\s+)?[A-Z].*)$")
