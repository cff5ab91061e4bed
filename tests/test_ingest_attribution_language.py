"""Attribution rules stated in terms of English, not of any page (issue 11, round 6).

Each rule has invented sentences that must be read as attribution and look-alikes that must not:
a broad reporting-verb lexicon (verbs of saying and thinking with a clause, manner-of-saying verbs
as quotation tags, "read" for a text's words), ...
"""

from __future__ import annotations

import pytest
from attribution_helpers import claims


def chain_of(found: list[tuple[str, tuple[str, ...]]], words: str) -> tuple[str, ...] | None:
    """The chain of the claim whose quote holds `words`."""
    return next((chain for quote, chain in found if words in quote), None)


# ---------------------------------------------------------------- the reporting-verb lexicon


@pytest.mark.parametrize(
    "verb",
    ["reiterated", "affirmed", "reaffirmed", "reasoned", "opined", "surmised", "objected", "averred",
     "attested", "concurred", "posited", "theorised", "repeated", "underlined", "clarified", "confided",
     "protested", "bragged", "grumbled", "remembered", "related"],
)  # fmt: skip
def test_a_verb_of_saying_with_a_that_clause_attributes_it(verb: str) -> None:
    found = claims(f"Vera Lund {verb} that the ferry had never run on time.")
    assert chain_of(found, "the ferry had never run on time") == ("Vera Lund",)


def test_a_listener_between_the_verb_and_the_clause_is_stepped_over() -> None:
    found = claims("Vera Lund informed the board that she would step down in March.")
    assert chain_of(found, "she would step down in March") is not None


def test_a_reckoning_without_that_still_reports_a_clause() -> None:
    found = claims("Vera Lund reckons the ferry will be sold within a year.")
    assert chain_of(found, "the ferry will be sold within a year") == ("Vera Lund",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vera Lund repeated the test three times.",
        "Vera Lund objected to the new timetable.",
        "Vera Lund remembered her keys at the last minute.",
        "The harbour board advised caution on the water.",
        "Vera Lund clarified her position at the meeting.",
        "Vera Lund protested outside the town hall.",
        "The ferry's troubles are related to the cold winter.",
        "Vera Lund felt the ground shake under the pier.",
    ],
)
def test_the_same_verbs_with_an_object_are_acts_not_statements(sentence: str) -> None:
    assert claims(sentence) == []


@pytest.mark.parametrize(
    "verb", ["shouted", "whispered", "exclaimed", "retorted", "laughed", "sighed", "muttered", "mused"]
)
def test_a_manner_of_saying_verb_tags_a_quotation(verb: str) -> None:
    found = claims(f"“The ferry is late again,” Vera Lund {verb}.")
    assert chain_of(found, "The ferry is late again") == ("Vera Lund",)


def test_a_manner_of_saying_verb_before_its_speaker_tags_a_quotation() -> None:
    found = claims("“The ferry is late again,” shouted Vera Lund.")
    assert chain_of(found, "The ferry is late again") == ("Vera Lund",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The crowd shouted and waved flags as the ferry came in.",
        "Vera Lund laughed at the joke and left the room.",
        "Vera Lund whispered to her neighbour during the film.",
        "The passengers sighed with relief when the ferry docked.",
    ],
)
def test_a_manner_of_saying_verb_alone_is_a_sound_not_a_statement(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_text_reads_its_quoted_words() -> None:
    found = claims("“The ferry will not run on Sundays,” read the notice from the harbour board.")
    assert chain_of(found, "The ferry will not run on Sundays") is not None
    found = claims("“The ferry will not run on Sundays,” the notice reads.")
    assert chain_of(found, "The ferry will not run on Sundays") == ("the notice",)
    found = claims("“The ferry will not run on Sundays,” read the memo.")
    assert chain_of(found, "The ferry will not run on Sundays") == ("the memo",)


def test_a_sign_only_labels() -> None:
    assert claims("The sign says Keep Out.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vera Lund read that the ferry had been sold and wrote to the board.",
        "She picked up the paper, read the notice and went home.",
        "Vera Lund reads the news every morning.",
    ],
)
def test_reading_is_not_a_text_speaking(sentence: str) -> None:
    assert claims(sentence) == []


# ---------------------------------------------------------------- a speech word used as a noun


def test_a_noun_that_is_also_a_speech_verb_leaves_the_verb_after_it() -> None:
    found = claims("The ferry had been overloaded, a coastguard report states.")
    assert chain_of(found, "The ferry had been overloaded") == ("a coastguard report",)
    found = claims("The report concluded that the ferry had been overloaded.")
    assert chain_of(found, "the ferry had been overloaded") == ("the report",)


def test_the_object_of_a_speech_verb_is_not_a_second_verb() -> None:
    assert claims("The harbour board advised caution on the water.") == []


def test_a_speech_verb_with_its_clause_still_speaks_after_the_subject() -> None:
    found = claims("The harbour board advised that the ferry should not sail in fog.")
    assert chain_of(found, "the ferry should not sail in fog") == ("the harbour board",)


def test_a_said_clause_whose_subject_is_a_speech_word_is_still_read() -> None:
    found = claims("Vera Lund said signal failures remain the ferry's biggest problem.")
    assert chain_of(found, "signal failures remain") == ("Vera Lund",)


# ---------------------------------------------------------------- appositives between speaker and verb


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ella Stone, of Greenpeace, said the harbour plan was a disaster.", "Ella Stone"),
        ("John Okafor, from Leeds, said the harbour plan was a disaster.", "John Okafor"),
        ("Ella Stone, with the Harbour Trust, said the harbour plan was a disaster.", "Ella Stone"),
        ("Ella Stone, Greenpeace's campaign director, said the harbour plan was a disaster.", "Ella Stone"),
        ("Rep. Tim Cole (R-Ohio) said the harbour plan was a disaster.", "Tim Cole"),
    ],
)
def test_the_speaker_before_an_appositive_of_place_body_or_party_speaks(sentence: str, speaker: str) -> None:
    chain = chain_of(claims(sentence), "the harbour plan was a disaster")
    assert chain is not None and speaker in chain[0]


def test_the_body_in_the_appositive_is_not_the_speaker() -> None:
    chain = chain_of(
        claims("Ella Stone, of Greenpeace, said the harbour plan was a disaster."), "harbour plan"
    )
    assert chain is not None and "Greenpeace" not in chain[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ella Stone, of Greenpeace, left the meeting early.",
        "The harbour plan (approved in May) was a disaster for the town.",
    ],
)
def test_an_appositive_without_a_speech_verb_attributes_nothing(sentence: str) -> None:
    assert claims(sentence) == []


# ---------------------------------------------------------------- a tag closing the sentence


@pytest.mark.parametrize(
    "verb", ["noted", "observed", "stated", "recalled", "conceded", "ruled", "countered"]
)
def test_a_tag_after_a_whole_clause_attributes_the_clause(verb: str) -> None:
    found = claims(f"The pier had been unsafe for years, Vera Lund {verb}.")
    assert chain_of(found, "The pier had been unsafe for years") == ("Vera Lund",)


def test_a_description_in_the_tag_is_not_the_subject_of_the_clause() -> None:
    found = claims("The owners had ignored every warning, the judge ruled.")
    assert chain_of(found, "The owners had ignored every warning") == ("the judge",)


@pytest.mark.parametrize(
    "sentence",
    [
        "After a long debate about the pier, the council agreed.",
        "The band played on the pier all night, the crowd laughed.",
        "Despite the warnings from the harbour board, the council continued.",
        "The ferry left at noon and the pier closed, then the town noted.",
    ],
)
def test_a_fronted_phrase_or_a_sound_before_the_subject_is_no_tag(sentence: str) -> None:
    assert claims(sentence) == []


# ---------------------------------------------------------------- beliefs without "that", two speakers


@pytest.mark.parametrize("word", ["confident", "sure", "certain", "convinced", "adamant"])
def test_a_conviction_with_a_that_less_clause_is_the_holders(word: str) -> None:
    found = claims(f"Vera Lund is {word} the pier will reopen in May.")
    assert chain_of(found, "the pier will reopen in May") == ("Vera Lund",)


@pytest.mark.parametrize(
    "sentence",
    ["Vera Lund is sure of her figures for the pier.", "Vera Lund is confident about the reopening in May."],
)
def test_a_conviction_without_a_clause_attributes_nothing(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_contrast_with_its_own_speaker_is_a_second_statement() -> None:
    found = claims("Vera Lund said the pier was unsafe but Tom Reyes said it could be saved.")
    assert chain_of(found, "the pier was unsafe") == ("Vera Lund",)
    assert chain_of(found, "it could be saved") == ("Tom Reyes",)


def test_a_later_clause_may_open_with_according_to() -> None:
    found = claims(
        "Vera Lund said the pier was unsafe, and according to the Harbour Trust, repairs start in June."
    )
    assert chain_of(found, "repairs start in June") == ("Harbour Trust",)


def test_a_contrast_inside_the_reported_clause_stays_with_its_speaker() -> None:
    found = claims("The crew claimed that the captain was still on deck but the storm had cut the radio.")
    assert len(found) == 1
    assert chain_of(found, "the storm had cut the radio") == ("the crew",)


# ---------------------------------------------------------------- who can speak


@pytest.mark.parametrize(
    "subject",
    ["The crew", "The pilot", "A sheriff's deputy", "The jury", "Her grandmother", "The county", "The zoo",
     "The nonprofit", "The plaintiffs", "The coroner", "The pastor"],
)  # fmt: skip
def test_people_and_bodies_news_quotes_can_speak(subject: str) -> None:
    found = claims(f"{subject} said the ferry had left without warning.")
    chain = chain_of(found, "the ferry had left without warning")
    assert chain is not None and len(chain) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The owners of the ferry, said to be worth millions, left the town.",
        "The crew shouted across the water as the ferry left.",
        "The county fair opened on Monday with a parade.",
    ],
)
def test_a_speaker_noun_without_speech_attributes_nothing(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_tag_after_the_clause_is_not_read_as_its_subject() -> None:
    found = claims("Vera Lund's lawyer, Ben Cole, said the owners lied.")
    assert chain_of(found, "the owners lied") is not None


# ---------------------------------------------------------------- listeners and questions


def test_an_outlet_spoken_to_after_to_is_a_listener_not_the_claim() -> None:
    found = claims("A man has been arrested over the fire, police confirmed to the Gazette.")
    assert chain_of(found, "A man has been arrested over the fire") is not None
    assert all("Gazette" not in quote for quote, _chain in found)


def test_a_person_spoken_to_passes_nothing_on() -> None:
    found = claims("“The pier is finished,” Vera Lund said to Tom Reyes.")
    assert chain_of(found, "The pier is finished") == ("Vera Lund",)


def test_a_question_in_the_speakers_own_paragraph_is_theirs() -> None:
    found = claims("“We asked for repairs,” Vera Lund said. “Why did nobody listen?”")
    assert chain_of(found, "Why did nobody listen?") == ("Vera Lund",)


def test_a_question_opening_the_next_paragraph_is_not_given_to_the_last_speaker() -> None:
    found = claims("“We asked for repairs,” Vera Lund said.", "“Did anyone reply to you?”")
    assert chain_of(found, "Did anyone reply") is None


# ---------------------------------------------------------------- a quotation after a colon


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Vera Lund: “The pier is finished, and everyone knows it.”", "Vera Lund"),
        ("Vera Lund was blunt: “The pier is finished, and everyone knows it.”", "Vera Lund"),
        ("Vera Lund had a simple message for the council: “The pier is finished for good.”", "Vera Lund"),
    ],
)
def test_the_subject_before_a_colon_says_the_quotation_after_it(sentence: str, speaker: str) -> None:
    assert chain_of(claims(sentence), "The pier is finished") == (speaker,)


def test_a_pronoun_before_the_colon_is_the_person_just_named() -> None:
    found = claims(
        "Vera Lund has run the harbour for a decade.", "She was blunt: “The pier is finished for good.”"
    )
    assert chain_of(found, "The pier is finished") == ("Vera Lund",)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rules are simple: “No dogs on the pier at any time.”",
        "Monday, May 4: “The pier is finished for good.”",
        "The headline in the Gazette: “Pier is finished for good”",
        "Update: “The pier is finished for good.”",
    ],
)
def test_a_text_or_a_date_before_the_colon_is_no_speaker(sentence: str) -> None:
    assert claims(sentence) == []


# ---------------------------------------------------------------- a statement as the purpose of an act


@pytest.mark.parametrize(
    "act",
    ["used her speech to warn", "took to Twitter to say", "went on television to argue", "held a press "
     "conference to announce"],
)  # fmt: skip
def test_an_act_of_communication_whose_purpose_is_a_clause_reports_it(act: str) -> None:
    found = claims(f"Vera Lund {act} that the pier could collapse within a year.")
    assert chain_of(found, "the pier could collapse within a year") == ("Vera Lund",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vera Lund took to the stage to announce the winners of the regatta.",
        "The council was expected to say more about the pier in June.",
        "Vera Lund used her savings to buy the old pier.",
    ],
)
def test_an_act_without_a_reported_clause_attributes_nothing(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_participle_after_an_irregular_past_tense_keeps_the_subject() -> None:
    found = claims("Vera Lund went further, saying the pier could collapse within a year.")
    assert chain_of(found, "the pier could collapse within a year") == ("Vera Lund",)


# ---------------------------------------------------------------- an estimate put at a figure


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The harbour board put the cost of repairs at $4.2 million.", "the harbour board"),
        ("Engineers peg the cost of repairs at about $4 million, twice the budget.", "engineers"),
        ("The Harbour Trust placed the number of visitors at 12,000 a year.", "Harbour Trust"),
    ],
)
def test_a_quantity_put_at_a_figure_is_the_subjects_estimate(sentence: str, speaker: str) -> None:
    found = claims(sentence)
    assert len(found) == 1 and speaker in found[0][1][0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vera Lund put the bag at the door of the harbour office.",
        "The pier, valued at $4 million, was sold to a developer.",
        "Damage to the pier was estimated at $4 million.",
        "The bank kept its rate at 5% for the third month.",
    ],
)
def test_placing_a_thing_or_a_passive_estimate_is_no_ones_claim(sentence: str) -> None:
    assert claims(sentence) == []


# ---------------------------------------------------------------- a title that points back to a person


def test_a_description_by_title_is_the_one_person_named_with_it() -> None:
    found = claims(
        "Former harbour minister Vera Lund visited the pier on Monday.",
        "“I have never seen anything like it,” the former minister said.",
    )
    assert chain_of(found, "never seen anything like it") == ("Vera Lund",)


def test_a_role_in_an_appositive_is_a_title_too() -> None:
    found = claims(
        "Vera Lund, the Labour MP for Eastport, visited the pier.",
        "The MP said the damage was the worst she had seen.",
    )
    assert chain_of(found, "the damage was the worst") == ("Vera Lund",)


def test_two_people_with_the_title_leave_the_description_unresolved() -> None:
    found = claims(
        "Harbour minister Vera Lund and transport minister Tom Reyes visited the pier.",
        "The minister said the damage was the worst in years.",
    )
    chain = chain_of(found, "the damage was the worst")
    assert chain is not None and chain[0] not in ("Vera Lund", "Tom Reyes")


# ---------------------------------------------------------------- attribution inside a quotation


def test_a_third_party_quoted_inside_a_quotation_heads_a_nested_chain() -> None:
    found = claims(
        "“We warned them for years, and the Harbour Trust said the pier would not last another winter,” "
        "Vera Lund said."
    )
    assert ("the pier would not last another winter", ("Harbour Trust", "Vera Lund")) in found
    assert chain_of(found, "We warned them for years") == ("Vera Lund",)


@pytest.mark.parametrize(
    "inner",
    [
        "he said the pier would not last another winter",
        "my father told me the pier would not last another winter",
        "I said the pier would not last another winter",
    ],
)
def test_a_pronoun_or_the_speakers_own_story_inside_a_quotation_stays_theirs(inner: str) -> None:
    found = claims(f"“We warned them for years, and {inner},” Vera Lund said.")
    assert {chain for _quote, chain in found} == {("Vera Lund",)}


# ---------------------------------------------------------------- speech without an active speech verb


def test_the_agent_of_a_passive_told_is_the_speaker() -> None:
    found = claims("Vera Lund was told by engineers that the pier was unsafe.")
    assert chain_of(found, "the pier was unsafe") == ("engineers",)


def test_a_passive_told_without_an_agent_attributes_nothing() -> None:
    assert claims("Vera Lund was told to leave the pier at once.") == []


@pytest.mark.parametrize("verb", ["could be heard saying", "was heard saying", "was recorded saying"])
def test_speech_heard_or_recorded_is_the_speakers(verb: str) -> None:
    found = claims(f"“Get off the pier right now,” a guard {verb}.")
    assert chain_of(found, "Get off the pier right now") == ("a guard",)


def test_being_heard_or_seen_without_speech_is_no_claim() -> None:
    assert claims("A guard was seen running along the pier at night.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Vera Lund's claim that the pier could collapse was rejected by the council.", "Vera Lund"),
        ("The Harbour Trust's warning that the pier could collapse went unheeded.", "Harbour Trust"),
    ],
)
def test_a_noun_of_saying_with_a_that_clause_is_its_owners_claim(sentence: str, speaker: str) -> None:
    chain = chain_of(claims(sentence), "the pier could collapse")
    assert chain is not None and speaker in chain[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vera Lund's claim to the land was rejected by the council.",
        "The trust's view of the harbour is spectacular from the pier.",
        "The fact that the pier could collapse worried the council.",
    ],
)
def test_a_noun_of_saying_without_a_that_clause_or_owner_is_no_claim(sentence: str) -> None:
    assert claims(sentence) == []


def test_an_aside_on_how_it_was_said_sits_between_speaker_and_verb() -> None:
    found = claims("Vera Lund, in a phone interview with the Gazette, said the pier was unsafe.")
    assert chain_of(found, "the pier was unsafe") is not None and chain_of(found, "the pier was unsafe")[
        0
    ] == ("Vera Lund")


@pytest.mark.parametrize(
    "sentence", ["Vera Lund doubts the pier is safe.", "Vera Lund doubted that the pier was safe."]
)
def test_a_doubt_disputes_the_clause(sentence: str) -> None:
    assert chain_of(claims(sentence), "the pier") == ("Vera Lund",)


def test_doubt_as_a_noun_or_with_an_object_is_no_claim() -> None:
    assert claims("Vera Lund never doubted her crew on the pier.") == []


def test_a_question_after_a_colon_claims_nothing() -> None:
    assert claims("Vera Lund had one question: “Who will pay for all of this?”") == []


def test_a_thing_placed_at_an_address_is_no_estimate() -> None:
    assert claims("The council placed the statue at 12 Harbour Road.") == []


def test_a_viewpoint_opener_introduces_the_quotation_after_it() -> None:
    found = claims(
        "For Vera Lund, the answer is simple.", "“The pier is finished for good. We need a new one.”"
    )
    assert chain_of(found, "We need a new one") == ("Vera Lund",)


def test_a_viewpoint_opener_without_a_name_introduces_no_one() -> None:
    found = claims(
        "For the town, the answer is simple.", "“The pier is finished for good. We need a new one.”"
    )
    assert found == []


# ---------------------------------------------------------------- pronouns and second references


@pytest.mark.parametrize(
    ("honorific", "name"), [("Mr Reyes", "Tom Reyes"), ("Ms Lund", "Vera Lund"), ("Dr. Lund", "Vera Lund")]
)
def test_an_honorific_and_surname_is_the_full_name_met_earlier(honorific: str, name: str) -> None:
    found = claims(
        "The mayor, Tom Reyes, met Vera Lund on Monday.", f"{honorific} said the meeting went well."
    )
    assert chain_of(found, "the meeting went well") == (name,)


def test_an_honorific_with_two_people_of_that_surname_stays_as_written() -> None:
    found = claims("Tom Reyes met Ivo Reyes on Monday.", "Mr Reyes said the meeting went well.")
    assert chain_of(found, "the meeting went well") == ("Mr Reyes",)
    # Of a man and a woman of that surname, the honorific says which (speakers28).
    found = claims("Tom Reyes met Ana Reyes on Monday.", "Mr Reyes said the meeting went well.")
    assert chain_of(found, "the meeting went well") == ("Tom Reyes",)


def test_a_name_referred_to_with_which_is_it() -> None:
    found = claims(
        "Acme Marine, which owns the pier, said it would appeal.", "It added that the closure was unlawful."
    )
    assert chain_of(found, "the closure was unlawful") == ("Acme Marine",)


def test_it_may_reach_back_over_one_sentence_to_a_body() -> None:
    found = claims(
        "The Harbour Trust closed the pier on Monday.",
        "The decision angered fishermen.",
        "It said repairs would take a year.",
    )
    assert chain_of(found, "repairs would take a year") == ("Harbour Trust",)


def test_they_is_the_group_that_opened_the_sentence_before() -> None:
    found = claims("Fishermen protested at the harbour on Monday.", "They said the closure would ruin them.")
    assert chain_of(found, "the closure would ruin them") == ("Fishermen",)


def test_they_after_a_sentence_about_numbers_names_no_one() -> None:
    found = claims("Numbers at the harbour fell on Monday.", "They said the closure would ruin them.")
    assert chain_of(found, "the closure would ruin them") in (None, ())


def test_a_body_description_is_the_thing_just_named_with_which() -> None:
    found = claims(
        "Acme Marine, which owns the pier, said it would appeal.",
        "The company added that the closure was unlawful.",
    )
    assert chain_of(found, "the closure was unlawful") == ("Acme Marine",)


def test_a_person_description_is_not_the_thing_named_with_which() -> None:
    found = claims(
        "Acme Marine, which owns the pier, said it would appeal.",
        "The engineer added that the closure was unlawful.",
    )
    assert chain_of(found, "the closure was unlawful") != ("Acme Marine",)


# ---------------------------------------------------------------- a quotation running over paragraphs


def test_an_unclosed_quotation_paragraph_is_said_by_the_speaker_tagged_in_the_next() -> None:
    found = claims(
        "The council met on Monday.",
        "“The pier is finished. Nobody will rebuild it.",
        "“We have tried for years,” Vera Lund said.",
    )
    assert found[0] == ("The pier is finished", ("Vera Lund",))
    assert chain_of(found, "Nobody will rebuild it") == ("Vera Lund",)


def test_a_closed_quotation_paragraph_is_not_given_to_the_next_speaker() -> None:
    found = claims(
        "The council met on Monday.",
        "“The pier is finished. Nobody will rebuild it.”",
        "“We have tried for years,” Vera Lund said.",
    )
    assert chain_of(found, "Nobody will rebuild it") is None


def test_an_unclosed_quotation_before_a_paragraph_of_narration_stays_unattributed() -> None:
    found = claims("“The pier is finished. Nobody will rebuild it.", "Vera Lund said the council had met.")
    assert chain_of(found, "Nobody will rebuild it") is None
