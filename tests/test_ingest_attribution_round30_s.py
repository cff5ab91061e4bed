"""Round 30 (precision): claims given the wrong source, and pairs that are no claim.

Sentences are invented for each form; next to each rule is a sentence that must still read as before.
"""

from __future__ import annotations

from attribution_helpers import claims, claims_in

# ---------------------------------------------------------------- an outlet named with "of"


def test_the_pages_own_outlet_named_with_of_is_no_relay() -> None:
    found = claims_in("Voice of Larkfield", "“The bridge is safe,” Orrin told Voice of Larkfield.")
    assert found == [("“The bridge is safe,”", ("Orrin",))]


def test_indirect_speech_told_to_an_outlet_named_with_of_starts_after_the_name() -> None:
    found = claims_in(
        "Voice of Larkfield", "Orrin told Voice of Larkfield a few firms have already opened in the town."
    )
    assert found == [("a few firms have already opened in the town", ("Orrin",))]


def test_another_outlet_named_with_of_relays_by_its_whole_name() -> None:
    found = claims_in("Larkfield Post", "“The bridge is safe,” Orrin told Voice of Lindon.")
    assert found == [("“The bridge is safe,”", ("Orrin", "Voice of Lindon"))]


def test_what_an_outlet_was_told_of_is_not_part_of_its_name() -> None:
    found = claims("Orrin told Reuters of Acme’s plans to build a plant.")
    assert found and found[0][1] == ("Orrin", "Reuters")


# ---------------------------------------------------------------- a sentence that opens inside a quotation


def test_a_name_inside_a_quotation_is_not_whom_the_tags_pronoun_means() -> None:
    found = claims(
        "Roads minister Jacob Mamora said the rain would go on.",
        "According to Larkfield Cogta, the town strengthened its flood defences.",
        "Mamora said the work reflects a disciplined effort.",
        "“Our priority is to safeguard lives. Larkfield is acting with urgency, and we will keep the public "
        "informed,” he said.",
    )
    assert found[-2:] == [
        ("Our priority is to safeguard lives", ("Jacob Mamora",)),
        ("Larkfield is acting with urgency, and we will keep the public informed", ("Jacob Mamora",)),
    ]


def test_a_name_opening_a_sentence_outside_quotation_marks_is_still_its_subject() -> None:
    found = claims(
        "Roads minister Jacob Mamora said the rain would go on.",
        "Aid worker Pieter Cogta arrived on Monday. “We will keep the public informed,” he said.",
    )
    assert found[-1] == ("“We will keep the public informed,”", ("Pieter Cogta",))


# ---------------------------------------------------------------- the subject of the sentence before


def test_a_known_person_who_opened_the_sentence_before_outranks_a_surname_speaker() -> None:
    found = claims(
        "Party leader Tomas Lund urged the mayor to pledge that the council will not use the funds.",
        "But Orrin brushed Lund off, saying only, “We won’t use the funds.”",
        "Lund commented sarcastically on the spending. “We can never catch up,” he said.",
    )
    assert found[-1] == ("“We can never catch up,”", ("Tomas Lund",))


def test_a_surname_speaker_who_opened_the_sentence_before_keeps_the_pronoun() -> None:
    found = claims("Orrin said the cost was too high. “It will never pay for itself,” he added.")
    assert found[-1] == ("“It will never pay for itself,”", ("Orrin",))


# ---------------------------------------------------------------- a question's auxiliary is no name


def test_a_question_opening_on_an_auxiliary_names_no_speaker_for_the_answer() -> None:
    found = claims(
        "“The plan will be tough to deliver,” says Lund.",
        "Is Orrin a good leader?",
        "“Well, I’m fully supportive of him, I want him to succeed.”",
    )
    assert all(chain != ("Is Orrin",) for _quote, chain in found)


# ---------------------------------------------------------------- a quotation opened after words, no tag read


def test_a_quotation_opened_after_naming_someone_else_does_not_go_on_with_the_last_speaker() -> None:
    found = claims(
        "Polls now show that most voters want a new road.",
        "So, with a few days to go before the vote in Larkfield, Lund quit, telling a town hall meeting, "
        "“I have always said that I would get out. And it is clear to me that there is no path for me.”",
    )
    assert all(chain != ("polls",) for quote, chain in found if "no path" in quote)


def test_a_quotation_opened_after_the_last_speakers_name_goes_on_with_them() -> None:
    found = claims(
        "“The pier is safe,” said Mara Lund.",
        "Indeed, Lund went on, “I have always said so. And it is clear that the pier will stand.”",
    )
    assert ("And it is clear that the pier will stand.", ("Mara Lund",)) in found


def test_a_quotation_opened_after_a_pronoun_goes_on_with_the_last_speaker() -> None:
    found = claims(
        "“The pier is safe,” said Mara Lund.",
        "Later, she went on, “I have always said so. And it is clear that the pier will stand.”",
    )
    assert ("And it is clear that the pier will stand.", ("Mara Lund",)) in found


# ---------------------------------------------------------------- a judgment of an act is no statement


def test_thinking_it_fit_to_act_is_no_claim() -> None:
    assert claims("Orrin thought it unwise to close the pier.") == []
    found = claims("A council source said: “It’s shocking that Ms Orrin thought it fine to close the pier.”")
    assert [chain for _quote, chain in found] == [("a council source",)]


def test_believing_a_clause_with_its_own_verb_is_still_a_claim() -> None:
    assert claims("Orrin believes it is vital to close the pier.") == [
        ("it is vital to close the pier", ("Orrin",))
    ]
    assert claims("Orrin thinks it needs to close the pier.") == [("it needs to close the pier", ("Orrin",))]


# ---------------------------------------------------------------- the subject, not one person named in full


def test_a_titled_subject_outranks_the_one_person_named_in_full() -> None:
    found = claims(
        "Lady Orrin had also been given clothes by Lord Reyes.",
        "On Monday, Sir Tom dodged several questions on whether he would keep taking gifts from Lord Reyes.",
        "He said it would be going too far to refuse the tickets.",
    )
    assert found[-1] == ("it would be going too far to refuse the tickets", ("Sir Tom",))


# ---------------------------------------------------------------- one person brought in by title


def test_he_after_a_sentence_about_a_thing_that_names_one_titled_person_is_that_person() -> None:
    found = claims(
        "A league official told the Larkfield Post that the charter has no clause for expulsion.",
        "The leaked memo follows a series of attacks on the league by Harbour Minister Tom Varga.",
        "He has repeatedly criticised the members for their reluctance to pay.",
    )
    assert found[-1][1] == ("Tom Varga",)


def test_he_after_a_sentence_that_names_the_speaker_too_stays_with_the_speaker() -> None:
    found = claims(
        "Mayor Ana Lund said the pier would close.",
        "The decision follows talks between Lund and Harbour Minister Tom Varga.",
        "She said the talks had gone well.",
    )
    assert found[-1] == ("the talks had gone well", ("Ana Lund",))


# ---------------------------------------------------------------- an honorific and one name


def test_an_honorific_and_one_name_is_a_person() -> None:
    from tui.model.ingest.kinds import classify

    assert classify("Sir Tom")[1] and classify("Mr Lund")[1] and classify("Dame Ann")[1]
    assert not classify("Gen Z")[1]


def test_he_is_the_knight_who_spoke_not_the_peer_named_in_full_after_him() -> None:
    found = claims(
        "Sir Tom said gifts were declared.",
        "The rules were tightened after a row over gifts from Lord Reyes.",
        "Asked whether he would keep accepting gifts, he said: “I will comply with the rules.”",
    )
    assert found[-1][1] == ("Sir Tom",)


# ---------------------------------------------------------------- a verb inside a condition


def test_a_verb_in_a_clause_of_condition_inside_the_subject_is_no_speech() -> None:
    found = claims(
        "Below, as traders brace in case the firm reports merely good results, we look at why its growth "
        "could hurt."
    )
    assert found == []


def test_a_name_with_case_in_it_still_speaks() -> None:
    found = claims("Staff in case management said the backlog had grown.")
    assert found == [("the backlog had grown", ("staff in case management",))]


# ---------------------------------------------------------------- a naming participle between commas


def test_a_naming_participle_between_commas_is_no_inverted_tag() -> None:
    assert claims("The fair, called the Larkfield Fan Day, was set to end with a launch.") == []
    assert claims("The plan, dubbed the Harbour Deal, was set to pass on Monday.") == []


def test_a_quotation_before_called_and_a_name_is_still_a_tag() -> None:
    assert claims("“The plan is a disgrace,” called Orrin.") == [("“The plan is a disgrace,”", ("Orrin",))]
