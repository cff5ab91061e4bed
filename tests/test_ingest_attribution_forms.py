"""Ways real reporting names who speaks: counted people, stacked appositives, asides, relative clauses.

Every rule has a sentence that must not become an attribution next to it.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.format.records import ClaimStatus
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection


def test_counted_people_named_by_their_noun_speak() -> None:
    found = claims("Three fishermen have since claimed that the storm wrecked the jetty before dawn.")
    assert found == [("the storm wrecked the jetty before dawn", ("three fishermen",))]


def test_a_second_role_with_a_relative_clause_speaks() -> None:
    found = claims(
        "A second headteacher, who runs a village school, agreed: “We were never asked about the timetable.”"
    )
    assert found == [("“We were never asked about the timetable.”", ("a second headteacher",))]


def test_stacked_appositives_lead_back_to_the_name() -> None:
    found = claims(
        "Dr Mira Osei, head of the Harbour Lab at Tidewell University, who has studied the estuary for "
        "a decade, says: “The eels are coming back faster than we hoped.”"
    )
    assert len(found) == 1
    assert found[0][1] == ("Mira Osei",)


def test_a_role_without_an_article_is_the_speakers_role() -> None:
    found = claims(
        "Ivo Brandt, founder of the tenants group Friends of Elm Row, said the rent rise was unlawful."
    )
    assert found == [("the rent rise was unlawful", ("Ivo Brandt",))]


def test_an_aside_between_subject_and_verb() -> None:
    found = claims("The council, however, said it could not publish the survey until spring.")
    assert found == [("it could not publish the survey until spring", ("the council",))]


def test_a_relative_clause_speaks_for_its_antecedent() -> None:
    found = claims(
        "The bid was backed by the Marsh Road Traders, a local association which said in a newsletter "
        "that its members had voted by a wide margin."
    )
    assert found == [("its members had voted by a wide margin", ("a local association",))]


def test_a_restrictive_who_clause_is_a_description_not_a_tag() -> None:
    assert claims("The people who said the bridge would fall were wrong about the date.") == []


def test_a_place_after_a_preposition_is_no_speaker() -> None:
    found = claims(
        "There is “no appetite for a fight” in Dunmore, said Ada Quell, who edits the local paper."
    )
    assert [chain for _quote, chain in found] == [("Ada Quell",)]


def test_an_estimated_figure_is_no_speech_verb() -> None:
    assert claims("A keen sailor with an estimated fortune of $2 billion, the founder bought the yard.") == []


def test_statuses_stay_with_the_verb() -> None:
    analysis = analyze(
        Article(
            ArticleMeta(title="t"),
            (ArticleSection("", ("Two rangers have alleged that the gate was left open.",)),),
        )
    )
    assert [c.status for c in analysis.claims] == [ClaimStatus.ALLEGED]


def test_an_adverb_between_speaker_and_verb() -> None:
    found = claims("Rival traders quickly speculated that the market would close before the summer fair.")
    assert found == [("the market would close before the summer fair", ("rival traders",))]


def test_a_noun_ending_in_ly_is_no_adverb() -> None:
    found = claims("The driver's family disputed the account the depot gave.")
    assert [chain for _quote, chain in found] == [("the driver's family",)]


def test_a_belief_with_a_holder_is_attributed() -> None:
    found = claims("Ecologists are increasingly concerned that the new weir will block the salmon run.")
    assert found == [("the new weir will block the salmon run", ("ecologists",))]


def test_a_speech_act_in_progress_is_attributed() -> None:
    found = claims("A senior US flood engineer is now warning that the levee could fail within a decade.")
    assert found == [("the levee could fail within a decade", ("A senior US flood engineer",))]


def test_a_belief_without_a_holder_stays_the_outlets() -> None:
    assert claims("It is clear that the bridge will not reopen before the winter.") == []
    assert claims("There are fears that the bridge will not reopen before the winter.") == []


def test_a_belief_reported_by_someone_else_keeps_the_reporter() -> None:
    found = claims("The mayor said residents are worried that the dam will fail in spring.")
    assert [chain for _quote, chain in found] == [("the mayor",)]


def test_data_reveal_without_that_people_need_it() -> None:
    found = claims("Figures from the Regional Water Board revealed a sharp fall in reservoir levels.")
    assert found == [("a sharp fall in reservoir levels", ("Regional Water Board",))]
    assert claims("The coach revealed a new kit at the stadium on Friday.") == []


def test_a_person_indicates_with_that_after_a_time_phrase() -> None:
    found = claims("Mayor Ines Kroll indicated earlier this week that the ferry would run all winter.")
    assert found == [("the ferry would run all winter", ("Ines Kroll",))]


def test_a_listener_between_the_verb_and_that() -> None:
    found = claims("The operator assured local families that the water was safe to drink.")
    assert found == [("the water was safe to drink", ("the operator",))]
    assert claims("The operator assured its future by selling the depot.") == []


def test_maintaining_a_lead_is_no_claim() -> None:
    assert claims("If the challenger maintains her lead, she will take the seat.") == []


def test_per_names_a_source_and_a_compiler() -> None:
    found = claims(
        "Okafor leads among county officials, per a tally compiled by Lakeside College researcher Ann Vey."
    )
    assert found == [("Okafor leads among county officials", ("Ann Vey",))]


def test_per_as_a_rate_is_no_source() -> None:
    assert claims("The room costs $90 per night, and prices rose 4 per cent, per capita spending too.") == []


def test_according_to_two_sources_names_both() -> None:
    found = claims(
        "The pair were charged with fraud, according to Reyes and officers from the Harbour Police."
    )
    assert found == [("The pair were charged with fraud", ("Reyes", "officers from the Harbour Police"))]


def test_a_speaker_nested_in_according_to_comes_first() -> None:
    found = claims(
        "Okafor toured the site — and called the plan “reckless,” according to the Valley Gazette."
    )
    assert [chain for _quote, chain in found] == [("Okafor", "the Valley Gazette")]


def test_according_to_the_outlet_itself_is_no_source() -> None:
    found = claims("According to information received by this newspaper, the ferry sank after midnight.")
    assert found == []


def test_a_second_verb_shares_the_subject() -> None:
    found = claims("The minister visited the camp and warned that more rain would follow this week.")
    assert found == [("more rain would follow this week", ("the minister",))]


def test_a_tag_alone_attributes_the_quotation_before_it() -> None:
    found = claims("“The boat left at dawn and never came back.” Ostrova told this newspaper.")
    assert found == [("“The boat left at dawn and never came back.”", ("Ostrova",))]


def test_that_said_is_an_idiom_not_speech() -> None:
    found = claims("That said the council have argued that the fees could fall next year.")
    assert found == [("the fees could fall next year", ("the council",))]


def test_a_parenthesis_between_dashes_and_an_addressee_before_a_colon() -> None:
    found = claims(
        "The petition – signed by more than forty growers – warns Ms Patel: “Without rain relief, "
        "half the orchards will close.”"
    )
    assert found == [("“Without rain relief, half the orchards will close.”", ("the petition",))]


def test_a_verb_before_a_dash_reports_no_words() -> None:
    assert claims("Shortly before dawn — hours before Ruiz announced — the crew left the port.") == []


def test_a_later_clause_with_its_own_speaker_is_a_second_claim() -> None:
    found = claims(
        "The operator told drivers that the buses would run on Sunday, but union members said they had "
        "not been consulted."
    )
    assert found == [
        ("the buses would run on Sunday", ("the operator",)),
        ("they had not been consulted", ("union members",)),
    ]


def test_a_later_clause_without_a_speaker_stays_in_the_claim() -> None:
    found = claims("Officials said the road was closed, and it will stay shut until the spring thaw.")
    assert found == [("the road was closed, and it will stay shut until the spring thaw", ("officials",))]


def test_a_pronoun_right_after_a_named_speaker_is_theirs() -> None:
    found = claims(
        "“We will appeal,” said Tom Arden, a local builder.",
        "The ruling raises “serious doubts,” Kells said, though he stressed he had not read it in full.",
    )
    assert [chain for _quote, chain in found][-1] == ("Kells",)


def test_a_pronoun_after_a_name_in_apposition_is_that_name() -> None:
    found = claims(
        "“The plan is sound,” said Dr Lena Voss.",
        "Teachers reacted angrily to remarks by the schools minister, Piet Maas, about what he called "
        "a “lost year” for pupils.",
    )
    assert [chain for _quote, chain in found][-1] == ("Piet Maas",)


def test_a_zero_that_clause_after_a_that_verb() -> None:
    found = claims("The museum declared the painting should stay in the country for good.")
    assert found == [("the painting should stay in the country for good", ("the museum",))]
    assert claims("She declared victory on Wednesday, though the count goes on.") == []
    assert claims("The minister agreed a deal that would end the strike by May.") == []


def test_a_paper_in_a_journal_relays_its_author() -> None:
    found = claims(
        "In a paper in the Northern Medical Journal last month, Okoro warned that the clinic would close."
    )
    assert found == [("the clinic would close", ("Okoro", "the Northern Medical Journal"))]


def test_speaking_in_a_chamber_is_no_relay() -> None:
    found = claims("Speaking in the Commons, Reyes said the ferry subsidy would end in May.")
    assert [chain for _quote, chain in found] == [("Reyes",)]


def test_a_participle_after_a_leading_conjunction_takes_the_subject() -> None:
    found = claims(
        "But headteachers have reacted angrily to the new rules, saying ministers ignored every warning."
    )
    assert found == [("ministers ignored every warning", ("headteachers",))]


def test_the_writers_guess_at_a_belief_is_not_attributed() -> None:
    assert claims("Local officials probably hoped that the voters would forget the scandal by May.") == []


def test_a_quotation_in_single_marks_runs_over_sentences_and_into_the_next_paragraph() -> None:
    found = claims(
        "The growers' letter warns the minister: 'If we get this wrong, half the orchards will close.",
        "'Let's not race to the bottom. Cheap imports will flood the shops. We can't compete on price'.",
    )
    assert [chain for _quote, chain in found] == [("the growers' letter",)] * 4
    assert found[0][0] == "'If we get this wrong, half the orchards will close"


def test_apostrophes_open_no_quotation() -> None:
    found = claims(
        "“We will rebuild,” said Mayor Ana Ruiz.",
        "The Joneses' barn didn't survive the flood. It wasn't insured and the family can't rebuild it.",
    )
    assert [chain for _quote, chain in found] == [("Ana Ruiz",)]


def test_a_quotation_signed_by_a_name_with_no_verb() -> None:
    found = claims(
        "“Our crews patrol the coast every night of the year,” Ada Quell, Director of the Harbour Unit."
    )
    assert found == [("“Our crews patrol the coast every night of the year,”", ("Ada Quell",))]


def test_a_quotation_with_a_name_and_verb_after_is_no_signature() -> None:
    found = claims("“We patrol the coast every night,” Ada Quell said on Monday.")
    assert [chain for _quote, chain in found] == [("Ada Quell",)]


def test_one_of_a_group_speaks() -> None:
    found = claims("During the search, one of the passengers admitted to hiding the parcel under a seat.")
    assert [chain for _quote, chain in found] == [("one of the passengers",)]


def test_a_tag_between_commas_inside_the_claim() -> None:
    found = claims("The levy, Okafor notes, matters as much to tenants as it does to owners.")
    assert [chain for _quote, chain in found] == [("Okafor",)]


def test_in_its_ruling_is_not_part_of_the_name() -> None:
    found = claims("“The seller is liable for the goods it ships,” explained the court in its ruling.")
    assert [chain for _quote, chain in found] == [("the court",)]


def test_a_person_introduced_just_before_a_quotation_speaks_it() -> None:
    found = claims(
        "“We will rebuild,” said Mayor Ana Ruiz.",
        "The council’s lawyer, Piet Maas, had a shorter statement after the vote. "
        "“It is a dark day for the town.”",
    )
    assert [chain for _quote, chain in found] == [("Ana Ruiz",), ("Piet Maas",)]


def test_a_name_particle_does_not_cut_a_word() -> None:
    found = claims(
        "“We can’t stay,” said Lena Hart.",
        "Hours later, the pair left the island. “We had no choice,” she recalled telling her brother.",
    )
    assert all("Hours" not in " ".join(chain) for _quote, chain in found)


def test_a_new_subject_after_a_bare_and_speaks_for_itself() -> None:
    found = claims(
        "At the dock, one of the sailors admitted to hiding the nets and the skipper admitted to sailing "
        "without a licence."
    )
    assert [chain for _quote, chain in found] == [("one of the sailors",), ("the skipper",)]


def test_a_bare_and_without_a_second_speaker_stays_one_claim() -> None:
    found = claims("Officials said the road was closed and the bridge was damaged by the flood.")
    assert found == [("the road was closed and the bridge was damaged by the flood", ("officials",))]


def test_a_speaker_nested_in_what_was_told_comes_first() -> None:
    found = claims(
        "The Interior Ministry told Reuters that Colonel Varga had said the border would stay shut."
    )
    assert [chain for _quote, chain in found] == [("Colonel Varga", "Interior Ministry", "Reuters")]
    assert found[0][0] == "the border would stay shut"


def test_an_instruction_inside_the_content_is_no_nested_speaker() -> None:
    found = claims("Two hikers claimed that their guide had told them to wait by the river until dawn.")
    assert [chain for _quote, chain in found] == [("two hikers",)]
