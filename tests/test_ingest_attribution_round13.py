"""Attribution precision (issue 11, round 13): who the source is. Every sentence here is invented; each
wrong reading sits next to the right one the same rule keeps.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.accused import accused_names

# ---------------------------------------------------------------- two people before one verb


def test_two_people_named_before_one_verb_are_two_sources_not_one() -> None:
    found = claims(
        "Rita Vance, an aide, and Jo Lind, a diplomat, testified on Monday.",
        "However, both Vance and Lind told lawmakers that the request was improper.",
        "Lind said the call was odd.",
        '"It was strange," she said.',
    )
    assert found == [
        ("the request was improper", ("Rita Vance",)),
        ("the call was odd", ("Jo Lind",)),
        ('"It was strange,"', ("Jo Lind",)),
    ]


def test_a_body_named_with_and_stays_one_source() -> None:
    assert claims("Procter and Gamble said that sales rose.") == [
        ("Procter and Gamble said that sales rose", ("Procter and Gamble",))
    ]


# ---------------------------------------------------------------- the accused answers


def test_the_company_that_denies_is_the_one_just_accused() -> None:
    found = claims(
        "Acme Corp said the mine would reopen in May.",
        "Unions accused Acme of hiding the flood.",
        "The company denied the claim.",
    )
    assert found[-1] == ("The company denied the claim", ("Acme Corp",))


def test_accused_people_leave_the_company_to_the_last_one_that_spoke() -> None:
    found = claims(
        "Acme Corp said the mine would reopen in May.",
        "Unions accused Tom Dorn of hiding the flood.",
        "The company denied the claim.",
    )
    assert found[-1] == ("The company denied the claim", ("Acme Corp",))


def test_the_accused_are_read_from_the_object_of_accused_of() -> None:
    assert accused_names("She accused Dorn, Vale and Harbor Group of blocking a film.") == [
        "Dorn",
        "Vale",
        "Harbor Group",
    ]
    assert accused_names("He accused the ministry of lying.") == []
    assert accused_names("Nobody was accused.") == []


def test_an_adverb_with_a_hyphen_between_subject_and_verb() -> None:
    found = claims("Acme Corp flat-out denied that the mine had flooded.")
    assert found == [("the mine had flooded", ("Acme Corp",))]


# ---------------------------------------------------------------- a statement quoting someone


def test_a_statement_that_quotes_someone_goes_on_as_the_statement() -> None:
    found = claims(
        "Harbor Group Inc said in a statement that it regretted the delay.",
        '"The truth is, Mira Holt has admitted she owes us money," the statement continued.',
        '"We hoped this would be resolved," the statement concluded.',
    )
    assert found[-1] == ('"We hoped this would be resolved,"', ("Harbor Group Inc",))
