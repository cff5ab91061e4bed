"""Forms of attribution found missing on pages the rules were not written against (issue 11, round 5).

Sentences are invented for each form; every rule has a sentence next to it that must not be read
as that form.
"""

from __future__ import annotations

from attribution_helpers import claims, claims_in

from tui.model.ingest.sentences import split_sentences

# ---------------------------------------------------------------- tags between commas


def test_a_tag_between_commas_names_the_speaker_after_the_verb() -> None:
    found = claims(
        "The depot now runs more than 1,400 buses, said Transport Director Lena Moss, and the city "
        "signed a contract this month to electrify half of them."
    )
    assert found == [
        ("The depot now runs more than 1,400 buses", ("Lena Moss",)),
        ("the city signed a contract this month to electrify half of them", ("Lena Moss",)),
    ]


def test_words_after_a_quotation_do_not_become_the_speaker() -> None:
    found = claims("“We are a village like any other” trying to stay open, says Ada Lind, the parish clerk.")
    assert len(found) == 1
    assert found[0][1] == ("Ada Lind",)


def test_a_subject_with_an_appositive_name_still_tells_a_listener() -> None:
    found = claims("The board's chair, Omar Tate, told the Herald that the vote was final.")
    assert found == [("the vote was final", ("Omar Tate", "the Herald"))]


def test_a_subject_with_an_appositive_still_says_a_clause() -> None:
    found = claims("Nell Ives, the harbour master, said the pier will close for the winter.")
    assert found == [("the pier will close for the winter", ("Nell Ives",))]


# ---------------------------------------------------------------- time before or after the speaker


def test_a_time_phrase_before_the_subject_is_not_the_speaker() -> None:
    found = claims("This week Norvane announced it had doubled the range of its batteries.")
    assert found == [("it had doubled the range of its batteries", ("Norvane",))]


def test_a_weekday_between_the_speaker_and_the_verb() -> None:
    found = claims("Mayor Ruth Okafor Tuesday said the bridge would reopen in March.")
    assert found == [("the bridge would reopen in March", ("Ruth Okafor",))]


def test_a_time_phrase_alone_before_a_verb_is_not_a_speaker() -> None:
    assert claims("Last week said nothing about how the rules would change.") == []


# ---------------------------------------------------------------- titles and places in the speaker


def test_an_honorific_with_a_full_stop_does_not_end_the_sentence() -> None:
    text = "“The port will be ready by spring,” Senator the Hon. Ada Brisk told reporters. She left."
    assert [s.text for s in split_sentences(text)] == [text[:-10], "She left."]
    assert claims(text)[0][1] == ("Ada Brisk",)


def test_a_town_and_its_state_stay_in_the_speaker() -> None:
    found = claims(
        "Officials in Pell County, Ohio — where the plant stands — announced that the site will close."
    )
    assert found == [("the site will close", ("Officials in Pell County, Ohio",))]


def test_a_person_from_a_town_and_country() -> None:
    found = claims("A farmer from Tarn, France, said the harvest was the worst in a decade.")
    assert found == [("the harvest was the worst in a decade", ("A farmer from Tarn, France",))]


def test_a_country_after_an_opening_clause_still_speaks_alone() -> None:
    found = claims("After the storm in Leeds, England said the flood defences had held.")
    assert found == [("the flood defences had held", ("England",))]


# ---------------------------------------------------------------- calls, urgings and stated positions


def test_a_call_for_something_is_the_callers_position() -> None:
    found = claims("Governor Tess Vale on Friday called for calm after the port was closed.")
    assert found == [("called for calm after the port was closed", ("Tess Vale",))]


def test_an_urging_then_what_was_said_while_urging() -> None:
    found = claims("Dr Ines Pardo urged patience, saying the tests would take a week.")
    assert found == [
        ("urged patience", ("Ines Pardo",)),
        ("the tests would take a week", ("Ines Pardo",)),
    ]


def test_a_request_put_to_a_listener_is_a_claim_of_whoever_asks() -> None:
    # Round 11: the annotation conventions of the held-out sets count urging as a claim.
    assert claims("The council urged residents to stay indoors.") == [
        ("urged residents to stay indoors", ("the council",))
    ]
    assert claims("The union urged the board, which meets on Monday, to drop the plan.")[0][1] == (
        "the union",
    )
    assert claims("Residents were urged to stay indoors.") == []


def test_calls_as_a_noun_or_a_thing_that_needs_something_are_not_claims() -> None:
    assert claims("There were calls for a recount in three districts.") == []
    assert claims("The recipe calls for two eggs and a cup of flour.") == []


def test_a_voiced_position_is_attributed() -> None:
    found = claims("The premier has voiced her support for a yearly summit on fisheries.")
    assert found == [("voiced her support for a yearly summit on fisheries", ("the premier",))]


def test_underscoring_needs_a_speaker() -> None:
    found = claims("The mayor underscored the importance of the ferry to the island.")
    assert found == [("the importance of the ferry to the island", ("the mayor",))]
    assert claims("The outage underscored the risks of a single supplier.") == []


def test_a_call_in_progress() -> None:
    found = claims("The nurses are calling for a new pay deal for night shifts.")
    assert found == [("calling for a new pay deal for night shifts", ("the nurses",))]
    assert claims("Water is called for in the second step of the recipe.") == []


# ---------------------------------------------------------------- texts, studies, second speakers


def test_regulations_state_what_they_require() -> None:
    found = claims("The new rules state that shops must shut their doors by ten at night.")
    assert found == [("shops must shut their doors by ten at night", ("the new rules",))]
    assert claims("The bill would raise the tax on sugar by a third.") == []


def test_details_of_a_law_reveal() -> None:
    found = claims("Details of the bill have now revealed that the fine can be doubled for a second offence.")
    assert found == [("the fine can be doubled for a second offence", ("details of the bill",))]


def test_studies_point_out() -> None:
    found = claims("A body of studies has pointed out that sleep clears waste from the brain.")
    assert found == [("sleep clears waste from the brain", ("a body of studies",))]
    assert claims("The guide pointed out the old mill on the hill.") == []


def test_a_second_speaker_after_a_dash() -> None:
    found = claims(
        "On the forum, some wrote that the fees were too high — while others said the service was worth it."
    )
    assert found == [
        ("the fees were too high", ("some",)),
        ("the service was worth it", ("others",)),
    ]


def test_raised_concerns_nested_in_according_to() -> None:
    found = claims("Tenants raised concerns about damp in the flats, according to the local paper.")
    assert found == [("raised concerns about damp in the flats", ("tenants", "the local paper"))]


def test_an_intention_is_not_a_statement() -> None:
    assert claims("Drivers who expect to arrive late must call the depot.") == []
    found = claims("The firm expects that sales will fall this year.")
    assert found == [("sales will fall this year", ("the firm",))]


# ---------------------------------------------------------------- made clear, relative clauses, words of


def test_made_clear_is_a_statement() -> None:
    found = claims("The new law makes clear that ships may not enter the bay at night.")
    assert found == [("ships may not enter the bay at night", ("the new law",))]
    assert claims("It is clear that the road will not reopen this year.") == []


def test_clear_to_a_holder() -> None:
    found = claims("It has become clear to geologists that the fault moves every century.")
    assert found == [("the fault moves every century", ("geologists",))]
    assert claims("It is clear to me that the fault moves every century.") == []


def test_people_named_after_a_preposition_with_who_said() -> None:
    found = claims("The plan was opposed by a group of nurses who said the wards were already full.")
    assert found == [("the wards were already full", ("a group of nurses",))]
    assert claims("Residents who said they heard the blast were moved to a shelter.") == []


def test_a_restrictive_relative_clause_after_the_subject() -> None:
    found = claims("Officials who spoke on condition of anonymity said the talks had stalled.")
    assert found == [("the talks had stalled", ("officials",))]


def test_in_someones_words() -> None:
    found = claims("In Dr. Lea Moor's words, “Could the tide be turning at last?”")
    assert found == [("“Could the tide be turning at last?”", ("Lea Moor",))]
    assert claims("In other words, the tide is turning at last.") == []


# ---------------------------------------------------------------- the article's own outlet


def test_a_listener_that_is_the_articles_own_outlet_passes_nothing_on() -> None:
    text = "“The levee will hold,” Rosa Quill told the Dale Courier."
    assert claims_in("The Dale Courier", text) == [("“The levee will hold,”", ("Rosa Quill",))]
    assert claims_in("Harbour Times", text) == [
        ("“The levee will hold,”", ("Rosa Quill", "the Dale Courier"))
    ]


def test_the_outlets_own_reporter_is_not_a_source() -> None:
    text = "Dale Courier's Tom Reed reports: the levee was raised by a metre last spring."
    assert claims_in("Dale Courier", text) == []


# ---------------------------------------------------------------- what a speaker added to the same listener


def test_what_a_speaker_added_went_to_the_same_outlet() -> None:
    found = claims(
        "Ada Finch told Variety: “I am taking the summer off.”",
        "But she added, “I will be back on stage next year.”",
    )
    assert found == [
        ("“I am taking the summer off.”", ("Ada Finch", "Variety")),
        ("“I will be back on stage next year.”", ("Ada Finch", "Variety")),
    ]


def test_a_claim_between_breaks_the_listener() -> None:
    found = claims(
        "“We are done waiting,” Mia Holt told Reuters.",
        "Holt said the strike would last two days.",
        "She added that the union could extend it by a week.",
    )
    assert [chain for _quote, chain in found] == [("Mia Holt", "Reuters"), ("Mia Holt",), ("Mia Holt",)]


def test_an_addition_in_a_statement_went_elsewhere() -> None:
    found = claims(
        "Ada Finch told Variety: “I am taking the summer off.”",
        "She later added in a statement that the tour was cancelled.",
    )
    assert found[1][1] == ("Ada Finch",)


# ---------------------------------------------------------------- documents described by a participle


def test_a_study_described_by_a_participle_finds() -> None:
    found = claims("A study published in May found that night shifts raise blood pressure.")
    assert found == [("night shifts raise blood pressure", ("A study published in May",))]


def test_a_finding_nested_in_what_someone_said() -> None:
    found = claims("The minister said a survey found that most wells were dry.")
    assert found == [("most wells were dry", ("a survey", "the minister"))]


def test_a_thought_about_a_noun_is_not_a_claim() -> None:
    assert claims("The riders turned in the direction that they thought the wind had moved.") == []
    found = claims("Engineers said that they thought the dam would hold.")
    assert found == [("they thought the dam would hold", ("engineers",))]


# ---------------------------------------------------------------- US wire style


def test_party_and_state_after_a_lawmaker_are_not_the_speaker() -> None:
    found = claims("Rep. Jo Pike, R-Ohio, said the farm bill would pass by June.")
    assert found == [("the farm bill would pass by June", ("Jo Pike",))]


def test_a_participle_after_a_report_is_not_the_speaker() -> None:
    found = claims("The audit, released Monday, found that a third of the bridges needed repair.")
    assert found == [("a third of the bridges needed repair", ("the audit",))]


def test_a_bare_weekday_between_verb_and_clause() -> None:
    found = claims("The ministry said Tuesday the border would reopen within a week.")
    assert found == [("the border would reopen within a week", ("the ministry",))]


# ---------------------------------------------------------------- a role as a pronoun's antecedent


def test_a_pronoun_after_a_role_that_opened_the_sentence_before() -> None:
    found = claims(
        "The mayor was asked whether the ferry was safe.", "“Yes, we inspect it every month,” she replied."
    )
    assert found == [("“Yes, we inspect it every month,”", ("the mayor",))]


def test_a_role_in_a_sentence_far_back_is_not_the_pronouns_antecedent() -> None:
    found = claims(
        "The mayor was asked whether the ferry was safe.",
        "The ferry sails twice a day. It carries forty cars. Tickets cost five pounds.",
        "“We inspect it every month,” she replied.",
    )
    assert found == []  # an unresolved "she" makes no claim


def test_a_time_or_channel_then_a_clause_without_that() -> None:
    assert claims("Norvane said on Monday it would shut the smelter.") == [
        ("it would shut the smelter", ("Norvane",))
    ]
    assert claims("Norvane said in a statement the smelter had lost money for years.") == [
        ("the smelter had lost money for years", ("Norvane",))
    ]


# ---------------------------------------------------------------- wire sourcing and texts that read


def test_people_familiar_with_the_matter() -> None:
    assert claims("People familiar with the matter said the merger could close this week.") == [
        ("the merger could close this week", ("people familiar with the matter",))
    ]
    assert claims("Two people close to the talks told Reuters the merger could close this week.") == [
        ("the merger could close this week", ("two people close to the talks", "Reuters"))
    ]


def test_court_documents_show_without_that() -> None:
    assert claims("Court documents show the firm moved the money in May.") == [
        ("the firm moved the money in May", ("court documents",))
    ]


def test_a_letter_signed_by_many_warns() -> None:
    assert claims("The letter, signed by 40 nurses, warns that the wards are full.") == [
        ("the wards are full", ("the letter",))
    ]


def test_a_text_reads() -> None:
    assert claims("The statement read: “We regret the delay to the ferry.”") == [
        ("“We regret the delay to the ferry.”", ("the statement",))
    ]
    assert claims("“We regret the delay to the ferry,” the notice reads.") == [
        ("“We regret the delay to the ferry,”", ("the notice",))
    ]
    assert claims("He read the report on the train home.") == []


def test_as_someone_put_it() -> None:
    assert claims("As Ruth Okafor put it, the ferry is the island's lifeline.") == [
        ("the ferry is the island's lifeline", ("Ruth Okafor",))
    ]
    assert claims("Ruth Okafor put it bluntly: “The ferry is our lifeline.”") == [
        ("“The ferry is our lifeline.”", ("Ruth Okafor",))
    ]


# ---------------------------------------------------------------- a tag that opens the next quotation


def test_a_tag_ending_in_a_colon_is_no_claim_of_its_own() -> None:
    found = claims("Health minister Jo Bell said:", "“The wards are full. We need more nurses.”")
    assert found == [("The wards are full", ("Jo Bell",)), ("We need more nurses.", ("Jo Bell",))]
    found = claims("In a statement, Norvane said:", "“We regret the delay.”")
    assert found == [("“We regret the delay.”", ("Norvane",))]


def test_a_claim_before_a_colon_stays() -> None:
    found = claims("Officials said the plan had three parts:", "Roads, rail and ports.")
    assert found == [("the plan had three parts", ("officials",))]


def test_speaking_on_a_day_is_not_a_publication() -> None:
    found = claims("Speaking on Monday, Jo Bell told the BBC:", "“We regret the delay.”")
    assert found == [("“We regret the delay.”", ("Jo Bell", "the BBC"))]


def test_an_opening_conjunction_before_a_described_subject() -> None:
    found = claims("But a senior official, speaking on condition of anonymity, said the talks had failed.")
    assert found == [("the talks had failed", ("a senior official",))]


def test_a_possessive_description_then_the_name_is_a_pronouns_antecedent() -> None:
    found = claims("Her deputy, Tom Hale, disagreed.", "“The plan can still be saved,” he said.")
    assert found == [("“The plan can still be saved,”", ("Tom Hale",))]


def test_studies_have_shown() -> None:
    assert claims("Studies have shown that the vaccine cuts hospital stays.") == [
        ("the vaccine cuts hospital stays", ("studies",))
    ]
    assert claims("The vaccine has shown promise in early trials.") == []


def test_citing_at_the_start_of_the_sentence() -> None:
    found = claims("Citing two officials, the Herald reported that the minister had resigned.")
    assert found == [("the minister had resigned", ("two officials", "the Herald"))]


def test_a_proposal_by_someone_who_can_speak() -> None:
    assert claims("The premier proposed a yearly summit on fisheries.") == [
        ("proposed a yearly summit on fisheries", ("the premier",))
    ]
    assert claims("Evidence suggested a link between the two.") == []


# ---------------------------------------------------------------- "with X saying …", whose quotation goes on


def test_with_someone_saying() -> None:
    assert claims("The bridge closed at noon, with engineers saying the cables were unsafe.") == [
        ("the cables were unsafe", ("engineers",))
    ]
    assert claims("The trial opened, with the prosecution describing him as “the brains of the plot.”") == [
        ("“the brains of the plot.”", ("the prosecution",))
    ]
    assert claims("He left the hall with his dog barking at the door.") == []


def test_a_quotation_a_colon_opens_without_a_speaker_is_not_the_last_speakers() -> None:
    found = claims(
        "“The vote was fair,” said Ana Ross.",
        "The judge let the accused read a long speech: “I alone am to blame. I regret nothing at all.”",
    )
    assert found == [("“The vote was fair,”", ("Ana Ross",))]


def test_a_quotation_opened_with_an_unread_verb_still_goes_on() -> None:
    found = claims(
        "“The vote was fair,” said Ana Ross.",
        "Ross went on, “We counted every ballot. Nobody was turned away.”",
    )
    assert found[-1] == ("Nobody was turned away.", ("Ana Ross",))


def test_went_on_reads_as_said() -> None:
    assert claims("Ana Ross went on to say that the count was fair.") == [
        ("the count was fair", ("Ana Ross",))
    ]
    assert claims("“The count was fair,” Ana Ross went on.") == [("“The count was fair,”", ("Ana Ross",))]
    assert claims("The count went on until dawn.") == []


def test_in_someones_view() -> None:
    assert claims("In the board's view, the merger is dead.") == [("the merger is dead", ("the board",))]


def test_both_or_all_between_the_speakers_and_the_verb() -> None:
    assert claims("The two ministers both said the count was fair.") == [
        ("the count was fair", ("the two ministers",))
    ]


def test_both_and_inside_a_document_phrase() -> None:
    found = claims("As the authors explain, research in both mice and rats shows that sleep clears waste.")
    assert found == [("sleep clears waste", ("research in both mice and rats", "the authors"))]
