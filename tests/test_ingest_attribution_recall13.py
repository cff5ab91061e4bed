"""Attribution recall (issue 11, round 13): classes of statements the analysis missed on annotated
pages, each written here in the project's own invented sentences, with the near misses the same rule
must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.quotes import mend_quote_marks


def chains(found: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """The chains of the claims found, lowercased: a common-noun source's name is stored in lower case."""
    return [tuple(name.lower() for name in chain) for _quote, chain in found]


# ---------------------------------------------------------------- a quotation's tag with a long appositive


def test_a_quotation_tagged_by_a_speaker_with_a_long_role_said_of_something() -> None:
    found = claims(
        "“We had hoped to wait a year, but the drought moved us,” Ana Ruiz, deputy director for water "
        "planning in the county’s public works department, said of the new reservoir at a briefing.",
        "The first basin, she said, could hold water by spring.",
    )
    assert chains(found) == [("ana ruiz",), ("ana ruiz",)]
    assert found[0][0].startswith("“We had hoped to wait a year")


def test_a_term_in_scare_quotes_far_before_said_of_is_no_quotation() -> None:
    found = claims(
        "The “pilot” scheme, which the council funded for two years before the drought and the floods "
        "that followed it, is what Ana Ruiz said of the plan.",
    )
    assert all(not quote.startswith("“pilot”") for quote, _chain in found)


# ---------------------------------------------------------------- speakers the vocabulary lacked


def test_a_utility_and_advocates_speak_and_footage_shows() -> None:
    assert claims("The utility said it will restore power to most homes by Friday.") == [
        ("it will restore power to most homes by Friday", ("the utility",))
    ]
    found = claims("Tenant advocates are urging the council to cap rents for two more years.")
    assert chains(found) == [("tenant advocates",)]
    found = claims("Video footage shows officers pushing marchers off the bridge.")
    assert found == [("officers pushing marchers off the bridge", ("video footage",))]


def test_a_source_corroborated_by_another_is_the_claimant() -> None:
    found = claims("According to witness accounts corroborated by video footage, the gates opened early.")
    assert chains(found) == [("witness accounts",)]


def test_a_video_that_is_played_or_watched_says_nothing() -> None:
    assert claims("The video played on a loop while the crowd waited.") == []
    assert claims("Residents watched the footage on their phones.") == []


# ---------------------------------------------------------------- a second verb of the same subject


def test_the_subject_of_a_first_verb_also_accuses_after_and_has() -> None:
    found = claims(
        "Norland is one of the port’s loudest critics and has accused the board of hiding its losses."
    )
    assert chains(found) == [("norland",)]
    assert "hiding its losses" in found[0][0]


# ---------------------------------------------------------------- feelings and objections, stated


def test_outrage_expressed_and_foul_cried_are_positions() -> None:
    found = claims("Lawmakers expressed outrage over the failures at the county jail.")
    assert chains(found) == [("lawmakers",)]
    found = claims("Rights groups cried foul.")
    assert chains(found) == [("rights groups",)]


def test_a_foul_in_a_game_is_no_objection() -> None:
    assert claims("The referee whistled a foul and stopped the match.") == []


# ---------------------------------------------------------------- acts of speech with an object


def test_a_characterisation_a_welcome_a_pledge_and_a_naming_are_claims() -> None:
    found = claims("The harbour board described the new fees as a fair compromise.")
    assert found == [("described the new fees as a fair compromise", ("the harbour board",))]
    found = claims("The union welcomed the court’s decision to halt the closures.")
    assert chains(found) == [("the union",)]
    found = claims("The ferry operator pledged to refund every cancelled ticket.")
    assert chains(found) == [("the ferry operator",)]
    found = claims("The mayor’s office called the audit a political stunt.")
    assert [quote for quote, _chain in found] == ["called the audit a political stunt"]
    found = claims("Port analyst Vera Lund points out a few reasons shippers should not worry.")
    assert chains(found) == [("vera lund",)]


def test_acts_that_only_look_like_speech_stay_out() -> None:
    assert claims("The hotel welcomed a new group of guests on Friday.") == []
    assert claims("The foundation pledged $5 million to the hospital.") == []
    assert claims("They called it a day after nine hours on the water.") == []
    assert claims("She pointed out the window at the river.") == []
    assert claims("The ship was called a wreck by the crew.") == []


def test_two_surnames_plead_not_guilty_together() -> None:
    found = claims(
        "Prosecutors charged Tara Noel and Ben Thomas with fraud.",
        "Noel and Thomas pleaded not guilty in federal court on Tuesday.",
    )
    assert [chain for quote, chain in found if quote.startswith("pleaded")] == [("Tara Noel",)]


# ---------------------------------------------------------------- an opening quotation mark typed backwards


def test_a_quotation_opened_with_a_closing_mark_after_a_colon_is_read_and_kept_verbatim() -> None:
    found = claims(
        "Another resident wrote: ”The river rose in an hour. By noon the bridge was gone.”",
    )
    assert chains(found) == [("another resident",), ("another resident",)]
    assert found[0][0].startswith("”The river rose")  # the page's own mark, not a mended one


def test_a_closing_mark_that_closes_stays_closing() -> None:
    text = "“The river rose,” she said. ”Then it fell.”"
    assert mend_quote_marks("“It rose.” Then: ”Water”") == "“It rose.” Then: “Water”"
    assert mend_quote_marks(text) == text


# ---------------------------------------------------------------- accusers and relative-clause speakers


def test_an_accuser_after_the_charge_is_the_source() -> None:
    found = claims("The mayor was accused of lying by two council members.")
    assert chains(found) == [("two council members",)]
    assert claims("He was accused of cheating by the end of the match.") == []


def test_a_place_a_person_moved_to_says_nothing() -> None:
    found = claims("He moved to Harlow, which he said was a quiet town.")
    assert all("Harlow" not in chain for _quote, chain in found)


# ---------------------------------------------------------------- relays through a named outlet


def test_told_the_outlet_goes_back_to_a_news_site_named_before() -> None:
    found = claims(
        "The singer is unhappy with her label, according to a new report by Harbour News.",
        "“She feels ignored,” an insider told the outlet on Monday.",
    )
    assert found[1][1] == ("an insider", "Harbour News")


def test_a_statement_with_an_adjective_to_a_magazine_is_relayed_by_it() -> None:
    found = claims("“We never agreed to that,” the studio said in a separate statement to Rolling Stone.")
    assert chains(found) == [("the studio", "rolling stone")]
    found = claims("“We never agreed to that,” the studio said in a separate statement on Friday.")
    assert chains(found) == [("the studio",)]


# ---------------------------------------------------------------- typography and tags read wrongly


def test_an_adverb_that_opens_a_sentence_is_no_speaker() -> None:
    found = claims(
        "The commission issued a statement warning that voters deserve clear rules.",
        "Critically, however, it noted that it has no power over online ads.",
    )
    assert all("Critically" not in chain for _quote, chain in found)


def test_a_report_after_an_inverted_tag_is_a_noun() -> None:
    found = claims("“We expect a slow quarter,” wrote Lund in a Tuesday research report.")
    assert chains(found) == [("lund",)]


# ---------------------------------------------------------------- clauses with no "that"


def test_a_promise_to_a_bare_plural_with_no_that_is_a_claim() -> None:
    found = claims("Ahead of launch the studio promised players would get every update for free.")
    assert found == [("players would get every update for free", ("the studio",))]
    found = claims("The mayor said residents would get refunds.")
    assert found == [("residents would get refunds", ("the mayor",))]


def test_a_bare_plural_with_no_verb_after_it_opens_no_clause() -> None:
    assert claims("The mayor praised volunteers at the shelter.") == []


# ---------------------------------------------------------------- demands, threats and doubts


def test_a_demand_a_threat_and_a_doubt_are_positions() -> None:
    found = claims("The tenants’ union demanded an apology from the landlord.")
    assert chains(found) == [("the tenants’ union",)]
    assert chains(claims("The dockworkers threatened to strike over the new rota.")) == [("the dockworkers",)]
    assert chains(claims("Vera Lund made clear the harbour would not close.")) == [("vera lund",)]
    assert chains(claims("Auditors cast doubt on the council’s figures.")) == [("auditors",)]


def test_a_demand_in_the_progressive_is_still_the_speakers() -> None:
    found = claims("State regulators are demanding answers from the phone companies whose towers failed.")
    assert chains(found) == [("state regulators",)]


def test_a_demand_of_a_job_and_a_threat_of_weather_say_nothing() -> None:
    assert claims("The job demanded long hours at sea.") == []
    assert claims("Storms threatened the harvest this year.") == []


# ---------------------------------------------------------------- two people after "both"


def test_both_and_two_people_are_two_speakers_and_the_second_speaks_alone_later() -> None:
    found = claims(
        "Prosecutors named Ana Ruiz and Tom Lee.",
        "However, both Ruiz and Lee told the court the bridge was unsafe.",
        "Lee said the state knew.",
    )
    assert found == [("the bridge was unsafe", ("Ana Ruiz",)), ("the state knew", ("Tom Lee",))]
    found = claims("Both Ana Ruiz and Tom Lee said the bridge was unsafe.", "Lee said the state knew.")
    assert found[1] == ("the state knew", ("Tom Lee",))


def test_a_firm_named_with_and_stays_one_speaker_after_both() -> None:
    found = claims("Both Marsh and Pickett said sales rose in the spring.")
    assert chains(found) == [("both marsh and pickett",)]


# ---------------------------------------------------------------- "as" and the speaker's quoted words


def test_a_thing_viewed_or_a_person_introduced_as_quoted_words() -> None:
    found = claims("Among its values is privacy, which the firm views as “a basic human right” and keeps.")
    assert found == [("“a basic human right”", ("the firm",))]
    found = claims("Ruiz introduced Lee to the audience as “someone who rebuilt this town.”")
    assert [quote for quote, _chain in found] == ["“someone who rebuilt this town.”"]


def test_seeing_a_quoted_sign_is_no_naming() -> None:
    assert claims("He saw the sign “Keep out” and turned back.") == []


# ---------------------------------------------------------------- "according to" inside a clause


def test_according_to_a_name_right_before_the_clause_verb_ends_the_name() -> None:
    found = claims("The deal, which according to Vera Lund is worth $2 billion, is off.")
    assert found == [("The deal, which according to Vera Lund is worth $2 billion, is off", ("Vera Lund",))]
    found = claims("The deal, according to Vera Lund, is worth $2 billion.")
    assert chains(found) == [("vera lund",)]


def test_a_view_after_but_is_the_subjects_and_a_negated_verb_ends_the_subject() -> None:
    found = claims("Dana Ruiz didn’t know the mayor was coming but saw his visit as a good sign.")
    assert found == [("saw his visit as a good sign", ("Dana Ruiz",))]


def test_a_wish_after_and_is_left_alone() -> None:
    found = claims("The ministry met the traders and wants to let prices settle on their own.")
    assert found == []


# ---------------------------------------------------------------- a quotation left open across paragraphs


def test_a_quotation_left_open_goes_on_into_the_next_paragraph_until_it_closes() -> None:
    found = claims(
        'In a statement, the ministry said: "The bridge is unsafe.',
        'It must close." Traffic was light on Monday.',
        "Trucks used the old road.",
    )
    assert found == [("The bridge is unsafe", ("the ministry",)), ("It must close.", ("the ministry",))]


def test_a_closed_quotation_carries_nothing_into_the_next_paragraph() -> None:
    found = claims('The ministry said: "The bridge is unsafe."', "It must close, engineers warned.")
    assert found[1] == ("It must close", ("engineers",))


# ---------------------------------------------------------------- a finding nested in a report, no "that"


def test_researchers_conclusion_with_no_that_is_nested_in_the_agency_report() -> None:
    found = claims("The agency reported that its researchers concluded the ice sheet was thinning.")
    assert found == [("the ice sheet was thinning", ("its researchers", "the agency"))]


def test_a_conclusion_of_a_meeting_is_no_inner_speaker() -> None:
    found = claims("The agency reported that the meeting concluded early.")
    assert chains(found) == [("the agency",)]


# ---------------------------------------------------------------- "reportedly" goes back to the relay


def test_reportedly_said_right_after_a_relayed_claim_keeps_the_relay() -> None:
    found = claims(
        "According to Harbour News, one resident posted: “The river rose in an hour.”",
        "Another reportedly said: “The bridge was gone by noon.”",
    )
    assert chains(found) == [("one resident", "harbour news"), ("another", "harbour news")]


def test_reportedly_with_no_relay_before_adds_none() -> None:
    found = claims("Vera Lund said the river rose.", "Another resident reportedly said the bridge fell.")
    assert chains(found) == [("vera lund",), ("another resident",)]


# ---------------------------------------------------------------- a vow or a promise that …


def test_a_vow_or_promise_with_its_that_clause_is_the_owners_claim() -> None:
    found = claims("Vera Lund is under fire for breaking her often-repeated vow that the pier would reopen.")
    assert found == [("the pier would reopen", ("Vera Lund",))]


def test_a_promise_with_no_clause_is_none() -> None:
    assert claims("Vera Lund kept her promise to the town.") == []


# ---------------------------------------------------------------- criticism of a stance


def test_attacking_or_slamming_a_policy_is_a_stated_position() -> None:
    found = claims("The opposition leader attacked the government’s housing policy on Tuesday.")
    assert chains(found) == [("the opposition leader",)]
    found = claims("Critics slammed the harbour plan as reckless.")
    assert chains(found) == [("critics",)]


def test_attacking_a_place_is_no_speech() -> None:
    assert claims("Rebels attacked the village at dawn.") == []
    assert claims("The dog attacked the postman.") == []


def test_an_assurance_with_where_it_was_given_between_listener_and_that() -> None:
    found = claims("The agency assured the public on Weibo, a social media site, that the risk was low.")
    assert found == [("the risk was low", ("the agency",))]


def test_calling_for_after_a_quotation_tag_is_the_speakers_second_claim() -> None:
    found = claims(
        "“You are here because of this failure,” Lund told the warden, repeatedly calling for an inquiry."
    )
    assert [quote for quote, _chain in found] == ["“You are here because of this failure,”", "an inquiry"]
    assert chains(found) == [("lund",), ("lund",)]
