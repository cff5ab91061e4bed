"""What an article's own words say about a speaker: a person or not, and which pronoun fits them.

"Meghan said …" alone does not tell a person from a company. The article does,
soon enough: she speaks in the first person (“I went to …”), a pronoun
follows her name ("Meghan said she …"), or a title says it (Ms, Prince,
spokeswoman). Pronouns then resolve to a speaker they fit: "she" is not the
Harry who spoke last.
"""

from __future__ import annotations

import re

from tui.model.ingest.phrases import quoted_spans

FEMALE, MALE = "f", "m"

_FEMALE_WORDS = re.compile(
    r"\b(?:Ms|Mrs|Miss|Madam|Dame|Lady|Queen|Princess|Duchess|Countess|Baroness|spokeswoman|chairwoman|"
    r"congresswoman|councilwoman|businesswoman|actress|woman|mother|wife|daughter|sister|grandmother|"
    r"granddaughter|aunt|niece|girlfriend|widow|girl)\b\.?",
    re.IGNORECASE,
)
_MALE_WORDS = re.compile(
    r"\b(?:Mr|Sir|Lord|King|Prince|Duke|Count|Baron|spokesman|congressman|councilman|businessman|"
    r"man|father|husband|son|brother|grandfather|grandson|uncle|nephew|boyfriend|widower|boy)\b\.?",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|myself)\b")
_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_LEADING_PRONOUN = re.compile(r"^\s*(?:that\s+)?(she|he)\b", re.IGNORECASE)


def gender_of_words(text: str) -> str:
    """FEMALE or MALE from a title or role word ("Ms Gonzales", "a spokeswoman"), else ""."""
    female, male = _FEMALE_WORDS.search(text), _MALE_WORDS.search(text)
    if female and not male:
        return FEMALE
    if male and not female:
        return MALE
    return ""


def speaks_as_person(quote: str) -> bool:
    """Words in quotation marks in the first person singular: a person speaks (a body says "we")."""
    spans = quoted_spans(quote)
    quoted = " ".join(quote[start:end] for start, end in spans) if spans else ""
    return _FIRST_PERSON.search(quoted) is not None


def pronoun_gender(content: str) -> str:
    """The gender a claim's own words give its speaker: "Harry said that he …", "she said her …".

    Only the reported words outside quotation marks count, and only when they use
    one gender: "said he came home to see her crying" says nothing sure.
    """
    leading = _LEADING_PRONOUN.match(content)
    if leading:
        return FEMALE if leading.group(1).lower() == "she" else MALE
    outside = content
    for start, end in reversed(quoted_spans(content)):
        outside = outside[:start] + " " + outside[end:]
    she, he = _SHE.search(outside), _HE.search(outside)
    if she and not he:
        return FEMALE
    if he and not she:
        return MALE
    return ""


def pronoun_fits(pronoun: str, gender: str) -> bool:
    """Whether "she"/"he" can mean a speaker of this gender (unknown fits both)."""
    if pronoun in ("she", "her"):
        return gender != MALE
    if pronoun in ("he", "him"):
        return gender != FEMALE
    return True
