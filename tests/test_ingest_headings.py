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


def _title_notes(title: str, *paragraphs: str) -> tuple[str, ...]:
    analysis = analyze(Article(ArticleMeta(title=title), (ArticleSection("", paragraphs),)))
    return tuple(n for n in analysis.editor_notes if n.startswith("The headline"))


def test_headline_verbs_of_rulings_findings_and_confirmations_attribute() -> None:
    body = "The airline must refund every cancelled ticket, the appeals court in Dorvale ruled on Monday."
    assert _title_notes("Airline Must Refund Every Cancelled Ticket, Court Rules", body) == ()
    assert _title_notes("Airline must refund every cancelled ticket", body)
    body = "Nine of ten rivers in the province carry plastic, a university study found."
    assert _title_notes("Study finds plastic in nine of ten rivers in the province", body) == ()


def test_words_in_straight_single_quotes_attribute() -> None:
    body = "The coach said there were serious concerns inside the club about the pitch at Eastvale."
    assert _title_notes("There were 'concerns' inside the club about the pitch", body) == ()
    assert _title_notes("There were serious concerns inside the club about the pitch", body)


def test_a_label_of_two_words_states_nothing() -> None:
    body = "The mayor said her one regret was closing the library at Fenwick."
    assert _title_notes("Her one regret", body) == ()


def test_a_long_quotation_sharing_a_few_words_is_not_what_the_headline_states() -> None:
    body = (
        "Ada Korsh said that nobody who knows how the valley has been policed for decades is surprised "
        "by the arrests at the Millbrook protest camp, but that the scale of the operation, the number of "
        "agencies involved, the equipment they brought and the cost to the county's taxpayers are new."
    )
    assert _title_notes("Millbrook protest camp holds out as arrests mount", body) == ()
    # The same words, said briefly, are what the headline states.
    assert _title_notes(
        "Millbrook protest camp holds out as arrests mount",
        "The Millbrook protest camp holds out as arrests mount, Ada Korsh said.",
    )
