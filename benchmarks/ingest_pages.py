"""Shared by benchmarks/ingest.py: scoring counts, and the real pages of trafilatura's evaluation set.

The pages (`evaldata.json` and `cache/` in a trafilatura checkout's `tests/`)
are read in place and never copied into this repository. Each page is scored
twice: as HTML, and as the scraped text a scraper would save from it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.model.ingest.article import Article
from tui.model.ingest.errors import IngestError
from tui.model.ingest.pipeline import extract, load_source


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def scores(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def body_text(article: Article) -> str:
    return "\n".join(part for s in article.sections for part in (s.heading, *s.paragraphs) if part)


def read_article(path: Path) -> Article | None:
    try:
        return extract(load_source(str(path)))
    except IngestError:
        return None


@dataclass
class EvalHalf:
    ours: Counts = field(default_factory=Counts)
    theirs: Counts = field(default_factory=Counts)
    theirs_no_comments: Counts = field(default_factory=Counts)
    # The same pages as a scraper saves them (visible text), through the text path.
    scraped: Counts = field(default_factory=Counts)
    scraped_everything: Counts = field(default_factory=Counts)
    scraped_refused: int = 0
    pages: int = 0
    refused: int = 0


def _flat(text: str) -> str:
    """Whitespace as ingest normalises it (the snippets keep the page's no-break spaces)."""
    return " ".join(text.replace("\u00ad", "").split())


def eval_report(eval_dir: Path, limit: int | None) -> tuple[EvalHalf, EvalHalf, list[float]]:
    """Body snippets on trafilatura's evaluation pages: ours, and trafilatura.extract() as it ships.

    Pages alternate between two halves: the first ("looked at") is the one whose misses were
    read while developing; the second ("held out") was never looked at page by page.
    """
    import trafilatura

    data = json.loads((eval_dir / "evaldata.json").read_text(encoding="utf-8"))
    entries = [e for e in data.values() if (eval_dir / "cache" / e["file"]).exists()][:limit]
    halves = (EvalHalf(), EvalHalf())
    times: list[float] = []
    for number, entry in enumerate(entries):
        page = eval_dir / "cache" / entry["file"]
        half = halves[number % 2]
        half.pages += 1
        start = time.perf_counter()
        article = read_article(page)
        times.append(time.perf_counter() - start)
        text = _flat(body_text(article)) if article is not None else ""
        half.refused += article is None
        raw = page.read_bytes()
        baseline = _flat(trafilatura.extract(raw) or "")
        # Like for like: ingest leaves reader comments out by design.
        no_comments = _flat(trafilatura.extract(raw, include_comments=False) or "")
        visible = scraped_text(raw, page.name)
        from_text = _from_scraped(visible)
        half.scraped_refused += from_text is None
        for counts, found in (
            (half.ours, text),
            (half.theirs, baseline),
            (half.theirs_no_comments, no_comments),
            (half.scraped, from_text or ""),
            (half.scraped_everything, _flat(visible)),
        ):
            for snippet in entry["with"]:
                present = _flat(snippet) in found
                counts.add(tp=int(present), fn=int(not present))
            for snippet in entry["without"]:
                counts.add(fp=int(_flat(snippet) in found))
    return halves[0], halves[1], times


_SCRAPED_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "ul", "ol"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "blockquote", "figure"}
    | {"figcaption", "br", "form", "dd", "dt", "dl", "pre", "hr"}
)


def _visible_tree(raw: bytes, name: str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    from tui.model.ingest.decode import decode_bytes

    # Bytes with the charset given: lxml refuses a str that declares its own encoding (XHTML).
    parser = lxml_html.HTMLParser(encoding="utf-8")
    tree = lxml_html.document_fromstring(decode_bytes(raw, name).encode("utf-8"), parser=parser)
    for node in [
        *tree.iter("script", "style", "noscript", "template", "svg", "head"),
        *tree.iter(etree.Comment),
    ]:
        if node.getparent() is not None:
            node.drop_tree()
    return tree


def scraped_text(raw: bytes, name: str) -> str:
    """A page's visible text the way a scraper saves it: one line per block, scripts left out."""
    return _block_text(_visible_tree(raw, name))


def story_text(raw: bytes, name: str, snippets: list[str]) -> str:
    """What a reader-mode scraper or a "select the story, copy" saves: the text, one line per
    block, of the smallest element that holds all of the article's text (every annotated "with"
    snippet the page shows), with whatever the site put inside that element: share bars, captions,
    "Read also" links, author boxes, sometimes comments and the next story's teaser."""
    tree = _visible_tree(raw, name)
    body = tree.find("body")
    node = body if body is not None else tree
    wanted = [_flat(s) for s in snippets if _flat(s) in _flat(node.text_content())]
    while wanted:
        holding = [
            child
            for child in node
            if isinstance(child.tag, str) and all(w in _flat(child.text_content()) for w in wanted)
        ]
        if not holding:
            break
        node = holding[0]
    return _block_text(node)


def _block_text(tree: Any) -> str:
    parts: list[str] = []

    def walk(element: Any, root: bool = False) -> None:
        block = isinstance(element.tag, str) and element.tag in _SCRAPED_BLOCKS
        parts.append("\n" if block else "")
        parts.append(element.text or "")
        for child in element:
            walk(child)
        parts.append("\n" if block else "")
        parts.append("" if root else element.tail or "")  # the text after a container is not its

    walk(tree, root=True)
    return "".join(parts)


def _from_scraped(text: str) -> str | None:
    from tui.model.ingest.pipeline import holds_article_text
    from tui.model.ingest.text import extract_text

    article = extract_text(text)
    return _flat(body_text(article)) if article.sections and holds_article_text(article) else None
