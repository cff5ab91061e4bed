"""Round 21 (dev 28c): who speaks when two people or bodies share a sentence, and filings that speak.

Sentences are invented for each form; next to each rule is a sentence that must not be read as it.
"""

from __future__ import annotations

from attribution_helpers import claims, claims_in

from tui.model.ingest.first_names import name_gender
from tui.model.ingest.speaker_evidence import FEMALE, MALE, pronoun_gender

# ---------------------------------------------------------------- a closing tag after a first verb


def test_a_closing_tag_with_the_verb_first_takes_the_clause_before_it() -> None:
    found = claims(
        "Night-shift nurses challenge the picture of the profession as a calling for the well-off, "
        "said Tomas Orrin, a labour historian at Lakemoor College."
    )
    assert found == [
        (
            "Night-shift nurses challenge the picture of the profession as a calling for the well-off",
            ("Tomas Orrin",),
        )
    ]


def test_a_closing_tag_with_the_name_first_takes_the_clause_before_it() -> None:
    found = claims("Small growers dispute the official rainfall figures, Orrin said on Tuesday.")
    assert found == [("Small growers dispute the official rainfall figures", ("Orrin",))]


def test_a_closing_tag_keeps_a_speaker_who_says_that_inside_it() -> None:
    found = claims("The harbour master warned that the pier would flood, Orrin said.")
    assert found == [("the pier would flood", ("the harbour master", "Orrin"))]


def test_a_clause_after_the_tag_speaker_is_not_read_as_a_closing_tag() -> None:
    found = claims("Orrin said the pier would flood, and the harbour master agreed.")
    assert found and found[0][1] == ("Orrin",)


def test_a_closing_tag_on_the_last_of_two_joined_clauses_leaves_the_first_speaker() -> None:
    found = claims(
        "The harbour master said the pier was safe, but most boat owners believe it will flood, "
        "a survey showed."
    )
    assert found and found[0] == ("the pier was safe", ("the harbour master",))


# ---------------------------------------------------------------- a filing that says


def test_a_lawsuit_the_subject_filed_says_what_the_subject_says() -> None:
    found = claims(
        "In 2015 a former driver, Marta Selin, filed a lawsuit saying the depot had docked her pay."
    )
    assert found == [("the depot had docked her pay", ("Marta Selin",))]


def test_a_complaint_filed_with_a_board_is_the_filer_s_not_the_board_s() -> None:
    found = claims("The union filed a complaint with the labour board claiming the depot broke the law.")
    assert found == [("the depot broke the law", ("the union",))]


def test_a_motion_with_no_article_and_a_court_between() -> None:
    found = claims(
        "The city filed suit in federal court on Friday, alleging the rail operator ignored repairs."
    )
    assert found == [("the rail operator ignored repairs", ("the city",))]


def test_a_lawsuit_someone_faces_is_not_theirs() -> None:
    assert claims("Lakemoor Rail faces a lawsuit alleging its carriages were unsafe.") == []


def test_later_pronoun_claims_follow_the_filer() -> None:
    found = claims(
        "In 2015 a former driver, Marta Selin, filed a lawsuit saying the depot had docked her pay.",
        "She initially said she was paid weekly, but she later acknowledged that she was paid monthly.",
    )
    assert [chain for _quote, chain in found] == [("Marta Selin",)] * 3


# ---------------------------------------------------------------- a he and a her in reported words


def test_reported_words_with_a_he_and_a_her_tell_no_gender() -> None:
    assert pronoun_gender("he had driven her to the station every night") == ""
    assert pronoun_gender("he had driven to the station every night") == MALE
    assert pronoun_gender("she would stand again") == FEMALE


def test_a_speaker_of_unknown_gender_stays_a_she_after_a_he_in_her_words() -> None:
    found = claims(
        "A former tenant, Oakley Brandt, filed a complaint saying he had locked her out of the flat.",
        "She said she was not allowed back for two weeks.",
    )
    assert [chain for _quote, chain in found] == [("Oakley Brandt",), ("Oakley Brandt",)]


# ---------------------------------------------------------------- counsel, and an analysis by an author


def test_legal_counsel_is_a_speaker() -> None:
    found = claims("The board's legal counsel on Monday said the merger needs no further review.")
    assert found == [("the merger needs no further review", ("the board's legal counsel",))]


def test_counsel_as_advice_is_no_speaker() -> None:
    found = claims("She sought counsel from her brother before the vote.")
    assert found == []


def test_an_analysis_of_data_by_an_author_is_the_author_s() -> None:
    found = claims(
        "Rents in the valley rose by a fifth last year, according to an analysis of county records by "
        "the Lakemoor Institute in partnership with a local college."
    )
    assert found == [("Rents in the valley rose by a fifth last year", ("Lakemoor Institute",))]


def test_a_survey_of_firms_by_a_chamber_is_the_chamber_s() -> None:
    found = claims("Fuel costs rose by a third last year, according to a survey of 400 firms by the chamber.")
    assert found == [("Fuel costs rose by a third last year", ("the chamber",))]


# ---------------------------------------------------------------- gender evidence that misled pronouns


def test_a_pronoun_further_on_in_the_words_tells_no_gender() -> None:
    assert pronoun_gender("an employee noticed the van when she looked outside") == ""
    assert pronoun_gender("that she would stand again") == FEMALE


def test_told_the_court_is_no_he_after_the_speaker() -> None:
    found = claims(
        "“The rules bind every member,” the registrar, Ilse Varnhout, told the court.",
        "The hearing then turned to the budget.",
        "“They must be settled with the body concerned,” she said.",
    )
    assert [chain for _quote, chain in found] == [("Ilse Varnhout",)] * 2


def test_a_title_before_a_first_name_still_gives_its_gender() -> None:
    assert name_gender("Senator Tom Hale") == MALE
    assert name_gender("Prime Minister Mary Reed") == FEMALE
    assert name_gender("the senator") == ""


def test_she_is_not_a_titled_man_who_spoke_last() -> None:
    found = claims(
        "Senator Tom Hale said he supported the bill.",
        "In a radio interview, she said there was no deal.",
    )
    assert found == [("he supported the bill", ("Tom Hale",))]


# ---------------------------------------------------------------- a reporter who heard the words


def test_a_reporter_named_before_who_heard_the_words_is_no_relay() -> None:
    found = claims(
        "Rami Haddad, 58, spoke to freelance videographer Omar El Nouri in the old town.",
        "“The plan is a good choice,” Abu Karim Al Tal told El Nouri.",
    )
    assert found[-1] == ("“The plan is a good choice,”", ("Abu Karim Al Tal",))


def test_an_outlet_told_is_still_a_relay() -> None:
    found = claims("“The plan is a good choice,” Karim Tal told Reuters.")
    assert found == [("“The plan is a good choice,”", ("Karim Tal", "Reuters"))]


# ---------------------------------------------------------------- a fronted clause names whom "she" means


def test_a_fronted_clause_s_subject_is_the_she_of_the_main_clause() -> None:
    found = claims(
        "“The nights are safer now,” says Halima as she sorts the onions for a buyer.",
        "Though Neema does not know whether the new lamps along the main road of the port town run on solar "
        "power, she says the market now stays open late.",
    )
    assert found[-1] == ("the market now stays open late", ("Neema",))


def test_a_pronoun_carrying_the_last_subject_still_means_that_speaker() -> None:
    found = claims(
        "“I would call for calm,” Governor Tom Rankin said in a statement.",
        "As a result, Deputy Premier Natalio Wheatley will act as premier.",
        "Wheatley called for the premier to be given due process.",
        "He also urged calm, saying he could not comment on the case.",
    )
    assert len(found[-1][1]) == 1 and found[-1][1][0].endswith("Wheatley")


# ---------------------------------------------------------------- how a document was obtained


def test_a_document_obtained_through_a_request_is_the_document_s() -> None:
    found = claims_in(
        "The Lakemoor Ledger",
        "According to a March memo obtained by the Lakemoor Ledger through a freedom of information "
        "request, the depot will close in May.",
    )
    assert found == [("the depot will close in May", ("a March memo",))]
