"""Attribution recall (issue 11, session 11, attrib17): forms missed on unseen news pages. Every sentence
here is invented; each new reading sits next to one the same rule must leave alone.
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


# ---------------------------------------------------------------- he/she when no speaker fits


def test_she_after_a_group_spoke_is_the_woman_named_in_the_sentence_before() -> None:
    found = claims(
        "When the mayor's aides proposed a smaller budget, Mayor Ann Pell was not pleased. In a long public "
        "retelling at the town hall, she said she had asked for more money."
    )
    assert ("she had asked for more money", ("Ann Pell",)) in found


def test_he_is_the_man_called_mr_not_the_advisers_his_name_owns() -> None:
    found = claims(
        "When Governor Varga’s advisers suggested that the city buy new buses, Mr. Varga wasn’t satisfied. "
        "In a long speech at the depot, he said he pressed his team to double the order."
    )
    assert ("he pressed his team to double the order", ("Governor Varga",)) in found


def test_she_is_never_a_group_that_opened_the_sentence_before() -> None:
    found = claims("The aides wanted less. In a long retelling at the hall, she said she had asked for more.")
    assert all(chain != ("the aides",) for _quote, chain in found)


def test_a_lawyer_owned_by_a_name_stays_apart_from_that_name() -> None:
    found = claims("Brian Hale’s lawyer said the case was weak. Hale said he was innocent.")
    assert found == [("the case was weak", ("Brian Hale’s lawyer",)), ("he was innocent", ("Brian Hale",))]


# ---------------------------------------------------------------- listeners described


def test_told_the_newspaper_then_its_name() -> None:
    assert _read("Mayor Ann Pell told the newspaper The Courier that the bridge would reopen in May.") == [
        (("Mayor Ann Pell", "The Courier"), "the bridge would reopen in May")
    ]


def test_told_the_newspaper_alone_still_looks_back_for_the_outlet() -> None:
    [(speakers, _claim)] = _read("Mayor Ann Pell told the newspaper that the bridge would reopen in May.")
    assert speakers == ("Mayor Ann Pell", "the newspaper")


def test_the_day_after_the_outlet_is_not_part_of_its_name() -> None:
    assert _read("“The roads are clear,” Pell told the Gazette Monday afternoon.") == [
        (("Pell", "the Gazette"), "“The roads are clear,”")
    ]


def test_the_outlet_that_contacted_the_speaker_relays_the_words() -> None:
    assert _read("“We are not going anywhere,” said a Tarvo spokesperson when contacted by the Ledger.") == [
        (("a Tarvo spokesperson", "the Ledger"), "“We are not going anywhere,”")
    ]


def test_a_resident_who_asked_is_no_relay() -> None:
    assert _read("The plant would stay open, the mayor said when asked by a resident.") == [
        (("the mayor",), "The plant would stay open")
    ]


# ---------------------------------------------------------------- claims as noun phrases


def test_an_announcement_that_after_despite() -> None:
    assert _read("Despite Ms. Pell's March 3 announcement that the dam was safe, residents left.") == [
        (("Ms. Pell",), "the dam was safe")
    ]


def test_a_body_statement_that_ends_before_the_main_verb() -> None:
    assert _read("The ministry's statement that the dam was safe did little to calm residents.") == [
        (("The ministry",), "the dam was safe")
    ]


def test_a_finding_that_ends_before_was_upheld() -> None:
    assert _read("The council's finding that the fees were unlawful was upheld on appeal.") == [
        (("The council",), "the fees were unlawful")
    ]


def test_a_statement_owned_by_no_one_is_no_claim() -> None:
    assert _read("The statement that the dam was safe was issued on Monday.") == []


# ---------------------------------------------------------------- speaking that goes on


def test_continues_to_insist_reads_as_said() -> None:
    assert _read("Mr. Brin continued to insist that his plan would work.") == [
        (("Mr. Brin",), "his plan would work")
    ]


def test_keeps_saying_reads_as_said() -> None:
    assert _read("Ms. Pell keeps saying the dam is safe.") == [(("Ms. Pell",), "the dam is safe")]


def test_continues_to_work_is_no_speech() -> None:
    assert _read("Ms. Pell continues to work at the dam.") == []


# ---------------------------------------------------------------- a quantified group as speaker


def test_many_of_them_said() -> None:
    assert _read("Many of them said they would not return.") == [(("Many of them",), "they would not return")]


def test_most_of_those_interviewed_said() -> None:
    assert _read("Most of those interviewed said they had not been warned.") == [
        (("Most of those interviewed",), "they had not been warned")
    ]


def test_all_of_them_as_the_subject_of_a_tagged_claim_is_not_the_speaker() -> None:
    assert _read("All of them were later released, police said.") == [
        (("police",), "All of them were later released")
    ]


# ---------------------------------------------------------------- words set out after a colon tag


def test_the_paragraph_after_a_colon_tag_is_the_speakers_without_quotation_marks() -> None:
    found = claims(
        "The harbour master, Tom Reyes, said:",
        "We have never seen a tide like this. The boats were lifted onto the quay.",
    )
    assert found == [
        ("We have never seen a tide like this", ("Tom Reyes",)),
        ("The boats were lifted onto the quay", ("Tom Reyes",)),
    ]


def test_a_bulleted_run_after_a_colon_tag_is_the_speakers_item_by_item() -> None:
    found = claims(
        "In a statement, the council said:",
        "- Every household will be offered a place at the school shelter.",
        "- Buses will run every hour from the square.",
        "The shelter opened on Monday.",
    )
    assert found == [
        ("Every household will be offered a place at the school shelter", ("the council",)),
        ("Buses will run every hour from the square", ("the council",)),
    ]


def test_a_heading_after_a_colon_lead_in_is_no_ones_words() -> None:
    found = claims("The harbour master, Tom Reyes, said:", "What Comes Next for the Old Ferry?")
    assert found == []


def test_a_list_after_a_verb_of_no_speech_stays_the_outlets() -> None:
    assert claims("Reyes listed the damage:", "- Three boats sank in the harbour overnight.") == []


# ---------------------------------------------------------------- descriptions of another office


def test_the_citys_police_are_not_the_police_commissioner() -> None:
    found = claims(
        "Dan Orr, Tarvo’s new police commissioner, said in an interview that more officers were needed "
        "on the night shift.",
        "The mayor said the city was calm, while the city’s police say they acted within the law.",
    )
    assert [chain for _quote, chain in found] == [("Dan Orr",), ("the mayor",), ("the city’s police",)]


def test_the_mayor_is_still_the_mayor_named_before() -> None:
    found = claims("Ann Pell, the mayor of Tarvo, opened the bridge. The mayor said it was safe.")
    assert found == [("it was safe", ("Ann Pell",))]


# ---------------------------------------------------------------- a quotation inside a quotation


def test_narration_after_a_nested_quotation_is_no_part_of_the_quote() -> None:
    found = claims(
        "“I told them, ‘Buy a bigger boat. Do it today.’” The council members laughed.",
    )
    assert all("laughed" not in quote for quote, _chain in found)


# ---------------------------------------------------------------- papers a body issues


def test_a_presentation_indicates_without_that() -> None:
    assert _read("A presentation to investors indicated 200 jobs would go.") == [
        (("A presentation to investors",), "200 jobs would go")
    ]


def test_a_presentation_given_by_a_person_is_no_speaker() -> None:
    assert _read("Pell gave a presentation to investors on Monday.") == []


# ---------------------------------------------------------------- the clause after a mid-sentence tag


def test_the_clause_after_a_mid_sentence_tag_is_the_speakers() -> None:
    assert _read('The plan is "a good start," Pell said, but more money is needed.') == [
        (("Pell",), '"a good start,"'),
        (("Pell",), "more money is needed"),
    ]


def test_an_aside_after_the_tag_is_the_outlets() -> None:
    assert _read('"We are ready," Pell said, as the storm approached.') == [(("Pell",), '"We are ready,"')]
    assert _read('"It is over," Pell said, and the crowd was silent.') == [(("Pell",), '"It is over,"')]


# ---------------------------------------------------------------- roles in title case


def test_a_title_case_role_between_commas_is_not_the_speaker() -> None:
    assert _read(
        "Dana Voss, Head of Research at Tarvo Securities, pointed out that the market is narrow."
    ) == [(("Dana Voss",), "the market is narrow")]


def test_a_title_before_a_name_is_still_a_name() -> None:
    assert _read("The district's top official, Mayor Ann Pell, said the bridge was safe.") == [
        (("Mayor Ann Pell",), "the bridge was safe")
    ]


# ---------------------------------------------------------------- speech acts with a longer object


def test_called_with_a_long_object_is_a_naming() -> None:
    [(speakers, claim)] = _read(
        "Lending firm Harlow Brothers had called the court decision on the ferry contract a historic win."
    )
    assert speakers == ("Lending firm Harlow Brothers",) and "a historic win" in claim


def test_called_someone_a_few_times_is_a_phone_call() -> None:
    assert _read("She called her brother in Tarvo a few times a week.") == []


def test_attributed_a_rise_to_a_cause() -> None:
    [(speakers, claim)] = _read("Lind attributed the fall in ferry fares to the court's ruling.")
    assert speakers == ("Lind",) and "the fall in ferry fares to the court's ruling" in claim


# ---------------------------------------------------------------- clauses joined after a closing quotation


def test_a_comma_inside_the_closing_mark_joins_two_speakers_clauses() -> None:
    found = _read("Pell called the plan “a disaster,” and the council said it would be dropped.")
    assert [speakers for speakers, _claim in found] == [("Pell",), ("the council",)]
    assert found[1][1] == "it would be dropped"


def test_narration_after_the_tag_joins_nothing() -> None:
    assert _read("“We are ready,” Pell said, and the crowd cheered.") == [(("Pell",), "“We are ready,”")]


# ---------------------------------------------------------------- outlets by name


def test_told_an_outlet_known_by_name_relays_the_words() -> None:
    assert _read("Ilse Tal told The Daily Beast in October that the group was small.") == [
        (("Ilse Tal", "The Daily Beast"), "the group was small")
    ]


# ---------------------------------------------------------------- two plural nouns as one subject


def test_two_plural_nouns_joined_by_and_are_one_group() -> None:
    assert _read("Residents and shop owners said the water rose fast.") == [
        (("Residents and shop owners",), "the water rose fast")
    ]


def test_a_clause_before_and_is_not_part_of_the_subject() -> None:
    assert _read("Prices rose and analysts said the rally would fade.") == [
        (("analysts",), "the rally would fade")
    ]


# ---------------------------------------------------------------- estimates as noun phrases


def test_an_estimate_of_a_quantity_is_its_owners_claim() -> None:
    assert _read("The ministry's estimate of 3,000 damaged homes was revised upward on Friday.") == [
        (("The ministry",), "3,000 damaged homes")
    ]


def test_by_a_bodys_count_frames_the_clause() -> None:
    assert _read("By the council's count, 3,000 homes were damaged.") == [
        (("the council",), "3,000 homes were damaged")
    ]


def test_by_the_end_of_the_year_is_no_count() -> None:
    assert _read("By the end of the year, 3,000 homes were damaged.") == []


def test_an_estimate_that_runs_past_a_passive_inside_it() -> None:
    assert _read("Pell's estimate that 3,000 homes were damaged was revised upward on Friday.") == [
        (("Pell",), "3,000 homes were damaged")
    ]


def test_a_name_between_commas_does_not_end_the_announcement() -> None:
    [(speakers, claim)] = _read(
        "The delay came after Voss’s announcement that his wife, Kim, had fallen ill."
    )
    assert speakers == ("Voss",) and claim == "his wife, Kim, had fallen ill"
