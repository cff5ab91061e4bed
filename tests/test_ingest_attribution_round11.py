"""Attribution forms of news writing (issue 11, round 11): rules about English found by sorting every
missed and false pair of the readable annotated pages into kinds of language. Every sentence here is
invented; each positive has a negative next to it.
"""

from __future__ import annotations

from attribution_helpers import claims

# ---------------------------------------------------------------- wrong speaker: what follows a name


def test_a_month_after_the_name_says_when_and_is_no_part_of_the_name() -> None:
    assert claims("According to figures released by the ministry in June, exports rose 4% in the half.") == [
        ("exports rose 4% in the half", ("the ministry",))
    ]
    # A surname that is also a month stays a name.
    assert claims("According to Maria June, the seals are returning.") == [
        ("the seals are returning", ("Maria June",))
    ]


def test_a_short_name_in_brackets_and_a_place_close_the_name() -> None:
    found = claims("According to the Institute for Marine Studies (IMS) in Norway, the seals are returning.")
    assert found == [("the seals are returning", ("Institute for Marine Studies",))]
    assert claims("According to the Institute for Marine Studies, the seals are returning.") == [
        ("the seals are returning", ("Institute for Marine Studies",))
    ]


def test_a_body_named_with_capitals_is_not_a_person_whose_role_shares_a_word() -> None:
    found = claims(
        "Ola Berg, deputy director of the regional disease prevention and control centre, said the case "
        "is isolated.",
        "According to the Centre for Disease Control, the plague is treatable with antibiotics.",
    )
    assert found[1] == ("the plague is treatable with antibiotics", ("Centre for Disease Control",))
    # A lower-case description still finds the person it describes.
    found = claims(
        "Ola Berg, deputy director of the regional disease prevention and control centre, said the case "
        "is isolated.",
        "The control centre said it had traced every contact.",
    )
    assert found[1] == ("it had traced every contact", ("Ola Berg",))
