"""Sources: kinds from the vocabulary, name variants merged, pronouns and descriptions resolved."""

from __future__ import annotations

import pytest

from tui.model.format.records import SourceKind
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.kinds import classify
from tui.model.ingest.sources import SourceBook
from tui.model.ingest.title_split import split_title


def chains(*paragraphs: str) -> list[tuple[str, ...]]:
    analysis = analyze(Article(ArticleMeta(title="T"), (ArticleSection("", paragraphs),)))
    names = {s.id: s.name for s in analysis.sources}
    return [tuple(names[i] for i in c.attribution) for c in analysis.claims]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Foreign Ministry", SourceKind.GOVERNMENT),
        ("a South Korean lawmaker", SourceKind.GOVERNMENT),
        ("AFP", SourceKind.WIRE),
        ("Reuters", SourceKind.WIRE),
        ("the Associated Press", SourceKind.WIRE),
        ("state news agency KCNA", SourceKind.STATE_MEDIA),
        ("South Korean intelligence", SourceKind.INTELLIGENCE),
        ("the army", SourceKind.MILITARY),
        ("officials", SourceKind.ANONYMOUS),
        ("U.S. officials", SourceKind.ANONYMOUS),
        ("a person familiar with the matter", SourceKind.ANONYMOUS),
        ("Diplomats", SourceKind.ANONYMOUS),
        ("an analyst at Capital Economics", SourceKind.EXPERT),
        ("professor Jane Doe", SourceKind.EXPERT),
        ("the watchdog group", SourceKind.WATCHDOG),
        ("Amnesty International", SourceKind.NGO),
        ("the company", SourceKind.COMPANY),
        ("a 2021 report", SourceKind.DOCUMENT),
        ("the newspaper Daily Courier", SourceKind.OUTLET),
        ("Pyongyang", SourceKind.GOVERNMENT),
    ],
)
def test_kind_from_the_name(name: str, kind: SourceKind) -> None:
    assert classify(name)[0] is kind


def test_kind_from_the_role_when_the_name_says_nothing() -> None:
    assert classify("Jane Doe", "a senior fellow at the Brookings Institution")[0] is SourceKind.EXPERT


def test_titles_are_roles_not_names() -> None:
    assert split_title("Prime Minister Luka Jovic") == ("Luka Jovic", "Prime Minister")
    assert split_title("critic Owen Gleiberman") == ("Owen Gleiberman", "critic")
    assert split_title("Reuters") == ("Reuters", "")


def test_surname_merges_with_the_full_name() -> None:
    found = chains("Bong Joon Ho said the film was about memory.", "Bong said it took four years.")
    assert found == [("Bong Joon Ho",), ("Bong Joon Ho",)]


def test_full_name_after_a_title_merges_with_the_surname() -> None:
    found = chains(
        "President Ilir Dosti said he would respect the vote.", "Dosti added that talks would begin."
    )
    assert found == [("Ilir Dosti",), ("Ilir Dosti",)]


def test_he_and_she_resolve_to_the_last_person_who_spoke() -> None:
    found = chains(
        "Maria Lopez said the strike would continue.",
        "The company said it would not negotiate.",
        "She said workers were ready.",
    )
    assert found[2] == ("Maria Lopez",)


def test_it_resolves_to_the_last_body_that_spoke() -> None:
    found = chains("The ministry said the road was closed.", "It added that repairs would take weeks.")
    assert found == [("the ministry",), ("the ministry",)]


def test_pronoun_can_mean_a_person_who_opened_the_previous_sentence() -> None:
    found = chains(
        "Song Kang-ho said the shoot was long.",
        "Bong Joon Ho said the idea came from his father.",
        "Bong, 56, laughed at the question.",
        "“Every film is a new failure,” he said.",
    )
    assert found[-1] == ("Bong Joon Ho",)


def test_the_same_spokesperson_resolves_to_the_body_named_before() -> None:
    found = chains(
        "In a statement from the North Korean Foreign Ministry, Pyongyang claimed the pact protects peace.",
        "According to the same Foreign Ministry spokesperson, the two nations could build a new order.",
    )
    assert found == [("North Korean Foreign Ministry",), ("North Korean Foreign Ministry",)]


def test_the_group_and_the_ministry_resolve_by_their_head_word() -> None:
    found = chains(
        "Human Rights Watch said 30 people were detained.",
        "The Interior Ministry denied the report.",
        "The group said it had spoken to witnesses.",
        "The ministry said the detainees were released.",
    )
    assert found[2] == ("Human Rights Watch",)
    assert found[3] == ("Interior Ministry",)


def test_the_company_means_the_company_that_opened_the_sentence() -> None:
    found = chains(
        "Nordstahl, Europe's fourth-largest steelmaker, will close a plant, the company announced."
    )
    assert found == [("Nordstahl",)]


def test_a_country_that_speaks_is_its_one_named_government_body() -> None:
    found = chains(
        "North Korea said the alliance keeps the peace.",
        "The North Korean Foreign Ministry said the pact protects sovereignty.",
    )
    assert found == [("North Korean Foreign Ministry",), ("North Korean Foreign Ministry",)]


def test_an_acronym_merges_with_its_introduction() -> None:
    found = chains("The truce began, state news agency MNA reported.", "Aid convoys were moving, MNA said.")
    assert found[0] == found[1]


def test_the_book_opens_one_source_per_distinct_speaker() -> None:
    book = SourceBook()
    first = book.resolve("the International Organization for Migration")
    assert first is not None
    assert book.resolve("International Organization for Migration") is first
    assert book.resolve("Reuters") is not first
    assert len(book.finish()) == 2
