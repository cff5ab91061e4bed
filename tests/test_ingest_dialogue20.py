"""Speaker choice in exchanges (issue 11; dialog19's rules, brought back by dialog20 with guards):
debates and interviews alternate speakers, and a quotation must go to the one speaking, not the person
named last. Every sentence here is invented; each new reading sits next to one the same rule must leave
alone, and each guard (the last sections) states what the rule must never do.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.dialogue import (
    kin_subject_gender,
    name_before_setting,
    opening_subject,
    owned_name,
    subject_pronoun_span,
)
from tui.model.ingest.phrases import subject_name
from tui.model.ingest.speaker_context import role_subject


def _subject(sentence: str) -> str | None:
    """The subject as analyze reads it: the generic readers, mended by opening_subject."""
    return opening_subject(sentence, subject_name(sentence) or role_subject(sentence))


# ---------------------------------------------------------------- the subject a sentence opens on


def test_a_participle_clause_is_not_the_subject_the_name_after_its_comma_is() -> None:
    sentence = "Speaking of the harbour plan, Odile Marsh declared herself proven right."
    assert _subject(sentence) == "Odile Marsh"
    assert _subject("Reflecting on the vote, Marsh said little.") == "Marsh"


def test_a_conjunction_then_a_name_with_an_appositive_opens_on_that_name() -> None:
    sentence = "And Tarrow, a fierce critic of the toll in the race, again accused the council of waste."
    assert _subject(sentence) == "Tarrow"


def test_a_fronted_clause_that_calls_its_name_he_is_not_the_she_of_the_main_clause() -> None:
    assert _subject("As Tarrow waved off the jeers he drew, she added: “Shame.”") is None
    assert _subject("When Tarrow was stopped, he said he was late.") == "Tarrow"


def test_a_pronoun_right_after_another_name_is_that_persons_not_the_subjects() -> None:
    assert subject_pronoun_span(" tore into Quill over her record on tolls.") == " tore into "
    assert subject_pronoun_span(" thanked her staff in Lisbon.") == " thanked her staff in Lisbon."


# ---------------------------------------------------------------- who says it in a debate


def test_she_added_after_a_clause_about_her_rival_stays_with_her() -> None:
    found = claims(
        "Odile Marsh met Ivo Tarrow on stage. Tarrow mocked Marsh's son for his phone.",
        "“Keep my son out of this,” Marsh shot back. As Tarrow waved off the jeers he drew, she added: "
        "“You are a disgrace.”",
    )
    assert ("“You are a disgrace.”", ("Odile Marsh",)) in found


def test_he_said_after_a_rival_is_the_man_the_sentence_before_was_about() -> None:
    found = claims(
        "Ivo Tarrow tore into Odile Marsh over her record on the harbour.",
        "“The harbour is a swamp of debt,” Marsh said.",
        "And Tarrow, a fierce critic of the toll, again accused the council of waste.",
        "“Nobody here can count,” he said.",
    )
    assert ("“Nobody here can count,”", ("Ivo Tarrow",)) in found


# ---------------------------------------------------------------- the name right after the quotation


def test_the_name_right_after_a_quotation_speaks_it_whatever_the_tags_tail_names() -> None:
    found = claims(
        "“You are a disgrace,” Ivo Tarrow said on stage.",
        "“Keep my son out of this,” Marsh shot back in a reply that drew loud cheers from the hall, as well "
        "as a few jeers from Tarrow.",
    )
    assert ("“Keep my son out of this,”", ("Marsh",)) in found
    assert all(chain != ("Ivo Tarrow",) for quote, chain in found if "son" in quote)


def test_an_added_of_tag_names_who_added_not_the_last_speaker() -> None:
    found = claims(
        "“Ships must sail,” Vera Lund said.",
        "“This is no choice at all,” Tom Reyes added of whether the port should stay open.",
    )
    assert ("“This is no choice at all,”", ("Tom Reyes",)) in found


def test_a_quotation_followed_by_a_lowercase_word_gets_no_name_tag() -> None:
    found = claims("“Ships must sail,” Vera Lund said.", "“The port stays open,” the harbour master added.")
    assert all(chain != ("The",) for _quote, chain in found)


def test_a_name_with_an_appositive_right_after_the_quotation_still_speaks_it() -> None:
    found = claims(
        "Tarrow brought up Marsh’s son, noting he rides a scooter. “You are a disgrace,” Marsh, who is "
        "usually calm on stage, snapped back."
    )
    assert ("“You are a disgrace,”", ("Marsh",)) in found


# ---------------------------------------------------------------- a subject carried by he/she


def test_a_sentence_opening_on_he_goes_on_with_the_subject_before_for_the_next_tag() -> None:
    found = claims(
        "“The toll must go,” Ivo Tarrow said.",
        "Piet Varga was the odd one out on the harbour question. He broke with his rivals on the toll.",
        "“We do not ban boats,” he said.",
    )
    assert ("“We do not ban boats,”", ("Piet Varga",)) in found


def test_without_a_named_subject_before_he_stays_with_the_man_who_spoke() -> None:
    found = claims(
        "“The toll must go,” Ivo Tarrow said.",
        "The harbour question split the room. He broke with his rivals on the toll.",
        "“We do not ban boats,” he said.",
    )
    assert ("“We do not ban boats,”", ("Ivo Tarrow",)) in found


# ---------------------------------------------------------------- a speaker inside the quotation


def test_a_cue_inside_a_running_quotation_leaves_the_quotation_with_its_speaker() -> None:
    found = claims(
        "Ada Quill, a councillor, said: “The estate is a fine place to live.",
        "“At the same time, we lack homes. Families are split up, and farmers say they cannot work. "
        "Nobody listens to us.”",
    )
    assert all(chain == ("Ada Quill",) for _quote, chain in found)
    assert any("Nobody listens" in quote for quote, _chain in found)


def test_a_speaker_after_the_closing_mark_still_speaks_even_if_named_inside_too() -> None:
    found = claims(
        "Ada Quill spoke to the club.", "“Nobody told her how dangerous the pills she took were,” she said."
    )
    assert found == [("“Nobody told her how dangerous the pills she took were,”", ("Ada Quill",))]


def test_a_cue_outside_any_quotation_is_kept() -> None:
    found = claims("Families are split up, and parents say they cannot find work.")
    assert ("they cannot find work", ("parents",)) in found


# ---------------------------------------------------------------- single marks (British pages)


def test_a_single_mark_quotation_with_said_and_a_titled_name_is_that_persons() -> None:
    found = claims(
        "Storm Hilde reached the coast on Monday.",
        "‘Storms like this are more damaging because of the warmer sea,’ said Dr Ana Pell, of the Vesk "
        "Institute.",
        "‘That’s because the rain is heavier and the surges higher.’",
    )
    assert [chain for _quote, chain in found] == [("Ana Pell",), ("Ana Pell",)]


def test_a_single_mark_quotation_keeps_its_speaker_over_a_body_cited_inside_it() -> None:
    found = claims(
        "Professor Lea Brandt studies storms.",
        "‘The weather office states that more storms will cross the coast,’ she said.",
    )
    assert found and found[0][1] == ("Lea Brandt",)


def test_an_apostrophe_inside_single_marks_does_not_close_the_quotation() -> None:
    found = claims("Lea Brandt spoke.", "‘That’s why the weather office says storms will come,’ she said.")
    # The whole quotation is hers; the office's words inside it are chained to her (a nested claim).
    assert found and all(chain[-1] == "Lea Brandt" for _quote, chain in found)
    assert any(chain == ("Lea Brandt",) and quote.startswith("‘That’s why") for quote, chain in found)


# ---------------------------------------------------------------- honorifics


def test_he_after_a_fronted_clause_about_mr_x_is_mr_x_not_the_man_who_spoke_before() -> None:
    found = claims(
        "Premier Otto Brask said he would fight on.",
        "As Mr Lindqvist left the capital for the border, he said he would discuss a truce.",
    )
    assert ("he would discuss a truce", ("Mr Lindqvist",)) in found


def test_ms_with_a_mans_surname_is_his_daughter_who_just_spoke() -> None:
    found = claims(
        "Tom Varga was sentenced for the killing of Peter Varn.",
        "Mr Varn's daughter Ada said Varga had taken everything from her.",
        "Ms Varn added that Varga had lied to the jury.",
    )
    assert ("Varga had lied to the jury", ("Mr Varn's daughter Ada",)) in found


def test_mr_with_the_same_surname_is_still_the_man() -> None:
    found = claims(
        "Peter Varn ran a shop.",
        "Mr Varn's daughter Ada said the shop was busy.",
        "Mr Varn said in a letter that trade was slow.",
    )
    assert ("trade was slow", ("Peter Varn",)) in found


# ---------------------------------------------------------------- the setting after an inverted tag's name


def test_an_inverted_tags_name_ends_where_the_setting_of_the_words_begins() -> None:
    assert name_before_setting("Moss during a video call with Radio Tarn") == "Moss"
    assert name_before_setting("Sen. Ida Moss on Tuesday") == "Sen. Ida Moss"
    assert name_before_setting("During the hearing") == "During the hearing"


def test_said_name_during_a_call_gives_the_claim_to_the_name() -> None:
    found = claims(
        "Senator Ida Moss backs the plan.",
        "“The bridge will be built,” said Moss during a video call with Radio Tarn on Wednesday.",
    )
    assert found == [("“The bridge will be built,”", ("Ida Moss",))]


# ---------------------------------------------------------------- a relative named by a kin word


def test_her_brother_jack_is_the_he_of_the_next_tag_not_the_woman_who_spoke() -> None:
    found = claims(
        "Lina Osk has blasted the mayor.",
        "Speaking on her family’s podcast, she said: “I said he was rude.”",
        "Her brother Tiago went on to mock people for defending the mayor.",
        "He added: “But the funny thing was, people defended him.”",
    )
    assert ("“But the funny thing was, people defended him.”", ("Tiago",)) in found


def test_their_mother_then_a_name_is_the_subject_for_her_next_tag() -> None:
    assert _subject("Their mother Runa admitted she is a fan of the old ways.") == "Runa"
    assert kin_subject_gender("Their mother Runa admitted she is a fan.") == ("Runa", "f")
    assert kin_subject_gender("Their cousin Runa admitted she is a fan.") is None


# ---------------------------------------------------------------- guard: a possessive is no part of a name


def test_a_places_possessive_before_a_name_is_not_part_of_the_persons_name() -> None:
    assert owned_name("Tarnland’s Oskar Pell") == "Oskar Pell"
    assert owned_name("Velm Council's Runa") == "Runa"
    assert owned_name("Oskar Pell") == "Oskar Pell"
    found = claims(
        "Tarnland’s Oskar Pell wants the world to plant more trees.",
        "He has built a seed bank for three valleys.",
        "He said: “We must plant now, before the rains fail.”",
    )
    assert found == [("“We must plant now, before the rains fail.”", ("Oskar Pell",))]


def test_a_lone_name_a_he_was_given_is_not_the_she_of_a_later_sentence() -> None:
    found = claims(
        "Tarnland’s Pell wants the world to plant more trees.",
        "He has built a seed bank.",
        "He said: “We must plant now.”",
        "Runa from Velm turns old nets into chairs.",
        "She says a lack of bins drove her to start the firm.",
    )
    assert all(chain != ("Pell",) for quote, chain in found if "bins" in quote)


# ---------------------------------------------------------------- guard: a non-letter ends a name


def test_a_replacement_character_ends_a_name() -> None:
    assert name_before_setting("Rep. Ada Vole\ufffdof Tarn") == "Rep. Ada Vole"
    assert name_before_setting("Vole\ufffd") == "Vole"
    assert name_before_setting("\ufffd Vole") == "Vole"
    assert name_before_setting("Sen.\ufffdIda Moss") == "Sen. Ida Moss"
    assert name_before_setting("Ada Vole") == "Ada Vole"


def test_a_name_glued_to_the_next_words_still_names_its_speaker() -> None:
    found = claims(
        "Rep. Ada Vole\ufffdof Tarn, a moderate, voiced anger over the delay.",
        "In an interview, Vole criticized both parties for the stalemate.",
    )
    assert found and all(chain == ("Ada Vole",) for _quote, chain in found)


# ---------------------------------------------------------------- guard: a named group is never made generic


def test_officials_at_a_named_body_keep_the_body_in_their_name() -> None:
    assert name_before_setting("Officials at the Tarn Department of Roads") == (
        "Officials at the Tarn Department of Roads"
    )
    assert name_before_setting("Officials during the hearing") == "Officials during the hearing"
    assert name_before_setting("Moss at the rally") == "Moss"
    found = claims(
        "Officials at the Tarn Department of Roads said this week that 400 drivers have signed up for the "
        "scheme."
    )
    assert found == [
        ("400 drivers have signed up for the scheme", ("Officials at the Tarn Department of Roads",))
    ]


# ---------------------------------------------------------------- guard: a quotation that has ended


def test_a_new_double_mark_quotation_ends_one_left_open_by_a_lost_mark() -> None:
    found = claims(
        "Critics said Vell has shown hostility to the harbour board. In 2011, he dismissed the board's "
        "fears as “nonsense, unless you count the gulls.? In 2013, he wrote that the mayor had “whined” "
        "that the tolls were a plot by the port."
    )
    assert not any(quote.startswith("In 2013") for quote, _chain in found)


def test_a_partial_quotation_does_not_swallow_the_next_sentence_about_its_speaker() -> None:
    found = claims(
        "Ivo Tarrow also attacked the hosts. And pointing to the lost vote, he charged that "
        '"we have become a party of losers. He then demanded the resignation of the party chair, Runa Holm.'
    )
    assert ("demanded the resignation of the party chair, Runa Holm", ("Ivo Tarrow",)) in found
    assert not any(quote.startswith("He then") for quote, _chain in found)


def test_a_full_quotation_left_open_still_keeps_a_cue_inside_it() -> None:
    found = claims(
        "Ada Quill said: “The estate is a fine place to live. Farmers say they cannot work here. Nobody "
        "listens to us.”"
    )
    assert all(chain == ("Ada Quill",) for _quote, chain in found)


def test_with_two_senators_named_each_keeps_her_own_words_and_neither_takes_the_judges() -> None:
    found = claims(
        "Sen. Ada Vole, the top Democrat on the harbour committee, opposed the nominee.",
        "“The Senate should not confirm a judge who would close the harbour from the bench,” Vole said.",
        "Vole and other Democrats said Ivo Pell has shown hostility to the port. In 2011, he dismissed "
        "the board's fears as “nonsense, unless you count the gulls.? In 2013, he wrote that the mayor had "
        "“whined” that the tolls were a plot by the port.",
        "Sen. Runa Holm, a Republican, also opposed him. She said Pell had made rash remarks about the toll "
        "law.",
    )
    assert (
        "“The Senate should not confirm a judge who would close the harbour from the bench,”",
        ("Ada Vole",),
    ) in found
    assert ("Pell had made rash remarks about the toll law", ("Runa Holm",)) in found
    assert not any("whined" in quote for quote, _chain in found)


# ---------------------------------------------------------------- a body cited inside single marks


def test_a_body_cited_inside_single_marks_is_a_nested_claim_of_the_speaker() -> None:
    found = claims(
        "Professor Lea Brandt studies storms.",
        "‘The weather office states that stronger storms will cross the coast in the years ahead,’ she said.",
    )
    assert (
        "stronger storms will cross the coast in the years ahead",
        ("the weather office", "Lea Brandt"),
    ) in found
    assert all(chain[-1] == "Lea Brandt" for _quote, chain in found)
