"""Score `briefing ingest`'s main-text extraction on a public benchmark: trafilatura's evaluation set.

The data is not in this repository (never commit third-party pages): point
`--data` at a local copy of trafilatura's `tests/` folder, the one that holds
`evaldata.json` and the `eval/` (or `cache/`) page folders. Pages missing
from the copy are skipped. Scoring is that benchmark's own: for each page,
each "with" snippet found in the output is a true positive (else a false
negative), each "without" snippet found is a false positive (else a true
negative); text is whitespace-normalised.

Pages are split once, by a hash of their URL, into a dev half (misses may be
read and rules tuned on it) and a held-out half (scored now and then, never
looked at page by page; `--misses` refuses it).

    python benchmarks/ingest_public.py --data DIR [--half dev|held|both] [--baseline] [--text] [--story]
                                       [--misses N] [--jobs N]

`--baseline` also scores plain `trafilatura.extract` with the benchmark's
settings; `--text` also scores the scraped-text path on each page's whole
visible text (menus and footers included, as a scraper saves it);
`--story` on the text of the smallest element that holds the whole article
(what reader mode or "select the story, copy" saves: the furniture the site
put inside that element, not the page's menus).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from ingest_pages import body_text, scraped_text, story_text  # noqa: E402

from tui.model.ingest.article import Article  # noqa: E402
from tui.model.ingest.decode import decode_bytes  # noqa: E402
from tui.model.ingest.errors import IngestError  # noqa: E402
from tui.model.ingest.pipeline import Loaded, extract  # noqa: E402

HALVES = ("dev", "held")


def half_of(url: str) -> str:
    """A page's half, fixed by its URL alone (so no choice of pages can leak into the split)."""
    return HALVES[hashlib.sha256(url.encode("utf-8")).digest()[0] % 2]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    pages: int = 0
    failures: int = 0
    seconds: float = 0.0
    misses: list[tuple[str, list[str], list[str]]] = field(default_factory=list)

    def add(self, url: str, item: dict[str, list[str]], result: str | None) -> None:
        text = norm(result or "")
        missed = [w for w in item["with"] if not (result is not None and norm(w) in text)]
        leaked = [w for w in item["without"] if result is not None and norm(w) in text]
        self.tp += len(item["with"]) - len(missed)
        self.fn += len(missed)
        self.fp += len(leaked)
        self.tn += len(item["without"]) - len(leaked)
        self.pages += 1
        if missed or leaked:
            self.misses.append((url, missed, leaked))

    def scores(self) -> tuple[float, float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        total = self.tp + self.fp + self.fn + self.tn
        accuracy = (self.tp + self.tn) / total if total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, accuracy, f1


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def shown_text(article: Article) -> str:
    """The text a draft holds and the reader shows as the article: the dek (a standfirst goes to
    the metadata, not twice into the body) and every heading and paragraph. Not the title."""
    return "\n".join(part for part in (article.meta.dek, body_text(article)) if part)


def ours(data: bytes, url: str) -> str | None:
    """The command's own path: decode, extract, refuse a page without article text."""
    try:
        text = decode_bytes(data, url)
        return shown_text(extract(Loaded(url, text, True, url)))
    except IngestError:
        return None


def ours_body(data: bytes, url: str) -> str | None:
    """As `ours`, without the dek: the body alone, for comparison."""
    try:
        return body_text(extract(Loaded(url, decode_bytes(data, url), True, url)))
    except IngestError:
        return None


def baseline(data: bytes, url: str) -> str | None:
    import trafilatura

    result: str | None = trafilatura.extract(
        data, fast=False, include_comments=False, include_tables=True, include_formatting=False
    )
    return result


def scraped(data: bytes, url: str) -> str | None:
    """The page's whole visible text through the scraped-text path."""
    try:
        text = decode_bytes(scraped_text(data, url).encode("utf-8"), url)
        return shown_text(extract(Loaded(url, text, False, url)))
    except IngestError:
        return None


def story(data: bytes, url: str, snippets: list[str]) -> str | None:
    """The text of the smallest element holding the whole article (reader mode, "select the
    story, copy") through the scraped-text path."""
    try:
        text = decode_bytes(story_text(data, url, snippets).encode("utf-8"), url)
        return shown_text(extract(Loaded(url, text, False, url)))
    except IngestError:
        return None


EXTRACTORS: dict[str, Callable[[bytes, str], str | None]] = {
    "briefing ingest (HTML)": ours,
    "briefing ingest (HTML, body without dek)": ours_body,
    "trafilatura.extract (benchmark settings)": baseline,
    "briefing ingest (whole-page scraped text)": scraped,
}
STORY = "briefing ingest (story-element text)"


def resolve(root: Path, name: str) -> Path | None:
    for sub in ("cache", "eval"):
        if (root / sub / name).is_file():
            return root / sub / name
    return None


def _one(job: tuple[str, str, str, list[str]]) -> tuple[str | None, bool, float]:
    name, path, url, snippets = job
    data = Path(path).read_bytes()
    started = time.perf_counter()
    try:
        result = story(data, url, snippets) if name == STORY else EXTRACTORS[name](data, url)
        failed = False
    except Exception:  # a crash costs recall, as in the benchmark
        result, failed = None, True
    return result, failed, time.perf_counter() - started


def run(root: Path, name: str, half: str, jobs: int) -> Counts:
    annotations: dict[str, dict[str, list[str]]] = json.loads((root / "evaldata.json").read_text("utf-8"))
    pages: list[tuple[str, Path]] = []
    for url in sorted(annotations):
        path = resolve(root, str(annotations[url]["file"]))
        if path is not None and half in ("both", half_of(url)):
            pages.append((url, path))
    counts = Counts()
    work = [(name, str(path), url, annotations[url]["with"]) for url, path in pages]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_one, work, chunksize=8))
    else:
        results = [_one(job) for job in work]
    for (url, _), (result, failed, seconds) in zip(pages, results, strict=True):
        counts.failures += failed
        counts.seconds += seconds
        counts.add(url, annotations[url], result)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="folder with evaldata.json and eval/")
    parser.add_argument("--half", choices=("dev", "held", "both"), default="dev")
    parser.add_argument("--baseline", action="store_true", help="also score plain trafilatura.extract")
    parser.add_argument("--body-only", action="store_true", help="also score the body without the dek")
    parser.add_argument("--text", action="store_true", help="also score the scraped-text path")
    parser.add_argument("--only-text", action="store_true", help="score only the scraped-text path")
    parser.add_argument(
        "--story", action="store_true", help="also score the text path on the story element's text"
    )
    parser.add_argument("--misses", type=int, default=0, help="list N pages with misses (dev only)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        parser.error("--misses reads pages one by one: the dev half only")
    names = [] if args.only_text else ["briefing ingest (HTML)"]
    names += ["briefing ingest (HTML, body without dek)"] if args.body_only else []
    names += ["trafilatura.extract (benchmark settings)"] if args.baseline else []
    names += ["briefing ingest (whole-page scraped text)"] if args.text or args.only_text else []
    names += [STORY] if args.story else []
    print(f"half: {args.half}")
    header = f"{'extractor':<42} {'pages':>5} {'precision':>9} {'recall':>7} {'accuracy':>8} {'F1':>6}"
    print(f"{header} {'crashes':>7} {'s/page':>7}")
    for name in names:
        counts = run(args.data, name, args.half, args.jobs)
        precision, recall, accuracy, f1 = counts.scores()
        print(
            f"{name:<42} {counts.pages:>5} {precision:>9.3f} {recall:>7.3f} {accuracy:>8.3f} {f1:>6.3f} "
            f"{counts.failures:>7} {counts.seconds / max(counts.pages, 1):>7.3f}"
        )
        for url, missed, leaked in counts.misses[: args.misses]:
            print(f"\n  {url}")
            for snippet in missed:
                print(f"    missed: {snippet[:160]!r}")
            for snippet in leaked:
                print(f"    leaked: {snippet[:160]!r}")


if __name__ == "__main__":
    main()
