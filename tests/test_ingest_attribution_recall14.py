"""Attribution recall (issue 11, round 14, attrib15): cue forms the rules missed on pages nobody had
tuned on. Every sentence here is invented; each new reading sits next to the reading the same rule keeps.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.attribution import find_cues


def _read(sentence: str) -> list[tuple[tuple[str, ...], str]]:
    """(speakers, claim words) for each cue of one sentence."""
    return [
        (tuple(m.text for m in cue.speakers), sentence[cue.content[0] : cue.content[1]])
        for cue in find_cues(sentence)
    ]


# ---------------------------------------------------------------- a tag between commas, then the main clause


def test_a_tag_after_a_fronted_phrase_claims_the_main_clause_too() -> None:
    sentence = "Within a year of the merger, Dana Holt said, the bakery was selling cheaper bread."
    assert _read(sentence) == [(("Dana Holt",), sentence.rstrip("."))]


def test_a_tag_after_an_if_clause_claims_the_consequence() -> None:
    sentence = "If every pump met the code, Lee added, the county could avoid a new reservoir."
    [(speakers, claim)] = _read(sentence)
    assert speakers == ("Lee",) and "the county could avoid a new reservoir" in claim


def test_an_apposition_after_the_tag_is_still_not_a_clause() -> None:
    # "the third closure this year" has no verb: the claim is the clause before the tag.
    assert _read("The pier will close, the council said, the third closure this year.") == [
        (("the council",), "The pier will close")
    ]


# ---------------------------------------------------------------- a speaker with an initial


def test_a_speaker_named_with_an_initial_keeps_it() -> None:
    found = claims("“Costs keep rising,” said R. Alan Moss, a fellow at the Harbour Institute.")
    assert found == [("“Costs keep rising,”", ("R. Alan Moss",))]


# ---------------------------------------------------------------- a jury hears, it relays nothing


def test_a_name_after_the_jury_opens_the_clause_told() -> None:
    found = claims(
        "A witness, Ada Brook, told the jury Vance locked the door and left.",
        'He also said: "I knew what I did."',
    )
    assert found[0] == ("Vance locked the door and left", ("Ada Brook",))
    assert all("jury" not in name for _quote, chain in found for name in chain)


def test_the_newspaper_told_still_relays() -> None:
    found = claims("Ada Brook told Reuters the door was locked.")
    assert found == [("the door was locked", ("Ada Brook", "Reuters"))]


# ---------------------------------------------------------------- a text's first and last words


def test_a_quotation_the_letter_began_with_is_the_letters() -> None:
    assert _read("“I write to warn you about the dam,” the letter began.") == [
        (("the letter",), "“I write to warn you about the dam,”")
    ]


def test_began_without_a_quotation_is_no_speech() -> None:
    assert _read("The hearing began with a prayer.") == []
    assert _read("The strike ended, union leaders said.") == [(("union leaders",), "The strike ended")]


# ---------------------------------------------------------------- what a "who said" aside says


def test_a_who_said_aside_is_the_antecedents_claim() -> None:
    sentence = "The mayor took the resignation of her deputy Tom Reyes, who said he took full blame for it."
    assert _read(sentence) == [(("Tom Reyes",), "he took full blame for it")]


def test_the_aside_of_the_main_speaker_keeps_their_relay() -> None:
    sentence = "The pier was shut at dawn, the source, who said he had seen the order, told Reuters."
    found = _read(sentence)
    assert (("the source", "Reuters"), "he had seen the order") in [
        (tuple(s.rstrip(".") for s in speakers), claim) for speakers, claim in found
    ]


def test_a_who_aside_without_a_clause_claims_nothing() -> None:
    assert _read("We met Tom Reyes, who said goodbye at the gate.") == []


# ---------------------------------------------------------------- a speaker in each clause


def test_the_clause_before_but_keeps_its_own_speaker() -> None:
    sentence = "She pledged to keep the clinic open, but the chief nurse Ana Ruiz said the money was gone."
    assert _read(sentence) == [
        (("the chief nurse Ana Ruiz",), "the money was gone"),
        (("She",), "pledged to keep the clinic open"),
    ]


def test_a_first_clause_with_no_speaker_adds_nothing() -> None:
    assert _read("The roads were shut, and officials said the bridge would stay closed.") == [
        (("officials",), "the bridge would stay closed")
    ]


# ---------------------------------------------------------------- a report closed by another's tag


def test_a_tag_closing_a_report_passes_it_on() -> None:
    sentence = "A harbour poll showed the mayor's rating at 31%, The Coast Ledger reported, down from 40%."
    assert _read(sentence) == [(("A harbour poll", "The Coast Ledger"), "the mayor's rating at 31%")]


def test_a_belief_closed_by_observers_tag_is_theirs_to_tell() -> None:
    sentence = "The council believes that the port has been neglected for years, shipping analysts say."
    assert _read(sentence) == [
        (("The council", "shipping analysts"), "the port has been neglected for years")
    ]


def test_the_speakers_own_tag_is_no_second_report() -> None:
    assert _read("The pier will close in May, the council said.") == [
        (("the council",), "The pier will close in May")
    ]


# ---------------------------------------------------------------- "charge": an accusation only with a clause


def test_charge_as_a_price_or_a_count_is_no_speech() -> None:
    assert _read("They usually do charge far more for bread than anywhere else.") == []
    # Round 31: a charge brought by prosecutors is their claim (ANNOTATING.md, convention 11): the offence.
    assert _read("Prosecutors charged him with fraud on Monday.") == [(("Prosecutors",), "fraud")]


def test_charged_that_is_still_an_accusation() -> None:
    assert _read("Prosecutors charged that the firm hid the losses.") == [
        (("Prosecutors",), "the firm hid the losses")
    ]


# ---------------------------------------------------------------- how the speaker stood as they spoke


def test_a_posture_between_commas_describes_the_speaker() -> None:
    found = claims(
        "“The pier is safe,” Ms. Hale, seated next to the mayor at the harbour office, told reporters."
    )
    assert found == [("“The pier is safe,”", ("Ms. Hale",))]


# ---------------------------------------------------------------- a forecast names its figure


def test_a_forecast_with_a_figure_is_the_forecasters_claim() -> None:
    assert _read("In March the Harbour Board forecast cargo growth of 4% for next year.") == [
        (("the Harbour Board",), "the Harbour Board forecast cargo growth of 4% for next year")
    ]
    [(speakers, claim)] = _read("The port authority is currently forecasting costs between $3m and $4m.")
    assert speakers == ("The port authority",) and claim.endswith("$4m")


def test_a_forecast_without_a_figure_or_a_forecaster_is_left_alone() -> None:
    assert _read("Rain was forecast for Monday.") == []
    assert _read("The forecast called for 40 mm of rain.") == []


# ---------------------------------------------------------------- more reporting verbs, with a clause only


def test_divulged_fretted_and_determined_report_with_a_clause() -> None:
    assert _read("Officials divulged on Friday that the dam had cracked.") == [
        (("Officials",), "the dam had cracked")
    ]
    assert _read("Inspectors have determined that the fire began in the kitchen.") == [
        (("Inspectors",), "the fire began in the kitchen")
    ]
    assert _read("She fretted that the pier would not reopen.") == [(("She",), "the pier would not reopen")]


def test_determined_to_and_a_determined_sentence_are_no_reports() -> None:
    assert _read("She was determined to win the seat.") == []
    assert _read("The court determined the sentence on Monday.") == []


# ---------------------------------------------------------------- a request is a stated position


def test_asking_or_appealing_for_something_is_the_askers_claim() -> None:
    assert _read("Dock workers are asking for a $20 hourly wage.") == [
        (("Dock workers",), "asking for a $20 hourly wage")
    ]
    assert _read("The mayor appealed for calm after the flood.") == [
        (("The mayor",), "appealed for calm after the flood")
    ]


def test_a_recipe_that_asks_for_eggs_is_no_speaker() -> None:
    assert _read("The recipe asks for two eggs.") == []


def test_asking_for_a_state_of_things_is_a_position_a_recess_is_not() -> None:
    assert _read("A lawyer for the family asked for the inquiry to be reopened.") == [
        (("A lawyer for the family",), "asked for the inquiry to be reopened")
    ]
    assert _read("Frane asked for a short recess before the vote.") == []


# ---------------------------------------------------------------- adverbs and connectives in their places


def test_any_ly_adverb_may_sit_before_a_worry() -> None:
    assert _read("Harbour pilots are particularly concerned by the silting of the channel.") == [
        (("Harbour pilots",), "are particularly concerned by the silting of the channel")
    ]


def test_a_connective_between_commas_stands_aside_from_the_subject() -> None:
    assert _read("The union, by contrast, said the pay rise was too small.") == [
        (("The union",), "the pay rise was too small")
    ]
    # A faith in something is no statement, adverb or not.
    assert _read("The mayor, on the other hand, believed fervently in the old harbour.") == []


# ---------------------------------------------------------------- "was quoted as saying by" an agency


def test_quoted_as_saying_by_an_agency_closing_the_sentence() -> None:
    sentence = (
        "Fishermen reported seeing oil on the water near the harbour mouth, the port authority was quoted as "
        "saying late Monday by the Tass news agency."
    )
    [(speakers, claim)] = _read(sentence)
    assert speakers == ("Fishermen", "the port authority", "Tass")
    assert "oil on the water near the harbour mouth" in claim and "Tass" not in claim


def test_quoted_as_saying_by_an_agency_before_the_claim() -> None:
    assert _read("The ministry was quoted as saying by Interfax that the talks had failed.") == [
        (("The ministry", "Interfax"), "the talks had failed")
    ]
    # The usual order is read as before.
    assert _read("Kim was quoted by KCNA as saying the test succeeded.") == [
        (("Kim", "KCNA"), "the test succeeded")
    ]


def test_an_answer_of_no_is_no_claim_the_words_after_it_are() -> None:
    assert _read('When she said no, Vance told her: "You can stay here."') == [
        (("Vance",), '"You can stay here."')
    ]
    assert _read("She said no one was hurt.") == [(("She",), "no one was hurt")]


def test_a_long_listener_and_how_it_was_said_before_that() -> None:
    assert _read("Mr Vance told Governor Ana Ruiz Lopez by telephone on Monday that the pier was safe.") == [
        (("Mr Vance",), "the pier was safe")
    ]
    sentence = (
        "The council said Mr Vance had told Governor Ana Ruiz by telephone on Monday that the pier was safe."
    )
    assert _read(sentence) == [(("Mr Vance", "The council"), "the pier was safe")]


def test_a_relative_clause_the_speaker_vouches_for_is_the_claim() -> None:
    assert _read("The plan, which the mayor said last week would cost $4m, was approved.") == [
        (("the mayor",), "which the mayor said last week would cost $4m")
    ]
    # A plain tag at the end still claims the clause before it.
    assert _read("The plan would cost $4m, the mayor said.") == [(("the mayor",), "The plan would cost $4m")]


def test_restating_a_position_is_a_statement_with_an_object_too() -> None:
    assert _read("The minister reaffirmed her support for the harbour plan.") == [
        (("The minister",), "her support for the harbour plan")
    ]
    assert _read("The court affirmed the ruling.") == []
