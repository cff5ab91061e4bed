"""Where attribution's misses and false pairs are, by kind, in counts only: safe on held-out sets.

`ingest_analysis.py --misses` prints each miss with its words, so it reads dev sets only. This
counts them by what went wrong, naming no page, quote or source, so that a blind set can say where
to look without being read:

- a gold pair missed because the claim was found with **another source** (the chain named someone
  else), found with its claimant but **without the relay** the gold names after it, found **in the
  outlet's voice** (a claim with no source), or **not found at all**; a claim
  not found is told apart by whether its words stand **inside quotation marks**, whether its
  sentence has a **common cue** (said, says, told, according to, …), and whether the pair is a
  **relay** (a later link of a chain of two or more);
- a false pair: a right claim given a **wrong source**, or **no gold claim there**.

    python benchmarks/ingest_analysis.py --gold benchmarks/gold/held30.json --data FUNDUS --miss-kinds
"""

from __future__ import annotations

import re
from collections import Counter

from ingest_analysis import GoldArticle, Pair, Pairs, Place, _overlap, attribution_pairs, paragraphs_of

from tui.model.ingest.article import Analysis

_OPEN_QUOTES = "\"“‘«„'"
_CLOSE_QUOTES = "\"”’»“'"
_COMMON_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|according to|added|adds|stated|states|announced|claimed|claims"
    r"|reported|reports|warned|wrote|writes|explained|noted|insisted|argued|believes?|thinks?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»]?\s+")

MISS_KINDS = (
    "missed: claim found, another source",
    "missed: claim found, a relay's later link not named",
    "missed: claim found in the outlet's voice",
    "missed: no claim, inside quotation marks",
    "missed: no claim, sentence has a common cue",
    "missed: no claim, no common cue",
    "missed (of the above): a relay's later link",
    "missed (of the first): the source found shares a capitalised word with the gold's",
    "false: a gold claim, wrong source",
    "false: no gold claim there",
)


def _sentence_around(text: str, span: tuple[int, int]) -> str:
    """The sentence (or sentences) of `text` the span lies in."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    first = max((s for s in starts if s <= span[0]), default=0)
    last = min((s for s in starts if s >= span[1]), default=len(text))
    return text[first:last]


def _quoted(text: str, span: tuple[int, int]) -> bool:
    """Whether the words at span stand inside quotation marks (opened before, closed after)."""
    before, inside = text[: span[0] + 1], text[span[0] : span[1]]
    opened = sum(before.count(q) for q in "“«„") > sum(before.count(q) for q in "”»")
    straight = before.count('"') % 2 == 1
    return opened or straight or inside.lstrip()[:1] in _OPEN_QUOTES


def _overlaps(place: Place, others: list[Place]) -> bool:
    return any(place[0] == other[0] and _overlap(place[1], other[1]) for other in others)


def miss_kinds(gold: GoldArticle, analysis: Analysis) -> Counter[str]:
    """Counts of an article's missed gold pairs and false predicted pairs, by kind."""
    pairs: Pairs = attribution_pairs(gold, analysis)
    texts = [text for _s, _n, text in paragraphs_of(gold.article)]
    index = {(sid, n): i for i, (sid, n, _t) in enumerate(paragraphs_of(gold.article))}
    voiced: list[Place] = []  # claims the analysis made with no source
    for claim in analysis.claims:
        if not claim.attribution:
            at = index[(claim.section, claim.paragraph)]
            start = texts[at].find(claim.quote)
            if start >= 0:
                voiced.append((at, (start, start + len(claim.quote))))
    predicted = [p.at for p in pairs.predicted]
    gold_places = [g.at for g in pairs.gold]
    later_links = _later_links(pairs.gold)
    counts: Counter[str] = Counter()
    for missed in pairs.missed_gold:
        text = texts[missed.at[0]]
        if _overlaps(missed.at, predicted):
            counts[MISS_KINDS[1] if missed in later_links else MISS_KINDS[0]] += 1
            found_names = [p.source for p in pairs.predicted if _overlaps(p.at, [missed.at])]
            if missed not in later_links and _shares_a_name(found_names, gold.sources[missed.source]):
                counts[MISS_KINDS[7]] += 1
        elif _overlaps(missed.at, voiced):
            counts[MISS_KINDS[2]] += 1
        elif _quoted(text, missed.at[1]):
            counts[MISS_KINDS[3]] += 1
        elif _COMMON_CUE.search(_sentence_around(text, missed.at[1])):
            counts[MISS_KINDS[4]] += 1
        else:
            counts[MISS_KINDS[5]] += 1
        if missed in later_links:
            counts[MISS_KINDS[6]] += 1
    for false in pairs.false_predicted:
        counts[MISS_KINDS[8] if _overlaps(false.at, gold_places) else MISS_KINDS[9]] += 1
    return counts


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _shares_a_name(found: list[str], variants: list[str]) -> bool:
    """Whether a found source and the gold source share a capitalised word: the same speaker named
    otherwise (a variant the gold lacks, a title) more likely than another one."""
    wanted = {word for variant in variants for word in _CAPITALISED.findall(variant)}
    return any(set(_CAPITALISED.findall(name)) & wanted for name in found)


def _later_links(gold_pairs: list[Pair]) -> set[Pair]:
    """Gold pairs that are not the first link of their claim's chain (the outlet cited, not the claimant)."""
    seen: set[Place] = set()
    later: set[Pair] = set()
    for pair in gold_pairs:  # a chain's pairs come in its order (`attribution_pairs`)
        if pair.at in seen:
            later.add(pair)
        seen.add(pair.at)
    return later
