"""Score `briefing ingest`'s article body on Mozilla Readability's test pages: an unseen measure.

Readability (github.com/mozilla/readability) keeps, for each test page, the page
(`test/test-pages/<name>/source.html`) and the article its extractor takes out of it
(`expected.html`). Those pages are not in this repository (never commit third-party
pages): `--repo` points at a clone or a bare mirror of Readability, read at run time with
`git show` (the work tree is not needed). Nothing of a page is printed but totals.

The expected article's text (blocks kept apart by line breaks) is scored against ours
with Zyte's shingle method, the code of `ingest_zyte.py` (word 4-grams, per-page
normalised counts, precision and recall averaged over pages). Readability keeps some
things a briefing leaves out on purpose (captions, the standfirst inside the article,
tables of figures), so this is a measure of agreement with a second extractor, not of
truth; trafilatura's own output is printed beside ours for scale.

This set is a TEST, never a tuning set: read totals only, no page's text or score.
The news-like subset is fixed by the outlet in each page's folder name (`NEWS_PAGES`),
chosen from the names alone; the rest are blogs, documentation, wikis and Readability's
own feature tests.

    python benchmarks/ingest_readability.py --repo PATH [--rev HEAD] [--jobs N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_zyte import HTML_EXTRACTORS as EXTRACTORS
from ingest_zyte import scored_page, scores

PAGES = "test/test-pages"
# Folders named after a news outlet (newspapers, broadcasters, news and tech-news sites).
NEWS_PAGES = frozenset(
    {
        "aktualne",
        "ars-1",
        "bbc-1",
        "breitbart",
        "buzzfeed-1",
        "citylab-1",
        "cnet",
        "cnn",
        "engadget",
        "folha",
        "gmw",
        "guardian-1",
        "heise",
        "herald-sun-1",
        "la-nacion",
        "lemonde-1",
        "liberation-1",
        "lwn-1",
        "medicalnewstoday",
        "msn",
        "nytimes-1",
        "nytimes-2",
        "nytimes-3",
        "nytimes-4",
        "nytimes-5",
        "qq",
        "quanta-1",
        "salon-1",
        "seattletimes-1",
        "telegraph",
        "theverge",
        "tmz-1",
        "wapo-1",
        "wapo-2",
        "yahoo-1",
        "yahoo-2",
        "yahoo-3",
        "yahoo-4",
    }
)
# Elements after which Readability's article shows a line break: words in two blocks stay apart.
_BLOCKS = frozenset(
    {
        *("p", "div", "section", "article", "header", "footer", "aside", "br", "hr", "pre"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote"),
        *("table", "tr", "td", "th", "figure", "figcaption"),
    }
)


def git_file(repo: Path, rev: str, path: str) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"{rev}:{path}"], check=True, capture_output=True
    ).stdout


def page_names(repo: Path, rev: str) -> list[str]:
    listing = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", f"{rev}:{PAGES}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return sorted(name for name in listing.split() if "." not in name)


def article_text(html: bytes) -> str:
    """The visible text of Readability's expected article, one line per block."""
    from lxml import html as lxml_html

    if not html.strip():
        return ""
    root = lxml_html.fromstring(html)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    return str(root.text_content())


def _one(job: tuple[str, str, str, str]) -> tuple[float, float, float, float, bool]:
    """(tp, fp, fn) of one page for one extractor, its seconds, and whether the output was empty."""
    name, repo, rev, page = job
    source = git_file(Path(repo), rev, f"{PAGES}/{page}/source.html")
    expected = article_text(git_file(Path(repo), rev, f"{PAGES}/{page}/expected.html"))
    return scored_page(EXTRACTORS[name], source, expected)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repo", type=Path, required=True, help="a clone or bare mirror of Readability")
    parser.add_argument("--rev", default="HEAD", help="the revision whose test pages are read")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    args = parser.parse_args()
    names = page_names(args.repo, args.rev)
    news = [name for name in names if name in NEWS_PAGES]
    print(f"pages: {len(names)} ({len(news)} news-like), readability at {args.rev}")
    columns = f"{'pages':>5} {'precision':>9} {'recall':>7} {'F1':>6} {'empty':>5} {'s/page':>7}"
    print(f"{'extractor':<42} {'subset':<6} {columns}")
    for name in EXTRACTORS:
        work = [(name, str(args.repo), args.rev, page) for page in names]
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(_one, work, chunksize=4))
        else:
            results = [_one(job) for job in work]
        by_page = dict(zip(names, results, strict=True))
        for subset, pages in (("all", names), ("news", news)):
            counts = [by_page[page][:3] for page in pages]
            empty = sum(by_page[page][4] for page in pages)
            precision, recall, f1 = scores(counts)
            seconds = sum(by_page[page][3] for page in pages) / max(len(pages), 1)
            figures = f"{precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {empty:>5} {seconds:>7.3f}"
            print(f"{name:<42} {subset:<6} {len(pages):>5} {figures}")


if __name__ == "__main__":
    main()
