"""Figures round 12: "over" before a span of time, prices per a unit in words, ages in months, powers,
subsections and years cut short, vulgar fractions after a space, counts that continue the previous
one ("three others"), metric tons, hyphenated money and pounds, names and idioms made of number words,
and loans named by their term. All sentences are invented; each positive stands beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "over" before a span after an amount or an event spreads it across the span; after "for", "in"
        # or a verb of lasting it is "more than" the span.
        (
            "The council will spend $40 million over three years.",
            [("$40 million", 4e7, "$"), ("three", 3, "years")],
        ),
        ("The leaks happened over two days in March.", [("two", 2, "days")]),
        ("The ferry has been idle for over two years.", [("over two", 2, "years")]),
        ("It was the first rise in over three years.", [("over three", 3, "years")]),
        ("She has worked at the mill over 20 years.", [("over 20", 20, "years")]),
        ("Pay will rise 9% over two years.", [("9%", 9, "%"), ("two", 2, "years")]),
        ("Over 300 people signed the letter.", [("Over 300", 300, "people")]),
        # A price shows what it is per when the unit is written in words; a span of time is the rate's period.
        ("Apricots sold for about $6 per short box.", [("about $6 per short box", 6, "$")]),
        ("Feed costs $2.40 a kilo at the market.", [("$2.40 a kilo", 2.4, "$")]),
        ("The fund earns $2 million a year.", [("$2 million", 2e6, "$")]),
        ("The charge rose 3 per cent.", [("3 per cent", 3, "%")]),
    ],
)
def test_spans_and_prices(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Ages in months, weeks and years are not counts.
        ("They moved with a seven-month-old puppy and two cats.", [("two", 2, "cats")]),
        ("Infants fed oats by 9 months of age slept better.", []),
        ("The survey covered adults between the ages of 18 and 64.", []),
        ("The survey covered 18 towns and 64 villages.", [("18", 18, "towns"), ("64", 64, "villages")]),
        # Powers written as code, subsections of a text and years cut short are no counts.
        ("The buffer holds up to 2^16 entries.", []),
        ("Relief under Section 501(c)(3) was denied.", []),
        ("“It felt like ’89 again,” she said.", []),
        ("“‘40 people were hurt,’ he wrote,” she said.", [("40", 40, "people")]),
        # A vulgar fraction after a space belongs to the number.
        ("The signal dropped 6 ½ minutes after launch.", [("6 ½", 6.5, "minutes")]),
    ],
)
def test_ages_marks_and_fractions(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "others" counts what the count before it counted.
        ("Two gunmen were arrested and three others fled.", [("Two", 2, "gunmen"), ("three", 3, "gunmen")]),
        ("Four firemen were hurt.", [("Four", 4, "firemen")]),
        ("Nine specimens and a specimen jar were found.", [("Nine", 9, "specimens")]),
        ("Three others were questioned.", [("Three", 3, "others")]),
        # The metric ton is a unit of its own; a hyphenated pound or dollar names its unit.
        ("The barge carried 4.5 metric tons of grain.", [("4.5", 4.5, "metric tons")]),
        ("The barge carried 4.5 tons of grain.", [("4.5", 4.5, "tons")]),
        ("A 120-pound dog slept on the step.", [("120", 120, "pounds")]),
        ("They closed a million-dollar sale.", [("a million-dollar", 1e6, "$")]),
    ],
)
def test_units_of_counts(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A capitalised number word inside a sentence before a capitalised word is a name.
        ("Campers gathered at Seven Pines Lake for the night.", []),
        ("We walked along Ninety Acre Road.", []),
        ("Seven hikers were rescued.", [("Seven", 7, "hikers")]),
        # Idioms made of number words count nothing.
        ("The chef knows a thing or two about bread.", []),
        ("Rain and wind were a one-two blow to the harvest.", []),
        ("The chef baked two loaves.", [("two", 2, "loaves")]),
        # A loan or bond named by its term is a kind, not a count.
        ("The yield on the 10-year Treasury note fell.", []),
        ("The two-year yield rose.", []),
        ("Rates on a 30-year mortgage climbed.", []),
        ("The bridge took 10 years to build.", [("10", 10, "years")]),
    ],
)
def test_names_idioms_and_loan_terms(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bare count as the subject of what happens only to people counts people; a noun or the count
        # before it still says what is counted.
        ("Officials said as many as 40 have been killed.", [("as many as 40", 40, "people")]),
        ("About 900 died in the flood.", [("About 900", 900, "people")]),
        ("Of the 30 sheep, 12 died.", [("30", 30, "sheep"), ("12", 12, "sheep")]),
        ("Sales reached 900 in May.", [("900", 900, "")]),
        # "one" before a hyphenated unit counts it; before "-year-old" it is an age.
        ("Staff held a one-day strike.", [("one", 1, "days")]),
        ("A one-year-old boy was found safe.", []),
        # Percentage points are a unit of their own.
        ("The rate rose by 2 percentage points.", [("2 percentage points", 2, "percentage points")]),
    ],
)
def test_people_one_and_points(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
