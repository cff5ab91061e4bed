"""Attribution precision (issue 11, round 12): systematic misfires found by reading what the analysis
claims on unannotated pages. Every sentence here is invented; each wrong reading sits next to the
right one the same rule keeps.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.source_names import could_name
from tui.model.ingest.title_split import split_title

# ---------------------------------------------------------------- a place after a preposition is no name


def test_a_place_after_a_preposition_stays_with_the_people_it_locates() -> None:
    assert claims("Officials in New Zealand believe that the levy is unfair.") == [
        ("the levy is unfair", ("Officials in New Zealand",))
    ]
    assert claims("Many in Hong Kong fear that a pause means defeat.") == [
        ("a pause means defeat", ("Many in Hong Kong",))
    ]
    assert split_title("residents near Lake Tana") == ("residents near Lake Tana", "")


def test_a_role_right_before_a_name_still_gives_the_name() -> None:
    assert claims("Harbour spokeswoman Dana Ruiz said the pier will reopen.") == [
        ("the pier will reopen", ("Dana Ruiz",))
    ]
    assert split_title("Prime Minister Luka Jovic") == ("Luka Jovic", "Prime Minister")


# ---------------------------------------------------------------- the state after a town is no speaker


def test_the_state_closing_a_town_inside_a_long_subject_does_not_speak() -> None:
    found = claims(
        "A team led by chemists out of the Polar Research Center in Greenbelt, Maryland, has confirmed "
        "traces of salt on the comet."
    )
    assert all("Maryland" not in chain for _quote, chain in found)


def test_a_short_subject_keeps_its_town_and_state() -> None:
    assert claims("Doctors in Greenbelt, Maryland, have confirmed that the outbreak is over.") == [
        ("the outbreak is over", ("Doctors in Greenbelt, Maryland",))
    ]
    assert claims("Jane Doe of Austin, Texas, said the water was clean.") == [
        ("the water was clean", ("Jane Doe",))
    ]


# ---------------------------------------------------------------- words that cannot be a name


def test_a_pronoun_contraction_or_a_separator_is_never_a_source_name() -> None:
    assert not could_name("I’m")
    assert not could_name("We're")
    assert not could_name("Opinion | Senators")
    assert not could_name("Copper HG=")
    assert could_name("O’Brien")
    assert could_name("the Senate committee")


def test_the_writer_saying_im_is_not_who_it_means_later() -> None:
    found = claims(
        "I’m honestly unsure about the new keyboard. What bothers me is that it confirms the belief that "
        "the firm has no new ideas."
    )
    assert all("I’m" not in chain for _quote, chain in found)


def test_a_dash_closing_a_dateline_opens_no_name() -> None:
    assert claims("LONDON (Wire) - Scientists on Monday said the map shows frozen dunes.") == [
        ("the map shows frozen dunes", ("scientists",))
    ]


# ---------------------------------------------------------------- "added" an amount is a rise


def test_a_price_that_added_an_amount_said_nothing() -> None:
    assert claims("Spot silver added 0.4% to $17.20 an ounce.") == []
    assert claims("The index added 12 points on Friday.") == []


def test_added_before_a_clause_or_a_quotation_is_still_speech() -> None:
    found = claims("The trader added that 3% was a modest rise.")
    assert found == [("3% was a modest rise", ("the trader",))]
    assert claims("“Prices held up,” the trader added.") == [("“Prices held up,”", ("the trader",))]


def test_added_to_something_of_ones_own_is_an_act() -> None:
    assert claims("Junior diver Ana Holt added to her collection of state titles on Saturday.") == []
    assert claims("The visitors added to their lead after the break.") == []


def test_added_to_a_listener_that_is_still_speech() -> None:
    found = claims("The coach added to his players that the game was lost.")
    assert [chain for _quote, chain in found] == [("the coach",)]


# ---------------------------------------------------------------- a plural noun for texts is no verb


def test_reports_made_by_the_subject_are_its_object_not_its_verb() -> None:
    assert claims("The inspector released two highly critical reports that depicted long delays.") == []


def test_data_published_by_a_body_still_shows_what_it_says() -> None:
    found = claims("Data published by the Harbour Trust shows that freight volumes doubled.")
    assert found == [("freight volumes doubled", ("Harbour Trust",))]
    assert claims("The inspector reports that the delays were long.") == [
        ("the delays were long", ("the inspector",))
    ]


# ---------------------------------------------------------------- "concludes" a date is "ends"


def test_a_tour_that_concludes_on_a_date_says_nothing() -> None:
    assert claims("The band’s tour opens in May and concludes October 10th in Leeds.") == []
    assert claims("The fair concluded on Sunday with a parade.") == []


def test_a_body_that_concluded_a_clause_found_it() -> None:
    assert claims("The inquiry concluded in May that the pier was unsafe.") == [
        ("the pier was unsafe", ("the inquiry",))
    ]
    assert claims("The review concludes the pier was unsafe.") == [("the pier was unsafe", ("the review",))]


# ---------------------------------------------------------------- speech in a condition is not made


def test_speech_a_condition_imagines_has_no_speaker() -> None:
    assert claims("If the mayor says the bridge is safe, it will open.") == []
    assert claims("Unless officials confirm the bridge is safe, it stays shut.") == []
    found = claims(
        "“If your aunt rings and says that the house is on fire, you believe her,” the nurse said."
    )
    assert [chain for _quote, chain in found] == [("the nurse",)]


def test_a_condition_inside_what_was_said_keeps_its_speaker() -> None:
    assert claims("The mayor said that if the council agrees, the bridge opens.") == [
        ("if the council agrees, the bridge opens", ("the mayor",))
    ]
    assert claims("Officials say the bridge is safe.") == [("the bridge is safe", ("officials",))]


# ---------------------------------------------------------------- a brand is no first name


def test_a_company_named_alone_is_not_the_first_word_of_its_product() -> None:
    found = claims(
        "The Acme ZX. Tourer is the firm’s seventh electric car. Acme says the car could seat five people."
    )
    assert found == [("the car could seat five people", ("Acme",))]


def test_a_surname_or_a_titled_family_name_still_stands_for_the_full_name() -> None:
    found = claims(
        "Film director Park Min Ho spoke on Monday. Park said the film was finished. "
        "Attorney Dana Ruiz Jr filed the motion. Ruiz said the case was strong."
    )
    assert [chain for _quote, chain in found] == [("Park Min Ho",), ("Dana Ruiz Jr",)]
