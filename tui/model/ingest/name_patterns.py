"""Patterns of names around a speaker: a month or a bracketed short name after it, a name "of" a comma
list, a person then where they work, a subject described by "who …"."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

# "data released by the ministry in March": the month says when, it is no part of the name.
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
SHORT_NAME_THEN_PLACE = re.compile(
    r"\s*\([A-Z][A-Za-z&]{1,9}\)(?:\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?=\s*,)"
)


# "Dr. Ana Ruiz of the State Department of Health": a person, then where they work.
NAME_OF_PLACE = re.compile(
    # "Joost van Heel of …", "Ana de la Cruz of …": a surname with its particles.
    r"(?P<name>(?!(?:The|A|An)\s)(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z]\.)?"
    r"(?:\s+(?:van|von|de|der|den|da|di|du|la|le|al|bin|ter))*\s+[A-Z][\w’'-]+)\s+"
    r"(?P<role>(?:of|at|from|with)\s+(?:the\s+)?[A-Z].{8,})"
)


# "A spokesperson who did not wish to be named because …": the relative clause describes the subject.
SUBJECT_WHO = re.compile(
    r"((?:A|An|The)\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+who\s+(?:did|does|is|was|has|had|asked|spoke|declined)\b"
)
_ITEM = r"[\w’'-]+(?:\s+[\w’'-]+)?"
LISTED_NAME = re.compile(
    rf"(?P<head>[^,;:()“”\"]{{2,60}}?)\bof\s+(?P<items>{_ITEM}(?:,\s+{_ITEM})*,\s+{_ITEM}\s+and\s+{_ITEM})$"
)


def listed_name(before: str, segment: str) -> tuple[str, int, str] | None:
    """(the words before "of", where the name starts in `before`, the whole name) when `segment`, the
    subject found so far, is the last item of a list the name is "of"."""
    # A bounded tail, and only when it holds "of" and a closing "and": the search stays cheap.
    tail = before.rstrip(" ,")[-160:]
    if " and " not in tail[-40:] or " of " not in tail:
        return None
    match = LISTED_NAME.search(tail)
    if match is None or segment not in match["items"] or not _one_case(match["head"], match["items"]):
        return None
    return match["head"], len(before.rstrip(" ,")) - len(tail) + match.start(), match.group(0)


def _one_case(head: str, items: str) -> bool:
    """A list inside a name is all lower case ("of chefs, farmers and charities") or all single capitalised
    words after a capitalised head ("Ministry of Trade, Industry and Energy"), never a list of people."""
    words = [w for w in re.split(r"[,\s]+", items) if w and w != "and"]
    if all(w.islower() for w in words):
        return True
    single = all(" " not in item.strip() for item in re.split(r",|\band\b", items))
    return single and head.split()[-1][:1].isupper() and all(w[:1].isupper() for w in words)
