"""Forms found missing by a systematic sweep of English reporting constructions (sweep 28).

Sentences are invented. Each form has a sentence next to it that must not be read as that form.
"""

from __future__ import annotations

from attribution_helpers import claims

_SENATOR = "Senator Bram Kessel voted against the plan on Monday."

# ---------------------------------------------------------------- "said nothing had changed"


def test_nothing_as_the_subject_of_a_reported_clause() -> None:
    assert claims(_SENATOR, "Kessel said nothing had changed since the vote.") == [
        ("nothing had changed since the vote", ("Bram Kessel",))
    ]
    assert claims(_SENATOR, "Kessel said little would change.") == [("little would change", ("Bram Kessel",))]


def test_saying_nothing_is_still_no_claim() -> None:
    assert claims(_SENATOR, "Kessel said nothing.") == []
    assert claims(_SENATOR, "Kessel said nothing about the vote.") == []
    assert claims(_SENATOR, "Kessel said little in the debate.") == []


# ---------------------------------------------------------------- "according to plan"


def test_according_to_plan_is_no_source() -> None:
    assert claims("According to plan, the bridge opened in May.") == []
    assert claims("The bridge opened in May, according to schedule.") == []


def test_according_to_a_plan_document_or_a_body_named_plan_still_is() -> None:
    assert claims("According to the plan, 300 homes will be built.") == [
        ("300 homes will be built", ("the plan",))
    ]
    assert claims("According to Plan International, the school opened in May.") == [
        ("the school opened in May", ("Plan International",))
    ]


# ---------------------------------------------------------------- "proclaimed that"


def test_proclaimed_that_reports_a_statement() -> None:
    assert claims(_SENATOR, "Kessel proclaimed that the plan was dead.") == [
        ("the plan was dead", ("Bram Kessel",))
    ]


def test_proclaiming_a_winner_is_no_claim() -> None:
    assert claims("Returning officer Nadia Porth proclaimed the winner on Monday.") == []


# ---------------------------------------------------------------- a stance through its noun


def test_made_the_case_that() -> None:
    assert claims(_SENATOR, "Kessel made the case that the plan costs too much.") == [
        ("the plan costs too much", ("Bram Kessel",))
    ]


def test_took_the_view_that() -> None:
    assert claims(_SENATOR, "Kessel took the view that the plan was doomed.") == [
        ("the plan was doomed", ("Bram Kessel",))
    ]
    assert claims("The court took the position that the law was void.") == [
        ("the law was void", ("the court",))
    ]


def test_expressed_the_hope_that() -> None:
    assert claims(_SENATOR, "Kessel expressed the hope that the plan would fail.") == [
        ("the plan would fail", ("Bram Kessel",))
    ]


def test_a_stance_noun_without_a_that_clause_is_no_claim() -> None:
    assert claims(_SENATOR, "Kessel made a case for the plan.") == []
    assert claims(_SENATOR, "Kessel took the view from the tower.") == []
    assert claims(_SENATOR, "Kessel made the point that matters most.") == []  # a relative clause


# ---------------------------------------------------------------- "As X sees it, …"


def test_as_someone_sees_it() -> None:
    assert claims(_SENATOR, "As Kessel sees it, the plan is a reckless gamble.") == [
        ("the plan is a reckless gamble", ("Bram Kessel",))
    ]


def test_as_a_time_clause_is_no_viewpoint() -> None:
    assert claims("As the sun sets, the plan is a reckless gamble.") == []
    assert claims(_SENATOR, "Kessel saw it coming.") == []


# ---------------------------------------------------------------- ", adding that …" after a tag


def test_adding_that_after_an_inverted_tag_is_a_second_claim() -> None:
    found = claims(
        "“We are ready,” said Yusuf Demir, the governor, adding that the bank would act if needed."
    )
    assert found == [
        ("“We are ready,”", ("Yusuf Demir",)),
        ("the bank would act if needed", ("Yusuf Demir",)),
    ]


def test_adding_inside_a_relative_clause_after_the_tag_is_not_read() -> None:
    found = claims("“We are ready,” said Yusuf Demir, who was adding that the bank would act.")
    assert found == [("“We are ready,”", ("Yusuf Demir",))]


def test_a_clause_said_before_adding_leaves_the_speaker_out() -> None:
    found = claims("Yusuf Demir said rates would hold, adding that the bank would act if needed.")
    assert found == [
        ("rates would hold", ("Yusuf Demir",)),
        ("the bank would act if needed", ("Yusuf Demir",)),
    ]


def test_an_act_before_saying_keeps_its_actor() -> None:
    found = claims("Yusuf Demir rejected the report, saying the bank would act if needed.")
    assert found == [
        ("Yusuf Demir rejected the report", ("Yusuf Demir",)),
        ("the bank would act if needed", ("Yusuf Demir",)),
    ]


# ---------------------------------------------------------------- a capitalised trade before a name


def test_a_trade_capitalised_at_the_start_is_no_part_of_the_name() -> None:
    assert claims("Economist Priya Nandakumar argued that the tax would hurt small shops.") == [
        ("the tax would hurt small shops", ("Priya Nandakumar",))
    ]
    assert claims("Builder Gus Hanley reckons the house will be finished by May.") == [
        ("the house will be finished by May", ("Gus Hanley",))
    ]


def test_a_surname_that_is_a_trade_stays_in_the_name() -> None:
    assert claims("Paul Farmer said the clinic was full.") == [("the clinic was full", ("Paul Farmer",))]


# ---------------------------------------------------------------- a lone surname as the antecedent


def test_a_lone_surname_with_a_his_or_her_of_its_own_is_the_person_he_or_she_means() -> None:
    assert claims("Brightwell sits in his office in Leeds.", "He argues that the war was justified.") == [
        ("the war was justified", ("Brightwell",))
    ]
    assert claims("Okafor sits in her office in Lagos.", "She argues that the tariffs were a mistake.") == [
        ("the tariffs were a mistake", ("Okafor",))
    ]


def test_the_pronoun_of_the_other_gender_is_someone_else() -> None:
    assert claims("Brightwell sits in his office in Leeds.", "She argues that the war was justified.") == []


def test_a_capitalised_noun_whose_his_is_someone_else_is_no_person() -> None:
    assert (
        claims("Encouragement from mentors solidified his resolve.", "“I would do it again,” he says.") == []
    )
    assert (
        claims(
            "Apple sent the letter to her lawyer on Monday.", "She argues that the tariffs were a mistake."
        )
        == []
    )


# ---------------------------------------------------------------- "X quoted Y as saying …"


def test_an_outlet_that_quoted_someone_as_saying_relays_their_words() -> None:
    assert claims("The Gazette quoted Defence minister Paul Eriksen as saying the troops would stay.") == [
        ("the troops would stay", ("Paul Eriksen", "The Gazette"))
    ]
    assert claims("Reuters quoted a spokesman as saying the talks had failed.") == [
        ("the talks had failed", ("a spokesman", "Reuters"))
    ]


def test_quoted_as_saying_inside_a_relative_clause_ends_at_its_comma() -> None:
    found = claims("The agency, which quoted an official as saying the talks had failed, did not name him.")
    assert found == [("the talks had failed", ("an official", "the agency"))]


def test_quoting_without_as_saying_is_no_claim() -> None:
    assert claims("The Gazette quoted the minister at length.") == []


def test_premier_and_auditor_are_titles() -> None:
    assert claims("Premier Owen Tuck vowed that hospital wait times would be halved.") == [
        ("hospital wait times would be halved", ("Owen Tuck",))
    ]


# ---------------------------------------------------------------- "identified X as “…”"


def test_identified_as_a_quotation_is_a_label_in_the_speakers_words() -> None:
    assert claims(_SENATOR, "Kessel identified the plan as “a reckless gamble.”") == [
        ("identified the plan as “a reckless gamble.”", ("Bram Kessel",))
    ]


def test_identifying_someone_by_name_is_no_claim() -> None:
    assert claims("Police identified the man as Tom Reed, 34.") == []


# ---------------------------------------------------------------- a share of a group, "the suit"


def test_a_share_of_a_group_speaks() -> None:
    assert claims("Nearly half of respondents said they could not afford a deposit.") == [
        ("they could not afford a deposit", ("nearly half of respondents",))
    ]
    assert claims("Two-thirds of those surveyed said prices were too high.") == [
        ("prices were too high", ("two-thirds of those surveyed",))
    ]
    assert claims(
        "Nurses at the hospital walked out on Monday.", "Half of them said they would leave the city."
    ) == [("they would leave the city", ("nurses",))]


def test_a_share_of_a_thing_does_not() -> None:
    assert claims("Half of the money said to be missing was found.") == []


def test_a_suit_claims_what_a_lawsuit_does() -> None:
    assert claims("The suit, filed Tuesday in federal court, claims the landlord ignored the mould.") == [
        ("the landlord ignored the mould", ("the suit",))
    ]


def test_following_suit_is_no_document() -> None:
    assert claims("Other firms followed suit, saying the rules were too strict.") == [
        ("the rules were too strict", ("other firms",))
    ]


def test_an_mp_title_is_no_part_of_the_name() -> None:
    assert claims("Labour MP Jo Reyes said the bill would pass.") == [("the bill would pass", ("Jo Reyes",))]
    assert claims("MP Jo Reyes said the bill would pass.") == [("the bill would pass", ("Jo Reyes",))]
