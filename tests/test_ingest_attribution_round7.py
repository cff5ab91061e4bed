"""Attribution forms of news writing in general (issue 11, round 7): rules stated as language, each
with invented sentences that show the form and look-alikes that must not be read as it.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.speaker_words import valid_speaker

# ---------------------------------------------------------------- descriptions between commas


def test_a_description_without_an_article_between_speaker_and_verb() -> None:
    assert claims("Tavi Rundle, another tenant, said the heating had failed twice.") == [
        ("the heating had failed twice", ("Tavi Rundle",))
    ]
    assert claims("Ines Marlo, one of the organisers, said the march would go ahead.") == [
        ("the march would go ahead", ("Ines Marlo",))
    ]
    assert claims("Rowan Pike, herself a nurse, said the wards were full every night.") == [
        ("the wards were full every night", ("Rowan Pike",))
    ]


def test_a_bare_role_between_commas_is_the_speakers_job() -> None:
    found = claims("Tova Reyes, senior analyst at Marlow Capital, said rates would fall by summer.")
    assert found == [("rates would fall by summer", ("Tova Reyes",))]


def test_a_place_between_commas_is_not_read_as_a_description() -> None:
    # "another" describes a person only after a name; a fronted place is no speaker.
    assert claims("In Brakeley, another storm said nothing of the sort.") == []


# ---------------------------------------------------------------- the head noun before a phrase


def test_the_speaker_noun_comes_before_on_and_across() -> None:
    assert claims("A doctor on the scene told reporters that two people were hurt.") == [
        ("two people were hurt", ("a doctor on the scene",))
    ]
    assert claims("Growers across the valley say the frost ruined half the crop.") == [
        ("the frost ruined half the crop", ("growers across the valley",))
    ]


def test_a_thing_before_on_does_not_become_a_speaker() -> None:
    assert claims("Pressure on the council grew as the rents rose.") == []


def test_a_long_named_office_can_speak() -> None:
    found = claims(
        "The clerk took the money, the Attorney's Office for the Northern District of "
        "Kelland said in a statement."
    )
    assert found == [
        (
            "The clerk took the money",
            ("Attorney's Office for the Northern District of Kelland",),
        )
    ]


def test_long_authors_of_a_study_can_argue() -> None:
    found = claims(
        "The authors of the research published in the journal Field Ecology argued that the decline "
        "was steeper than feared."
    )
    assert len(found) == 1
    assert found[0][0] == "the decline was steeper than feared"


def test_a_long_phrase_without_an_early_speaker_noun_is_no_speaker() -> None:
    assert not valid_speaker("The number of rooms in the old wing of the house on the hill near the river")


def test_an_inverted_tag_with_a_long_affiliation_names_the_person() -> None:
    found = claims(
        "“The ice is thinner than we thought,” said glaciologist Mira Tolland of the Northern Polar "
        "Research Institute in Tromsø."
    )
    assert found == [("“The ice is thinner than we thought,”", ("Mira Tolland",))]


# ---------------------------------------------------------------- clauses with a pronoun subject


def test_a_that_less_clause_with_a_pronoun_subject() -> None:
    assert claims("Dr Pell noted there’s no sign the drug works in children.") == [
        ("there’s no sign the drug works in children", ("Dr Pell",))
    ]
    assert claims("Arla Venn admitted she had never read the contract.") == [
        ("she had never read the contract", ("Arla Venn",))
    ]


def test_an_act_with_a_pronoun_after_it_is_not_a_statement() -> None:
    # "noted" with an object, and data that "showed" something, are not someone's words.
    assert claims("Arla Venn noted it down and left the room.") == []
    assert claims("Voters could have shown they were tired of the feud.") == []


# ---------------------------------------------------------------- the tag after a whole clause


def test_a_time_or_place_after_a_closing_tag_is_not_the_claim() -> None:
    assert claims("The squad played its best football of the year, the coach said after the game.") == [
        ("The squad played its best football of the year", ("the coach",))
    ]
    assert claims("The ferry runs again by Friday, the harbour master told reporters outside.") == [
        ("The ferry runs again by Friday", ("the harbour master",))
    ]


def test_a_clause_after_the_verb_is_still_the_claim() -> None:
    assert claims("The coach said after the game that the squad had played its best football.") == [
        ("the squad had played its best football", ("the coach",))
    ]


def test_a_closing_tag_then_adding_gives_two_claims() -> None:
    found = claims("The ferry runs again by Friday, the harbour master said, adding that it cost little.")
    assert found == [
        ("The ferry runs again by Friday", ("the harbour master",)),
        ("it cost little", ("the harbour master",)),
    ]


def test_an_act_then_saying_keeps_the_act_as_the_first_claim() -> None:
    found = claims("The harbour master rejected that account, saying the crew had acted quickly.")
    assert found == [
        ("The harbour master rejected that account", ("the harbour master",)),
        ("the crew had acted quickly", ("the harbour master",)),
    ]


# ---------------------------------------------------------------- people named by age or trade


def test_a_person_named_by_age_is_the_person_named_before() -> None:
    found = claims(
        "Pia Landry, 34, has won the coastal regatta three times.",
        "The 34-year-old told reporters she would sail one more season.",
    )
    assert found == [("she would sail one more season", ("Pia Landry",))]


def test_an_age_that_describes_a_thing_is_no_speaker() -> None:
    assert not valid_speaker("The 40-year-old bridge")
    assert claims("The 40-year-old record fell, the league said on Sunday.") == [
        ("The 40-year-old record fell", ("the league",))
    ]


def test_trades_of_sports_arts_and_business_copy_speak() -> None:
    assert claims("Demand will soften next quarter, the brokerage said.") == [
        ("Demand will soften next quarter", ("the brokerage",))
    ]
    assert claims("The quarterback said the line had given him no time.") == [
        ("the line had given him no time", ("the quarterback",))
    ]
    assert claims("The duo said they recorded the album in a barn.") == [
        ("they recorded the album in a barn", ("the duo",))
    ]


def test_daily_as_an_adjective_is_no_speaker() -> None:
    assert claims("The daily rise in cases announced on Friday was the lowest in a month.") == []


# ---------------------------------------------------------------- tags opened by "as"


def test_an_as_tag_that_opens_the_sentence_frames_what_follows() -> None:
    assert claims("As Ona Brill noted, the town has no money left for the pool.") == [
        ("the town has no money left for the pool", ("Ona Brill",))
    ]


def test_an_as_tag_between_commas_frames_the_whole_sentence() -> None:
    text = "The levy, as the treasurer put it, is “a plaster on a broken leg.”"
    assert claims(text) == [(text.rstrip("."), ("the treasurer",))]


def test_an_as_tag_that_closes_the_sentence_frames_what_came_before() -> None:
    assert claims("Fares will rise again in spring, as the rail regulator warned in March.") == [
        ("Fares will rise again in spring", ("the rail regulator",))
    ]


def test_as_with_hopes_or_without_a_speaker_is_no_tag() -> None:
    assert claims("Fares rose again, as many had feared.") == []
    assert claims("The league is expanding, as was reported last month.") == []
    assert claims("As well as the fares, the timetable will change in May.") == []


# ---------------------------------------------------------------- questions, orders and posts as tags


def test_a_quoted_question_tagged_with_asked_is_the_askers_claim() -> None:
    found = claims(
        "The inquiry opened with questions from Senator Ida Frane.",
        "“Did anyone read the safety report?” Frane asked.",
    )
    assert found == [("“Did anyone read the safety report?”", ("Ida Frane",))]


def test_an_inverted_asked_tag_after_a_us_title_keeps_the_whole_name() -> None:
    assert claims("“Who approved the overtime?” asked Rep. Colm Ferris.") == [
        ("“Who approved the overtime?”", ("Colm Ferris",))
    ]


def test_a_verb_of_saying_then_a_comma_then_a_quotation() -> None:
    assert claims("Frane then asked, “Why was the report shelved?”") == [
        ("“Why was the report shelved?”", ("Frane",))
    ]
    assert claims("Odile Brun noted, “The dam has leaked since spring.”") == [
        ("“The dam has leaked since spring.”", ("Odile Brun",))
    ]


def test_asking_for_something_is_no_claim() -> None:
    assert claims("Frane asked for a short recess before the vote.") == []
    assert claims("Frane asked that the board send its answers well before the next meeting.") == []


def test_orders_and_posts_tag_a_quotation() -> None:
    assert claims("“Put the bag down!” an officer ordered.") == [("“Put the bag down!”", ("an officer",))]
    assert claims("“Best birthday ever,” the singer captioned the photo.") == [
        ("“Best birthday ever,”", ("the singer",))
    ]


def test_a_demonstrative_that_opens_no_clause() -> None:
    assert claims("Shop owner Lev Amsel shared that view on Tuesday.") == []
    assert claims("Lev Amsel shared that the shop would close in June.") == [
        ("the shop would close in June", ("Lev Amsel",))
    ]


def test_nouns_that_look_like_new_verbs_are_not_read_as_verbs() -> None:
    assert claims("Investors bought so many shares they will get only a tenth of their order.") == []


# ---------------------------------------------------------------- relays closing the sentence


def test_a_relay_tag_closing_a_reported_clause_joins_the_chain() -> None:
    assert claims("The governor told reporters the levy would stay, Reuters reported.") == [
        ("the levy would stay", ("the governor", "Reuters"))
    ]


def test_a_tag_inside_a_quotation_is_not_a_relay() -> None:
    found = claims("“We never had demand like that day, and still see it” Ferro said.")
    assert len(found) == 1
    assert found[0][0].startswith("“We never had demand like that day, and still see it”")


def test_a_show_after_an_outlet_is_part_of_the_listener() -> None:
    found = claims("Tarn told the BBC's Today programme that he had no regrets.")
    assert [quote for quote, _chain in found] == ["he had no regrets"]


# ---------------------------------------------------------------- advice


def test_advice_with_an_object_or_a_gerund_is_a_claim() -> None:
    assert claims("The heart foundation recommends 150 minutes of brisk walking a week.") == [
        ("150 minutes of brisk walking a week", ("the heart foundation",))
    ]
    assert claims("Dr Ines Varo suggests avoiding screens an hour before bed.") == [
        ("avoiding screens an hour before bed", ("Ines Varo",))
    ]


def test_recommending_a_person_is_no_claim() -> None:
    assert claims("The panel recommended him for the post.") == []


def test_a_participle_phrase_between_commas_is_not_the_speaker() -> None:
    assert claims("The findings, published in Field Ecology, suggest that the moths adapt fast.") == [
        ("the moths adapt fast", ("the findings",))
    ]


# ---------------------------------------------------------------- a long tag after a quoted question


def test_a_described_speaker_tag_after_a_quoted_question_gives_the_question_to_them() -> None:
    found = claims(
        "The talks stalled in October.",
        "“Without a cut in the levies, why would anyone sign?” Ada Brill, a former director at the "
        "fund, said at an event in Kelso.",
    )
    assert found == [("“Without a cut in the levies, why would anyone sign?”", ("Ada Brill",))]


def test_a_tag_with_a_clause_after_the_verb_is_not_a_bare_tag() -> None:
    found = claims(
        "The talks stalled in October.",
        "“Why would anyone sign?” Ada Brill, a former director at the fund, said the levies would stay.",
    )
    assert ("the levies would stay", ("Ada Brill",)) in found


# ---------------------------------------------------------------- a described subject, "said of"


def test_a_subject_described_between_commas_keeps_its_verb() -> None:
    assert claims("The complaint, filed in district court, claims the firm misled its lenders.") == [
        ("the firm misled its lenders", ("the complaint",))
    ]
    assert claims("The audit, released on Monday, says the fund lost track of its assets.") == [
        ("the fund lost track of its assets", ("the audit",))
    ]


def test_an_inverted_tag_after_a_number_with_a_comma_still_reads() -> None:
    found = claims("The depot now runs more than 1,400 buses, said Transport Director Lena Moss.")
    assert found == [("The depot now runs more than 1,400 buses", ("Lena Moss",))]


def test_said_of_something_that_gives_the_clause() -> None:
    assert claims("The coach said of the defeat that his side had lost its nerve.") == [
        ("his side had lost its nerve", ("the coach",))
    ]
    assert claims("The coach spoke of the defeat for an hour.") == []


# ---------------------------------------------------------------- scare quotes, times, hedges


def test_a_term_in_scare_quotes_does_not_make_a_later_verb_a_tag() -> None:
    text = "It lets the mayor keep her “tough on crime” image, which holds appeal in key wards like Dunmore."
    assert claims(text) == []


def test_a_time_after_an_inverted_verb_is_not_the_speaker() -> None:
    found = claims("“We had issues,” Ida Mayer, the studio’s chairman, said Tuesday at a forum in Kelso.")
    assert found == [("“We had issues,”", ("Ida Mayer",))]


def test_a_us_attorney_title_stays_with_the_name() -> None:
    found = claims("“Justice has been served,” said U.S. Attorney Erin Coble.")
    assert len(found) == 1
    assert "Erin Coble" in found[0][1][0]


def test_what_someone_may_believe_is_the_writers_guess() -> None:
    assert claims("The council may still believe the levy is a price worth paying.") == []


def test_believing_in_something_is_no_statement() -> None:
    assert claims("In fact, Norvane still believes in estate cars for their space and looks.") == []
    assert claims("Norvane believes the estate car will come back.") == [
        ("the estate car will come back", ("Norvane",))
    ]


# ---------------------------------------------------------------- a text that says


def test_a_statement_saying_gives_its_author_the_claim() -> None:
    assert claims("The club issued a statement on Tuesday saying the coach had resigned.") == [
        ("the coach had resigned", ("the club",))
    ]
    assert claims("Tomas Reyle posted a video claiming the photos were fake.") == [
        ("the photos were fake", ("Tomas Reyle",))
    ]


def test_a_statement_without_a_participle_says_nothing_yet() -> None:
    assert claims("The club issued a statement on Tuesday.") == []


def test_a_persons_view_or_message_after_a_copula_is_their_claim() -> None:
    assert claims("Ines Varo's view is that the ferry was sold too cheaply.") == [
        ("the ferry was sold too cheaply", ("Ines Varo",))
    ]
    assert claims("Ines Varo spoke last.", "Her message was simple: the ferry must stay public.") == [
        ("the ferry must stay public", ("Ines Varo",))
    ]


def test_a_hope_to_do_something_is_no_claim() -> None:
    assert claims("Ines Varo's hope is to finish the bridge by May.") == []


# ---------------------------------------------------------------- telling someone


def test_telling_a_listener_carries_the_subjects_words() -> None:
    assert claims("The governor defended the plan, telling reporters that the wing was safe.") == [
        ("the wing was safe", ("the governor",))
    ]
    assert claims("The coach praised his players, telling them they had earned the draw.") == [
        ("they had earned the draw", ("the coach",))
    ]


def test_telling_after_a_quotation_tag_gives_a_second_quotation() -> None:
    found = claims("“We all miss her,” Benn said, telling Ruiz, “you kept her values alive.”")
    assert found == [
        ("“We all miss her,”", ("Benn",)),
        ("“you kept her values alive.”", ("Benn",)),
    ]


def test_telling_stories_is_an_act() -> None:
    assert claims("She spent the day telling stories to the children.") == []


# ---------------------------------------------------------------- team, role, name; "via"


def test_a_team_and_a_position_before_a_name_make_the_name_the_subject() -> None:
    found = claims(
        "Hawks defenseman Ilan Roux, who joked about his sticks, could see the frustration.",
        "“He is used to scoring goals,” he said.",
    )
    assert found == [("“He is used to scoring goals,”", ("Ilan Roux",))]


def test_a_team_that_beats_another_names_no_person() -> None:
    from tui.model.ingest.phrases import subject_name

    assert subject_name("Harwick United beat Dunmore Town on Sunday.") == "Harwick United"
    assert subject_name("Labour leader Ada Quint visited the plant.") == "Ada Quint"


def test_an_outlet_after_via_between_commas_relays_the_speaker() -> None:
    assert claims("Orrin Vale, via the Ledger, said that the tackle was late.") == [
        ("the tackle was late", ("Orrin Vale", "the Ledger"))
    ]


# ---------------------------------------------------------------- quoted in, those close to, said nothing


def test_quoted_in_a_publication_as_saying() -> None:
    assert claims("Ortiz was quoted in Le Matin as saying the strike was over.") == [
        ("the strike was over", ("Ortiz", "Le Matin"))
    ]
    assert claims("Ortiz is quoted in the book as saying the strike was over.") == [
        ("the strike was over", ("Ortiz",))
    ]


def test_those_close_to_something_are_speakers() -> None:
    assert claims("Those close to the negotiations said a deal was unlikely before spring.") == [
        ("a deal was unlikely before spring", ("those close to the negotiations",))
    ]
    assert not valid_speaker("Those who said so")


def test_saying_nothing_reports_no_words() -> None:
    assert claims("Officials said nothing about the plan on Monday.") == []
    assert claims("The mayor said little about the budget.") == []


def test_a_verb_phrase_before_a_relative_clause_is_no_speaker() -> None:
    assert not valid_speaker("working in particular with the Coalition Forces")
    assert valid_speaker("striking workers")


def test_disputing_that_at_the_end_of_a_sentence_points_back() -> None:
    assert claims("Hydrologists at the board dispute that.") == []
    assert claims("Hydrologists at the board dispute that the dam is safe.") == [
        ("the dam is safe", ("hydrologists at the board",))
    ]


def test_a_long_role_held_in_a_named_body_between_commas() -> None:
    found = claims(
        "“We had issues with the launch,” Mayer, Corvane’s chairman of streaming and international, "
        "said Tuesday at a forum in Kelso."
    )
    assert found == [("“We had issues with the launch,”", ("Mayer",))]


# ---------------------------------------------------------------- outlets told in an email or comments


def test_an_outlet_addressed_in_an_email_or_comments_relays_the_speaker() -> None:
    expected = [("the ferry would run again", ("Ines Varo", "the Ledger"))]
    assert claims("In an email to the Ledger, Ines Varo said the ferry would run again.") == expected
    assert claims("In comments to the Ledger, Ines Varo said the ferry would run again.") == expected
    assert claims("Ines Varo, speaking to the Ledger, said the ferry would run again.") == expected
    assert claims("“It will run again,” Ines Varo said in an email to the Ledger.") == [
        ("“It will run again,”", ("Ines Varo", "the Ledger"))
    ]


def test_people_spoken_to_are_no_relay() -> None:
    assert claims("In remarks to supporters, Ines Varo said the ferry would run again.") == [
        ("the ferry would run again", ("Ines Varo",))
    ]


def test_testifying_is_a_statement_only_with_its_words() -> None:
    assert claims("Ambassador Ren Tolle testified on Wednesday before the harbour committee.") == []
    assert claims("Ren Tolle testified he had obeyed.") == [("he had obeyed", ("Ren Tolle",))]
    assert claims("The orders came from the top, Ren Tolle testified.") == [
        ("The orders came from the top", ("Ren Tolle",))
    ]


def test_said_of_something_after_a_quotation_is_its_tag() -> None:
    assert claims("“The line gave me all day,” Eli Voss said of his blockers.") == [
        ("“The line gave me all day,”", ("Eli Voss",))
    ]
    assert claims("Claims of fraud were dismissed by the court.") == []


# ---------------------------------------------------------------- a rep for someone, trades as titles


def test_a_rep_for_someone_is_not_that_person_later() -> None:
    found = claims(
        "Singer Mara Velt announced her engagement on Sunday.",
        "A rep for Velt confirmed the news to People.",
        "Velt previously told Vogue that she wanted a quiet wedding.",
    )
    assert ("she wanted a quiet wedding", ("Mara Velt", "Vogue")) in found


def test_a_trade_before_a_full_name_is_a_title() -> None:
    assert claims("“We found a way,” Coach Dana Ruell said after the game.") == [
        ("“We found a way,”", ("Dana Ruell",))
    ]


def test_with_someone_writing_a_quotation() -> None:
    assert claims("Fans filled the comments, with one writing, “Finally, some good news!”") == [
        ("“Finally, some good news!”", ("fans",))
    ]
    assert claims("He finished the book with his son writing the last chapter.") == []
