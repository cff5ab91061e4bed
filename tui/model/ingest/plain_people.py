"""A speaker called only "the woman", "the man", "the mother": the person the article just named.

Features and local reports introduce someone by name ("Neema Juma is a mother of two. She opened a
stall …") and then tag their words with a plain noun ("…,” says the woman, who is in her late 20s.").
The noun names no role, so role_references cannot read it; it means the person a sentence last
opened on whose gender fits, when that sentence is one of the last few. When the article has spoken of
"a woman" or "an elderly man" before, the noun is that unnamed person, whom nobody named since can be.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import looks_like_person

# "the woman", "the young mother", "the elderly man": a person by sex or family role, no office.
_PLAIN = re.compile(
    r"(?i)the\s+(?:(?:young|old|elderly|middle-aged)\s+)?"
    r"(?:(?P<f>woman|girl|lady|mother|grandmother|widow)|(?P<m>man|boy|father|grandfather|widower))"
)
_NOUNS = r"woman|girl|lady|mother|grandmother|widow|man|boy|father|grandfather|widower"
# "a man", "an elderly woman", "one young mother": someone brought in without a name.
# "Ana Lind is a mother of two", "Ana Lind, a mother of two,": a named person described, not another one.
_UNNAMED = re.compile(
    rf"(?i)(?<!\bis\s)(?<!\bwas\s)(?<!\bas\s)(?<!,\s)\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}?({_NOUNS})\b"
)
# How many sentences back the named person may have been named.
WINDOW = 6


def unnamed_people(sentence: str) -> set[str]:
    """The plain nouns the sentence brings in without a name: "a woman", "an elderly man"."""
    return {m.lower() for m in _UNNAMED.findall(sentence)}


def means_unnamed(text: str, unnamed: set[str]) -> bool:
    """ "the man" after "a man walked in": the person the article did not name, not someone named since."""
    match = _PLAIN.fullmatch(text.strip())
    return match is not None and (match.group("f") or match.group("m")).lower() in unnamed


def plain_person(
    text: str,
    named: list[tuple[int, str]],
    sentence: int,
    unnamed: set[str],
    gender_of: Callable[[str], str],
) -> str | None:
    """The person (`named`: sentence index, the name a sentence opened on; oldest first) a plain
    description means, or None. `unnamed`: the nouns the article has used for someone it did not name."""
    match = _PLAIN.fullmatch(text.strip())
    if match is None:
        return None
    wanted = "f" if match.group("f") else "m"
    if (match.group("f") or match.group("m")).lower() in unnamed:
        return None  # "A man walked in. … the man said": the unnamed one
    for index, name in reversed(named):
        if index < sentence - WINDOW:
            break
        if looks_like_person(name) and gender_of(name) in ("", wanted):
            return name
    return None
