"""Attribution recall (round 31, held out 28 and dev 28 as dev): a charge brought by prosecutors, an
experience told ("described seeing …", "shared how …"), a quoted label in a judgement ("criticized the
mayor’s “gamble”"), a pronoun speaking in a relative clause ("the man who they say …"), a name and its
allies in a ", who claim" clause, a partial quotation after a verb in a subordinate clause, and data
released at a time as the source as worded. Every sentence here is invented.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.attribution import find_cues
from tui.model.ingest.charges import charge
from tui.model.ingest.judged_labels import judged_label
from tui.model.ingest.recounted import recounted


def _cue_text(sentence: str) -> list[tuple[tuple[str, ...], str]]:
    return [
        (tuple(m.text for m in c.speakers), sentence[c.content[0] : c.content[1]])
        for c in find_cues(sentence)
    ]


# ---------------------------------------------------------------- charges


def test_a_charge_by_the_police_is_their_claim() -> None:
    assert claims("Police charged Dorn with fraud and money laundering.") == [
        ("fraud and money laundering", ("police",))
    ]


def test_a_charge_after_a_first_act_and_a_year_keeps_the_offence_only() -> None:
    sentence = "Federal prosecutors in Ohio reopened the case and charged the banker in 2019 with wire fraud."
    assert _cue_text(sentence) == [(("Federal prosecutors in Ohio",), "wire fraud")]


def test_a_charge_ends_at_its_clause_and_drops_the_day() -> None:
    sentence = (
        "When Dorn fled, prosecutors charged his partner with hiding the funds on Friday, which she denies."
    )
    cue = charge(sentence)
    assert cue is not None
    assert sentence[cue.content[0] : cue.content[1]] == "hiding the funds"


def test_charging_a_fee_or_a_duty_is_no_charge() -> None:
    assert charge("The firm charged customers with a fee of $20.") is None
    assert charge("The council charged the director with reviewing the budget.") is None
    assert claims("The council charged the director with reviewing the budget.") == []


# ---------------------------------------------------------------- an experience told


def test_a_gerund_after_described_is_the_tellers_account() -> None:
    assert claims(
        "Residents described seeing thick smoke pour from the roof, with children crying outside."
    ) == [("seeing thick smoke pour from the roof, with children crying outside", ("residents",))]


def test_described_then_but_said_makes_two_claims() -> None:
    assert claims(
        "In one interview, Lena Park described meeting the minister at a party but said there was no deal."
    ) == [
        ("meeting the minister at a party", ("Lena Park",)),
        ("there was no deal", ("Lena Park",)),
    ]


def test_shared_how_with_a_verb_of_its_own() -> None:
    assert claims(
        "In interviews, farmers in the region shared how the long drought, and its cost, left them in debt."
    ) == [("the long drought, and its cost, left them in debt", ("farmers in the region",))]


def test_a_method_an_adjective_or_a_document_tells_no_experience() -> None:
    assert recounted("Tom Veil shared how to apply for the grant.") is None
    assert recounted("Tom Veil described rising costs across the sector.") is None
    assert recounted("The report described seeing no change in the river.") is None


# ---------------------------------------------------------------- a quoted label in a judgement


def test_a_quoted_label_in_what_was_criticized_is_the_critics() -> None:
    assert claims(
        "Tom Veil criticized the mayor’s “reckless gamble” on the harbour, saying it would cost jobs."
    ) == [
        ("reckless gamble", ("Tom Veil",)),
        ("it would cost jobs", ("Tom Veil",)),
    ]


def test_a_label_then_saying_and_a_quotation() -> None:
    sentence = "Ana Ruiz condemned the board’s “quiet retreat,” saying, “They left the town behind.”"
    assert _cue_text(sentence) == [
        (("Ana Ruiz",), "quiet retreat"),
        (("Ana Ruiz",), "“They left the town behind.”"),
    ]


def test_a_quoted_title_or_no_quotation_is_no_label() -> None:
    assert judged_label("Fans welcomed the “Summer Nights” concert series.") is None
    assert judged_label("Tom Veil criticized the mayor’s plan for the harbour.") is None


# ---------------------------------------------------------------- relative clauses


def test_a_pronoun_in_a_relative_clause_speaks_not_the_noun_before_it() -> None:
    sentence = "Officials went after Lee, the man who they say ran the scheme — and whom they vowed to jail."
    assert _cue_text(sentence) == [(("they",), "ran the scheme")]


def test_a_name_and_allies_who_claim() -> None:
    found = claims(
        "The ban followed attacks by Mayor Tom Veil and allies, who claim the agency was run by gangs."
    )
    assert found == [("the agency was run by gangs", ("Tom Veil",))]


# ---------------------------------------------------------------- a partial quotation in a subordinate clause


def test_a_subordinate_finding_that_opens_on_a_partial_quotation() -> None:
    found = claims(
        "The club fired two coaches after an audit found they “may have been involved” in the scandal."
    )
    assert found == [("they “may have been involved” in the scandal", ("an audit",))]


# ---------------------------------------------------------------- data released at a time


def test_figures_released_at_a_time_are_the_source_as_worded() -> None:
    sentence = (
        "The mayor took 20 free tickets last year, according to figures released in July, using them often."
    )
    assert _cue_text(sentence) == [
        (("figures released in July",), "The mayor took 20 free tickets last year")
    ]


def test_figures_released_by_someone_are_that_someones() -> None:
    sentence = "According to figures released by the ministry in July, exports fell by 5%."
    assert _cue_text(sentence) == [(("the ministry",), "exports fell by 5%")]


# ---------------------------------------------------------------- a body named before its document


def test_a_body_named_before_its_memo_is_the_author() -> None:
    sentence = "The city is weighing new fees, according to a Harbour Board memo seen by the Ledger."
    assert _cue_text(sentence) == [(("Harbour Board", "the Ledger"), "The city is weighing new fees")]


def test_a_time_a_nationality_or_a_possessive_before_the_document_is_no_author() -> None:
    assert _cue_text("A March report found the river was clean.") == [
        (("A March report",), "the river was clean")
    ]
    assert _cue_text("According to a British report, tea is good for you.") == [
        (("a British report",), "tea is good for you")
    ]
    assert claims("According to The Ledger’s Stadia review, the console runs the game at 30 frames.") == [
        ("the console runs the game at 30 frames", ("The Ledger",))
    ]


# ---------------------------------------------------------------- commitments and polling


def test_a_vow_in_the_speakers_quoted_words_and_after_where_it_was_made() -> None:
    sentence = (
        "The ruling party has vowed in its manifesto for the election to “scrap in time” the secret funds."
    )
    assert _cue_text(sentence) == [
        (
            ("The ruling party",),
            "has vowed in its manifesto for the election to “scrap in time” the secret funds",
        )
    ]


def test_fresh_polling_is_a_source_as_worded() -> None:
    sentence = "Ruiz trails in the state, where fresh polling suggests she is closing the gap on Veil."
    assert _cue_text(sentence) == [(("fresh polling",), "she is closing the gap on Veil")]


# ---------------------------------------------------------------- a view held: "considers X as Y"


def test_a_body_that_considers_a_thing_as_something_holds_that_view() -> None:
    sentence = "The league considers the old stadium as unsafe for crowds."
    assert _cue_text(sentence) == [(("The league",), "considers the old stadium as unsafe for crowds")]


def test_a_passive_or_a_time_after_considered_holds_no_view() -> None:
    assert _cue_text("The bridge is widely considered to be the oldest in the county.") == []
    assert _cue_text("The board considered the plan as soon as it arrived.") == []
