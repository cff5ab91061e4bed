"""Title and headings rest on the claims they state; a note when they state as fact what is attributed."""

from __future__ import annotations

from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection


def test_a_heading_stating_an_attributed_count_rests_on_it_with_a_note() -> None:
    article = Article(
        ArticleMeta(title="Floods in the valley"),
        (
            ArticleSection(
                "Forty Villagers Dead After Floods",
                ("Forty villagers are dead after the floods, local officials said.",),
            ),
        ),
    )
    analysis = analyze(article)
    (claim,) = analysis.claims
    assert analysis.section_rests_on == {article.section_ids()[0]: (claim.id,)}
    heading_note, unnamed_note = analysis.editor_notes
    assert "Forty Villagers Dead After Floods" in heading_note and "local officials" in heading_note
    assert unnamed_note == "The article does not name these sources: “local officials”."


def test_a_heading_that_attributes_is_linked_without_a_note() -> None:
    article = Article(
        ArticleMeta(title="Ministry Says Forty Villagers Dead After Floods"),
        (ArticleSection("", ("Forty villagers are dead after the floods, the ministry said.",)),),
    )
    analysis = analyze(article)
    assert analysis.title_rests_on == (analysis.claims[0].id,)
    assert analysis.editor_notes == ()


def test_a_heading_about_an_asserted_claim_gets_no_note() -> None:
    article = Article(
        ArticleMeta(title="T"),
        (ArticleSection("Plant Employs 1,800 Workers", ("The plant employs 1,800 workers in the town.",)),),
    )
    analysis = analyze(article)
    assert analysis.section_rests_on
    assert analysis.editor_notes == ()


def test_an_unrelated_heading_rests_on_nothing() -> None:
    article = Article(
        ArticleMeta(title="T"),
        (ArticleSection("What Comes Next", ("Officials said 40 people were hurt in the blast.",)),),
    )
    assert analyze(article).section_rests_on == {}
