"""Attribution recall on tabloid and popular-press pages (issue 11, session 16, tab27): relays to the
popular press, speakers described rather than named, posts. Every sentence here is invented; each new
reading sits next to one the same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims, claims_in

from tui.model.format.records import SourceKind
from tui.model.ingest.kinds import classify

# ------------------------------------------------------------ the popular press as the relay


def test_told_a_tabloid_relays_the_quotation() -> None:
    found = claims_in(
        "Daily Planet",
        "Landlord Petra Quill, 52, told The Sun: “We had no warning the river would rise that fast.”",
        "Her neighbour Osian Brack told MailOnline the pub would reopen by Easter.",
        "Speaking to Page Six, the chef said he had sold the restaurant in Dunmore.",
        "Retired miner Col Haverley told Harlow Magazine: “The pit gave us everything.”",
    )
    chains = [chain for _quote, chain in found]
    assert chains == [
        ("Landlord Petra Quill", "The Sun"),
        ("Her neighbour Osian Brack", "MailOnline"),
        ("the chef", "Page Six"),
        ("Col Haverley", "Harlow Magazine"),
    ]


def test_a_paper_told_something_is_never_she() -> None:
    found = claims(
        "Mr Orrin Vale told The Sun that the bakery in Lornby would close.",
        "“I have to look after my health now,” she told a reporter.",
    )
    assert all("The Sun" not in chain[:1] for _quote, chain in found)


def test_sun_in_a_person_a_region_or_a_sky_is_no_outlet() -> None:
    assert classify("Sun Yifei")[0] is SourceKind.PERSON
    assert classify("the Sun Belt")[0] is not SourceKind.OUTLET
    assert classify("The Sun")[0] is SourceKind.OUTLET
    assert classify("the Mail on Sunday")[0] is SourceKind.OUTLET
    found = claims("Coach Sun Yifei told reporters the team would travel to Ostrava on Friday.")
    assert [chain for _quote, chain in found] == [("Sun Yifei",)]


# ------------------------------------------------ single marks closed before the tag's comma


def test_single_marked_words_closed_before_the_tags_comma_leave_the_speaker_outside() -> None:
    found = claims(
        "The new board will put ‘safety, comfort and value first’, Chair Ilse Marrow said in her speech.",
        "Dunmore will ‘sink within a decade’, says engineer Tomas Fell.",
    )
    assert [chain for _quote, chain in found] == [("Ilse Marrow",), ("Tomas Fell",)]
    assert found[0][0] == "The new board will put ‘safety, comfort and value first’"


# ------------------------------------------------------------- a label credited to its namer


def test_what_a_body_called_is_the_bodys_label() -> None:
    found = claims(
        "The bill will end what ministers called the ‘unfair and outdated’ levy on small breweries.",
        "Every suite was rebuilt, with what the hotel calls lake-view lounges that open at dawn.",
    )
    assert found == [
        ("the ‘unfair and outdated’ levy on small breweries", ("ministers",)),
        ("lake-view lounges that open at dawn", ("the hotel",)),
    ]


def test_what_is_called_or_what_someone_called_a_person_has_no_namer() -> None:
    found = claims(
        "The board oversees what is called macro-level planning in Dunmore.",
        "Edda Sorn grew up in what her aunts called home, a farm near Lornby.",
    )
    assert found == []


# ------------------------------------------------------- a sample's size with a thousands comma


def test_a_survey_of_thousands_is_the_speaker_whole() -> None:
    found = claims(
        "A survey of 3,000 adults found that most drivers in Lornby avoid the ring road.",
        "One study in over 12,500 adults showed that evening walks were linked to better sleep.",
    )
    assert [chain for _quote, chain in found] == [
        ("a survey of 3,000 adults",),
        ("one study in over 12,500 adults",),
    ]


def test_a_count_outside_a_sample_keeps_its_comma_reading() -> None:
    found = claims(
        "Dunmore Police reported at least 4,000 people crossed the bridge, but the force gave no total.",
    )
    assert [chain for _quote, chain in found] == [("Dunmore Police",)]
