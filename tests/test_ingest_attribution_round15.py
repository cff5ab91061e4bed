"""Attribution precision (issue 11, round 15): a person named with the body they belong to, titles
read as verbs, two bodies that say one thing, and chains in the order the words give.
Every sentence here is invented; each wrong reading sits next to the right one the same rule keeps.
"""

from __future__ import annotations

from attribution_helpers import claims, claims_in

from tui.model.format.records import SourceKind
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.kinds import classify, looks_like_person


def backed(*paragraphs: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(quote, chain, sources that say it too) of every attributed claim."""
    article = Article(ArticleMeta(title="A title"), (ArticleSection("", paragraphs),))
    analysis = analyze(article)
    names = {s.id: s.name for s in analysis.sources}
    return [
        (c.quote, tuple(names[i] for i in c.attribution), tuple(names[i] for i in c.corroborated_by))
        for c in analysis.claims
        if c.attribution
    ]


# ---------------------------------------------------------------- a person from a body


def test_a_named_officer_from_a_body_is_the_officer_not_the_body() -> None:
    found = claims(
        "Harlow county police said the van was found near the quarry.",
        "“Call us if you saw it,” said sergeant Mila Orrin from the Harlow county police.",
    )
    assert found[0][1] == ("Harlow county police",)
    assert found[1][1] == ("sergeant Mila Orrin from the Harlow county police",)


def test_the_body_named_again_is_still_the_body() -> None:
    found = claims(
        "Harlow county police said the van was found near the quarry.",
        "The driver had fled on foot, a spokesman for Harlow county police said.",
    )
    assert [chain for _quote, chain in found] == [("Harlow county police",), ("Harlow county police",)]


# ---------------------------------------------------------------- a job's words are no verb


def test_a_press_secretary_who_did_one_thing_and_said_another_is_the_speaker() -> None:
    found = claims(
        "In Kelby, Harbour Hall press secretary Nina Vosk condemned the raid and said the city would "
        "help the inquiry."
    )
    assert found == [("the city would help the inquiry", ("Nina Vosk",))]


def test_a_plural_subject_before_a_verb_ending_in_s_still_ends_there() -> None:
    found = claims("Officials stress the bridge is safe, saying it was inspected in May.")
    assert found[-1] == ("it was inspected in May", ("officials",))


# ---------------------------------------------------------------- two bodies, one statement


def test_both_agencies_said_it_two_sources_not_one() -> None:
    found = backed(
        "The Velor space agency said the probe lost power on Monday.",
        "But both Velorcosmos and the Orbital Authority said the loss would not delay the mission.",
    )
    assert found[-1] == ("the loss would not delay the mission", ("Velorcosmos",), ("Orbital Authority",))


def test_two_bodies_each_heard_before_then_together() -> None:
    found = backed(
        "Marlow Shipping said its vessel was hit.",
        "Pendle Freight said two crew were hurt.",
        "Marlow Shipping and Pendle Freight said the port should close.",
    )
    assert found[-1] == ("the port should close", ("Marlow Shipping",), ("Pendle Freight",))


def test_a_firm_named_for_two_people_stays_one_source() -> None:
    found = claims("Harcourt and Vell said its profits rose by a fifth.")
    assert found == [("its profits rose by a fifth", ("Harcourt and Vell",))]


# ---------------------------------------------------------------- papers another outlet saw


def test_reports_seen_by_a_wire_speak_first_and_the_wire_relays() -> None:
    found = claims(
        "Army intelligence reports seen by Reuters suggest that the general had planned the move for a year."
    )
    assert found == [
        ("the general had planned the move for a year", ("army intelligence reports", "Reuters"))
    ]


def test_papers_a_paper_obtained_stay_its_own_scoop() -> None:
    found = claims("Internal emails obtained by the Harbour Ledger show that the mayor knew of the leak.")
    assert found == [("the mayor knew of the leak", ("internal emails",))]


# ---------------------------------------------------------------- a list a tag introduces


def test_items_listed_after_said_colon_are_the_speakers_words() -> None:
    found = claims(
        "In a long interview, Governor Rhea Tamsin also said:",
        "The ferry must keep running through the winter",
        "She is confident the dam bill will pass",
        "The budget plan was announced on Monday.",
    )
    assert found == [
        ("The ferry must keep running through the winter", ("Rhea Tamsin",)),
        ("the dam bill will pass", ("Rhea Tamsin",)),
    ]


def test_a_list_ends_at_the_first_paragraph_with_a_full_stop() -> None:
    found = claims(
        "Governor Rhea Tamsin said:",
        "The ferry must keep running",
        "The council met on Monday.",
        "Road repairs in the north",
    )
    assert found == [("The ferry must keep running", ("Rhea Tamsin",))]


def test_a_colon_inside_a_paragraph_opens_no_list() -> None:
    found = claims(
        "Governor Rhea Tamsin said: “The ferry stays.” Then the council spoke:",
        "Road repairs in the north",
    )
    assert [quote for quote, _chain in found] == ["“The ferry stays.”"]


def test_figures_seen_by_a_wire_show_their_finding_through_the_wire() -> None:
    found = claims("Customs figures seen by Reuters show exports fell by a third.")
    assert found[0][1] == ("customs figures", "Reuters")


# ---------------------------------------------------------------- how people see someone


def test_seen_by_voters_as_a_hero_is_no_text_of_theirs() -> None:
    found = claims("Mr Dalvo, still seen by many voters as a reformer, is distrusted in the capital.")
    assert found == []
    # "seen by" a wire with no "as" still relays the papers it saw.
    assert claims("Budget documents seen by Reuters show a deficit.")[0][1] == ("budget documents", "Reuters")


# ---------------------------------------------------------------- done by saying, in a relative clause


def test_which_tried_to_win_votes_by_saying_that_is_the_bodys_claim() -> None:
    found = claims(
        "The rally was organised by the Harbour Party, which tried to win votes by claiming "
        "that the ferry would close."
    )
    assert found == [("the ferry would close", ("Harbour Party",))]


def test_who_won_the_seat_by_promising_is_no_claim_and_names_stay_with_their_clause() -> None:
    assert claims("The plan was backed by Ana Ruiz, who won the seat by promising lower fares.") == []
    found = claims(
        "Residents cheered the Dock Trust, which won the vote by arguing that Tern Island voters were "
        "tired of the delays."
    )
    assert found == [("Tern Island voters were tired of the delays", ("Dock Trust",))]


# ---------------------------------------------------------------- "saying in a statement that"


def test_saying_in_a_statement_that_leaves_the_statement_out_of_the_claim() -> None:
    found = claims("The ferry firm cut its timetable, saying in a brief statement that demand had slowed.")
    assert found[-1] == ("demand had slowed", ("the ferry firm",))


def test_a_description_then_a_name_between_commas_the_name_speaks() -> None:
    found = claims(
        "The leader of the Dock Party, Rafi Ghanem, condemned the raid, saying in a statement that it "
        "“will not scare us.”"
    )
    assert found[-1] == ("it “will not scare us.”", ("Rafi Ghanem",))
    # A clause between commas is no name: the description stays the subject.
    found = claims("The company, which employs 300 people, closed the plant, saying demand had slowed.")
    assert found[-1] == ("demand had slowed", ("the company",))


# ---------------------------------------------------------------- a paper named after its kind


def test_told_the_french_newspaper_le_monde_relays_through_le_monde() -> None:
    found = claims("Vera Lund told the French newspaper Le Monde that the talks had failed.")
    assert found == [("the talks had failed", ("Vera Lund", "Le Monde"))]
    found = claims("The minister told the newspaper Le Monde that the port would reopen in May.")
    assert found == [("the port would reopen in May", ("the minister", "Le Monde"))]


def test_told_the_paper_by_its_name_on_its_own_page_is_no_relay() -> None:
    found = claims_in("Le Monde", "Vera Lund told the French newspaper Le Monde that the talks had failed.")
    assert found == [("the talks had failed", ("Vera Lund",))]


# ---------------------------------------------------------------- "many of them", "the officials"


def test_many_of_them_said_is_some_of_the_people_just_named() -> None:
    found = claims(
        "The families gathered outside the court on Monday. Many of them said the verdict was too lenient."
    )
    assert found == [("the verdict was too lenient", ("the families",))]
    found = claims(
        "The families gathered outside the court on Monday. They said the verdict was too lenient.",
        'Dozens of nurses joined the march. "We are exhausted," one of them said.',
    )
    assert found[-1] == ('"We are exhausted,"', ("dozens of nurses",))


def test_the_officials_are_not_the_families_who_spoke_last() -> None:
    found = claims(
        "The families gathered outside the court. They said the verdict was too lenient.",
        "Officials met the residents on Friday. The officials said the road would close.",
    )
    assert found[-1] == ("the road would close", ("the officials",))
    # Officials named with their body are "the officials" again.
    found = claims("Harbour Council officials said the pier was unsafe. The officials said it would close.")
    assert found[-1] == ("it would close", ("Harbour Council officials",))


# ---------------------------------------------------------------- tribes and nations


def test_a_tribe_speaks_and_is_no_company() -> None:
    found = claims("The Velani tribe said its grazing land had been seized.")
    assert found == [("its grazing land had been seized", ("Velani tribe",))]
    assert classify("the Velani tribe")[0] is SourceKind.PERSON


def test_a_coalition_of_nations_or_a_league_of_states_is_government_not_ngo() -> None:
    assert classify("a coalition of 11 nations")[0] is SourceKind.GOVERNMENT
    assert classify("the Arab League")[0] is SourceKind.GOVERNMENT
    assert classify("the Tarlo Nation")[0] is SourceKind.GOVERNMENT
    # A coalition of groups stays one.
    assert classify("a coalition of aid groups")[0] is SourceKind.NGO


# ---------------------------------------------------------------- the speaker named after the quotation


def test_those_were_the_words_of_names_the_quotation_before() -> None:
    found = claims("“The port stays closed.” Those were the words of harbour master Tom Reed on Monday.")
    assert found == [("“The port stays closed.”", ("Tom Reed",))]
    found = claims("“It is a disaster for the town.” So said Ana Ruiz, the mayor, as the water rose.")
    assert found == [("“It is a disaster for the town.”", ("Ana Ruiz",))]
    found = claims("“Nobody warned us.” That was how Pia Sand, a shopkeeper on the quay, put it.")
    assert found == [("“Nobody warned us.”", ("Pia Sand",))]


def test_the_named_owner_wins_over_the_speaker_before() -> None:
    found = claims(
        "Dana Vell said the pier was safe.",
        "“It will not hold.” The words came from engineer Tom Reed, who inspected it.",
    )
    assert found[-1] == ("“It will not hold.”", ("Tom Reed",))


def test_those_were_the_words_with_no_quotation_before_names_no_one() -> None:
    assert claims("The town was quiet. Those were the words of a man who lost everything.") == []


# ---------------------------------------------------------------- a relay's tag with a time after it


def test_a_closing_relay_tag_with_a_time_still_relays() -> None:
    found = claims(
        "The chief executive said in a memo that the two brands had grown alike, the Harbour Gazette "
        "reported earlier this year."
    )
    assert found == [("the two brands had grown alike", ("the chief executive", "the Harbour Gazette"))]
    found = claims("The pier will close in May, the mayor said on Tuesday.")
    assert found == [("The pier will close in May", ("the mayor",))]


# ---------------------------------------------------------------- a subject described between commas


def test_a_thing_that_worried_someone_is_no_tag_of_theirs() -> None:
    found = claims(
        "The thaw, much welcomed by many residents, worried Tam Okafor, deputy commissioner for water at the "
        "department."
    )
    assert found == []
    # The inverted tag itself still reads.
    assert claims("“The pier is unsafe,” warned Tom Reed, the engineer.") == [
        ("“The pier is unsafe,”", ("Tom Reed",))
    ]


def test_the_noun_a_participle_aside_describes_is_the_speaker() -> None:
    found = claims("The plan, widely criticised by residents, warned the council that costs would rise.")
    assert found == [("costs would rise", ("the plan",))]


# ---------------------------------------------------------------- plural nouns that look like verbs


def test_weather_forecasts_closely_for_is_a_noun_not_speech() -> None:
    assert claims("Crews watch weather forecasts closely for cold snaps, when they add extra shifts.") == []
    assert claims("Residents heard reports of shelling near the port.") == []
    # With a that-clause after the words of, it is speech.
    assert claims("Dana Vell says of the plan that it is doomed.") == [("it is doomed", ("Dana Vell",))]


# ---------------------------------------------------------------- places are no people


def test_a_harbour_or_an_island_named_before_a_quotation_does_not_speak_it() -> None:
    found = claims("Korimu Harbour seen from the hill, with boats at anchor. “We were here first.”")
    assert found == []
    assert not looks_like_person("Stewart Island")
    assert not looks_like_person("Mount Tarlo")
    # Surnames that are also places stay people.
    assert looks_like_person("Dana Park")
    assert looks_like_person("Tom Hill")


# ---------------------------------------------------------------- a report set against the claim


def test_even_as_the_office_estimated_is_the_offices_claim_not_relayed_by_the_speaker() -> None:
    found = claims(
        "Senator Ana Ruiz claimed the cuts would pay for themselves, even as the budget office estimated "
        "that they would add to the deficit."
    )
    assert found == [
        ("the cuts would pay for themselves", ("Ana Ruiz",)),
        ("they would add to the deficit", ("the budget office",)),
    ]


def test_after_the_council_reported_is_still_passed_on_by_the_speaker() -> None:
    found = claims("Dana Vell said the pier closed in May, after the council reported it was unsafe.")
    assert found[-1] == ("it was unsafe", ("the council", "Dana Vell"))


# ---------------------------------------------------------------- "say economists" between commas


def test_a_bare_plural_in_a_tag_between_commas_speaks_the_whole_clause() -> None:
    found = claims("The delay, say residents, has cost the harbour its summer trade.")
    assert found == [("The delay, say residents, has cost the harbour its summer trade", ("residents",))]
    assert claims("Fares will rise, say analysts.") == [("Fares will rise", ("analysts",))]


# ---------------------------------------------------------------- "But, as X has pointed out, …"


def test_but_as_the_committee_has_pointed_out_frames_the_clause_after() -> None:
    found = claims("But, as the harbour committee has pointed out, the levy would also fund the new quay.")
    assert found == [("the levy would also fund the new quay", ("the harbour committee",))]


# ---------------------------------------------------------------- "according to" between dashes


def test_according_to_between_dashes_attributes_the_whole_clause() -> None:
    found = claims("The pier — according to the harbour council — would need new piles by spring.")
    assert found == [
        (
            "The pier — according to the harbour council — would need new piles by spring",
            ("the harbour council",),
        )
    ]
    found = claims("The pier would need new piles — according to the harbour council.")
    assert found == [("The pier would need new piles", ("the harbour council",))]


# ---------------------------------------------------------------- nested announcements, quantified papers


def test_as_an_outlet_reports_the_company_announced_chains_company_then_outlet() -> None:
    found = claims("As the Harbour Gazette reports, the ferry firm announced that it would double its fares.")
    assert found == [("it would double its fares", ("the ferry firm", "the Harbour Gazette"))]


def test_many_reports_suggest_is_the_reports_not_many() -> None:
    found = claims("Many reports suggest that the drivers are unhappy with the firm.")
    assert found == [("the drivers are unhappy with the firm", ("many reports",))]


# ---------------------------------------------------------------- a clause run into the subject


def test_whenever_the_data_suggests_names_no_speaker() -> None:
    found = claims(
        "Its fares impose costs on riders, rising sharply whenever the data suggests riders will pay them."
    )
    assert found == []
    assert claims("The data suggests riders will pay more.") == [("riders will pay more", ("the data",))]
