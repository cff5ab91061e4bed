"""Attribution recall on English news from outside the US and UK (issue 11, session 16, world27).

Every sentence here is invented (names, places, numbers made up); each new reading sits next to a
look-alike the same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.titled_names import titled_person

_INTRO = "Finance Minister Rhea Dalton spoke to the Senate on Monday."

# ---------------------------------------------------------------- a quotation after a mid-sentence tag


def test_a_fronted_date_then_a_tag_then_a_quoted_clause_is_one_claim() -> None:
    sentence = 'In March 2019, she said, the cabinet "approved the sale of the old ferry terminal."'
    found = claims(_INTRO, sentence)
    assert found[-1] == (sentence, ("Rhea Dalton",))


def test_a_quoted_phrase_after_the_tag_keeps_the_whole_clause() -> None:
    found = claims(_INTRO, "Building a second dock, she said, is the “only sensible step” for the port.")
    assert found[-1] == (
        "Building a second dock, she said, is the “only sensible step” for the port",
        ("Rhea Dalton",),
    )


def test_an_apposition_after_the_tag_is_still_not_a_clause() -> None:
    # "…, the chiefs said, the third …": no verb after the tag, so the claim is the words before it.
    found = claims("The ferry sailed twice in May, the port chiefs said, the “second” run at night.")
    assert found == [("The ferry sailed twice in May", ("the port chiefs",))]


# ---------------------------------------------------------------- a pronoun's tag set inside the claim


def test_a_pronoun_aside_reports_with_a_verb_that_otherwise_needs_that() -> None:
    found = claims(_INTRO, "Meanwhile, she continued, the ministry has cut duties on school books.")
    assert found[-1] == (
        "Meanwhile, she continued, the ministry has cut duties on school books",
        ("Rhea Dalton",),
    )


def test_a_pronoun_aside_after_a_body_is_the_speakers_not_the_bodys() -> None:
    intro = "Minister Brian Kessock spoke on Monday. He said the plan would work."
    found = claims(intro, "The Harbour Board, he recalled, meets on a monthly basis to set the fees.")
    assert found[-1] == (
        "The Harbour Board, he recalled, meets on a monthly basis to set the fees",
        ("Brian Kessock",),
    )


def test_a_pronoun_that_goes_on_with_an_act_is_no_tag() -> None:
    found = claims(_INTRO, "Undeterred by the rain, they continued, walking north to the river before dawn.")
    assert [quote for quote, _chain in found if "walking" in quote] == []


def test_a_pronoun_aside_followed_by_a_possessive_phrase_is_no_tag() -> None:
    found = claims(_INTRO, "After a long pause, she continued, her voice breaking as she read the names.")
    assert [quote for quote, _chain in found if "voice" in quote] == []


# ---------------------------------------------------------------- a share of people with no group in reach

_RETURN = "Nearly 90 fishermen came home to Port Avel on Wednesday. As they left the quay, they looked tired."


def test_some_said_with_no_group_before_speaks_as_some() -> None:
    found = claims(_RETURN, "Some said they felt cheated by the agents who had sent them.")
    assert found == [("they felt cheated by the agents who had sent them", ("some",))]


def test_one_with_an_anonymity_aside_speaks_as_one() -> None:
    found = claims(
        _RETURN, "One, who asked not to be named, said: “We lost everything we had on those boats.”"
    )
    assert found == [("“We lost everything we had on those boats.”", ("One",))]


def test_some_who_only_hope_are_still_no_speaker() -> None:
    found = claims(_RETURN, "Some hope the season will be kinder to the harbour.")
    assert found == []


# ---------------------------------------------------------------- a month or year before "that"


def test_revealed_in_a_month_that_is_a_statement() -> None:
    found = claims("The couple revealed in February that they were expecting a second child.")
    assert found == [("they were expecting a second child", ("the couple",))]


def test_projected_in_a_month_and_year_that_is_a_statement() -> None:
    found = claims("The Vell Institute projected in May 2021 that food prices would rise by 4 percent.")
    assert found == [("food prices would rise by 4 percent", ("Vell Institute",))]


def test_revealed_in_a_month_with_an_object_is_still_an_act() -> None:
    assert claims("The band revealed in May a new album recorded in Lagos.") == []


# ---------------------------------------------------------------- a long office written before the name


def test_an_office_of_an_organisation_before_the_name_is_the_persons_description() -> None:
    found = claims("Managing Director of Carita Foods Limited Rita Hollis said exports were mostly yams.")
    assert found == [("exports were mostly yams", ("Rita Hollis",))]


def test_an_office_then_an_honorific_then_the_name() -> None:
    found = claims(
        "Chief Education Officer Dr Ramona Archer-Blake said consent forms had been sent to parents.",
        "She said more than 130 had responded.",
    )
    assert [chain for _quote, chain in found] == [("Ramona Archer-Blake",), ("Ramona Archer-Blake",)]


def test_she_after_an_office_a_comma_and_the_name_is_the_holder() -> None:
    found = claims(
        "In the meantime, Managing Director of Carita Foods Limited, Rita Hollis says exports fell.",
        "She explained that added value to produce increases the demand.",
    )
    assert found[-1] == ("added value to produce increases the demand", ("Rita Hollis",))


def test_an_office_with_no_first_name_after_it_stays_whole() -> None:
    # "Merrill" is no listed first name and no honorific comes before it: the run is one body's name.
    assert titled_person("Bank of Kestrel Merrill Lynch") is None
    assert titled_person("Minister of Finance and Trade") is None
    assert titled_person("Head of Research at Kestrel Securities Sara Lind") == (
        "Sara Lind",
        "Head of Research at Kestrel Securities",
    )


# ---------------------------------------------------------------- "yesterday" after the tag's verb


def test_said_yesterday_adding_that_keeps_the_clause_before_the_tag() -> None:
    found = claims(
        "There is no end in sight for rising rents, Tobi Marle said yesterday, adding that the board "
        "would meet again in June."
    )
    assert found == [
        ("There is no end in sight for rising rents", ("Tobi Marle",)),
        ("the board would meet again in June", ("Tobi Marle",)),
    ]


def test_said_yesterday_between_commas_sits_inside_the_claim() -> None:
    found = claims("The road, the minister said yesterday, will open in May.")
    assert found == [("The road, the minister said yesterday, will open in May", ("the minister",))]


def test_yesterdays_as_a_possessive_opens_the_claim() -> None:
    found = claims("The pier is unsafe, the inspector said yesterday's storm had shown.")
    assert all(quote != "The pier is unsafe" for quote, _chain in found)
