"""A draft claim's text reads as a sentence of its own, whatever its quote looks like."""

from __future__ import annotations

from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection


def claim_texts(*paragraphs: str) -> dict[str, str]:
    """quote → text for every claim of an invented article."""
    article = Article(ArticleMeta(title="A title"), (ArticleSection("", paragraphs),))
    return {claim.quote: claim.text for claim in analyze(article).claims}


def test_a_quotation_cut_at_its_speech_tag_ends_in_a_full_stop() -> None:
    texts = claim_texts("“We are going to rebuild the bridge by spring,” said Mayor Ilse Varga.")
    assert "“We are going to rebuild the bridge by spring.”" in texts.values()


def test_a_quotation_over_two_sentences_gets_its_marks_in_each() -> None:
    texts = claim_texts(
        "“Who decides how the river is managed? "
        "When six agencies share it, each one follows its own rules,” said Tomas Brenner, a hydrologist."
    )
    shown = sorted(texts.values())
    assert all(text.count("“") == text.count("”") for text in shown), shown
    assert all(text.startswith("“") and text.endswith("”") for text in shown), shown


def test_quoted_words_ending_a_sentence_get_a_full_stop_after_the_mark() -> None:
    texts = claim_texts("The council said the protesters were “blocking the road”.")
    assert "The protesters were “blocking the road”." in texts.values()


def test_texts_start_with_a_capital_and_end_a_sentence() -> None:
    texts = claim_texts(
        "According to the port authority, 40 ships were waiting offshore, the longest queue in a decade.",
        "Officials said the backlog could last until March; a second berth may open sooner",
    )
    assert texts, "the invented sentences carry attributed claims"
    for text in texts.values():
        assert not text[0].islower(), text
        assert text.rstrip('”’"').endswith((".", "!", "?", "…")), text
