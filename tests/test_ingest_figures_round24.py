"""Figures round 24: ages written as shortened or hanging-hyphen compounds ("a 40-yr-old man", "18- to
34-year-olds"); ages beside a person (", then 25,", "the president at 81,", "when Roe was 59,"); sums
named only by their size ("a six-figure settlement", "a multimillion-dollar deal"); "just one of the many",
a pronoun; "numbering in the thousands"; "27% to 35%" one range; "a month into the war".
All sentences are invented; each positive stands beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An age shortened as notices and listings write it.
        ("SOUGHT: Dorin Vask, 41-yr-old male, last seen in Marlow.", []),
        ("Police said a 6-mo-old girl was found safe.", []),
        # The low end of a span of ages whose hyphen hangs before "to".
        ("The app's core audience is 18- to 34-year-olds in Tarnby.", []),
        ("Ads aimed at 25-to 40-year-olds ran all week.", []),
        # A span of things counted, not of ages, stays a figure at its lower bound.
        ("The shop hired 18 to 34 staff for the season.", [("18 to 34", 18, "staff")]),
        ("Dorin Vask ran 41 laps of the Marlow track.", [("41", 41, "laps")]),
    ],
)
def test_ages_as_shortened_compounds(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A sum named by its count of digits: at least the least number with that many.
        ("A clerk at Pellow Mills won a six-figure settlement last spring.", [("six-figure", 100_000, "")]),
        ("Ona Brisk will soon sign an eight-figure contract.", [("eight-figure", 10_000_000, "")]),
        # "multi-million" with the money it names after it.
        (
            "The pair saw their multi-million dollar podcast deal axed.",
            [("multi-million dollar", 1_000_000, "$")],
        ),
        ("Tarnby approved a multibillion-pound rail link.", [("multibillion-pound", 1_000_000_000, "£")]),
        # A rich person is no sum, and "six figures" after a verb counts the digits only as words do.
        ("The daughter of a multi-millionaire printer spoke.", []),
        ("Ona Brisk is now a multimillionaire.", []),
        ("Dorn is a multi-million-selling singer from Tarnby.", []),
    ],
)
def test_sums_named_by_their_size(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An age set off by commas with the time it held: "then" or "now".
        ("The nurse, then 25, told Dorn she wanted to act.", []),
        ("After Ona Brisk, now 19, questioned Pell, she was abused online.", []),
        # A person, "at" and an age; a named person's age as the time something happened.
        ("Pell, the oldest ever president at 81, trails with young voters.", []),
        ("In 1990, when Dorn was 59, the couple had a son.", []),
        # Numbers in a run, or with a noun they count, stay figures.
        ("Sales fell to 30, then 25, before recovering.", [("30", 30, ""), ("25", 25, "")]),
        ("Shares in Pellow closed at 81, up from 70.", [("81", 81, ""), ("70", 70, "")]),
        ("The club, then 25 points clear, lost at home.", [("25", 25, "points")]),
        ("When Dorn was 59 points ahead, he slowed.", [("59", 59, "points")]),
    ],
)
def test_ages_beside_a_person(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "just one" of a group no number is given for: a pronoun, however "just" stresses it.
        ("Poor roads are just one of the many reasons for the delays in Marlow.", []),
        ("We are just one, of many, that the Pellow trust helps.", []),
        ("Tarnland is seen as just one among a crowd of allies.", []),
        # "just one" with a noun it counts, or one of a numbered group, stays a count.
        ("She won just one race all season.", [("one", 1, "race")]),
        ("Just one of its soldiers was killed.", [("one", 1, "soldiers")]),
    ],
)
def test_just_one_of_many_is_a_pronoun(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A vague plural after "in the" or "into the" is an amount even at the sentence's end.
        ("Pell was hounded with posts numbering in the thousands.", [("thousands", 1000, "")]),
        ("Repair bills in Tarnby ran into the millions.", [("millions", 1_000_000, "")]),
        # A bare plural alone still counts nothing.
        ("Millions.", []),
    ],
)
def test_vague_plural_in_the(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A share at each end is one range at its lower bound, as money at each end is.
        ("An estimated 27% to 35% of homes in Marlow were damaged.", [("An estimated 27% to 35%", 27, "%")]),
        ("Fees at Pellow run €9.99 to €12.99 a month.", [("€9.99 to €12.99", 9.99, "€")]),
        # After a verb of change the first share may be the change: two figures; "from" names two levels.
        ("Tarnby's turnout rose 5% to 60%.", [("5%", 5, "%"), ("60%", 60, "%")]),
        ("The rate went from 5% to 9%.", [("5%", 5, "%"), ("9%", 9, "%")]),
    ],
)
def test_a_share_at_each_end_is_one_range(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "a month into" something: how long it has run, as "two months into" it is.
        ("A month into the strike at Pellow, talks resumed.", [("A month", 1, "months")]),
        ("Dorn is a year into his term as mayor of Tarnby.", [("a year", 1, "years")]),
        # After an amount "a year" is its period; without "into" a bare "a year" is a time.
        ("Tarnby pays $2 billion a year into the fund.", [("$2 billion", 2_000_000_000, "$")]),
        ("A year ago the strike at Pellow began.", []),
    ],
)
def test_a_span_into_something(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
