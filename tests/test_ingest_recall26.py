"""Attribution recall on ordinary news pages (issue 11, session 15, recall26): wire copy and national
and regional papers. Every sentence here is invented; each new reading sits next to one the same rule
must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

# ------------------------------------------- a pronoun's colon tag before a quotation that repeats it


def test_he_added_colon_keeps_its_speaker_when_the_quotation_says_he_too() -> None:
    found = claims(
        "Inspector Nilda Varga said a driver was found beside the quarry road.",
        "She added: “She was walking home from the bakery when the van struck her.”",
        "They said: “They will close the quarry road until Friday.”",
    )
    chains = dict(found)
    assert chains["“She was walking home from the bakery when the van struck her.”"] == (
        "Inspector Nilda Varga",
    )
    assert any(quote.startswith("“They will close") for quote, _chain in found)


def test_a_speaker_named_only_inside_the_quotation_still_is_not_its_speaker() -> None:
    found = claims(
        "Councillor Orla Penn spoke at the depot on Monday.",
        "“The depot lacks buses, which hurts drivers who say the routes are too long,” Penn said.",
    )
    assert [chain for _quote, chain in found] == [("Orla Penn",)]


# ------------------------------------------------ a restrictive "who said / who accused" clause


def test_group_who_accused_the_utility_of_something_is_its_speaker() -> None:
    found = claims(
        "The outage last month angered farmers and shopkeepers who accused the water board of "
        "neglecting the dam at Lornby for a decade.",
        "The debate angered Green MPs who said the new fines were a tax on the poorest drivers in "
        "Castlemoor.",
    )
    chains = dict(found)
    assert chains["of neglecting the dam at Lornby for a decade"] == ("farmers and shopkeepers",)
    assert chains["the new fines were a tax on the poorest drivers in Castlemoor"] == ("Green MPs",)


def test_a_tally_or_a_subject_group_who_said_is_no_speaker() -> None:
    found = claims(
        "Among adults in Vessmark, the number who said they had cycled to work rose by a fifth.",
        "The share of residents who say the new fines are fair fell in Castlemoor.",
        "Two officials who said the dam was unsafe were moved to another office.",
    )
    assert found == []


# ------------------------------------------ a tag the splitter cut off after a quoted question


def test_tag_cut_off_after_a_nested_question_names_the_speaker() -> None:
    found = claims(
        "Harbour master Ines Koller gave evidence on Monday.",
        "“Then I heard the mayor ask, ‘So is he going to sign the lease?’” Tobias Renn testified. "
        "“Director Pell replied that the lease was signed.”",
    )
    chains = dict(found)
    assert chains["“Then I heard the mayor ask, ‘So is he going to sign the lease?’”"] == ("Tobias Renn",)
    assert chains["“Director Pell replied that the lease was signed.”"] == ("Tobias Renn",)


def test_a_listener_who_agreed_after_a_quotation_is_no_tag() -> None:
    found = claims(
        "“Is the quay closed for good?” asked Harbour master Ines Koller. Tobias Renn agreed.",
    )
    assert all(chain != ("Tobias Renn",) for _quote, chain in found)


# ------------------------------------------------------------- "tried to suggest that …"


def test_tried_to_suggest_that_reads_as_suggested() -> None:
    found = claims(
        "Governor Ilse Marrow has recently tried to suggest that she barely knows the developer, "
        "but her aide has said they met often.",
        "The Drava club sought to argue that the fine was unfair.",
    )
    chains = dict(found)
    assert chains["she barely knows the developer"] == ("Ilse Marrow",)
    assert chains["the fine was unfair"] == ("Drava club",)


def test_tried_to_sell_or_to_say_goodbye_claims_nothing() -> None:
    found = claims(
        "The Drava club tried to sell the stadium to a bank.",
        "Governor Ilse Marrow tried to say goodbye to the crew.",
    )
    assert found == []


# --------------------------------------------------- a time opener written without its comma


def test_time_opener_without_comma_before_a_named_speaker() -> None:
    found = claims(
        "Last week harbour official Dag Ruud revealed the plan to the council, saying he had "
        "seen it in March.",
        "In September 2019 Mirela Dunn suggested that the ferry should run at night.",
    )
    chains = dict(found)
    assert chains["he had seen it in March"] == ("Dag Ruud",)
    assert chains["the ferry should run at night"] == ("Mirela Dunn",)


def test_time_opener_before_alone_or_a_possessive_is_left_as_it_was() -> None:
    found = claims(
        "In 2011 alone the ferry carried more passengers than the bridge.",
        "Last year's ferry timetable was printed in Vessby.",
    )
    assert found == []
