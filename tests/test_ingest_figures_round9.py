"""Figures round 9: shares after a bound, parts of periods, plural fractions, hyphenated per cents,
singular currencies, spaced thousands before people, dates and ages that are no counts, resolutions.
All sentences are invented."""

from __future__ import annotations

import pytest
from figure_helpers import shown

from tui.model.ingest.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "half" on its own after a bound is a share, as "half of" is.
        ("More than half were teachers.", [("More than half", 0.5, "")]),
        (
            "Just over half voted, and nearly half stayed home.",
            [("Just over half", 0.5, ""), ("nearly half", 0.5, "")],
        ),
        ("At least half said they would move.", [("At least half", 0.5, "")]),
        ("The old boilers kept only half running.", [("half", 0.5, "")]),
        # Glued to a word, it is no share; after "first" or "second", it is a part of a period or a game.
        ("The plan was half-baked from the start.", []),
        ("The bridge opens in the first half of next year.", []),
        ("She scored a second-half goal.", []),
        ("The work was almost half-finished.", []),
    ],
)
def test_half_after_a_bound_is_a_share(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


def test_a_bounded_half_is_approximate() -> None:
    (figure,) = find_figures("Roughly half came by bus.")
    assert figure.approximate and figure.label == "share"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A plural fraction after a count cannot order a noun ("a third week" can).
        ("Two-fifths backed the merger.", [("Two-fifths", 0.4, "")]),
        ("Three quarters agreed with the council.", [("Three quarters", 0.75, "")]),
        ("The club entered a third week of talks.", []),
    ],
)
def test_plural_fractions_are_shares(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The battery charges to 80-percent in an hour.", [("80-percent", 80.0, "%")]),
        ("Members backed a 12-per-cent rise.", [("12-per-cent", 12.0, "%")]),
        ("Turnout reached 61 per cent.", [("61 per cent", 61.0, "%")]),
    ],
)
def test_hyphenated_per_cent(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The base model costs 48,900 euro before tax.", [("48,900", 48900.0, "€")]),
        ("Ministers agreed a 30 billion euro fund.", [("30 billion", 30_000_000_000.0, "€")]),
        ("The town borrowed a 2 million dollar loan.", [("2 million", 2_000_000.0, "$")]),
        # The singular that names a group of countries is no currency.
        ("The 20 euro countries met in Lisbon.", [("20", 20.0, "countries")]),
    ],
)
def test_singular_currency_words(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant employs 14 000 people.", [("14 000", 14000.0, "people")]),
        ("The sawmill shipped 2 500 tonnes.", [("2 500", 2500.0, "tonnes")]),
    ],
)
def test_spaced_thousands_before_people_and_weights(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The year of a written date is no count, whatever noun follows it.
        ("Memorials recall the March 3, 1998 floods.", []),
        ("By June 9, 2021 crews had cleared 40 roads.", [("40", 40.0, "roads")]),
        # "aged between": an age range, not counts.
        ("Pupils aged between 11 to 15-years-old took part.", []),
        ("Adults aged from 30 to 45 were asked.", []),
        # "a year ago": when, not how long, even after a bound or a quotation mark.
        ("“About a year ago, the shop closed,” she said.", []),
        ("“Nearly 400 homes were flooded,” he said.", [("Nearly 400", 400.0, "homes")]),
    ],
)
def test_dates_ages_and_times_that_are_no_counts(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


def test_a_bound_after_an_opening_quotation_mark_still_approximates() -> None:
    (figure,) = find_figures("“Almost 90 boats were lost,” the harbour master said.")
    assert figure.approximate and figure.display == "Almost 90"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The set streams films in 4K resolution.", []),
        ("She finished the 5K in record time.", []),
        ("Tickets sold for £8K each.", [("£8K", 8000.0, "£")]),
        ("The page drew 40K readers in a day.", [("40K", 40000.0, "readers")]),
    ],
)
def test_resolutions_and_races_are_not_thousands(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Public debt reached $2.8 trn last year.", [("$2.8 trn", 2_800_000_000_000.0, "$")]),
        (
            "The bank cut rates by a quarter of a percentage point.",
            [("a quarter", 0.25, "percentage points")],
        ),
    ],
)
def test_trn_scale_and_fraction_of_a_point(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Up to two describing words between "the" + number and the people counted.
        ("The vote freed the four Liberal party candidates to campaign.", [("four", 4.0, "candidates")]),
        ("The three junior hospital doctors resigned.", [("three", 3.0, "doctors")]),
        # Things named before stay references back.
        ("The two coastal nations signed the pact.", []),
    ],
)
def test_people_after_two_describing_words(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A table row flattened into text: bare numbers alone in their cells are a table's entries.
        ("7 | Dana Reyes | 2210 | 3 | 0 | 14", []),
        ("| Harbour Road | 412 | 18 |", []),
        # A cell that says what it counts, and prose with one pipe, keep their figures.
        ("Ward 4 | 1,200 voters | 38%", [("1,200", 1200.0, "voters"), ("38%", 38.0, "%")]),
        ("Rain | the town recorded 40 mm overnight.", [("40 mm", 40.0, "mm")]),
    ],
)
def test_bare_numbers_in_table_cells(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A contraction is no plural noun to count: the unit comes from the hyphen, not "that’s".
        (
            "It has a 1.6-litre three-cylinder engine that’s quieter.",
            [("1.6", 1.6, "litres"), ("three", 3.0, "cylinders")],
        ),
        (
            "The van makes 180 horsepower, the coupe a 310-horsepower punch.",
            [("180", 180.0, "horsepower"), ("310", 310.0, "horsepower")],
        ),
        ("The mower's 22 hp motor is loud.", [("22", 22.0, "hp")]),
        ("They filled 12-gallon drums.", [("12", 12.0, "gallons")]),
    ],
)
def test_engine_and_volume_units(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A glued temperature letter is a capital: "§ 12f" is a paragraph of a code, not 12°F.
        ("The rule is in § 412f of the code.", []),
        ("Readings reached 98F in the shade.", [("98F", 98.0, "°F")]),
        # "fiscal year 2024 sales": the year of a period, not a count of sales.
        ("The chain expects fiscal year 2024 sales to rise 2 percent.", [("2 percent", 2.0, "%")]),
        # A signed bare number alone in a table cell is an entry as well.
        ("| 310.40 | -8.15 | -2.56%", [("-2.56%", -2.56, "%")]),
        # The won, the dong, the rupee and the naira written after the amount.
        ("Seats cost 45,000₩ and 30,000₩.", [("45,000₩", 45000.0, "₩"), ("30,000₩", 30000.0, "₩")]),
    ],
)
def test_marks_that_are_no_data_and_symbols_after(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An age set off by commas after a trade or a fame, not only after a name or a kin word.
        ("The talk-show star, 51, was voted off on Sunday.", []),
        ("The club signed a goalkeeper, 23, from Porto.", []),
        # A count set off by commas after a plural noun stays a figure.
        ("The council named the schools, 14, that will close.", [("14", 14.0, "")]),
    ],
)
def test_ages_after_trades(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "at age 54", "—Sam, age 9": an age.
        ("She took up painting at age 61.", []),
        ("The winning joke came from Ravi, age 9.", []),
        # "0-100 km/h", "a 0-10 scale": a sprint or a scale from nothing, not an amount.
        ("The coupe does 0-100 km/h in 4.1 seconds.", [("4.1", 4.1, "seconds")]),
        # A singular yard counts as yards; a hyphen glued to a plural unit is no part of it.
        ("She won the 400 yard relay.", [("400", 400.0, "yards")]),
        ("The screen grew to 6.1-inches.", [("6.1", 6.1, "inches")]),
    ],
)
def test_ages_sprints_and_glued_units(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A scale letter glued to four digits, with no currency, names a model.
        ("The laptop ships with a Vega 6400M graphics chip.", []),
        ("The bid was $2400M in cash.", [("$2400M", 2_400_000_000.0, "$")]),
        ("The clip drew 3M views.", [("3M", 3_000_000.0, "views")]),
        # "model 4431": a label; "since I was 17": an age.
        ("Noise was measured with a model 5120 meter.", []),
        ("He has fixed engines since he was 15.", []),
        ("The ramp rises at a 12-degree angle.", [("12", 12.0, "degrees")]),
    ],
)
def test_models_labels_and_ages(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A unit glued to the number before is no name: "3.2GHz 14-inch" gives both.
        ("We tested the 3.2GHz 14-inch model.", [("3.2GHz", 3.2, "GHz"), ("14", 14.0, "inches")]),
        # A capitalised word before a number still names it.
        ("The Falcon 9 rocket flew again.", []),
    ],
)
def test_a_measure_before_is_no_name(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


def test_one_as_the_low_end_of_a_range_to_one_and_a_half() -> None:
    # "one to one and a half years": a range, read as its lower bound, as "one to two years" is.
    assert shown("The works took one to one and a half years.") == [("one to one and a half", 1.0, "years")]
    (low,) = find_figures("The works took one to one and a half years.")
    assert low.approximate
