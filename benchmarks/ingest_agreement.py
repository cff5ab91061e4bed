"""How far two annotators of the same pages agree: the ceiling of `ingest_analysis.py`'s scores.

Two hands annotate the same pages independently (the format of `tests/ingest_corpus/a_README.md`);
the second hand's (claim, source) pairs and figures are scored against the first's exactly as the
analysis is scored: a claim matches in the same paragraph when the quotes overlap by half the
shorter, a source when one of the second hand's names for it is one of the first's variants (or
contains one of two words or more); a figure when the values agree within 1% and one display holds
the other. Precision is the share of the second hand's pairs the first has, recall the share of the
first's the second found. Prints totals and per-page counts only (held-out pages stay unread).

    python benchmarks/ingest_agreement.py FIRST_DIR SECOND_DIR
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_analysis import GoldArticle, _overlap, load_corpus, names_match

# (paragraph index, quote span, the names of one source of its chain)
HandPair = tuple[int, tuple[int, int], list[str]]


def hand_pairs(gold: GoldArticle, paragraphs: list[str]) -> tuple[list[HandPair], int]:
    """Each (claim, source) of a hand, placed in the first hand's paragraphs; and how many fit none."""
    pairs: list[HandPair] = []
    unplaced = 0
    for quote, chain in gold.claims:
        where = [i for i, text in enumerate(paragraphs) if quote in text]
        if not where:
            unplaced += len(chain)
            continue
        start = paragraphs[where[0]].index(quote)
        pairs += [(where[0], (start, start + len(quote)), gold.sources[sid]) for sid in chain]
    return pairs, unplaced


def agree(first: GoldArticle, second: GoldArticle) -> tuple[int, int, int, int, int, int, int]:
    """(second's pairs matched, second's pairs, first's pairs found, first's pairs,
    figures of the first found by the second, figures of the first, figures of the second)."""
    paragraphs = [p for section in first.article.sections for p in section.paragraphs]
    first_pairs, _ = hand_pairs(first, paragraphs)
    second_pairs, unplaced = hand_pairs(second, paragraphs)

    def same(a: HandPair, b: HandPair) -> bool:
        return a[0] == b[0] and _overlap(a[1], b[1]) and any(names_match(name, b[2]) for name in a[2])

    matched = sum(any(same(s, f) for f in first_pairs) for s in second_pairs)
    found = sum(any(same(s, f) for s in second_pairs) for f in first_pairs)
    figures_found = sum(
        any(
            abs(value - other) <= 0.01 * max(abs(value), abs(other))
            and (display in other_display or other_display in display)
            for other_display, other, _unit in second.figures
        )
        for display, value, _unit in first.figures
    )
    return (
        matched,
        len(second_pairs) + unplaced,
        found,
        len(first_pairs),
        figures_found,
        len(first.figures),
        len(second.figures),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    firsts = {gold.name: gold for gold in load_corpus(args.first)}
    totals = [0] * 7
    for second in load_corpus(args.second):
        if second.name not in firsts:
            continue
        counts = agree(firsts[second.name], second)
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        print(
            f"{second.name}: pairs {counts[0]} of the second's {counts[1]} matched,"
            f" {counts[2]} of the first's {counts[3]} found; figures {counts[4]} of {counts[5]}"
            f" (the second has {counts[6]})"
        )
    matched, second_total, found, first_total, figures_found, figures_first, _ = totals
    precision = matched / second_total if second_total else 1.0
    recall = found / first_total if first_total else 1.0
    figure_recall = figures_found / figures_first if figures_first else 1.0
    print(f"pairs: precision {precision:.3f}, recall {recall:.3f} (the second hand against the first)")
    print(f"figures: recall {figure_recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
