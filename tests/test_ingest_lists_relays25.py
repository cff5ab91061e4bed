"""Attribution on unseen pages (issue 11, session 15, lists25): a speaker's points set out as a list
below an intro, and words given to an outlet named with its journalist, show or paper. Every sentence
here is invented; each new reading sits next to one the same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims, claims_in

from tui.model.ingest.list_intros import items_end, list_intro

# ---------------------------------------------------------------- a speaker's points as a list


def test_items_after_a_plural_intro_are_the_speakers_claims() -> None:
    found = claims(
        "Mayor Tilda Brann eventually wrote down her rules for the council:",
        "Don't delegate anything: do every job yourself and do it faster.",
        "Never stand in the way of people who are doing the real work.",
        "Ideas matter much more than rank on the council.",
        "The rules were not the only ones Brann was happy to break.",
    )
    chains = dict(found)
    assert chains["Don't delegate anything: do every job yourself and do it faster"] == ("Tilda Brann",)
    assert chains["Ideas matter much more than rank on the council"] == ("Tilda Brann",)
    # The intro names the list, it claims nothing; the paragraph naming Brann again ends the list.
    assert all("rules for the council" not in quote for quote, _chain in found)
    assert all("were not the only ones" not in quote for quote, _chain in found)


def test_made_these_points_opens_a_bulleted_list_that_ends_without_a_bullet() -> None:
    found = claims(
        "In her speech on Friday, Governor Tilda Brann made these points:",
        "• The harbour at Quenby will reopen in May.",
        "• The ferry to Orlin will run twice a day again.",
        "The speech lasted an hour and drew a large crowd.",
    )
    chains = dict(found)
    assert chains["The harbour at Quenby will reopen in May"] == ("Tilda Brann",)
    assert chains["The ferry to Orlin will run twice a day again"] == ("Tilda Brann",)
    assert all("speech lasted" not in quote for quote, _chain in found)


def test_they_found_that_is_the_group_the_sentence_before_names() -> None:
    found = claims(
        "In the past, analysts blamed the weather for the harbour's decline.",
        "Economists studied harbour towns for years after the quay closed. They found that:",
        "About half of the fishing crews still lived in the town six years later.",
        "Crews with the most debt were the most likely to leave the town.",
        "This pattern held during the 1990s, the study said.",
    )
    chains = dict(found)
    assert chains["About half of the fishing crews still lived in the town six years later"] == (
        "economists",
    )
    assert chains["Crews with the most debt were the most likely to leave the town"] == ("economists",)
    assert chains["This pattern held during the 1990s"] == ("the study",)


def test_among_a_bodys_claims_names_the_body() -> None:
    found = claims(
        "The ministry published a long paper on the port this week. Among the ministry's claims:",
        "1. The harbour at Quenby will reopen in May.",
        "2. Fuel duty on ferries will fall next year.",
        "Critics disagreed.",
    )
    assert dict(found)["The harbour at Quenby will reopen in May"] == ("the ministry",)


def test_a_plain_said_colon_is_no_list_and_narration_after_it_stays_the_outlets() -> None:
    assert list_intro("The rules are simple:", None, False) is None
    found = claims(
        "Harbour master Olaf Renn said:",
        "We will not reopen the quay until the wall is safe.",
        "The wall was built in 1890 and has been repaired twice since then.",
    )
    assert all(not quote.startswith("The wall was built") for quote, _chain in found)


def test_a_long_or_renaming_paragraph_ends_the_list() -> None:
    assert items_end("Tilda Brann", "The rules were not the only ones Brann broke.", 1)
    assert not items_end("Tilda Brann", "Ideas matter more than rank.", 1)
    assert items_end("they", " ".join(["word"] * 80) + ".", 1)
    assert items_end("Governor Ada Sachs", "Sachs left the hall soon after.", 1)


def test_a_list_of_things_done_is_no_list_of_claims() -> None:
    assert list_intro("Coach Ilse Varn made three changes for the final:", None, False) is None
    assert list_intro("Coach Ilse Varn made three demands of the board:", None, False) is not None


# ---------------------------------------------------------------- told an outlet's journalist or show


def test_told_an_outlets_journalist_relays_through_the_outlet() -> None:
    found = claims("“I was never afraid of the sea,” Mayor Tilda Brann told the New Yorker’s Jo Amsel.")
    assert found == [("“I was never afraid of the sea,”", ("Tilda Brann", "the New Yorker"))]


def test_told_an_outlets_show_relays_through_the_outlet_not_the_show() -> None:
    found = claims("Mayor Tilda Brann told NBC News' Today show the bridge at Quenby was closed that week.")
    assert found == [("the bridge at Quenby was closed that week", ("Tilda Brann", "NBC News"))]


def test_the_outlets_interviewer_or_paper_is_not_part_of_the_claim() -> None:
    found = claims(
        "Mayor Tilda Brann told the BBC interviewer that the bridge at Quenby was closed that week."
    )
    assert found == [("the bridge at Quenby was closed that week", ("Tilda Brann", "the BBC"))]
    found = claims("Mayor Tilda Brann told The Telegraph newspaper that the bridge at Quenby was closed.")
    assert found == [("the bridge at Quenby was closed", ("Tilda Brann", "The Telegraph"))]


def test_told_an_outlets_host_by_name_skips_the_name() -> None:
    found = claims("Mayor Tilda Brann told CNN host Jo Amsel on Sunday that the bridge at Quenby was closed.")
    assert found == [("the bridge at Quenby was closed", ("Tilda Brann", "CNN"))]


def test_told_the_own_outlets_journalist_has_no_relay() -> None:
    found = claims_in("CNN", "Mayor Tilda Brann told CNN's Jo Amsel that the bridge at Quenby was closed.")
    assert found == [("the bridge at Quenby was closed", ("Tilda Brann",))]


def test_a_beat_before_correspondent_leaves_the_outlet() -> None:
    found = claims(
        "A spokesman for the harbour board told VOA Pentagon correspondent Jo Amsel on Nov. 4 that the quay "
        "at Quenby was unsafe."
    )
    assert found == [("the quay at Quenby was unsafe", ("a spokesman for the harbour board", "VOA"))]
    found = claims(
        "A spokesman for the harbour board told Jo Amsel on Nov. 4 that the quay at Quenby was unsafe."
    )
    assert found == [("the quay at Quenby was unsafe", ("a spokesman for the harbour board",))]
