"""A long title written before a person's name: "Managing Director of Carita Foods Limited Rita Hollis",
"President and Chief Financial Officer of Super Mart Debra Symons", "Chief Education Officer Dr Ramona
Archer-Blake".

Commonwealth and Caribbean papers put the whole office, with its organisation, in front of the name and
often no comma after it. The person is the name at the end; the office is their description. The name is
taken only where it is plainly one: two or three capitalised words after an honorific ("Dr", "Hon.",
"Engr."), or opening on a listed first name, so "Minister of Finance and Trade" or "Bank of Kestrel
Merrill Lynch" stay whole.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.first_names import is_first_name
from tui.model.ingest.kinds import PERSON_ROLE

_HONORIFIC = re.compile(r"(?:the\s+)?(?:Dr|Mr|Mrs|Ms|Miss|Prof|Hon|Engr|Rev|Sen|Senator|Sir|Dame)\.?$")
_NAME_WORD = re.compile(r"[A-Z][\w’'-]+")
# The office must be long and a person's: joined by "of"/"and"/"in" ("Managing Director of Carita Foods").
_LONG_OFFICE = re.compile(r"\s(?:of|and|in|for|at|&)\s")
# The office is capitalised words and the small words that join them.
_OFFICE = re.compile(
    r"(?:[A-Z][\w&’'.()-]*,?|and|of|for|in|at|the|&)(?:\s+(?:[A-Z][\w&’'.()-]*,?|and|of|for|in|at|the|&))+"
)
# "Managing Director of Carita Foods Limited, Rita Hollis says …": the office, its organisation, a comma and
# the name; a generic reader takes the office alone for the sentence's subject.
_ORGANISATION_THEN_NAME = re.compile(
    r"\s+(?:of|in|for|at)\s+[^,;“\"]{3,80},\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\b"
)
# Words that go with an office word in a title: "Managing Director", "Chief Executive Officer".
_OFFICE_MODIFIERS = {"Chief", "Deputy", "Managing", "General", "Executive", "Acting", "Senior", "Assistant"}


def titled_person(text: str) -> tuple[str, str] | None:
    """(name, office) for a mention that is an office and then a person's name, else None."""
    words = text.split()
    for size in (2, 3):
        if len(words) < size + 2:
            continue
        name_words, before = words[-size:], words[:-size]
        if not all(_NAME_WORD.fullmatch(word) for word in name_words):
            continue
        honorific = before[-1] if _HONORIFIC.search(before[-1]) else ""
        if honorific:
            office = " ".join(before[:-2] if before[-2:-1] == ["the"] else before[:-1])
        else:
            office = " ".join(before)
        office = office.strip(" ,")
        if not office or PERSON_ROLE.search(office.lower()) is None:
            continue
        # After an honorific the name is plain ("Chief Education Officer Dr Ramona Archer-Blake"); without
        # one the office must be long and the name open on a first name.
        plain = honorific or (_LONG_OFFICE.search(f" {office} ") and _OFFICE.fullmatch(office))
        if plain and (honorific or is_first_name(name_words[0])):
            return " ".join(name_words), office
    return None


def office_holder(sentence: str, subject: str | None) -> str | None:
    """The person a sentence opening on an office names: "Chief Education Officer Dr Ramona Best" is Ramona
    Best; "Managing Director" followed by "of Carita Foods Limited, Rita Hollis" is Rita Hollis. Any other
    subject comes back unchanged."""
    if subject is None:
        return None
    titled = titled_person(subject)
    if titled is not None:
        return titled[0]
    words = subject.split()
    offices = all(
        word in _OFFICE_MODIFIERS or (word[:1].isupper() and PERSON_ROLE.search(word.lower()) is not None)
        for word in words
    )
    at = sentence.find(subject)
    named = _ORGANISATION_THEN_NAME.match(sentence, at + len(subject)) if offices and at >= 0 else None
    return named["name"] if named is not None else subject
