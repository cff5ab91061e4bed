"""Helpers shared by the attribution tests."""

from __future__ import annotations

from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection


def claims_in(outlet: str, *paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    """(quote, chain of source names) for every attributed claim, in order, on a page of `outlet`."""
    article = Article(ArticleMeta(title="A title", outlet=outlet), (ArticleSection("", paragraphs),))
    analysis = analyze(article)
    names = {s.id: s.name for s in analysis.sources}
    return [(c.quote, tuple(names[i] for i in c.attribution)) for c in analysis.claims if c.attribution]


def claims(*paragraphs: str) -> list[tuple[str, tuple[str, ...]]]:
    """The same on a page whose outlet is not known."""
    return claims_in("", *paragraphs)
