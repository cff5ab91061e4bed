"""Factors told by a verb: "prices doubled", "the fleet has quadrupled", "more than triple", "halved".

As "threefold", the factor is a figure with no unit (2, 3, 4, or 0.5 for "halved"). When the sentence
gives the figures of the change right after the verb ("doubled to $2.1 billion", "nearly doubled,
rising from 3.9 to 5.8 per cent"), those are the figures and the verb is not counted twice. Idioms that
change nothing are not factors: "doubled down", "doubled up", "doubles as", "doubled over", "doubled back".
"""

from __future__ import annotations

import re

from tui.model.ingest.figure_ranges import FigureMention

# The verb's forms; the bare form only after a bound ("would more than double its output").
FACTOR_VERB = (
    r"(?P<factor_verb>(?:doubl|tripl|quadrupl)(?:ed|ing)|halv(?:ed|ing)"
    r"|(?:(?<=than\s)|(?<=nearly\s)|(?<=almost\s))(?:double|triple|quadruple))\b"
    r"(?!\s+(?:down|up|over|back|as)\b)"
)
_FACTORS = {"doubl": 2.0, "double": 2.0, "tripl": 3.0, "triple": 3.0, "quadrupl": 4.0, "quadruple": 4.0,
            "halv": 0.5}  # fmt: skip
# "two avocados, halved": a cook's cut in a list, not a change.
_CUT_IN_A_LIST = re.compile(r",\s*$")
# How far after the verb the figures of the change may start, within its clause.
_BESIDE = 60


def factor_value(verb: str, before: str) -> float | None:
    """The factor a verb tells ("tripled" -> 3), or None for a cook's "halved" in a list."""
    word = verb.lower()
    if word.startswith("halv") and _CUT_IN_A_LIST.search(before):
        return None
    stem = word if word in _FACTORS else re.sub(r"(?:ed|ing)$", "", word)
    return _FACTORS.get(stem)


_VERB_AT_END = re.compile(r"(?:doubl|tripl|quadrupl|halv)(?:ed|ing|e)$", re.IGNORECASE)


def told_beside(sentence: str, found: list[FigureMention]) -> list[FigureMention]:
    """`found` without the factor verbs whose change the sentence gives in figures right after them."""
    kept: list[FigureMention] = []
    for index, mention in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            following is not None
            and _VERB_AT_END.search(sentence, mention.start, mention.end)
            and following.start - mention.end <= _BESIDE
            and ";" not in sentence[mention.end : following.start]
        ):
            continue
        kept.append(mention)
    return kept
