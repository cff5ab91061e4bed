"""Score the section headings `briefing ingest` finds on fundus's parser test pages: an unseen measure.

The corpus of `ingest.py` scores headings on pages the project wrote; this scores them on real
pages nobody tuned a rule on. Fundus (github.com/flairNLP/fundus) keeps, for each publisher's
hand-written parser, saved pages and the body its parser takes out: a summary and sections, each
with the headline the page sets above it. Those headlines are the gold; the headings of our draft's
sections are the output. Pages and versions as `ingest_fundus.py` picks them (English, at least 500
characters of body), including those whose gold has no heading at all: a heading found there is a
false one.

A heading matches a gold headline when the two are equal after whitespace is normalised (`exact`),
or also after case, quotation marks and end punctuation are set aside (`loose`: a template that
writes a heading in capitals or with a trailing colon still names the same section). Counts are
summed over pages (micro-averaged), as `ingest.py` scores the corpus. `--text` also scores the
scraped-text path on each page's whole visible text. Rows marked `*` count only the pages whose
parser reads at least one headline: some parsers read none though the page sets subheadings, and
there every heading found counts as false.

Publishers are split once, by a SHA-256 of their name, into a dev half (its misses may be read
and heading rules tuned on it, `--misses`) and a held-out half (totals only, never read page by
page); a publisher's versions share a template, so they stay in one half. The body rows of
`ingest_fundus.py` still treat all of fundus as a test.

    python benchmarks/ingest_headings.py --data PATH [--half dev|held|both] [--jobs N] [--text] [--misses]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_fundus import fundus_pages
from ingest_pages import scraped_text

from tui.model.ingest.decode import decode_bytes
from tui.model.ingest.errors import IngestError
from tui.model.ingest.pipeline import Loaded, extract

_SPACE = re.compile(r"\s+")
_LOOSE_TRIM = re.compile(r"^[\s\"'“”‘’«»]+|[\s\"'“”‘’«»:.!?]+$")


HALVES = ("dev", "held")


def half_of(publisher: str) -> str:
    """A publisher's half, fixed by its name alone."""
    return HALVES[hashlib.sha256(publisher.encode("utf-8")).digest()[0] % 2]


def exact_form(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def loose_form(text: str) -> str:
    return _LOOSE_TRIM.sub("", exact_form(text)).casefold()


def gold_headings(entry: dict[str, Any]) -> list[str]:
    """The headlines of one parser version's sections, in order."""
    body = entry.get("body") or {}
    return [
        exact_form(line)
        for section in body.get("sections", [])
        for line in section.get("headline", [])
        if exact_form(line)
    ]


def html_headings(page: bytes) -> list[str]:
    try:
        article = extract(Loaded("", decode_bytes(page, ""), True, ""))
    except IngestError:
        return []
    return [section.heading for section in article.sections if section.heading]


def text_headings(page: bytes) -> list[str]:
    try:
        text = decode_bytes(scraped_text(page, "").encode("utf-8"), "")
        article = extract(Loaded("", text, False, ""))
    except IngestError:
        return []
    return [section.heading for section in article.sections if section.heading]


READERS: dict[str, Callable[[bytes], list[str]]] = {"HTML": html_headings, "whole-page text": text_headings}


def matched(gold: list[str], found: list[str], form: Callable[[str], str]) -> tuple[int, int, int]:
    """(tp, fp, fn): each found heading takes one equal gold headline, at most once."""
    remaining = [form(line) for line in gold]
    tp = 0
    for heading in found:
        key = form(heading)
        if key in remaining:
            remaining.remove(key)
            tp += 1
    return tp, len(found) - tp, len(remaining)


Result = tuple[tuple[int, int, int], tuple[int, int, int], list[str]]


def _one(job: tuple[str, str, list[str]]) -> Result:
    reader, path, gold = job
    try:
        found = READERS[reader](gzip.decompress(Path(path).read_bytes()))
    except Exception:  # a crash finds nothing, as in the other benchmarks
        found = []
    return matched(gold, found, exact_form), matched(gold, found, loose_form), found


def scores(counts: tuple[int, int, int]) -> tuple[float, float, float]:
    tp, fp, fn = counts
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="fundus's tests/resources/parser/test_data")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--text", action="store_true", help="also score the scraped-text path")
    parser.add_argument("--half", choices=(*HALVES, "both"), default="dev")
    parser.add_argument(
        "--all-languages", action="store_true", help="every language's pages, not the English ones alone"
    )
    parser.add_argument("--misses", action="store_true", help="each dev page's headings, found and gold")
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        parser.error("--misses reads pages: the dev half only")
    pages = [
        page
        for page in fundus_pages(args.data, english=not args.all_languages)
        if args.half in ("both", half_of(page.name.split("/")[1]))
    ]
    language = "" if args.all_languages else "English "
    golds: list[list[str]] = []
    for page in pages:
        country, publisher, version = page.name.split("/")
        versions = json.loads((args.data / country / f"{publisher}.json").read_text("utf-8"))
        golds.append(gold_headings(versions[version]))
    with_headings = sum(bool(gold) for gold in golds)
    print(
        f"{args.half}: {len(pages)} {language}parser versions; {with_headings} with section headlines "
        f"({sum(map(len, golds))} in all)"
    )
    print(f"{'path':<16} {'match':<6} {'found':>5} {'precision':>9} {'recall':>7} {'F1':>6}")
    for reader in ("HTML", "whole-page text") if args.text else ("HTML",):
        work = [(reader, page.path, gold) for page, gold in zip(pages, golds, strict=True)]
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(_one, work, chunksize=4))
        else:
            results = [_one(job) for job in work]
        if args.misses:
            for page, gold, (exact, _, found) in zip(pages, golds, results, strict=True):
                if exact[1] or exact[2]:
                    print(f"  {reader} {page.name}: found {found}\n    gold {gold}")
        for index, match in enumerate(("exact", "loose")):
            headed = [result for result, gold in zip(results, golds, strict=True) if gold]
            for label, chosen in (("", results), ("*", headed)):
                totals = tuple(sum(result[index][k] for result in chosen) for k in range(3))
                tp, fp, fn = totals
                precision, recall, f1 = scores((tp, fp, fn))
                scored = f"{precision:>9.3f} {recall:>7.3f} {f1:>6.3f}"
                print(f"{reader:<16} {match + label:<6} {tp + fp:>5} {scored}")
    print(
        "* only pages whose parser reads section headlines: a parser that reads none may miss a page's "
        "subheadings, and all of ours would count as false there"
    )


if __name__ == "__main__":
    main()
