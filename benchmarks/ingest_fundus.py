"""Score `briefing ingest`'s article body on fundus's parser test pages: an unseen measure.

Fundus (github.com/flairNLP/fundus) is a news crawler with one hand-written parser per
publisher. Its parser tests keep, for each publisher, saved pages
(`tests/resources/parser/test_data/<country>/<Publisher>_<date>.html.gz`) and what its
parser takes out of them (`<Publisher>.json`: one entry per parser version, each with the
body as a summary and sections of a headline and paragraphs). A publisher's parser is
written and checked by people for that site, so its body is close to a hand-made one.
Those pages are not in this repository (never commit third-party pages): `--data` points at
a copy of fundus's `tests/resources/parser/test_data` folder. Nothing of a page is printed
but totals.

Pages: every (publisher, version) whose expected body is English (at least 15% of its words
are among English's commonest function words; fundus covers 40 countries) and at least 500
characters long. A version is matched to the saved page that holds the most of its body's
word 4-grams. Scored with Zyte's shingle method, the code of `ingest_zyte.py`.

Two golds: the body alone (section headlines and paragraphs), scored against our body
without the dek; and the summary with the body, scored against what a draft shows (dek and
body). Trafilatura's output is printed against both for scale. `--text` also scores the
scraped-text path on each page's whole visible text (menus and footers included, as a scraper
saves it; the same text `ingest_public.py --text` uses). `--all-languages` scores every
language's versions, not the English ones alone (the body threshold still applies).

This set is a TEST, never a tuning set: read totals only, no page's text or score.

    python benchmarks/ingest_fundus.py --data PATH [--jobs N] [--text] [--all-languages]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_zyte import EXTRACTORS, scored_page, scores, shingles

_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "it", "with", "as",
        "he", "she", "they", "by", "at", "from", "his", "her", "be", "have", "has", "had", "are",
        "were", "said", "not", "this", "but", "which", "their", "its", "an", "or", "who", "will",
        "would",
    }
)  # fmt: skip
MIN_ENGLISH_SHARE = 0.15
MIN_BODY_CHARS = 500


class Page(NamedTuple):
    """One publisher version's saved page and its expected text."""

    name: str
    path: str
    body: str
    summary_and_body: str


def english_share(text: str) -> float:
    words = [word.lower() for word in _WORD.findall(text)]
    return sum(word in _ENGLISH_FUNCTION_WORDS for word in words) / len(words) if words else 0.0


def expected_texts(entry: dict[str, Any]) -> tuple[str, str]:
    """(body, summary + body) of one parser version's expected article, blocks one per line."""
    body = entry.get("body") or {}
    blocks: list[str] = []
    for section in body.get("sections", []):
        blocks += [*section.get("headline", []), *section.get("paragraphs", [])]
    summary = list(body.get("summary", []))
    return "\n".join(blocks), "\n".join(summary + blocks)


def best_page(candidates: list[Path], text: str) -> Path | None:
    """The saved page holding the most of the text's word 4-grams (fundus keeps one per version)."""
    wanted = shingles(text)
    best, best_hits = None, 0
    for path in candidates:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        hits = sum((wanted & shingles(html)).values())
        if hits > best_hits:
            best, best_hits = path, hits
    return best


def english_pages(root: Path) -> list[Page]:
    return fundus_pages(root, english=True)


def fundus_pages(root: Path, *, english: bool) -> list[Page]:
    """Each parser version's best-matching saved page with a body of some length; `english`: only
    those whose body is English."""
    pages: list[Page] = []
    for expected in sorted(root.glob("*/*.json")):
        candidates = sorted(expected.parent.glob(f"{expected.stem}_*.html.gz"))
        versions: dict[str, dict[str, Any]] = json.loads(expected.read_text("utf-8"))
        for version, entry in sorted(versions.items()):
            body, both = expected_texts(entry)
            if len(body) < MIN_BODY_CHARS or (english and english_share(body) < MIN_ENGLISH_SHARE):
                continue
            path = best_page(candidates, body)
            if path is not None:
                name = f"{expected.parent.name}/{expected.stem}/{version}"
                pages.append(Page(name, str(path), body, both))
    return pages


# (row label, extractor, which gold: the body alone or the summary with it)
ROWS = (
    ("briefing ingest: body without dek vs body", "briefing ingest (HTML, body without dek)", "body"),
    ("briefing ingest: dek + body vs summary + body", "briefing ingest (HTML)", "both"),
    ("trafilatura.extract vs body", "trafilatura.extract (benchmark settings)", "body"),
    ("trafilatura.extract vs summary + body", "trafilatura.extract (benchmark settings)", "both"),
)
# With --text: the page's whole visible text, as a scraper saves it, through the scraped-text path.
TEXT_ROW = ("whole-page scraped text vs summary + body", "briefing ingest (whole-page scraped text)", "both")


def _one(job: tuple[str, str, str]) -> tuple[float, float, float, float, bool]:
    extractor, path, gold = job
    return scored_page(EXTRACTORS[extractor], gzip.decompress(Path(path).read_bytes()), gold)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="fundus's tests/resources/parser/test_data")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--text", action="store_true", help="also score the scraped-text path")
    parser.add_argument("--all-languages", action="store_true", help="every language's versions")
    args = parser.parse_args()
    pages = fundus_pages(args.data, english=not args.all_languages)
    publishers = len({page.name.rsplit("/", 1)[0] for page in pages})
    language = "" if args.all_languages else "English "
    print(f"pages: {len(pages)} {language}parser versions of {publishers} publishers")
    print(f"{'row':<48} {'pages':>5} {'precision':>9} {'recall':>7} {'F1':>6} {'empty':>5} {'s/page':>7}")
    for label, extractor, gold in (*ROWS, TEXT_ROW) if args.text else ROWS:
        work = [(extractor, p.path, p.body if gold == "body" else p.summary_and_body) for p in pages]
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(_one, work, chunksize=4))
        else:
            results = [_one(job) for job in work]
        precision, recall, f1 = scores([result[:3] for result in results])
        empty = sum(result[4] for result in results)
        seconds = sum(result[3] for result in results) / max(len(results), 1)
        figures = f"{precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {empty:>5} {seconds:>7.3f}"
        print(f"{label:<48} {len(pages):>5} {figures}")


if __name__ == "__main__":
    main()
