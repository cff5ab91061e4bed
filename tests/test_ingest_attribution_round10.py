"""Attribution forms of news writing (issue 11, round 10): rules found by annotating new pages by hand
and reading what the analysis missed. Every sentence here is invented.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.possessives import spoken_for
from tui.model.ingest.speaker_words import valid_speaker

# ---------------------------------------------------------------- a pronoun and its verb are no speaker


def test_a_pronoun_followed_by_its_verb_is_a_clause_not_a_speaker() -> None:
    assert not valid_speaker("he thanked the Harbour Trust")
    assert not valid_speaker("she praised the new ferry")
    # A name that starts like a pronoun is still a name.
    assert valid_speaker("He Lin")
    assert valid_speaker("he")


# ---------------------------------------------------------------- a closing tag after a quotation


def test_a_tag_closing_a_sentence_passes_on_the_quotation_spoken_inside_it() -> None:
    found = claims(
        "Tomas Vell rang the harbour office in May. During the call, he thanked the Harbour Trust, "
        "called the mayor a “crook” and said, “someone should vote her out,” the county clerk’s office said."
    )
    assert found == [("“someone should vote her out,”", ("Tomas Vell", "the county clerk’s office"))]


def test_the_quotation_tag_alone_is_not_read_as_a_relay() -> None:
    assert claims("“We will finish the pier by June,” the mayor said.") == [
        ("“We will finish the pier by June,”", ("the mayor",))
    ]


# ---------------------------------------------------------------- possessives that speak for themselves


def test_an_office_named_by_its_holders_role_is_a_body_of_its_own() -> None:
    assert spoken_for("the sheriff's office") is None
    assert spoken_for("the county prosecutor’s office") is None
    found = claims("The ferry pilot was not drunk, the harbour master's office said.")
    assert found == [("The ferry pilot was not drunk", ("the harbour master's office",))]


def test_a_named_persons_office_and_spokesman_still_speak_for_that_person() -> None:
    assert spoken_for("Barlow's spokesman") == ("Barlow", "spokesman")
    assert spoken_for("Senator Ray Barlow's office") == ("Senator Ray Barlow", "office")
    assert spoken_for("The White House's press secretary") == ("The White House", "press secretary")


def test_a_lawyer_speaks_for_themselves_not_for_the_client() -> None:
    assert spoken_for("Barlow's lawyer") is None
    found = claims("Dara Venn was charged on Friday. Venn's lawyer said the charge was baseless.")
    assert found == [("the charge was baseless", ("Venn's lawyer",))]


# ---------------------------------------------------------------- plural bodies


def test_the_plural_of_a_speaker_noun_names_speakers() -> None:
    assert valid_speaker("Parent advocacy groups")
    assert valid_speaker("Two hospitals")
    assert valid_speaker("the rival airlines")
    found = claims("Parent advocacy groups estimated this year that a 4% rise was needed to keep staff.")
    assert found == [("a 4% rise was needed to keep staff", ("parent advocacy groups",))]


def test_a_plural_that_is_no_speaker_noun_stays_out() -> None:
    assert not valid_speaker("the new labels")
    assert claims("The new labels said nothing about sugar.") == []


# ---------------------------------------------------------------- look-alikes of speech


def test_reporting_to_someone_is_a_line_of_command_not_a_report() -> None:
    assert claims("After Lee left the board, it was Ruiz who took over, and Tam reported to her.") == []
    assert claims("Tam reported directly to Ruiz.") == []
    # A report made to someone, with its content, is still a claim.
    assert claims("Tam reported to the board that the pier was unsafe.") != []


def test_a_name_ends_at_its_possessive() -> None:
    found = claims(
        "Dana Ruiz sat in on President Okafor's June budget talks with Tamran President Lee Tan.",
        "Ruiz said the call made her realise the president still believed the port needed repairs.",
    )
    assert all("July" not in " ".join(chain) for _quote, chain in found)


# ---------------------------------------------------------------- quotations that close mid-clause


def test_a_participle_after_a_quotation_is_not_a_relay() -> None:
    found = claims(
        "Tim Varga spoke to the committee on Tuesday.",
        "“Each month of these hearings is a month taken from the harbour funds” shared by "
        "Tamra and the island, Varga warned.",
    )
    assert found == [
        (
            "“Each month of these hearings is a month taken from the harbour funds”",
            ("Tim Varga",),
        )
    ]


def test_a_tag_after_the_quoted_words_own_verb_names_the_speaker() -> None:
    found = claims(
        "“The council wants a wider harbour plan. Wider than the first draft” tabled in May, said "
        "Tom Reed, a fellow at the Harbour Institute."
    )
    assert [chain for _quote, chain in found] == [("Tom Reed",), ("Tom Reed",)]
    assert found[1][0] == "Wider than the first draft” tabled in May"


def test_a_time_after_a_quotation_and_its_verb_is_no_speaker() -> None:
    assert claims("“The pier is closed” announced on Monday, the notice was taken down.") == []


# ---------------------------------------------------------------- a report in a subordinate clause


def test_a_report_after_the_main_clause_is_chained_through_the_speaker() -> None:
    found = claims(
        "Tom Reed said he first raised the delay with the council at the end of May, "
        "after the Gazette reported the money had been frozen."
    )
    assert found == [
        ("he first raised the delay with the council at the end of May", ("Tom Reed",)),
        ("the money had been frozen", ("the Gazette", "Tom Reed")),
    ]


def test_a_witness_report_inside_an_outlets_account() -> None:
    found = claims(
        "The Courier says the man was arrested a block away after workers at a garage said he tried to "
        "take a van."
    )
    assert found == [
        ("the man was arrested a block away", ("The Courier",)),
        ("he tried to take a van", ("workers at a garage", "The Courier")),
    ]


def test_a_pronoun_or_a_short_clause_after_the_conjunction_stays_in_the_claim() -> None:
    found = claims("Tom Reed said the pier closed in May after it said the beams had rotted.")
    assert found == [("the pier closed in May after it said the beams had rotted", ("Tom Reed",))]


# ---------------------------------------------------------------- a tag after an opener and a clause


def test_a_clause_after_a_fronted_opener_is_what_the_tag_reports() -> None:
    found = claims(
        "After the bridge opened, traders moved their stalls across the river, leaving the old market "
        "empty, Reed said while visiting Harbor Line's new depot in Dover."
    )
    assert found == [
        (
            "After the bridge opened, traders moved their stalls across the river, leaving the old market "
            "empty",
            ("Reed",),
        )
    ]


def test_a_fronted_phrase_alone_is_still_no_claim() -> None:
    assert claims("After a long debate, the council agreed.") == []


# ---------------------------------------------------------------- who "they" and "the officials" are


def test_they_after_two_joined_subjects_means_the_first_named() -> None:
    found = claims(
        "State police said at least 500 people came to the rally.",
        "Governor Ana Vance and leaders of the council have avoided criticism of the teachers. "
        "They seem keen not to anger them. However, they said they do not plan to raise pay until 2030.",
    )
    assert found[-1] == ("they do not plan to raise pay until 2030", ("Ana Vance",))


def test_they_without_joined_subjects_still_means_the_body_that_spoke() -> None:
    found = claims(
        "The county police said the road was shut on Friday. They said it would reopen by Monday.",
    )
    assert [chain for _quote, chain in found] == [("the county police",), ("the county police",)]


def test_plural_officials_are_not_the_one_official_who_spoke_last() -> None:
    found = claims(
        "The plane landed at 6am, an airport official said. "
        "The passengers had all overstayed their visas, the officials said."
    )
    assert [chain for _quote, chain in found] == [("an airport official",), ("the officials",)]


def test_plural_officials_still_mean_officials_named_before() -> None:
    found = claims("Local officials said the bridge was shut. The road would reopen, the officials said.")
    assert [chain for _quote, chain in found] == [("local officials",), ("local officials",)]


# ---------------------------------------------------------------- adverbs and pronouns around the verb


def test_twice_and_often_sit_between_the_subject_and_the_verb() -> None:
    assert claims("The harbour firm have twice denied breaking the rules.") == [
        ("breaking the rules", ("the harbour firm",))
    ]
    assert claims("The mayor has often said the pier is safe.") == [("the pier is safe", ("the mayor",))]


def test_he_after_a_fronted_clause_means_the_person_it_names() -> None:
    found = claims(
        "Tom Berrow was arrested in April.",
        "The office passed the file to the harbour police. When Berrow was stopped, he told officers he "
        "had been at home.",
    )
    assert found == [("he had been at home", ("Tom Berrow",))]


def test_a_fronted_clause_without_a_name_leaves_he_to_the_last_speaker() -> None:
    found = claims(
        "Tom Berrow spoke on Monday.",
        "When the firm was sold, he said the ferries would stop.",
    )
    assert found == [("the ferries would stop", ("Tom Berrow",))]


# ---------------------------------------------------------------- pleas in the speaker's own words


def test_a_plea_with_the_speakers_quoted_words_is_a_claim() -> None:
    found = claims(
        "Tim Varga testified on Tuesday.",
        "He begged lawmakers “not to forget” the flooding in Kelso, and work to rebuild the pier.",
    )
    assert found == [
        (
            "begged lawmakers “not to forget” the flooding in Kelso, and work to rebuild the pier",
            ("Tim Varga",),
        )
    ]


def test_an_infinitive_inside_the_quotation_is_not_a_request_to_a_listener() -> None:
    found = claims(
        "The Harbour Board has urged a “pause in the strike and for both unions to go back to work”."
    )
    assert [chain for _quote, chain in found] == [("Harbour Board",)]


def test_a_plea_without_quoted_words_states_the_pleaders_position() -> None:
    # Round 11: the annotation conventions of the held-out sets count pleas and urging as claims.
    assert claims("Tim Varga begged lawmakers to fund the repairs.") == [
        ("begged lawmakers to fund the repairs", ("Tim Varga",))
    ]
    assert claims("Tim Varga urged residents to stay indoors.") == [
        ("urged residents to stay indoors", ("Tim Varga",))
    ]
    assert claims("Residents were begged to stay indoors.") == []


# ---------------------------------------------------------------- told by someone, then passed on


def test_what_a_speaker_says_they_were_told_is_chained_through_them() -> None:
    assert claims("Lee Tam said he was told by police that the road would stay shut.") == [
        ("the road would stay shut", ("police", "Lee Tam"))
    ]


def test_an_instruction_told_by_someone_between_dashes() -> None:
    found = claims(
        "In his testimony, Lee Tam said he was told by harbour master Tom Reed — his boss — to go "
        "straight to the council."
    )
    assert found == [("to go straight to the council", ("Tom Reed", "Lee Tam"))]


def test_told_by_without_a_speaker_before_stays_with_the_teller() -> None:
    assert claims("Lee Tam was told by engineers that the pier was unsafe.") == [
        ("the pier was unsafe", ("engineers",))
    ]


# ---------------------------------------------------------------- warnings


def test_a_warning_of_something_is_a_claim() -> None:
    assert claims("The dockers' union warned of strikes if pay was not raised.") == [
        ("warned of strikes if pay was not raised", ("the dockers' union",))
    ]


def test_a_warning_made_through_a_speech_belongs_to_the_speaker() -> None:
    found = claims("Mr Lee used her address to warn against a “blanket” approach to the repairs.")
    assert found == [("warn against a “blanket” approach to the repairs", ("Mr Lee",))]


def test_storm_warnings_are_no_speaker() -> None:
    assert claims("The storm warnings were lifted on Friday.") == []


def test_the_judge_is_not_the_person_the_sentence_before_was_about() -> None:
    found = claims("Dara Venn runs the Harbour Trust. The judge ruled that the report must be released.")
    assert found == [("the report must be released", ("the judge",))]


# ---------------------------------------------------------------- denials of what others said


def test_rejecting_claims_that_is_a_disputed_claim_of_the_speaker() -> None:
    found = claims("The council rejected claims that it had hidden the report.")
    assert found == [("claims that it had hidden the report", ("the council",))]
    found = claims("The council denied reports that it had hidden the report.")
    assert found == [("reports that it had hidden the report", ("the council",))]


def test_a_report_that_states_is_still_the_speaker() -> None:
    found = claims("A police report states that the car was red.")
    assert found == [("the car was red", ("a police report",))]


# ---------------------------------------------------------------- short quotations


def test_a_short_quotation_that_opens_the_sentence_is_the_claim_without_its_tag() -> None:
    found = claims("Dara Venn runs the trust.", "“I’m thrilled,” Venn told the Gazette in an interview.")
    assert found == [("“I’m thrilled,”", ("Dara Venn", "the Gazette"))]
    assert claims("“That’s perfect,” Tom Reed said.") == [("“That’s perfect,”", ("Tom Reed",))]


def test_a_short_scare_quote_inside_a_sentence_does_not_become_the_claim() -> None:
    found = claims("The council called the plan “reckless,” and Tom Reed said it would fail.")
    assert all(quote != "“reckless,”" for quote, _chain in found)


def test_reporting_for_duty_or_to_a_board_is_no_report() -> None:
    assert claims("Tam reported to the board every month.") == []
    assert claims("Tam reported for duty on Monday.") == []


def test_a_plea_without_the_speakers_words_is_no_claim() -> None:
    assert claims("Tim Varga begged for forgiveness.") == []
