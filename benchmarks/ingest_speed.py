"""Speed of `briefing ingest` on generated pages: one article, and 100 pages through the command.

Used by `run.py` (the `ingest_*` rows). The pages are generated: the synthetic
briefings of `generate.py` (seeded, so the same every run) rendered as news
pages with the chrome real sites wrap an article in (navigation, share bar,
"also read" teasers, a comment thread, scripts), plus the repository's seed
article (`seeds/`, scraped text). No page from any public evaluation set is
read or written.
"""

from __future__ import annotations

import html
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest.mock
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEED_PAGE = REPO / "seeds" / "000_584a956c93e6e3ce.txt"
PAGE_SEED = "ingest-pages"  # generate.py seed: other briefings than the library's

perf = time.perf_counter


def _generator() -> ModuleType:
    name = "briefing_benchmark_generate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _teasers(number: int) -> str:
    items = "".join(
        f'<li><a href="/story/{number}-{n}">More on this story, part {n}</a></li>' for n in range(6)
    )
    return f'<aside class="related"><h3>Also read</h3><ul>{items}</ul></aside>'


def _comments(number: int) -> str:
    return "".join(
        f'<div class="comment"><p class="who">reader{number}_{n}</p><p>I have followed this for a while and '
        f"the situation is more complicated than the article says, comment {n}.</p></div>"
        for n in range(12)
    )


def article_page(document: dict[str, Any], number: int) -> str:
    """One briefing document from generate.py as a news page of about 10–40 kB."""
    meta = document["briefing"]
    e = html.escape
    sections = []
    for section in document["sections"]:
        heading = f"<h2>{e(section['heading'])}</h2>" if section.get("heading") else ""
        paragraphs = "".join(f"<p>{e(p)}</p>" for p in section["paragraphs"])
        sections.append(f"<section>{heading}{paragraphs}</section>")
    authors = " and ".join(e(a) for a in meta["authors"])
    published = meta["published"].isoformat()
    nav = "".join(
        f'<li><a href="/{n}">{n.title()}</a></li>' for n in ("world", "business", "sport", "opinion")
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(meta["title"])} | {e(meta["outlet"])}</title>
<meta property="og:title" content="{e(meta["title"])}">
<meta name="description" content="{e(meta["dek"])}">
<meta property="og:site_name" content="{e(meta["outlet"])}">
<meta name="author" content="{authors}">
<meta property="article:published_time" content="{published}T08:00:00Z">
<script>var analytics = {{"page": {number}, "section": "{e(meta["category"])}"}};</script>
<style>body {{ font-family: serif; }} .share {{ display: flex; }}</style>
</head><body>
<header><a class="logo" href="/">{e(meta["outlet"])}</a><nav><ul>{nav}</ul></nav></header>
<main><article>
<h1>{e(meta["title"])}</h1>
<p class="dek">{e(meta["dek"])}</p>
<p class="byline">By {authors} · <time datetime="{published}">{published}</time></p>
<div class="share"><a href="#">Share</a><a href="#">Post</a><a href="#">Email</a></div>
{"".join(sections)}
</article>{_teasers(number)}</main>
<section class="comments"><h3>Comments</h3>{_comments(number)}</section>
<footer><p>© {e(meta["outlet"])}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def write_pages(folder: Path, count: int) -> list[Path]:
    """`count` pages in `folder`: the seed article, then generated news pages."""
    generator = _generator()
    folder.mkdir(parents=True, exist_ok=True)
    pages = [Path(shutil.copy(SEED_PAGE, folder / f"p000{SEED_PAGE.suffix}"))]
    for number in range(1, count):
        page = folder / f"p{number:03}.html"
        page.write_text(article_page(generator.briefing_document(PAGE_SEED, number), number), "utf-8")
        pages.append(page)
    return pages


def in_process_seconds(pages: Sequence[Path], rounds: int) -> list[float]:
    """Seconds per page for read + extract + analyse + draft (`make_draft`), in this process, warmed up."""
    from tui.model.ingest import pattern_store
    from tui.model.ingest.pipeline import make_draft

    # Ingest keeps its compiled patterns in BRIEFING_HOME's cache: a scratch one, not the user's.
    with tempfile.TemporaryDirectory(prefix="ingest-speed-") as home:
        with unittest.mock.patch.dict(os.environ, {"BRIEFING_HOME": home}):
            pattern_store.forget()
            make_draft(str(pages[0]))  # imports and first-use caches are not the per-article cost
            samples = []
            for _ in range(rounds):
                for page in pages:
                    start = perf()
                    make_draft(str(page))
                    samples.append(perf() - start)
        pattern_store.forget()
    return samples


def briefing_command() -> str:
    return shutil.which("briefing", path=str(Path(sys.executable).parent)) or "briefing"


def command_seconds(pages: Sequence[Path], env: dict[str, str], into: Path) -> tuple[float, int, str]:
    """Wall seconds for `briefing ingest PAGES --into DIR`, the drafts it wrote, and its stderr's tail."""
    shutil.rmtree(into, ignore_errors=True)
    start = perf()
    done = subprocess.run(
        [briefing_command(), "ingest", *map(str, pages), "--into", str(into)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = perf() - start
    made = len(list(into.glob("*.toml"))) if into.exists() else 0
    return elapsed, made, done.stderr[-500:] if done.returncode else ""


def cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
