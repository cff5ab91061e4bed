"""Ranges and their low ends: the low end shares the scale and unit of the high end."""

from __future__ import annotations

import pytest

from tui.model.ingest.figures import find_figures


def shown(sentence: str) -> list[tuple[str, float, str]]:
    return [(f.display, f.value, f.unit) for f in find_figures(sentence)]


def test_a_range_with_one_scale_reads_the_scale_on_both_ends() -> None:
    (figure,) = find_figures("Some 2 to 3 million people were displaced.")
    assert (figure.display, figure.value, figure.unit, figure.approximate) == (
        "Some 2 to 3 million",
        2_000_000,
        "people",
        True,
    )


def test_between_names_two_bounds_each_a_figure() -> None:
    low, high = find_figures("Between 2 and 3 million people were displaced.")
    assert (low.display, low.value, low.unit, low.approximate) == ("2", 2_000_000, "people", True)
    assert (high.display, high.value, high.unit, high.approximate) == ("3 million", 3_000_000, "people", True)
    assert "lower bound" in low.note and "upper bound" in high.note
    assert shown('He estimated "between 100,000 and 200,000" could die.') == [
        ("100,000", 100_000, ""),
        ("200,000", 200_000, ""),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices rose 4% between 2019 and 2023.", [("4%", 4, "%")]),
        ("Talks between 3 parties and 12 unions failed.", [("3", 3, "parties"), ("12", 12, "unions")]),
        ("Some 20 to 30 boats were damaged.", [("Some 20 to 30", 20, "boats")]),
    ],
)
def test_between_years_things_and_plain_ranges(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rates rose from 5 to 10 per cent.", [("5", 5, "%"), ("10 per cent", 10, "%")]),
        ("Sentences went from 10 to 20 years.", [("10", 10, "years"), ("20", 20, "years")]),
    ],
)
def test_from_low_to_high_stays_two_figures_with_one_unit(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It has 2 offices and 300 employees.", [("2", 2, "offices"), ("300", 300, "employees")]),
        ("The vote was 12 to 1 million.", [("12", 12, ""), ("1 million", 1_000_000, "")]),
        ("A hundred thousand people marched.", [("A hundred thousand", 100_000, "people")]),
        ("Growth was 40 pc last year.", [("40 pc", 40, "%")]),
    ],
)
def test_ends_that_share_nothing_keep_their_own(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "display"),
    [
        ("At most 20 people were inside.", "At most 20"),
        ("A maximum of 30 people may gather.", "A maximum of 30"),
        ("No fewer than 50 people died.", "No fewer than 50"),
        ("As few as 5 percent agreed.", "As few as 5 percent"),
    ],
)
def test_bounds_are_approximate(sentence: str, display: str) -> None:
    (figure,) = find_figures(sentence)
    assert figure.display == display
    assert figure.approximate


@pytest.mark.parametrize(
    ("sentence", "display"),
    [("It took 40-odd years.", "40-odd"), ("About 100 or so people came.", "About 100 or so")],
)
def test_odd_and_or_so_are_approximate(sentence: str, display: str) -> None:
    (figure,) = find_figures(sentence)
    assert figure.display == display
    assert figure.approximate


def test_the_two_answers_are_no_people() -> None:
    assert find_figures("The two answers differ.") == []
    assert shown("The two engineers were praised.") == [("two", 2, "engineers")]
