"""The seed article's paragraphs give the curated briefing's chains and figures."""

from __future__ import annotations

from pathlib import Path

from tui.model.format.loader import load_briefing
from tui.model.format.records import ClaimStatus, ReviewState
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Analysis, Article, ArticleMeta, ArticleSection

REPO = Path(__file__).resolve().parents[1]


def seed_article() -> Article:
    curated = load_briefing(REPO / "briefings" / "north-korea-russia-alliance.toml")
    return Article(
        ArticleMeta(title=curated.meta.title),
        tuple(ArticleSection(s.heading, s.paragraphs) for s in curated.sections),
    )


def chains(analysis: Analysis) -> list[tuple[str, ...]]:
    names = {s.id: s.name for s in analysis.sources}
    return [tuple(names[i] for i in c.attribution) for c in analysis.claims]


def test_seed_gives_the_agerpres_and_lawmaker_chains() -> None:
    found = chains(analyze(seed_article()))
    assert ("North Korean Foreign Ministry", "AFP", "Agerpres") in found
    assert ("South Korean intelligence", "a South Korean lawmaker") in found


def test_seed_claims_are_drafts_quoting_their_paragraph() -> None:
    article = seed_article()
    analysis = analyze(article)
    paragraphs = {sid: s.paragraphs for sid, s in zip(article.section_ids(), article.sections, strict=True)}
    assert analysis.claims
    for claim in analysis.claims:
        assert claim.review is ReviewState.DRAFT
        assert claim.quote in paragraphs[claim.section][claim.paragraph - 1]
        assert (claim.status is ClaimStatus.ASSERTED) == (not claim.attribution)


def test_seed_figures_are_tied_to_their_claims() -> None:
    analysis = analyze(seed_article())
    by_display = {f.display: f for f in analysis.figures}
    assert by_display["around 600"].value == 600 and by_display["around 600"].approximate
    assert by_display["thousands"].value == 1000
    assert by_display["nine million"].value == 9_000_000
    assert by_display["nine million"].period == "since the start of 2024"
    assert by_display["11"].unit == "nations"
    claim_ids = {c.id for c in analysis.claims}
    assert all(f.claim in claim_ids for f in analysis.figures)


def test_seed_casualty_heading_rests_on_the_attributed_count() -> None:
    article = seed_article()
    analysis = analyze(article)
    casualties = article.section_ids()[1]
    (claim_id,) = analysis.section_rests_on[casualties]
    claim = next(c for c in analysis.claims if c.id == claim_id)
    assert "around 600" in claim.quote
    assert any("Hundreds of North Korean Troops Killed" in note for note in analysis.editor_notes)
