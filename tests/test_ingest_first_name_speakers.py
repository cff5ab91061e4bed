"""A first name alone is the person of the article whose full name opens with it (thirteenth session).

Features call ordinary people by first name after one full mention ("Zawadi Mrema sells fish …
Zawadi says …"); the draft had a source "Zawadi" beside "Zawadi Mrema", or none merged at all. A
name whose other words the article writes in lower case is no person's ("Google Search" in an
article about search), and of two people with the same first name neither is chosen.
"""

from __future__ import annotations

from attribution_helpers import claims


def test_a_first_name_alone_is_the_full_name_met_before() -> None:
    found = claims(
        "Zawadi Mrema sells fish near the stand.",
        "Zawadi said the street is busier at night.",
    )
    assert found == [("the street is busier at night", ("Zawadi Mrema",))]


def test_a_pronoun_after_a_fronted_first_name_is_the_full_name() -> None:
    found = claims(
        "“The lamps changed the market,” says Halima Said.",
        "Zawadi Mrema sells fish near the stand.",
        "Though Zawadi is unsure who paid for the lamps, she says the street is busier at night.",
    )
    assert found[-1] == ("the street is busier at night", ("Zawadi Mrema",))


def test_a_product_named_after_a_company_is_not_its_full_name() -> None:
    found = claims(
        "Google Search now shows a new search box on its home page.",
        "Google said the box helps people ask longer questions.",
    )
    assert found == [("the box helps people ask longer questions", ("Google",))]


def test_two_people_with_one_first_name_leave_it_alone() -> None:
    found = claims(
        "Amani Kweka and Amani Lyimo both sell fruit at the port.",
        "Amani said prices rose in March.",
    )
    assert found == [("prices rose in March", ("Amani",))]
