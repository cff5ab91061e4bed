"""Attribution recall (issue 11, session 12, recall19): statements no cue reached on unseen news pages.
Every sentence here is invented; each new reading sits next to one the same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

# ---------------------------------------------------------------- what a court or an inquest heard


def test_the_inquest_heard_that_names_the_inquest() -> None:
    assert claims("The inquest heard that the driver had not slept for two days.") == [
        ("the driver had not slept for two days", ("the inquest",))
    ]


def test_a_closing_court_heard_tag_names_the_court() -> None:
    assert claims("Tom Dale, 31, kept the stash in a shed near his home, Exeter Crown Court heard.") == [
        ("Tom Dale, 31, kept the stash in a shed near his home", ("Exeter Crown Court",))
    ]


def test_an_inquest_has_heard_after_the_claim() -> None:
    [(quote, chain)] = claims("The driver had not slept for two days, an inquest has heard.")
    assert (quote, chain) == ("The driver had not slept for two days", ("an inquest",))


def test_the_court_previously_heard_without_that() -> None:
    assert claims("The court previously heard Mr Dale sustained injuries to his head.") == [
        ("Mr Dale sustained injuries to his head", ("the court",))
    ]


def test_a_council_meeting_that_heard_is_not_a_hearing() -> None:
    assert claims("The council heard that the budget was short.") == []
