"""Attribution recall on English news from outside the US and UK (issue 11, session 16, world27).

Every sentence here is invented (names, places, numbers made up); each new reading sits next to a
look-alike the same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

_INTRO = "Finance Minister Rhea Dalton spoke to the Senate on Monday."

# ---------------------------------------------------------------- a quotation after a mid-sentence tag


def test_a_fronted_date_then_a_tag_then_a_quoted_clause_is_one_claim() -> None:
    sentence = 'In March 2019, she said, the cabinet "approved the sale of the old ferry terminal."'
    found = claims(_INTRO, sentence)
    assert found[-1] == (sentence, ("Rhea Dalton",))


def test_a_quoted_phrase_after_the_tag_keeps_the_whole_clause() -> None:
    found = claims(_INTRO, "Building a second dock, she said, is the “only sensible step” for the port.")
    assert found[-1] == (
        "Building a second dock, she said, is the “only sensible step” for the port",
        ("Rhea Dalton",),
    )


def test_an_apposition_after_the_tag_is_still_not_a_clause() -> None:
    # "…, the chiefs said, the third …": no verb after the tag, so the claim is the words before it.
    found = claims("The ferry sailed twice in May, the port chiefs said, the “second” run at night.")
    assert found == [("The ferry sailed twice in May", ("the port chiefs",))]
