"""Bodies' names as news copy writes them: a name with small words inside ("People for the Ethical
Treatment of Animals"), a name after the noun that says what the body is ("the group Save the Vesk"),
and its acronym ("ACLU"), which names the same source whichever comes first."""

from __future__ import annotations

import pytest

from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.title_split import split_title


def speakers(*paragraphs: str) -> list[tuple[str, ...]]:
    """The source names of each claim's chain, in order."""
    analysis = analyze(Article(ArticleMeta(title="Test"), (ArticleSection("", paragraphs),)))
    names = {source.id: source.name for source in analysis.sources}
    return [tuple(names[source] for source in claim.attribution) for claim in analysis.claims]


@pytest.mark.parametrize(
    "name",
    [
        "People for the Ethical Treatment of Badgers",
        "Citizens for a Clean Brenn",
        "Friends of the Vesk Marshes",
    ],
)
def test_a_bodys_name_with_small_words_is_one_name(name: str) -> None:
    assert split_title(name) == (name, "")
    assert speakers(f"The group {name} said the marsh would flood.") == [(name,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role before a person is still a role: no name opens on a title word or a small word.
        ("Senator Joan Whitfield of Kansas", ("Joan Whitfield", "Senator of Kansas")),
        ("Director of the Korl Museum Ada Vane", ("Korl Museum Ada Vane", "Director of the")),
    ],
)
def test_roles_before_names_still_split(text: str, expected: tuple[str, str]) -> None:
    assert split_title(text) == expected


def test_a_described_body_is_named_not_taken_for_the_last_speaker() -> None:
    # "the group X" names X, even when a body that spoke just before shares a word with it.
    assert speakers(
        "The Tarn Water Board said the pipes were old.",
        "The group Citizens for a Clean Tarn said the river was dirty.",
        "The charity Save the Tarn said fish were dying.",
        "The charity said its boats were ready.",
    ) == [
        ("Tarn Water Board",),
        ("Citizens for a Clean Tarn",),
        ("Save the Tarn",),
        ("Save the Tarn",),
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Brenn Civil Liberties Union said the curfew was unjust.",
            "The BCLU said it would take the city to court.",
        ),
        (
            "The BCLU said the curfew was unjust.",
            "The Brenn Civil Liberties Union said it would take the city to court.",
        ),
        (
            "Citizens for a Clean Vesk (CCV) said the river was dirty.",
            "CCV said it would sue the mill.",
        ),
    ],
)
def test_an_acronym_and_its_full_name_are_one_source(paragraphs: tuple[str, ...]) -> None:
    chains = speakers(*paragraphs)
    assert len(chains) == 2
    assert chains[0] == chains[1]


def test_a_persons_initials_are_not_an_agencys_name() -> None:
    chains = speakers("Ada Pell said the river rose.", "AP said the river rose by a metre.")
    assert chains[0] != chains[1]


def test_initials_that_spell_another_name_are_not_it() -> None:
    chains = speakers(
        "The Brenn Civil Liberties Union said the curfew was unjust.",
        "The BCL said it would appeal.",  # not every initial: another body
    )
    assert chains[0] != chains[1]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Korl Airlines' Sam Petre said flights would resume.", "Sam Petre", "Korl Airlines"),
        ("Vesk Rail's Ana Lund said trains were late.", "Ana Lund", "Vesk Rail"),
        (
            "Sergeant Tom Hale of the Ulm Police said two cars crashed.",
            "Sergeant Tom Hale",
            "of the Ulm Police",
        ),
        (
            "Ina Kors of the Department of Health and Human Services said flu was rising.",
            "Ina Kors",
            "of the Department of Health and Human Services",
        ),
        (
            "Patrol Chief Ada Vole with the Brenn Police said roads were icy.",
            "Ada Vole",
            "Patrol Chief with the Brenn Police",
        ),
    ],
)
def test_a_person_named_with_the_body_they_work_for(sentence: str, name: str, role: str) -> None:
    analysis = analyze(Article(ArticleMeta(title="Test"), (ArticleSection("", (sentence,)),)))
    assert [(source.name, source.description) for source in analysis.sources] == [(name, role)]


@pytest.mark.parametrize(
    "name", ["Friends of the Earth Trust", "Bank of Korl", "The city's Brenn Valley Project"]
)
def test_bodies_named_with_of_or_a_possessive_stay_whole(name: str) -> None:
    assert speakers(f"{name} said the work would begin in May.") == [(name,)]


def quotes(*paragraphs: str) -> list[tuple[str, str]]:
    """(quote, first source's name) of each claim."""
    analysis = analyze(Article(ArticleMeta(title="Test"), (ArticleSection("", paragraphs),)))
    names = {source.id: source.name for source in analysis.sources}
    return [(claim.quote, names[claim.attribution[0]]) for claim in analysis.claims]


def test_according_to_after_but_gives_the_clause_that_follows() -> None:
    assert quotes("Prices fell last year, but, according to Vole, the tradeoff has been higher rents.") == [
        ("the tradeoff has been higher rents", "Vole")
    ]


@pytest.mark.parametrize("role", ["the head of the Brenn Trust", "a lawyer who has worked for the trust"])
def test_according_to_a_name_and_its_role_leaves_the_role_out_of_the_claim(role: str) -> None:
    analysis = analyze(
        Article(
            ArticleMeta(title="Test"),
            (ArticleSection("", (f"According to Ada Lund, {role}, rents will rise.",)),),
        )
    )
    assert [claim.quote for claim in analysis.claims] == ["rents will rise"]
    assert [(source.name, source.description) for source in analysis.sources] == [("Ada Lund", role)]


def test_a_clause_after_a_name_is_no_role() -> None:
    analysis = analyze(
        Article(
            ArticleMeta(title="Test"),
            (ArticleSection("", ("Rents rose, and, according to Vole, the cost was high.",)),),
        )
    )
    assert [source.description for source in analysis.sources] == [
        "Kind guessed: the article does not say what this is."
    ]
    assert [claim.quote for claim in analysis.claims] == ["the cost was high"]


def test_general_before_a_noun_it_qualifies_is_no_military_rank() -> None:
    member = "Ajmi Vole, a member of the party’s general secretariat, said the attack would unite them."
    analysis = analyze(
        Article(
            ArticleMeta(title="Test"),
            (
                ArticleSection(
                    "",
                    (
                        member,
                        "General Ada Lund said the troops would stay.",
                    ),
                ),
            ),
        )
    )
    assert [source.kind.value for source in analysis.sources] == ["person", "military"]


@pytest.mark.parametrize(
    ("paragraph", "owner"),
    [
        ("“New lower prices. Same high standards,” reads one sign.", "one sign"),
        ("“We are closed,” read the note on the door.", "note"),
    ],
)
def test_a_text_that_reads_after_its_words_owns_them(paragraph: str, owner: str) -> None:
    chains = speakers("“Rents will rise,” said Ada Vole.", paragraph)
    assert chains[0] == ("Ada Vole",)
    assert chains[1:] and all(owner in chain[0] for chain in chains[1:])


def test_a_body_whose_kind_is_guessed_says_so() -> None:
    analysis = analyze(
        Article(
            ArticleMeta(title="Test"),
            (
                ArticleSection(
                    "", ("Vesk said profits would fall.", "Local news reports said the mill shut.")
                ),
            ),
        )
    )
    assert [(source.kind.value, source.description) for source in analysis.sources] == [
        ("company", "Kind guessed: the article does not say what this is."),
        ("document", ""),
    ]
