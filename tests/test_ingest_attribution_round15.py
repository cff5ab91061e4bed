"""Attribution precision (issue 11, round 15): a person named with the body they belong to, titles
read as verbs, two bodies that say one thing, and chains in the order the words give.
Every sentence here is invented; each wrong reading sits next to the right one the same rule keeps.
"""

from __future__ import annotations

from attribution_helpers import claims

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
