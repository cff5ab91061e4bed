"""A noun that a clause denies ("a charge his family denies") is not a speech tag for the words before it."""

from __future__ import annotations

from attribution_helpers import claims


def test_a_closing_denial_leaves_the_quotation_to_its_speaker() -> None:
    found = claims(
        "“Nobody who has lived here is surprised. But the scale of it is new,” said Korsh, who is the aunt "
        "of Lena Mayer, a protester who was arrested and accused of arson against the guards at Millbrook – "
        "a charge her family and supporters strongly deny."
    )
    assert found == [
        ("Nobody who has lived here is surprised", ("Korsh",)),
        ("But the scale of it is new", ("Korsh",)),
    ]
    found = claims(
        "“Nobody who has lived here is surprised,” said Korsh, who is the aunt of Lena Mayer, a protester "
        "who was arrested at Millbrook – a charge her family strongly denies."
    )
    assert found == [("“Nobody who has lived here is surprised,”", ("Korsh",))]


def test_the_denied_words_are_no_ones_claim() -> None:
    assert claims("He was accused of moving the funds abroad, an allegation his lawyers deny.") == []
    assert claims("The mayor misled the council about the budget, a charge Mayor Oduya denies.") == []
    assert claims("The firm hid the losses, a claim that the firm's auditors have rejected.") == []


def test_a_claim_repeated_or_made_by_someone_stays_theirs() -> None:
    found = claims("The mayor misled the council about the budget, Councillor Ines Baptiste said.")
    assert found == [("The mayor misled the council about the budget", ("Ines Baptiste",))]
    found = claims("The mayor misled the council, the claims adjusters' association said.")
    assert found and found[0][1] == ("the claims adjusters' association",)
