"""Precision and recall of ingest's analysis on the annotated articles in tests/ingest_corpus.

Each article is `a_<name>.paragraphs.txt` (title `# …`, headings `## …`, one
sentence per line, a blank line between paragraphs) with its gold in
`a_<name>.attribution.toml` (sources with their name variants, attributed
claims as a quote and a chain of sources, figures as display, value, unit;
optionally `outlet`, the page's site name, given to the analysis as the page's
metadata would be).

Scored:
- attribution: (claim, source) pairs. A predicted claim matches a gold claim
  in the same paragraph when their quotes overlap by half the shorter; a
  source matches when its name is one of the gold source's variants (or
  contains one of two words or more).
- quotes of found claims: that match is lenient, so the quotes a reviewer sees
  are scored too, in characters with quotation marks and end punctuation
  trimmed: precision, the share of a found quote inside the gold quotes it
  matched (a tag or an aside left in costs); recall, the share of a gold quote
  covered by the found quotes that matched it.
- figures: a gold figure is found when a predicted one has its value (within
  1%) and one display contains the other; units are scored on found figures;
  precision counts predicted figures that found a gold one (false figures
  cost a reader too).
- sentences: spans of each splitter against the one-sentence-per-line gold.

    .venv/bin/python benchmarks/ingest_analysis.py [CORPUS_DIR] [--split dev|heldout] [--misses]

CORPUS_DIR may be a folder outside the repository in the same format (annotated
real pages that must not be committed); `--misses` prints the misses (claim
pairs and figures) of its dev articles only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from gold_pages import unpack  # noqa: E402

from tui.model.format.records import Figure  # noqa: E402
from tui.model.ingest.analyze import analyze  # noqa: E402
from tui.model.ingest.article import Analysis, Article, ArticleMeta, ArticleSection  # noqa: E402
from tui.model.ingest.sentences import Splitter, split_sentences  # noqa: E402
from tui.model.ingest.speaker_words import CLOSE_QUOTES, OPEN_QUOTES  # noqa: E402

CORPUS = REPO / "tests" / "ingest_corpus"
Row = tuple[str, float, float, float]


@dataclass(frozen=True)
class GoldArticle:
    name: str
    split: str
    article: Article
    # Per paragraph (in reading order): its sentences as the gold splits them.
    sentences: list[list[str]]
    sources: dict[str, list[str]]
    claims: list[tuple[str, list[str]]]
    figures: list[tuple[str, float, str]]


def read_paragraphs(path: Path) -> tuple[Article, list[list[str]]]:
    """An article from the one-sentence-per-line text, and its gold sentences per paragraph."""
    title = ""
    sections: list[tuple[str, list[str]]] = []
    sentences: list[list[str]] = []
    current: list[str] = []

    def close_paragraph() -> None:
        if current:
            if not sections:
                sections.append(("", []))
            sections[-1][1].append(" ".join(current))
            sentences.append(list(current))
            current.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if text.startswith("## "):
            close_paragraph()
            sections.append((text[3:].strip(), []))
        elif text.startswith("# "):
            close_paragraph()
            title = text[2:].strip()
        elif not text:
            close_paragraph()
        else:
            current.append(text)
    close_paragraph()
    article = Article(
        ArticleMeta(title=title),
        tuple(ArticleSection(heading, tuple(paragraphs)) for heading, paragraphs in sections if paragraphs),
    )
    return article, sentences


def load_corpus(corpus_dir: Path, split: str | None = None) -> list[GoldArticle]:
    articles = []
    for gold_path in sorted(corpus_dir.glob("a_*.attribution.toml")):
        name = gold_path.name.removesuffix(".attribution.toml")
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        if split is not None and gold.get("split") != split:
            continue
        article, sentences = read_paragraphs(corpus_dir / f"{name}.paragraphs.txt")
        if gold.get("outlet"):
            # The page's own site name, as ingest reads it from the page's metadata: "told
            # Billboard" on Billboard's page is the outlet's own interview, not a relay.
            article = replace(article, meta=replace(article.meta, outlet=str(gold["outlet"])))
        articles.append(
            GoldArticle(
                name=name,
                split=gold.get("split", ""),
                article=article,
                sentences=sentences,
                sources={k: list(v) for k, v in gold.get("sources", {}).items()},
                claims=[(c["quote"], list(c["chain"])) for c in gold.get("claims", [])],
                figures=[
                    (f["display"], float(f["value"]), f.get("unit", "")) for f in gold.get("figures", [])
                ],
            )
        )
    return articles


def paragraphs_of(article: Article) -> list[tuple[str, int, str]]:
    """(section id, 1-based paragraph, text) in reading order."""
    return [
        (section_id, number, text)
        for section_id, section in zip(article.section_ids(), article.sections, strict=True)
        for number, text in enumerate(section.paragraphs, 1)
    ]


def _normal_name(name: str) -> str:
    text = name.lower().replace("’", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(" ,.;:\"'"))
    text = re.sub(r"^same\s+", "", text)
    return re.sub(r"\s+", " ", text)


def names_match(predicted: str, variants: list[str]) -> bool:
    guess = _normal_name(predicted)
    for variant in variants:
        gold = _normal_name(variant)
        if guess == gold:
            return True
        shorter, longer = sorted((guess, gold), key=len)
        if len(shorter.split()) >= 2 and re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer):
            return True
    return False


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= min(a[1] - a[0], b[1] - b[0])


Place = tuple[int, tuple[int, int]]  # a claim's paragraph and its quote's span there


def _same_pair(
    sources: dict[str, list[str]], predicted_at: Place, name: str, gold_at: Place, sid: str
) -> bool:
    """A predicted (claim, source name) pair is this gold (claim, source id) pair."""
    return (
        predicted_at[0] == gold_at[0]
        and _overlap(predicted_at[1], gold_at[1])
        and names_match(name, sources[sid])
    )


@dataclass(frozen=True)
class Pair:
    """One (claim, source) pair: where its claim is, and the source (a predicted name or a gold id)."""

    at: Place
    source: str
    quote: str


class Pairs(NamedTuple):
    predicted: list[Pair]
    gold: list[Pair]
    false_predicted: list[Pair]  # matching no gold pair
    missed_gold: list[Pair]  # found by no predicted pair
    matches: list[tuple[Pair, Pair]]  # (predicted, gold), every pair of them that match


def attribution_pairs(gold: GoldArticle, analysis: Analysis) -> Pairs:
    """The predicted and gold (claim, source) pairs of an article, and how they match."""
    paragraphs = paragraphs_of(gold.article)
    index = {(sid, n): i for i, (sid, n, _t) in enumerate(paragraphs)}

    def pair_list(at: int, quote: str, chain: list[str]) -> list[Pair]:
        start = paragraphs[at][2].index(quote)
        return [Pair((at, (start, start + len(quote))), source, quote) for source in chain]

    gold_pairs: list[Pair] = []
    for quote, chain in gold.claims:
        where = [i for i, (_s, _n, text) in enumerate(paragraphs) if quote in text]
        if len(where) != 1:
            raise ValueError(f"{gold.name}: gold quote found {len(where)} times: {quote!r}")
        gold_pairs += pair_list(where[0], quote, chain)
    names = {s.id: s.name for s in analysis.sources}
    predicted: list[Pair] = []
    for claim in analysis.claims:
        if claim.attribution:
            at = index[(claim.section, claim.paragraph)]
            # "Both the agency and NASA said …": the second speaker backs the claim, a source of it too.
            sources = (*claim.attribution, *claim.corroborated_by)
            predicted += pair_list(at, claim.quote, [names[s] for s in sources])

    matches = [
        (p, g)
        for p in predicted
        for g in gold_pairs
        if _same_pair(gold.sources, p.at, p.source, g.at, g.source)
    ]
    true_predicted = {p for p, _g in matches}
    found_gold = {g for _p, g in matches}
    false_predicted = [p for p in predicted if p not in true_predicted]
    missed_gold = [g for g in gold_pairs if g not in found_gold]
    return Pairs(predicted, gold_pairs, false_predicted, missed_gold, matches)


def score_attribution(pairs: Pairs) -> tuple[int, int, int, int]:
    """(true predicted pairs, predicted pairs, found gold pairs, gold pairs)."""
    return (
        len(pairs.predicted) - len(pairs.false_predicted),
        len(pairs.predicted),
        len(pairs.gold) - len(pairs.missed_gold),
        len(pairs.gold),
    )


# Quotation marks and the punctuation a tag leaves at a quote's ends are no part of what is claimed.
_QUOTE_EDGE = f" \t\n,.;:!?'—–-{OPEN_QUOTES}{CLOSE_QUOTES}"


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start] in _QUOTE_EDGE:
        start += 1
    while end > start and text[end - 1] in _QUOTE_EDGE:
        end -= 1
    return start, end


def quote_spans(gold: GoldArticle, pairs: Pairs) -> tuple[int, int, int, int]:
    """How well the quotes of found claims cover the gold quotes they match, in characters, ends
    trimmed: (predicted characters inside a matched gold quote, predicted characters, gold characters
    inside a matched predicted quote, gold characters). Each quote counts once, however many pairs."""
    texts = [text for _s, _n, text in paragraphs_of(gold.article)]
    gold_of: dict[Place, set[Place]] = {}  # a found claim's quote -> the gold quotes it matched
    found_of: dict[Place, set[Place]] = {}  # a gold quote -> the found quotes that matched it
    for p, g in pairs.matches:
        gold_of.setdefault(p.at, set()).add(g.at)
        found_of.setdefault(g.at, set()).add(p.at)

    def chars(place: Place) -> set[tuple[int, int]]:
        start, end = _trimmed(texts[place[0]], place[1])
        return {(place[0], i) for i in range(start, end)}

    def covered(partners: dict[Place, set[Place]]) -> tuple[int, int]:
        inside = total = 0
        for place, others in partners.items():
            own = chars(place)
            inside += len(own & set().union(*(chars(other) for other in others)))
            total += len(own)
        return inside, total

    return (*covered(gold_of), *covered(found_of))


def attribution_misses(gold: GoldArticle, analysis: Analysis) -> list[str]:
    """Lines naming each false (claim, source) pair and each gold pair not found, for reading on dev."""
    pairs = attribution_pairs(gold, analysis)
    return [f"  FP {p.source!r} <- {p.quote[:90]!r}" for p in pairs.false_predicted] + [
        f"  FN {g.source} <- {g.quote[:90]!r}" for g in pairs.missed_gold
    ]


def figure_matches(
    gold: GoldArticle, analysis: Analysis
) -> tuple[list[bool], list[Figure], list[tuple[str, float, str]]]:
    """(unit right? per found gold figure, predicted figures matching none, gold figures found by none)."""
    unused = list(analysis.figures)
    missing = list(gold.figures)
    units: list[bool] = []
    # Same unit first, so two "five"s (stars, films) pair up as written.
    for same_unit in (True, False):
        for display, value, unit in list(missing):
            for figure in unused:
                close = abs(figure.value - value) <= 0.01 * max(abs(value), 1e-9)
                a, b = display.lower(), figure.display.lower()
                unit_ok = figure.unit.lower() == unit.lower()
                if close and (a in b or b in a) and (unit_ok or not same_unit):
                    unused.remove(figure)
                    missing.remove((display, value, unit))
                    units.append(unit_ok)
                    break
    return units, unused, missing


def score_figures(gold: GoldArticle, analysis: Analysis) -> tuple[int, int, int, int]:
    """(found gold figures, predicted, gold, found with the right unit)."""
    units, _unused, _missing = figure_matches(gold, analysis)
    return len(units), len(analysis.figures), len(gold.figures), sum(units)


def figure_misses(gold: GoldArticle, analysis: Analysis) -> list[str]:
    """Lines naming each false figure and each gold figure not found, for reading on dev."""
    _units, unused, missing = figure_matches(gold, analysis)
    return [f"  FP figure {f.display!r} = {f.value:g} {f.unit!r}" for f in unused] + [
        f"  FN figure {display!r} = {value:g} {unit!r}" for display, value, unit in missing
    ]


def score_sentences(gold: GoldArticle, splitter: Splitter) -> tuple[int, int, int]:
    """(predicted spans that are gold sentences, predicted, gold)."""
    correct = predicted = expected = 0
    for sentences in gold.sentences:
        paragraph = " ".join(sentences)
        spans = {(s.start, s.end) for s in split_sentences(paragraph, splitter)}
        gold_spans = set()
        position = 0
        for sentence in sentences:
            gold_spans.add((position, position + len(sentence)))
            position += len(sentence) + 1
        correct += len(spans & gold_spans)
        predicted += len(spans)
        expected += len(gold_spans)
    return correct, predicted, expected


def _prf(true_predicted: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    precision = true_predicted / predicted if predicted else 1.0
    recall = found / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def rows(corpus_dir: Path = CORPUS, split: str | None = None) -> list[Row]:
    """(field, precision, recall, F1) over the corpus (or one split of it)."""
    articles = load_corpus(corpus_dir, split)
    attribution = [0, 0, 0, 0]
    figures = [0, 0, 0, 0]
    spans = [0, 0, 0, 0]
    for gold in articles:
        analysis = analyze(gold.article)
        pairs = attribution_pairs(gold, analysis)
        for i, n in enumerate(score_attribution(pairs)):
            attribution[i] += n
        for i, n in enumerate(quote_spans(gold, pairs)):
            spans[i] += n
        for i, n in enumerate(score_figures(gold, analysis)):
            figures[i] += n
    result: list[Row] = [("attribution (claim, source) pairs", *_prf(*attribution))]
    result.append(("quotes of found claims (characters)", *_prf(*spans)))
    found, predicted, expected, units = figures
    result.append(("figures", *_prf(found, predicted, found, expected)))
    unit_share = units / found if found else 1.0
    result.append(("figure units (of figures found)", unit_share, unit_share, unit_share))
    for splitter in ("syntok", "pysbd"):
        counts = [0, 0, 0]
        for gold in articles:
            for i, n in enumerate(score_sentences(gold, splitter)):
                counts[i] += n
        correct, predicted_s, expected_s = counts
        result.append((f"sentences ({splitter})", *_prf(correct, predicted_s, correct, expected_s)))
    return result


def timings(corpus_dir: Path = CORPUS, runs: int = 5) -> dict[str, float]:
    """Best-of-`runs` seconds per article: the whole analysis, and each splitter alone."""
    articles = load_corpus(corpus_dir)
    for gold in articles:  # warm caches and lazy imports
        analyze(gold.article)
        split_sentences("Warm up. Twice.", "pysbd")
    result = {}
    best = min(_time(lambda: [analyze(g.article) for g in articles]) for _ in range(runs))
    result["analyze"] = best / len(articles)
    for splitter in ("syntok", "pysbd"):
        texts = [p for g in articles for p in (" ".join(s) for s in g.sentences)]
        best = min(
            _time(lambda sp=splitter, tx=texts: [split_sentences(t, sp) for t in tx])  # type: ignore[misc]
            for _ in range(runs)
        )
        result[f"split ({splitter})"] = best / len(articles)
    return result


def _time(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--split", choices=("dev", "heldout"), default=None)
    parser.add_argument(
        "--misses", action="store_true", help="print each missed or false pair (dev articles only)"
    )
    parser.add_argument(
        "--per-page", action="store_true", help="each article's counts too (no text: held-out safe)"
    )
    parser.add_argument(
        "--miss-kinds", action="store_true", help="misses and false pairs counted by kind (held-out safe)"
    )
    parser.add_argument("--gold", type=Path, help="a packed set of benchmarks/gold/ instead of a folder")
    parser.add_argument("--data", type=Path, help="with --gold: fundus's tests/resources/parser/test_data")
    args = parser.parse_args(argv)
    if args.gold is not None:
        if args.data is None:
            parser.error("--gold needs --data")
        with tempfile.TemporaryDirectory() as folder:
            unpack(json.loads(args.gold.read_text(encoding="utf-8")), args.data, Path(folder))
            args.corpus = Path(folder)
            return report(args)
    return report(args)


def per_page(corpus_dir: Path, split: str | None) -> list[str]:
    """One line of counts an article: no quote, no name, so held-out sets may be read this way."""
    lines = []
    for gold in load_corpus(corpus_dir, split):
        analysis = analyze(gold.article)
        right, predicted, found, expected = score_attribution(attribution_pairs(gold, analysis))
        figures_found, _predicted, figures, _units = score_figures(gold, analysis)
        lines.append(
            f"{gold.name}: pairs right {right} of {predicted} predicted, found {found} of {expected};"
            f" figures {figures_found} of {figures}"
        )
    return lines


def report(args: argparse.Namespace) -> int:
    if args.misses:
        # Held-out articles are scored as totals only: reading their misses would make them dev.
        for gold in load_corpus(args.corpus, "dev"):
            print(f"=== {gold.name}")
            analysis = analyze(gold.article)
            print("\n".join(attribution_misses(gold, analysis) + figure_misses(gold, analysis)))
        return 0
    names = [g.name for g in load_corpus(args.corpus, args.split)]
    print(f"{len(names)} articles ({args.split or 'all'}): {', '.join(names)}")
    print(f"| {'field':<34} | precision | recall |    F1 |")
    print(f"|{'-' * 36}|-----------|--------|-------|")
    for field_name, precision, recall, f1 in rows(args.corpus, args.split):
        print(f"| {field_name:<34} | {precision:9.3f} | {recall:6.3f} | {f1:5.3f} |")
    if args.per_page:
        print("\n".join(per_page(args.corpus, args.split)))
    if args.miss_kinds:
        from miss_kinds import MISS_KINDS, miss_kinds

        kinds: Counter[str] = Counter()
        for gold in load_corpus(args.corpus, args.split):
            kinds += miss_kinds(gold, analyze(gold.article))
        print("\n".join(f"{kind}: {kinds[kind]}" for kind in MISS_KINDS))
    for what, seconds in timings(args.corpus).items():
        print(f"{what}: {seconds * 1000:.1f} ms per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
