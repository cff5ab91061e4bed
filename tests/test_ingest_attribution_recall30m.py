"""Attribution recall (round 30, held out 28 as dev): the writer's questions between an interviewee's
answers, a question that opens on its verb, participles of saying after a quoted phrase or a dash and
with a listener before the quotation, speech another thing set off ("led Lund to say"), a present-tense
", who claim …" clause, and "months ago" between a verb and its that-clause. Every sentence here is
invented.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.attribution import find_cues
from tui.model.ingest.interviewer_turns import answers_the_writer, writer_turn
from tui.model.ingest.opening_subjects import sentence_subject, subject_name


def _cue_text(sentence: str) -> list[tuple[str, str]]:
    return [(c.speakers[0].text, sentence[c.content[0] : c.content[1]]) for c in find_cues(sentence)]


# ---------------------------------------------------------------- the writer's questions


def test_an_untagged_answer_after_the_writers_question_is_the_speakers() -> None:
    found = claims(
        "“We built the ferry line in a year,” says harbour chief Vera Lund.",
        "Is Tom Hale the right man to run it now?",
        "“I back him completely. He knows the boats.”",
    )
    assert ("I back him completely", ("Vera Lund",)) in found
    assert ("He knows the boats.", ("Vera Lund",)) in found
    assert all(chain != ("Tom Hale",) for _, chain in found)


def test_an_answer_after_the_writer_puts_a_point_to_the_speaker_is_the_speakers() -> None:
    found = claims(
        "“The budget is tight,” says Vera Lund.",
        "When I suggest that the council wasted the grant on consultants, she shakes her head.",
        "“Every penny went to the docks.”",
    )
    assert ("“Every penny went to the docks.”", ("Vera Lund",)) in found


def test_an_answer_after_the_writer_asks_someone_new_is_not_the_last_speakers() -> None:
    found = claims(
        "“The budget is tight,” says Vera Lund.",
        "Outside, I asked a fisherman what he made of the plan.",
        "“Nobody asked us.”",
    )
    assert not any(quote.startswith("Nobody") and chain == ("Vera Lund",) for quote, chain in found)


def test_plain_narration_naming_someone_else_still_ends_the_turn() -> None:
    found = claims(
        "“The budget is tight,” says Vera Lund.",
        "Tom Hale runs the boatyard next door.",
        "“Nobody asked us.”",
    )
    assert not any(quote.startswith("Nobody") and chain == ("Vera Lund",) for quote, chain in found)


def test_writer_turn_reads_questions_and_first_person_asking() -> None:
    assert writer_turn("What would she change first?")
    assert writer_turn("But you closed the pier, I say.")
    assert writer_turn("I ask her whether the ferry will run in winter.")
    assert not writer_turn("I asked Tom Hale whether the ferry will run in winter.")
    assert not writer_turn("Is the “new deal” any better?")  # a quotation: someone else's words
    assert not writer_turn("The ferry runs twice a day.")


def test_answers_the_writer_needs_a_turn_and_no_more_than_two_lines() -> None:
    assert answers_the_writer(["Why now?"], [False])
    assert not answers_the_writer(["The ferry runs twice a day."], [True])
    assert not answers_the_writer(["Why now?", "And why here?", "Why at all?"], [False, False, False])


def test_a_question_opening_on_its_verb_names_no_one() -> None:
    assert subject_name("Is Tom Hale the right man to run it?") is None
    assert subject_name("Will Ferrow said the plan was sound.") == "Will Ferrow"


# ---------------------------------------------------------------- participles of saying


def test_saying_after_a_quoted_phrase_of_the_main_clause() -> None:
    sentence = "Vera Lund mocked the council’s “bold vision,” saying, “It is a car park with a fountain.”"
    # Round 31: the quoted label in what she mocked is her claim too (judged_labels.py).
    assert _cue_text(sentence) == [
        ("Vera Lund", "bold vision"),
        ("Vera Lund", "“It is a car park with a fountain.”"),
    ]


def test_telling_a_listener_with_a_comma_then_the_quotation() -> None:
    sentence = "Vera Lund quit on Friday, telling a crowded hall in Salem, Oregon, “I did what I could.”"
    assert _cue_text(sentence) == [("Vera Lund", "“I did what I could.”")]


def test_telling_after_a_dash_and_two_opening_phrases() -> None:
    sentence = (
        "So, with a week to go before the vote, and days before the count, Lund stood down—telling "
        "supporters, “It is time for someone else.”"
    )
    assert _cue_text(sentence) == [("Lund", "“It is time for someone else.”")]
    assert sentence_subject(sentence) is not None


def test_telling_stories_is_an_act() -> None:
    assert _cue_text("The mayor left the room, telling stories to the children.") == []


# ---------------------------------------------------------------- speech something set off


def test_led_someone_to_say_gives_the_words_to_that_someone() -> None:
    sentence = "The ruling led Tom Hale to remark, during a radio show on Friday, “The judge got it wrong.”"
    assert _cue_text(sentence) == [("Tom Hale", "“The judge got it wrong.”")]


def test_forced_a_body_to_admit_that() -> None:
    sentence = "The leak forced the ministry to admit that the tally was wrong."
    assert _cue_text(sentence) == [("the ministry", "the tally was wrong")]


def test_led_someone_to_believe_or_to_act_is_no_statement() -> None:
    assert _cue_text("The storm led residents to believe that the dam would fail.") == []
    assert _cue_text("The scandal led Tom Hale to resign.") == []


# ---------------------------------------------------------------- relative clauses, time before "that"


def test_a_present_tense_who_claim_clause_is_its_antecedents() -> None:
    sentence = "The ban followed attacks by Tom Hale, who claims the agency has been captured by lobbyists."
    assert ("Tom Hale", "the agency has been captured by lobbyists") in _cue_text(sentence)


def test_months_ago_between_a_verb_and_that() -> None:
    assert _cue_text("Vera Lund signaled months ago that she would back the plan.") == [
        ("Vera Lund", "she would back the plan")
    ]
    said = "Vera Lund said two weeks ago that the pier was safe."
    assert _cue_text(said) == [("Vera Lund", "the pier was safe")]


# ---------------------------------------------------------------- labels, pronoun clauses, demands


def test_portrayed_as_a_quoted_label_is_the_speakers() -> None:
    sentence = "The magazine portrayed the banker as an “apostle of thrift,” a phrase that stuck."
    assert _cue_text(sentence) == [("The magazine", "“apostle of thrift,”")]


def test_a_quoted_label_then_and_asserted_gives_two_claims() -> None:
    sentence = "Ada Roe framed the vote as “a test of nerve” and asserted that the board had lost its way."
    assert _cue_text(sentence) == [
        ("Ada Roe", "“a test of nerve”"),
        ("Ada Roe", "the board had lost its way"),
    ]


def test_identified_as_with_no_quotation_names_someone_and_says_nothing() -> None:
    assert _cue_text("Police identified the driver as Tom Hale, 41.") == []


def test_a_predicate_before_the_verb_is_no_subject() -> None:
    sentence = (
        "Roe, who ran twice, led a campaign that openly challenged her party’s drift, "
        "identified the treasurer as “a menace,” and argued that reform was overdue."
    )
    assert all(not speaker.startswith("openly") for speaker, _ in _cue_text(sentence))


def test_suggested_and_indicated_with_a_pronoun_clause() -> None:
    assert _cue_text("The premier suggested he would keep the ferry subsidy.") == [
        ("The premier", "he would keep the ferry subsidy")
    ]
    assert _cue_text("Ada Roe indicated she would run again.") == [("Ada Roe", "she would run again")]
    assert _cue_text("Her frown suggested she was unhappy.") == []


def test_pressed_a_person_to_act_is_a_demand_pressed_a_button_is_not() -> None:
    assert _cue_text("Ada Roe pressed the minister to publish the audit.") == [
        ("Ada Roe", "pressed the minister to publish the audit")
    ]
    assert _cue_text("She pressed the button to start the pump.") == []


def test_advocated_a_course_is_a_position() -> None:
    sentence = "Tom Hale also advocated scrapping the levy during the campaign."
    assert _cue_text(sentence) == [("Tom Hale", "advocated scrapping the levy during the campaign")]


def test_a_participle_of_pledging_carries_the_commitment() -> None:
    sentence = "On Monday, the premier ducked questions on donors, pledging only to “follow the code”."
    assert _cue_text(sentence) == [("the premier", "“follow the code”")]
    assert _cue_text("The striker made a promising start, scoring twice.") == []


def test_a_poll_that_has_a_candidate_at_a_share() -> None:
    sentence = "A college poll this week has Roe at 41 percent to 30 percent for Hale."
    assert [speaker for speaker, _ in _cue_text(sentence)] == ["A college poll"]
    assert _cue_text("The firm has staff at 12 sites.") == []
