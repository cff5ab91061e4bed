"""Round 21 (b): forms read on dev pages 28b, tested with invented sentences.

- a listener met by full name and told again by a surname of two words ("told El Haddad");
- "told freelance videographer Omar El Haddad in Rafah that …": the claim starts after "that";
- a fronted clause: an age between commas inside it ("While Halima, 41, serves a buyer, Zawadi …"), and
  the main clause's pronoun meaning its name ("Though Zawadi doubts it, she says …");
- "says the woman": the person the article just named, unless it spoke of "a woman" before;
- "narrates" as a speech tag, and "lamented the fact that …";
- "according to a memo obtained by the Ledger through a records request, …": the memo speaks;
- "an internal Parks Board analysis found" once the board is named: the board's words;
- "data on the Trailhead Forum", and "…, which, according to X, is …": the relative clause is X's;
- figures: "the mother of three" is no count, "20,000/- to 30,000/-" is one range, "cut by half" a share.
"""

from __future__ import annotations

from attribution_helpers import claims, claims_in

from tui.model.ingest.figures import find_figures


def _figures(sentence: str) -> list[tuple[str, float]]:
    return [(f.display, f.value) for f in find_figures(sentence)]


# ---------------------------------------------------------------- listeners and "told … that"


def test_a_listener_named_again_by_a_two_word_surname_is_no_relay() -> None:
    found = claims_in(
        "Valley News",
        "Karim Nasser, 58, told Valley News videographer Omar El Haddad in Rafah that the vote was "
        '"a formality."',
        "Rana Aziz, 44, agreed.",
        '"Picking a general now will hurt the talks," she told El Haddad.',
        '"He is the right pick," Sami Darwish told El Haddad.',
    )
    assert found == [
        ('the vote was "a formality."', ("Karim Nasser",)),
        ('"Picking a general now will hurt the talks,"', ("Rana Aziz",)),
        ('"He is the right pick,"', ("Sami Darwish",)),
    ]


def test_told_a_named_listener_somewhere_then_that() -> None:
    found = claims("Lena Ortiz told reporters in Madrid that the mill would close.")
    assert found == [("the mill would close", ("Lena Ortiz",))]
    found = claims("Lena Ortiz told Reuters the mill would close.")
    assert found == [("the mill would close", ("Lena Ortiz", "Reuters"))]


# ---------------------------------------------------------------- fronted clauses


def test_an_age_inside_a_fronted_clause_leaves_the_main_subject_to_speak() -> None:
    found = claims(
        "“When it is dark, traders fear thieves,” says Halima Said.",
        "While Halima, 41, serves a buyer, Zawadi Mrema walks past the stand. "
        "She says, besides the cold, nobody could see the stalls.",
    )
    assert found[-1] == ("besides the cold, nobody could see the stalls", ("Zawadi Mrema",))


def test_the_pronoun_after_a_fronted_clause_is_its_name() -> None:
    found = claims(
        "“The lamps changed the market,” says Halima Said.",
        "Zawadi Mrema sells fish near the stand.",
        "Though Zawadi is unsure who paid for the lamps, she says the street is busier at night.",
    )
    assert found[-1] == ("the street is busier at night", ("Zawadi Mrema",))


# ---------------------------------------------------------------- "the woman", "the man"


def test_the_woman_is_the_person_just_named() -> None:
    found = claims(
        "Neema Juma is a mother of two. She opened a grocery near the terminal.",
        "“The licence rules are tough. After dark, the street used to be empty,” "
        "says the woman, who moved back to the town last year.",
    )
    assert [chain for _quote, chain in found] == [("Neema Juma",), ("Neema Juma",)]


def test_the_man_is_not_a_named_person_after_an_unnamed_man() -> None:
    found = claims(
        "A man walked into the shop on Tuesday and sat down.",
        "Its owner, Tarek Bello, has run the shop for years.",
        "“My friend is on the way,” the man said.",
    )
    assert all(chain != ("Tarek Bello",) for _quote, chain in found)


# ---------------------------------------------------------------- verbs


def test_narrates_is_a_speech_tag() -> None:
    found = claims("The cause, Zawadi Mrema narrates, is that buses stopped running after dark.")
    assert found and found[0][1] == ("Zawadi Mrema",)
    assert claims("Omar Dar narrated that the lamps came late.") == [("the lamps came late", ("Omar Dar",))]
    assert claims("The film narrates the life of a boxer.") == []


def test_the_fact_that_opens_the_claim() -> None:
    found = claims("Omar Dar lamented the fact that nobody asked the tenants.")
    assert found == [("nobody asked the tenants", ("Omar Dar",))]
    found = claims("Omar Dar pointed to the fact that the plan was late.")
    assert found == [("the plan was late", ("Omar Dar",))]
    assert claims("Omar Dar ignored the fact that the plan was late.") == []


# ---------------------------------------------------------------- documents and data


def test_a_paper_obtained_through_a_records_request_speaks() -> None:
    found = claims_in(
        "Valley Times",
        "According to a March slideshow obtained by the Valley Times through a records request, the agency "
        "must give up two buildings.",
    )
    assert found == [("the agency must give up two buildings", ("a March slideshow",))]
    found = claims(
        "According to emails obtained by Reuters via a records request, the agency will cut staff."
    )
    assert found == [("the agency will cut staff", ("emails", "Reuters"))]


def test_a_paper_named_by_its_known_author_is_the_authors() -> None:
    found = claims(
        "The Parks Board said it would review its leases.",
        "In June, an internal Parks Board analysis found two depots could be sold.",
    )
    assert found[-1] == ("two depots could be sold", ("Parks Board",))


def test_data_on_a_site_and_a_relative_clause_around_according_to() -> None:
    found = claims(
        "Trailhead is adding offline maps, which, according to data on the Trailhead Forum, tops the wish "
        "list by votes."
    )
    assert found == [("tops the wish list by votes", ("Trailhead Forum",))]
    found = claims("According to data on Covid deaths, the toll rose.")
    assert found and found[0][1] == ("data",)
    found = claims("The bridge, which, according to the council, was built in 1920, will close.")
    assert found and found[0][0].startswith("The bridge")


# ---------------------------------------------------------------- figures


def test_a_parent_of_three_is_no_figure() -> None:
    assert _figures("The mother of three says she is confident.") == []
    assert _figures("A father-of-four died.") == []
    assert _figures("She is the mother of two children with Tom.") == [("two", 2.0)]


def test_a_shilling_range_is_one_figure() -> None:
    found = _figures("The stall earns 20,000/- to 30,000/- a week.")
    assert found == [("20,000/- to 30,000", 20000.0)]


def test_by_half_is_a_share() -> None:
    assert _figures("Sales fell by half, the firm said.") == [("half", 0.5)]
    assert _figures("The store closes by half past nine.") == [("nine", 9.0)]
    assert _figures("My legs were jelly by half way up.") == []
