"""Attribution precision (issue 11, round 13): who the source is. Every sentence here is invented; each
wrong reading sits next to the right one the same rule keeps.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.accused import accused_names
from tui.model.ingest.title_split import split_title

# ---------------------------------------------------------------- two people before one verb


def test_two_people_named_before_one_verb_are_two_sources_not_one() -> None:
    found = claims(
        "Rita Vance, an aide, and Jo Lind, a diplomat, testified on Monday.",
        "However, both Vance and Lind told lawmakers that the request was improper.",
        "Lind said the call was odd.",
        '"It was strange," she said.',
    )
    assert found == [
        ("the request was improper", ("Rita Vance",)),
        ("the call was odd", ("Jo Lind",)),
        ('"It was strange,"', ("Jo Lind",)),
    ]


def test_a_body_named_with_and_stays_one_source() -> None:
    assert claims("Procter and Gamble said that sales rose.") == [
        ("Procter and Gamble said that sales rose", ("Procter and Gamble",))
    ]


# ---------------------------------------------------------------- the accused answers


def test_the_company_that_denies_is_the_one_just_accused() -> None:
    found = claims(
        "Acme Corp said the mine would reopen in May.",
        "Unions accused Acme of hiding the flood.",
        "The company denied the claim.",
    )
    assert found[-1] == ("The company denied the claim", ("Acme Corp",))


def test_accused_people_leave_the_company_to_the_last_one_that_spoke() -> None:
    found = claims(
        "Acme Corp said the mine would reopen in May.",
        "Unions accused Tom Dorn of hiding the flood.",
        "The company denied the claim.",
    )
    assert found[-1] == ("The company denied the claim", ("Acme Corp",))


def test_the_accused_are_read_from_the_object_of_accused_of() -> None:
    assert accused_names("She accused Dorn, Vale and Harbor Group of blocking a film.") == [
        "Dorn",
        "Vale",
        "Harbor Group",
    ]
    assert accused_names("He accused the ministry of lying.") == []
    assert accused_names("Nobody was accused.") == []


def test_an_adverb_with_a_hyphen_between_subject_and_verb() -> None:
    found = claims("Acme Corp flat-out denied that the mine had flooded.")
    assert found == [("the mine had flooded", ("Acme Corp",))]


# ---------------------------------------------------------------- a statement quoting someone


def test_a_statement_that_quotes_someone_goes_on_as_the_statement() -> None:
    found = claims(
        "Harbor Group Inc said in a statement that it regretted the delay.",
        '"The truth is, Mira Holt has admitted she owes us money," the statement continued.',
        '"We hoped this would be resolved," the statement concluded.',
    )
    assert found[-1] == ('"We hoped this would be resolved,"', ("Harbor Group Inc",))


# ---------------------------------------------------------------- a tag's verb is no part of the speaker


def test_an_inverted_tag_with_a_report_after_it_names_the_writer() -> None:
    found = claims(
        "Harbor analyst Zara Fenn points out a couple of reasons investors should not fret.",
        "“We note that the company faced a headwind in Q3,” wrote Fenn in a Tuesday research report.",
    )
    assert found[-1] == ("“We note that the company faced a headwind in Q3,”", ("Zara Fenn",))


# ---------------------------------------------------------------- refusals, rulings and acts say nothing


def test_saying_one_cannot_comment_is_no_claim() -> None:
    assert claims("Jo Hale said she couldn't comment on the ongoing investigation.") == []
    assert claims("The agency said it would not comment on personnel matters.") == []


def test_a_refusal_that_goes_on_to_say_something_stays_a_claim() -> None:
    assert claims(
        "Jo Hale said she could not comment on the case but that the guards had been suspended."
    ) == [("she could not comment on the case but that the guards had been suspended", ("Jo Hale",))]


def test_a_ruling_on_a_request_is_an_act() -> None:
    assert claims("Last month, a judge rejected Lund's attempt to delay the hearing.") == []
    assert claims("Lund rejected the offer.") == []


def test_rejecting_a_claim_or_denying_allegations_is_still_a_claim() -> None:
    assert claims("The court rejected the claim that the files were secret.") == [
        ("the claim that the files were secret", ("the court",))
    ]
    assert claims("Lund denied the allegations.") == [("Lund denied the allegations", ("Lund",))]


def test_adding_something_to_something_is_an_act() -> None:
    assert claims("NASA also added smaller landers to the lunar contract.") == []
    assert claims("Lund added new details to the account.") == []


def test_adding_in_a_statement_to_reporters_is_speech() -> None:
    assert claims("The agency added in a statement to reporters that the landers were ready.") == [
        ("the landers were ready", ("the agency",))
    ]


# ---------------------------------------------------------------- whose participle it is


def test_a_participle_after_a_second_clause_belongs_to_that_clause() -> None:
    found = claims(
        "In May, NASA awarded orders to Astro Labs and Orbix Corp, but Orbix canceled its order two months "
        "later, citing internal business issues."
    )
    assert found == [("internal business issues", ("Orbix",))]
    assert claims("Acme Corp cut jobs, and then raised prices, saying costs had risen.") == [
        ("costs had risen", ("Acme Corp",))
    ]


def test_an_outlets_review_is_the_outlets_word() -> None:
    found = claims("According to The Ledger’s Stadia review, the console does not run the game in native 4K.")
    assert found == [("the console does not run the game in native 4K", ("The Ledger",))]


# ---------------------------------------------------------------- outlets that look like people or words


def test_a_magazine_named_like_a_person_relays_what_it_was_told() -> None:
    assert claims("“It was fine,” Jo Lund told Rolling Stone.") == [
        ("“It was fine,”", ("Jo Lund", "Rolling Stone"))
    ]
    assert claims("“It was fine,” Jo Lund told Oprah Winfrey.") == [("“It was fine,”", ("Jo Lund",))]


def test_a_statement_with_a_word_before_it_still_goes_to_the_outlet() -> None:
    assert claims("“We never agreed to this,” the firm said in a separate statement to Rolling Stone.") == [
        ("“We never agreed to this,”", ("the firm", "Rolling Stone"))
    ]


def test_a_name_ending_in_news_is_an_outlet_and_records_a_label() -> None:
    from tui.model.format.records import SourceKind
    from tui.model.ingest.kinds import classify

    assert classify("Harbor Valley News")[0] is SourceKind.OUTLET
    assert classify("Big Harbor Records")[0] is SourceKind.COMPANY
    assert classify("court records")[0] is not SourceKind.COMPANY


# ---------------------------------------------------------------- a person introduced to be quoted


def test_she_after_a_person_introduced_with_a_role_in_the_same_sentence_is_that_person() -> None:
    found = claims(
        "Ann Hege, the agency's director, said the ads worked.",
        "While the campaign did not appeal to Julie Graham, the state health department's information "
        "officer, she said she did not want to judge it.",
    )
    assert found[-1] == ("she did not want to judge it", ("Julie Graham",))


def test_he_after_a_person_the_sentence_before_introduced_with_a_role() -> None:
    found = claims(
        "Tom Berg said the pier was closed.",
        "The plans were so secret that Sam Vale, the port's deputy director, did not learn of it until May.",
        "He said he was asked to tell the staff.",
    )
    assert found[-1] == ("he was asked to tell the staff", ("Sam Vale",))


def test_the_speaker_still_in_view_keeps_the_pronoun() -> None:
    found = claims(
        "Tom Berg said the pier was closed.",
        "Mr Berg met Sam Vale, a lawyer for the port, on Monday.",
        '"It is over," he said.',
    )
    assert found[-1] == ('"It is over,"', ("Tom Berg",))
    found = claims(
        "Tom Berg said the pier was closed.",
        "The board, he said, hired Sam Vale, a lawyer for the port, in May.",
        '"It is over," he said.',
    )
    assert found[-1] == ('"It is over,"', ("Tom Berg",))


def test_a_refusal_to_comment_on_two_things_is_still_a_refusal() -> None:
    assert (
        claims("Jo Hale said she couldn't comment on the investigation and a review by the inspector.") == []
    )


# ---------------------------------------------------------------- more relays and participles


def test_claimed_to_the_outlet_goes_on_to_the_outlet_named_before() -> None:
    found = claims(
        "Jo Lund is unhappy, according to a new report by Harbor Valley News.",
        "Lund has been trying to reach Vale, the source further claimed to the outlet.",
    )
    assert found[-1] == ("Lund has been trying to reach Vale", ("the source", "Harbor Valley News"))


def test_said_the_paper_is_no_listener() -> None:
    found = claims(
        "Jo Lund is unhappy, according to a new report by Harbor Valley News.",
        "Lund has been trying to reach Vale, said the paper.",
    )
    assert all(chain != ("the source", "Harbor Valley News") for _quote, chain in found)


def test_a_participle_after_a_clause_opened_by_after_belongs_to_that_clause() -> None:
    found = claims(
        "On Monday, Harbor Records Inc issued a statement that appeared to let Mira Holt perform after Holt "
        "publicly scolded her former label, accusing the company of blocking her."
    )
    assert found == [("accusing the company of blocking her", ("Mira Holt",))]


def test_an_embedded_question_opens_no_clause_for_the_participle() -> None:
    found = claims(
        "Jo Lund, the lab's director, said the lander was sound.",
        "He declined to state when the lander would be ready, saying it would depend on each order.",
    )
    assert found[-1] == ("it would depend on each order", ("Jo Lund",))


def test_a_first_name_that_is_also_a_modal_verb_still_names_the_speaker() -> None:
    assert claims("“It was bad,” Will Moy, chief executive of Harbor Fact, told Harbor Valley News.") == [
        ("“It was bad,”", ("Will Moy", "Harbor Valley News"))
    ]
    assert claims("Officials will say that the plan failed.") == [("the plan failed", ("officials",))]


def test_he_closing_a_sentence_about_a_company_is_the_person_who_spoke() -> None:
    found = claims(
        "“We are in a great position,” said John Roth, vice president of sales at HNC.",
        "Roth said the firm could take larger payloads.",
        "HNC would be able to start missions in 2022, he said.",
    )
    assert found[-1] == ("HNC would be able to start missions in 2022", ("John Roth",))


def test_a_pronoun_inside_the_sentence_still_genders_its_subject() -> None:
    found = claims(
        "Mara Dion said the tour would go on.",
        "Tom Hale said the tour was over.",
        "Dion seemed calmer after the birth of her son.",
        '"We will play," she said.',
    )
    assert found[-1] == ('"We will play,"', ("Mara Dion",))


def test_a_name_after_a_preposition_is_no_person_with_a_title() -> None:
    found = claims(
        "Harbor scientists using a telescope atop Mount Vell have confirmed traces of salt on the comet."
    )
    assert found == [
        ("traces of salt on the comet", ("Harbor scientists using a telescope atop Mount Vell",))
    ]
    assert split_title("scientists using a telescope atop Mount Vell") == (
        "scientists using a telescope atop Mount Vell",
        "",
    )
    assert split_title("Harbor spokeswoman Dana Ruiz") == ("Dana Ruiz", "Harbor spokeswoman")


def test_words_quoted_inside_a_quotation_end_at_their_closing_mark() -> None:
    found = claims(
        "“Coach Dan Vogel came in here and said, 'You don't need it,' and I thought he was joking,” Lee said."
    )
    assert ("'You don't need it,'", ("Dan Vogel", "Lee")) in found
    found = claims("“The port lawyer Dan Vogel said the deal was dead and nobody argued,” Lee said.")
    assert ("the deal was dead and nobody argued", ("The port lawyer Dan Vogel", "Lee")) in found


# ---------------------------------------------------------------- citing between subject and verb


def test_citing_between_the_subject_and_its_verb_puts_the_cited_first() -> None:
    assert claims("The ministry, citing an internal report, said that the tariffs were hurting trade.") == [
        ("the tariffs were hurting trade", ("an internal report", "the ministry"))
    ]


def test_the_news_organization_is_the_outlet_named_before() -> None:
    found = claims(
        "Harbor Valley News said talks were stalled.",
        "The news organization, citing an anonymous government source, reported that the tariffs were "
        "hurting trade.",
    )
    assert found[-1] == (
        "the tariffs were hurting trade",
        ("an anonymous government source", "Harbor Valley News"),
    )


# ---------------------------------------------------------------- a belief reported by the speaker


def test_a_belief_the_speaker_reports_is_chained_from_the_believers() -> None:
    assert claims("Usov says the family thought they would never see the cat again.") == [
        ("they would never see the cat again", ("the family", "Usov"))
    ]
    assert claims("Lund said officials expected to finish in May.") == [
        ("officials expected to finish in May", ("Lund",))
    ]


def test_a_share_of_people_in_a_survey_is_the_surveys_finding() -> None:
    assert claims("The Harbor survey reveals that 68 per cent of people believed food came first.") == [
        ("68 per cent of people believed food came first", ("Harbor survey",))
    ]


def test_a_forecast_reported_by_a_speaker_stays_the_speakers_claim() -> None:
    assert claims("Priya Rao said the company expected revenue of about $10 billion.") == [
        ("the company expected revenue of about $10 billion", ("Priya Rao",))
    ]


# ---------------------------------------------------------------- one report set against another


def test_although_one_said_and_another_told_are_two_claims_neither_relaying_the_other() -> None:
    assert claims(
        "Although relatives said the man may have been murdered, Jo Hale told lawmakers that no evidence "
        "supports it."
    ) == [
        ("the man may have been murdered", ("relatives",)),
        ("no evidence supports it", ("Jo Hale",)),
    ]


def test_while_without_a_report_in_the_opening_clause_keeps_the_one_claim() -> None:
    assert claims("While the plan is costly, Jo Hale said it would pay for itself.") == [
        ("it would pay for itself", ("Jo Hale",))
    ]


# ---------------------------------------------------------------- a person who heard, not a relay


def test_a_person_who_interviews_the_speaker_is_not_in_the_chain() -> None:
    """The interviewer heard the words; an outlet that interviews publishes them (a relay)."""
    assert claims(
        "In an interview with Priya Raman, Dana Whitlock said the budget had run dry.",
        '"We are out of money for the roads," she said.',
    ) == [
        ("the budget had run dry", ("Dana Whitlock",)),
        ('"We are out of money for the roads,"', ("Dana Whitlock",)),
    ]
    assert claims("Speaking to Priya Raman on Sunday, Dana Whitlock said the budget had run dry.") == [
        ("the budget had run dry", ("Dana Whitlock",))
    ]
    assert claims("In an interview with CNN, Dana Whitlock said the budget had run dry.") == [
        ("the budget had run dry", ("Dana Whitlock", "CNN"))
    ]
