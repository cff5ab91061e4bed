"""Attribution forms of news writing in general (issue 11, round 9): rules stated as language, each
with invented sentences that show the form and look-alikes that must not be read as it.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.office_holders import note_office_holders, office_holder

# ---------------------------------------------------------------- "the president"


def test_the_president_is_the_one_titled_president_not_a_bodys_president() -> None:
    found = claims(
        "President Ana Vance met the envoy on Monday.",
        "“We will sign nothing this week,” Ms. Vance said.",
        "Dana Ruiz, the president of the Farm League, said farmers faced ruin.",
        "The president says her plan has worked.",
    )
    assert found[-1] == ("her plan has worked", ("Ana Vance",))
    assert found[-2] == ("farmers faced ruin", ("Dana Ruiz",))


def test_two_presidents_by_title_leave_the_description_to_the_old_rules() -> None:
    holders: dict[str, set[str]] = {}
    note_office_holders(holders, "President Ana Vance met President Olek Brand in Lisbon.")
    assert office_holder(holders, "the president") is None


def test_vice_and_former_titles_and_qualified_descriptions_are_not_the_office() -> None:
    holders: dict[str, set[str]] = {}
    note_office_holders(holders, "Vice President Ana Vance and former President Olek Brand spoke.")
    assert holders == {}
    note_office_holders(holders, "Gov. Rhea Tamm signed the bill.")
    assert office_holder(holders, "The governor") == ("Tamm", "Governor")
    assert office_holder(holders, "the new governor") is None  # a qualified description says more


# ---------------------------------------------------------------- a surname, then "she added"


def test_a_pronoun_after_a_lone_surname_that_spoke_is_that_person() -> None:
    found = claims(
        "The council met on Monday to discuss the bridge.",
        "Hale said that the cost was far too high.",
        "“It will never pay for itself,” she added.",
    )
    assert found == [
        ("the cost was far too high", ("Hale",)),
        ("“It will never pay for itself,”", ("Hale",)),
    ]


def test_the_surname_beats_a_person_named_further_back() -> None:
    found = claims(
        "The mayor of Lindon, Dana Ruiz, opened the bridge on Monday.",
        "“We waited ten years for this,” Ruiz said.",
        "Hale added that the cost was far too high.",
        "“It will never pay for itself,” he added.",
    )
    assert found[-1] == ("“It will never pay for itself,”", ("Hale",))


def test_a_body_named_by_a_rule_is_no_surname() -> None:
    # "the Lindon Council" is a body by its own words: "she" does not make it a person.
    found = claims(
        "The bridge opened on Monday.",
        "The Lindon Council said that the cost was far too high.",
        "“It will never pay for itself,” she added.",
    )
    assert found == [("the cost was far too high", ("Lindon Council",))]


# ---------------------------------------------------------------- phrasal verbs of speaking


def test_a_phrasal_verb_of_speaking_tags_the_quotation() -> None:
    found = claims(
        "The talks went on for a week.",
        "“We all miss her so much,” Voss weighed in, telling Hale, “since she left, you kept her promise.”",
        "“That is simply false,” the minister shot back.",
        "“Not so fast,” Hale chimed in.",
    )
    assert found == [
        ("“We all miss her so much,”", ("Voss",)),
        ("“since she left, you kept her promise.”", ("Voss",)),
        ("“That is simply false,”", ("the minister",)),
        ("“Not so fast,”", ("Hale",)),
    ]


def test_a_phrasal_verb_without_a_quotation_before_it_is_no_tag() -> None:
    found = claims(
        "The talks went on for a week.",
        "Voss weighed in on the debate at length.",
        "The “Long Goodbye” star Voss fired back at critics on the show.",
    )
    assert found == []


# ---------------------------------------------------------------- "X, in a statement: “…”"


def test_a_description_with_an_aside_naming_a_text_speaks_before_a_colon() -> None:
    found = claims(
        "The pier closed on Monday.",
        "The company, in a statement: “We regret the delay and will refund every customer.”",
        "A spokeswoman for the port, in an email to the Ledger on Tuesday: “The pier will reopen in May.”",
    )
    assert found == [
        ("“We regret the delay and will refund every customer.”", ("the company",)),
        ("“The pier will reopen in May.”", ("a spokeswoman for the port", "the Ledger")),
    ]


def test_an_aside_that_names_no_text_is_no_speaker() -> None:
    found = claims(
        "The pier closed on Monday.",
        "The rules, in a nutshell: “No dogs on the pier after dark, ever.”",
        "The signs, in large letters: “Keep off the sea wall at high tide.”",
    )
    assert found == []


# ---------------------------------------------------------------- "turned to Twitter to describe … as “…”"


def test_turning_to_a_platform_to_say_something_is_a_statement() -> None:
    found = claims(
        "The smog lingered for a week.",
        "Mayor Mara Voss turned to Twitter last month to say that the air was toxic.",
    )
    assert found == [("the air was toxic", ("Mara Voss",))]


def test_a_purpose_clause_naming_in_quotation_marks_is_a_claim() -> None:
    found = claims(
        "The smog lingered for a week.",
        "Mayor Mara Voss took to Twitter last month to describe her city as a “gas chamber.”",
    )
    assert [chain for _, chain in found] == [("Mara Voss",)]
    assert "“gas chamber.”" in found[0][0]


def test_a_purpose_clause_without_words_of_theirs_stays_an_act() -> None:
    found = claims(
        "The smog lingered for a week.",
        "Mayor Mara Voss took to the stage to describe the scene in detail.",
        "Mara Voss turned to the crowd to call the next speaker.",
    )
    assert found == []


# ---------------------------------------------------------------- "according to the Ledger, Sen. X …"


def test_a_title_after_according_to_is_no_appositive_name() -> None:
    found = claims(
        "The campaign drew jeers.",
        "According to the Ledger, Sen. Mara Voss will run again next year.",
        "According to a report in the Ledger of Lindon, Gov. Ana Vance launched the campaign.",
    )
    assert found == [
        ("Sen. Mara Voss will run again next year", ("the Ledger",)),
        ("Gov. Ana Vance launched the campaign", ("the Ledger of Lindon",)),
    ]


def test_a_name_closing_the_sentence_still_names_the_description() -> None:
    # "the production company, Barunson Films." keeps the name after the comma as the speaker.
    found = claims(
        "The film was a hit.",
        "Its success was planned from the start, according to the production company, Barunson Films.",
    )
    assert [chain for _, chain in found] == [("Barunson Films",)]


# ---------------------------------------------------------------- the writer's own "I’d", "We’ve"


def test_a_contracted_first_person_is_the_writers_voice_not_a_source() -> None:
    found = claims(
        "The laptop came out on Monday.",
        "We’ve said this before, many times: there is no special cable required.",
        "I’d expect some changes for this week’s game.",
    )
    assert found == []


def test_an_apostrophe_inside_a_name_is_no_contraction() -> None:
    found = claims(
        "The laptop came out on Monday.",
        "Dana O’Brien said the cable was fine.",
        "Ida D'Souza said the screen was too dim.",
    )
    assert [chain for _, chain in found] == [("Dana O’Brien",), ("Ida D'Souza",)]


# ---------------------------------------------------------------- "didn't immediately respond"


def test_a_negated_speech_verb_claims_nothing() -> None:
    found = claims(
        "The plan drew fire.",
        "The governor's office didn't immediately respond to the Ledger's request for comment.",
        "Acme hasn’t publicly said whether the plant will close.",
    )
    assert found == []


def test_a_speaker_whose_name_ends_like_a_contraction_still_speaks() -> None:
    found = claims("The plan drew fire.", "Mara Voss said the plant would close in May.")
    assert found == [("the plant would close in May", ("Mara Voss",))]


# ---------------------------------------------------------------- a description with commas of its own


def test_a_description_with_a_city_and_state_inside_still_belongs_to_the_name() -> None:
    found = claims(
        "The moon is cold.",
        "“Water is rare out there,” lead author Ada Lind, a scientist at the Polar Center in Greenbelt, "
        "Maryland, and Keele University in Lindon, D.C., said in a statement.",
        "“Ice this old is rarer still,” Bo Chan, a fellow at the Sky Institute in Lyon, France, "
        "and co-author of the study, said.",
    )
    assert found == [
        ("“Water is rare out there,”", ("Ada Lind",)),
        ("“Ice this old is rarer still,”", ("Bo Chan",)),
    ]


def test_a_short_closed_description_is_read_as_before() -> None:
    found = claims(
        "The moon is cold.",
        "“It is old ice,” Ada Lind, a nurse, said.",
        "“It is older than that,” said Bo Chan, a doctor at the clinic in Austin, Texas.",
    )
    assert [chain for _, chain in found] == [("Ada Lind",), ("Bo Chan",)]


# ---------------------------------------------------------------- "It also cited a lack of …"


def test_a_cited_reason_is_the_speakers_claim() -> None:
    found = claims(
        "The ministry closed the port on Monday.",
        "The ministry said the port was unsafe. It also cited a lack of staff at the terminal.",
        "Acme cited rising costs for the closure of its plant in Lindon.",
    )
    assert found == [
        ("the port was unsafe", ("the ministry",)),
        ("a lack of staff at the terminal", ("the ministry",)),
        ("rising costs for the closure of its plant in Lindon", ("Acme",)),
    ]


def test_citing_a_precedent_or_a_bare_reason_is_no_reason_claim() -> None:
    found = claims(
        "The ministry closed the port on Monday.",
        "The judge cited a 1998 ruling in her decision on the port.",
        "The ministry cited concerns.",
    )
    assert found == []


# ---------------------------------------------------------------- "It did not reveal … and said …"


def test_a_pronoun_subject_that_acts_also_says_the_second_verb() -> None:
    found = claims(
        "The army confirmed the crash on Monday.",
        "It did not reveal the crash site and said it was withholding the names of those killed.",
    )
    assert found[-1] == ("it was withholding the names of those killed", ("the army",))


def test_an_empty_it_before_and_said_is_no_speaker() -> None:
    # "It is unclear …": "it" does nothing, so the speaker is the one named before "said".
    found = claims(
        "The army confirmed the crash on Monday.",
        "It is unclear how many died and officials said more news would come.",
    )
    assert found[-1] == ("more news would come", ("officials",))


# ---------------------------------------------------------------- "Hale Records have … “…,” they said"


def test_they_after_a_body_opened_the_sentence_before_is_that_body() -> None:
    found = claims(
        "“I just want to sing my songs,” Mara Voss said.",
        "Hale Records have twice denied doing anything wrong.",
        "“At no point did we say she could not sing,” they said in a statement on their website.",
    )
    assert found[-1] == ("“At no point did we say she could not sing,”", ("Hale Records",))


def test_they_after_people_named_in_the_sentence_before_is_those_people() -> None:
    found = claims(
        "Officials at Hale Records met the singers on Monday.",
        "“We are still talking,” they said.",
    )
    assert found == [("“We are still talking,”", ("officials",))]  # not the body they work for


# ---------------------------------------------------------------- "The We Company"


def test_a_pronoun_word_inside_a_company_name_is_part_of_the_name() -> None:
    found = claims(
        "The firm is in trouble.",
        "Job cuts will come this week, said The We Company’s newly named chair Dana Ruiz in an email.",
    )
    assert found == [("Job cuts will come this week", ("Dana Ruiz",))]


def test_we_as_a_pronoun_is_still_the_writers_voice() -> None:
    found = claims("The firm is in trouble.", "Then we said that the cuts were wrong.")
    assert found == []
