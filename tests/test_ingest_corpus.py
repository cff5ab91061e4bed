"""Every page of the annotated corpus extracts as its gold says (benchmarks/ingest.py scores the same)."""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

import pytest

from tui.model.ingest.errors import IngestError
from tui.model.ingest.pipeline import extract, load_source

CORPUS = Path(__file__).resolve().parent / "ingest_corpus"
GOLD = sorted(CORPUS.glob("*.gold.toml"))


def test_corpus_has_the_shapes_the_issue_asks_for() -> None:
    golds = [tomllib.loads(p.read_text(encoding="utf-8")) for p in GOLD]
    assert sum(g["article"] for g in golds) >= 8
    assert sum(not g["article"] for g in golds) >= 2
    assert {Path(g["source"]).suffix for g in golds} == {".txt", ".html"}


@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.name.removesuffix(".gold.toml"))
def test_page_matches_its_gold(gold_path: Path) -> None:
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    source = str((CORPUS / gold["source"]).resolve())
    if not gold["article"]:
        with pytest.raises(IngestError, match="no article text found"):
            extract(load_source(source))
        return
    article = extract(load_source(source))
    assert [(s.heading, list(s.paragraphs)) for s in article.sections] == [
        (s["heading"], s["paragraphs"]) for s in gold["sections"]
    ]
    text = "\n".join(p for s in article.sections for p in s.paragraphs)
    for snippet in gold["must_not"]:
        assert snippet not in text
    meta = article.meta
    published = meta.published.isoformat() if isinstance(meta.published, datetime.date) else ""
    got = {**meta.__dict__, "authors": list(meta.authors), "published": published}
    assert {k: got[k] for k in gold["meta"]} == gold["meta"]
