"""Attribution on unseen pages (issue 11, session 14, attrib24): words read as a speaker that name no one,
and the speaker a tag goes to. Every sentence here is invented; each new reading sits next to one the
same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.appositive_owner import appositive_owner
from tui.model.ingest.mention_repair import repaired_mention
from tui.model.ingest.source_names import named_as_place, pronoun_owner
from tui.model.ingest.speaker_evidence import never_he_or_she
from tui.model.ingest.title_split import split_title

# ---------------------------------------------------------------- words that open a sentence name no one


def test_a_linking_adverb_before_he_said_is_no_speaker() -> None:
    found = claims(
        "Judge Ama Rusk spoke for an hour about the case. Furthermore, he said that Delmore had the key to "
        "the van."
    )
    assert all(chain != ("Furthermore",) for _quote, chain in found)


def test_perhaps_before_a_name_is_not_part_of_it() -> None:
    found = claims("Perhaps Vollan told the board that the plan was dead.")
    assert all("Perhaps" not in " ".join(chain) for _quote, chain in found)


def test_a_fronted_month_before_a_described_person_is_no_one() -> None:
    found = claims(
        "In April, the Tarn Valley singer, 58, gave an update as she revealed her illness had spread."
    )
    assert all(chain != ("In April",) for _quote, chain in found)


# ---------------------------------------------------------------- a place is not who "he" means


def test_he_is_not_the_place_a_stop_was_made_in() -> None:
    found = claims(
        "During the campaign, Ivo Brenner made regular promises to farmers. He named two groups in "
        "particular. “First, we have to fund the clinics in every county,” he said during a 2019 stop in "
        "North Kelso."
    )
    assert ("“First, we have to fund the clinics in every county,”", ("Ivo Brenner",)) in found


def test_a_name_used_as_a_place_and_as_a_subject_is_not_only_a_place() -> None:
    assert named_as_place("North Kelso", "a stop in North Kelso")
    assert not named_as_place("Ivo Brenner", "He met Ivo Brenner in North Kelso. Ivo Brenner smiled.")
    assert not named_as_place("Lund", "in Lund’s office")


# ---------------------------------------------------------------- "Name of Place"


def test_a_named_person_of_a_state_is_the_person() -> None:
    assert split_title("Senate leader Mira Castell of New Dorset") == (
        "Mira Castell",
        "Senate leader of New Dorset",
    )
    assert split_title("spokesman Ned Orrin of the Harbour Board") == (
        "Ned Orrin",
        "spokesman of the Harbour Board",
    )


def test_a_body_named_with_of_stays_whole() -> None:
    assert split_title("the Bank of Dorset") == ("the Bank of Dorset", "")


# ---------------------------------------------------------------- times and tags between speaker and verb


def test_a_day_after_a_lowercase_noun_dates_the_speaker() -> None:
    assert repaired_mention("court papers Thursday", "court papers Thursday said so") == "court papers"
    assert repaired_mention("Nell Friday", "Nell Friday said so") == "Nell Friday"


def test_a_time_alone_is_no_speaker() -> None:
    assert repaired_mention("6pm on Tuesday", "a list put out after 6pm on Tuesday shows it") is None
    assert repaired_mention("On October 4", "On October 4 said it") is None
    assert repaired_mention("May", "May said it") == "May"


def test_a_party_tag_then_a_description_leaves_the_lawmaker_speaking() -> None:
    found = claims(
        "Former Rep. Owen Tally, D-Maine, a onetime rival who has endorsed Corrin, said attacks on her show "
        "that she is gaining ground."
    )
    speakers = [chain for quote, chain in found if quote == "attacks on her show that she is gaining ground"]
    assert len(speakers) == 1 and speakers[0][0].endswith("Owen Tally")


def test_a_party_tag_alone_still_reads_as_before() -> None:
    found = claims("Sen. Owen Tally, D-Maine, said the bill had no chance in the spring.")
    assert found == [("the bill had no chance in the spring", ("Owen Tally",))]


# ---------------------------------------------------------------- a speaker's description is not the speaker


def test_a_description_left_unclosed_before_told_goes_to_the_name() -> None:
    found = claims("Ella Rusk, a surgeon based in Tarrow told the Courier the mother and child are one unit.")
    assert found and found[0][0] == "the mother and child are one unit" and found[0][1][0] == "Ella Rusk"


def test_a_role_with_its_acronym_in_brackets_goes_to_the_name() -> None:
    found = claims(
        "In a statement, Ned Farrow, president of the Vale Academy of Nursing (VAN) said the rise is grim."
    )
    assert found == [("the rise is grim", ("Ned Farrow",))]


def test_a_name_with_a_particle_keeps_its_description_as_a_role() -> None:
    found = claims(
        "“The risk of escalation is real and growing,” Leyla al-Marri, a minister of state for trade, told a "
        "conference in Qarth."
    )
    assert found == [("“The risk of escalation is real and growing,”", ("Leyla al-Marri",))]


def test_a_relative_clause_after_a_surname_is_stepped_over() -> None:
    found = claims(
        "Corrin, whom Tally called on to resign as head of the party from the stage, said she was "
        "not bothered."
    )
    assert found == [("she was not bothered", ("Corrin",))]


def test_an_opener_or_a_body_before_the_description_is_not_taken() -> None:
    assert appositive_owner("the board", "However, the board said the plan was dead.") is None
    assert appositive_owner("the owner", "Acme Holdings, the owner, said the plan was dead.") is None
    assert appositive_owner("Tom Reyes", "Ada Lind, Tom Reyes and the mayor said so.") is None


# ---------------------------------------------------------------- a body's title before a person's name


def test_a_body_then_its_title_then_a_name_is_the_person() -> None:
    assert split_title("Tarn Union President Dana Pell") == ("Dana Pell", "Tarn Union President")
    assert split_title("Vollex CEO Ivo Brenner") == ("Ivo Brenner", "Vollex CEO")
    assert split_title("Vollex spokesperson Orrin") == ("Orrin", "Vollex spokesperson")
    assert split_title("Tarn Union President") == ("Tarn Union President", "")


def test_the_union_and_its_president_stay_two_speakers() -> None:
    found = claims(
        "Tarn Union President Dana Pell said the deal was won. Workers will go back while the deal is "
        "ratified, the Tarn Union said."
    )
    assert found == [
        ("the deal was won", ("Dana Pell",)),
        ("Workers will go back while the deal is ratified", ("Tarn Union",)),
    ]


def test_he_after_a_spokesperson_named_by_surname_is_that_spokesperson() -> None:
    found = claims(
        "Vollex spokesperson Orrin disagrees. He points to a ruling in July. “We are building in line with "
        "this,” he adds."
    )
    assert ("“We are building in line with this,”", ("Orrin",)) in found


# ---------------------------------------------------------------- he/she with no speaker or subject in reach


def test_he_is_the_one_man_in_view_a_few_sentences_back() -> None:
    found = claims(
        "Peter Brenner runs a small still behind the old mill.",
        "A haze of cherries and smoke drifts across the yard as the copper pot cools.",
        "The first barrel was filled in spring, and the second soon after.",
        "“I wanted to stop relying on beer,” he says.",
    )
    assert ("“I wanted to stop relying on beer,”", ("Peter Brenner",)) in found


def test_a_person_whose_gender_the_article_never_shows_is_not_guessed_for_he() -> None:
    found = claims(
        "Zorvan Tekk runs a small still behind the old mill.",
        "A haze of cherries and smoke drifts across the yard as the copper pot cools.",
        "The first barrel was filled in spring, and the second soon after.",
        "“I wanted to stop relying on beer,” he says.",
    )
    assert all(quote != "“I wanted to stop relying on beer,”" for quote, _chain in found)


# ---------------------------------------------------------------- a text a pronoun owns


def test_his_statement_is_his_words() -> None:
    found = claims(
        "County Executive Ed Dunmore declared a state of emergency on Monday.",
        "His statement continued: “We are in close contact with our schools as we finish the plans.”",
    )
    assert found == [("“We are in close contact with our schools as we finish the plans.”", ("Ed Dunmore",))]


def test_her_statement_said_is_hers_and_a_statement_alone_is_unchanged() -> None:
    assert pronoun_owner("Her statement") == "she"
    assert pronoun_owner("their latest letter") == "they"
    assert pronoun_owner("a statement") is None
    assert pronoun_owner("his lawyer") is None


# ---------------------------------------------------------------- a bare share of a group


def test_many_alone_with_no_group_before_is_no_speaker() -> None:
    found = claims(
        "Both ferry routes will open in June, with the port ending its quarantine rule.",
        "Many hope the move will revive the harbour trade.",
    )
    assert all(chain != ("Many",) for _quote, chain in found)


def test_most_after_a_named_group_is_that_group() -> None:
    found = claims(
        "Dozens of fishermen gathered at the quay on Friday.",
        "Most said they would stay at sea until the quota changed.",
    )
    assert found == [("they would stay at sea until the quota changed", ("dozens of fishermen",))]


# ---------------------------------------------------------------- who "he" never means


def test_he_is_never_an_acronym_that_opened_the_sentence() -> None:
    found = claims(
        "Orla Brant, a former KEMA chief, is hopeful about the season. “This is the best-drilled KEMA there "
        "has been,” Brant said.",
        "KEMA is training staff to work through floods, he said.",
    )
    assert ("KEMA is training staff to work through floods", ("Orla Brant",)) in found


def test_he_is_never_a_team_or_a_campaign() -> None:
    assert never_he_or_she("Vance’s team")
    assert never_he_or_she("the campaign")
    assert never_he_or_she("FEMA")
    assert not never_he_or_she("Ivo Brenner")
    assert not never_he_or_she("Team Sky rider Ivo Brenner")


def test_a_surname_with_a_particle_then_of_a_body_is_the_person() -> None:
    found = claims(
        "Lead author Boris Kell said the study was small.",
        "“These findings could matter for standards,” Joost van Heel of the Dutch Tarn University writes in "
        "an accompanying article. He says the savings will grow as summers warm.",
    )
    assert ("the savings will grow as summers warm", ("Joost van Heel",)) in found


# ---------------------------------------------------------------- the outlet that aired or printed the words


def test_said_on_a_network_adds_the_network_as_relay() -> None:
    found = claims(
        "“This bill could be House driven,” Vance Orlo said Tuesday on Harbor Business Network’s "
        "morning show."
    )
    assert found == [("“This bill could be House driven,”", ("Vance Orlo", "Harbor Business Network"))]


def test_first_reported_by_an_outlet_adds_it_as_relay() -> None:
    found = claims(
        "Vance Orlo said in a statement, first reported by Sky News, that he would quit the party."
    )
    assert found and found[0][1] == ("Vance Orlo", "Sky News")


def test_said_on_a_day_or_a_platform_adds_no_relay() -> None:
    assert claims("Vance Orlo said on Monday the plan was dead.") == [("the plan was dead", ("Vance Orlo",))]
    assert claims("Vance Orlo said on Twitter the plan was dead.") == [("the plan was dead", ("Vance Orlo",))]
