"""Score `briefing ingest`'s article body on a second public benchmark: Zyte's article-extraction-benchmark.

That benchmark (github.com/scrapinghub/article-extraction-benchmark) holds 181 news
and blog pages (`html/<key>.html.gz`) with a hand-made article body for each in
`ground-truth.json`. Its data is not in this repository (never commit third-party
pages): point `--data` at a local copy of the folder that holds both.

Scoring follows that benchmark's published method: each text is cut into word
tokens (`\\w+`), then into shingles of 4 consecutive tokens; per page, true
positives are the shingles both texts hold (counted with multiplicity), false
positives the extra ones in ours, false negatives the missing ones, normalised
so a long page weighs as much as a short one; precision and recall are the mean
over pages, F1 is computed from the two means. A page we refuse (no article
text) scores as empty output. Trafilatura 2.0 reaches F1 0.958 there.

Pages are split once, by the first hex digit of their key, into a dev half
(0-7: misses may be read and rules tuned on it) and a held-out half (8-f:
scored now and then, never read page by page; `--misses` refuses it). `--text` also scores
the scraped-text path on each page's whole visible text (menus and footers included, as a
scraper saves it; the same text `ingest_public.py --text` uses).

    python benchmarks/ingest_zyte.py --data DIR [--half dev|held|both] [--baseline] [--body-only] [--text]
                                     [--misses N] [--jobs N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_public import baseline, ours, ours_body, scraped

_WORD = re.compile(r"\w+")
# The HTML extractors every body benchmark compares (ingest_readability.py and ingest_dragnet.py too).
HTML_EXTRACTORS: dict[str, Callable[[bytes, str], str | None]] = {
    "briefing ingest (HTML)": ours,
    "briefing ingest (HTML, body without dek)": ours_body,
    "trafilatura.extract (benchmark settings)": baseline,
}
EXTRACTORS = {**HTML_EXTRACTORS, "briefing ingest (whole-page scraped text)": scraped}


def half_of(key: str) -> str:
    return "dev" if key[0] in "01234567" else "held"


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """Word 4-grams with multiplicity; a text shorter than 4 words is one shingle."""
    words = _WORD.findall(text)
    return Counter(
        tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)) if words[i : i + size]
    )


def page_counts(gold: str, ours_text: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, normalised to sum to 1 (every page weighs the same)."""
    want, got = shingles(gold), shingles(ours_text)
    tp = float(sum((want & got).values()))
    fp = float(sum((got - want).values()))
    fn = float(sum((want - got).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scored_page(
    extract: Callable[[bytes, str], str | None], page: bytes, gold: str
) -> tuple[float, float, float, float, bool]:
    """(tp, fp, fn) of one page for one extractor, its seconds, and whether the output was empty."""
    started = time.perf_counter()
    try:
        text = extract(page, "") or ""
    except Exception:  # a crash scores as empty output
        text = ""
    seconds = time.perf_counter() - started
    return (*page_counts(gold, text), seconds, not text.strip())


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def scores(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _one(job: tuple[str, str, str]) -> tuple[str, float]:
    name, path, url = job
    data = gzip.decompress(Path(path).read_bytes())
    started = time.perf_counter()
    try:
        text = EXTRACTORS[name](data, url) or ""
    except Exception:  # a crash scores as empty output, as in the benchmark
        text = ""
    return text, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="folder with ground-truth.json and html/")
    parser.add_argument("--half", choices=("dev", "held", "both"), default="dev")
    parser.add_argument("--baseline", action="store_true", help="also score plain trafilatura.extract")
    parser.add_argument("--body-only", action="store_true", help="also score the body without the dek")
    parser.add_argument("--text", action="store_true", help="also score the scraped-text path")
    parser.add_argument("--misses", type=int, default=0, help="list the N worst pages (dev only)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        parser.error("--misses reads pages one by one: the dev half only")
    truth: dict[str, dict[str, str]] = json.loads((args.data / "ground-truth.json").read_text("utf-8"))
    keys = [
        k
        for k in sorted(truth)
        if args.half in ("both", half_of(k)) and (args.data / "html" / f"{k}.html.gz").is_file()
    ]
    names = ["briefing ingest (HTML)"]
    names += ["briefing ingest (HTML, body without dek)"] if args.body_only else []
    names += ["trafilatura.extract (benchmark settings)"] if args.baseline else []
    names += ["briefing ingest (whole-page scraped text)"] if args.text else []
    print(f"half: {args.half}")
    print(f"{'extractor':<42} {'pages':>5} {'precision':>9} {'recall':>7} {'F1':>6} {'s/page':>7}")
    for name in names:
        work = [(name, str(args.data / "html" / f"{k}.html.gz"), truth[k].get("url", "")) for k in keys]
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(_one, work, chunksize=4))
        else:
            results = [_one(job) for job in work]
        counts = [
            page_counts(truth[k].get("articleBody", ""), text)
            for k, (text, _) in zip(keys, results, strict=True)
        ]
        precision, recall, f1 = scores(counts)
        seconds = sum(s for _, s in results) / max(len(keys), 1)
        print(f"{name:<42} {len(keys):>5} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {seconds:>7.3f}")
        worst = sorted(zip(keys, counts, strict=True), key=lambda item: item[1][0])[: args.misses]
        for key, (tp, fp, fn) in worst:
            print(f"  {key[:12]} {truth[key].get('url', '')}  tp {tp:.2f} fp {fp:.2f} fn {fn:.2f}")


if __name__ == "__main__":
    main()
