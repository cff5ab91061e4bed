"""Figures: numbers with scale and number words, units, approximation, periods, and what is not a figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.model.ingest.figures import find_figures
from tui.model.ingest.sentences import split_sentences


def one(sentence: str) -> tuple[str, float, str, bool]:
    found = find_figures(sentence)
    assert len(found) == 1, found
    figure = found[0]
    assert sentence[figure.start : figure.end] == figure.display
    return figure.display, figure.value, figure.unit, figure.approximate


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine million rounds were delivered.", ("Nine million", 9_000_000, "rounds", False)),
        ("Around 600 soldiers were killed.", ("Around 600", 600, "soldiers", True)),
        ("Thousands of people fled.", ("Thousands", 1_000, "people", True)),
        ("A third of the budget went on defence.", ("A third", 1 / 3, "", False)),
        ("The deal is worth $170 million.", ("$170 million", 170_000_000, "$", False)),
        ("Turnout was 34%.", ("34%", 34, "%", False)),
        ("Exports reached 1.2 million tonnes.", ("1.2 million", 1_200_000, "tonnes", False)),
        ("Prices rose 3.5 percent.", ("3.5 percent", 3.5, "%", False)),
        ("More than 1,000 people marched.", ("More than 1,000", 1_000, "people", True)),
        ("Nearly 40 ships were stuck.", ("Nearly 40", 40, "ships", True)),
        ("About one in four households took part.", ("About one in four", 0.25, "households", True)),
        ("Tens of thousands of homes were destroyed.", ("Tens of thousands", 10_000, "homes", True)),
        ("They agreed a 72-hour truce.", ("72-hour", 72, "hours", False)),
        ("The firm lost 420 million euros.", ("420 million", 420_000_000, "€", False)),
        ("Twenty-five schools closed.", ("Twenty-five", 25, "schools", False)),
        ("It won four Oscars.", ("four", 4, "oscars", False)),
        ("Costs rose to 4.5bn last year.", ("4.5bn", 4_500_000_000, "", False)),
    ],
)
def test_figure_parsing(sentence: str, expected: tuple[str, float, str, bool]) -> None:
    display, value, unit, approximate = one(sentence)
    assert display == expected[0]
    assert value == pytest.approx(expected[1])
    assert unit == expected[2]
    assert approximate is expected[3]


@pytest.mark.parametrize(
    "sentence",
    [
        "The group was formed in October 2024.",
        "The war began in 2022 and has not stopped.",
        "John Smith, 45, said he was tired.",
        "His grandmother, 81, was rescued.",
        "A 7-year-old boy was among them.",
        "The meeting starts at 10 a.m. on Friday.",
        "It happened on March 5 near the border.",
        "Ukraine asked for more F-16 jets.",
        "COVID-19 spread quickly.",
        "The council cited Resolution 2231.",
        "She finished 1st in the race.",
        "One of the ministers resigned.",
        "The two nations signed the pact.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_a_count_that_continues_the_previous_one_keeps_its_unit_and_outcome() -> None:
    first, second = find_figures(
        "Around 600 North Korean soldiers have been killed and thousands more injured."
    )
    assert (first.unit, first.label) == ("soldiers", "North Korean soldiers killed")
    assert (second.unit, second.label) == ("soldiers", "North Korean soldiers injured")
    assert "at least 1,000" in second.note


def test_label_takes_the_of_phrase_and_what_happened() -> None:
    (figure,) = find_figures("Nine million rounds of mixed artillery ammunition were delivered.")
    assert figure.label == "rounds of mixed artillery ammunition delivered"


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Nine million rounds were delivered since the start of 2024.", "since the start of 2024"),
        ("Sales fell 5% in August.", "in August"),
        ("Output rose 12% last year.", "last year"),
        ("The lake shrank by 3 metres over the past decade.", "over the past decade"),
        ("Prices rose 4% between 2019 and 2023.", "between 2019 and 2023"),
    ],
)
def test_period(sentence: str, period: str) -> None:
    (figure,) = find_figures(sentence)
    assert figure.period == period


def test_period_stays_in_its_clause() -> None:
    first, second = find_figures("Sales fell 5% in August; staff numbers rose by 40 people.")
    assert first.period == "in August"
    assert second.period == ""


@given(st.integers(min_value=2, max_value=10**9))
def test_any_grouped_numeral_reads_back_as_its_value(number: int) -> None:
    sentence = f"Officials counted about {number:,} people."
    display, value, unit, approximate = one(sentence)
    assert value == number
    assert display == f"about {number:,}"
    assert (unit, approximate) == ("people", True)


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million", "billion"]))
def test_scaled_numerals(number: int, scale: str) -> None:
    factor = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}[scale]
    _display, value, _unit, _approximate = one(f"The fund holds ${number} {scale} in bonds.")
    assert value == number * factor


_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spelled(number: int) -> str:
    if number < 20:
        return _WORDS[number]
    tens, units = divmod(number, 10)
    return _TENS[tens] + (f"-{_WORDS[units]}" if units else "")


@given(st.integers(min_value=2, max_value=99))
def test_number_words_read_back(number: int) -> None:
    _display, value, unit, _approximate = one(f"Officials counted {spelled(number)} ships.")
    assert value == number
    assert unit == "ships"


@given(st.text(max_size=300))
def test_any_text_gives_figures_that_are_its_own_words(text: str) -> None:
    for figure in find_figures(text):
        assert text[figure.start : figure.end] == figure.display
        assert figure.label


def test_sentences_are_spans_of_the_paragraph() -> None:
    paragraph = "Dr. Smith arrived at 3 p.m. in Washington.  “We will win,” he said. The U.N. agreed."
    for splitter in ("syntok", "pysbd"):
        sentences = split_sentences(paragraph, splitter)
        assert [s.text for s in sentences] == [
            "Dr. Smith arrived at 3 p.m. in Washington.",
            "“We will win,” he said.",
            "The U.N. agreed.",
        ]
        assert all(paragraph[s.start : s.end] == s.text for s in sentences)


@given(st.text(max_size=300))
def test_sentences_cover_every_word(text: str) -> None:
    sentences = split_sentences(text)
    assert [w for s in sentences for w in s.text.split()] == text.split()
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Temperatures passed 44C in Seville.", ("44C", 44, "°C")),
        ("Yields may climb by half a percentage point.", ("half", 0.5, "percentage points")),
        ("National Renewal won 61 of the 150 seats.", ("61", 61, "seats")),
        ("Officials asked for 4 billion tenge.", ("4 billion", 4_000_000_000, "tenge")),
    ],
)
def test_more_figure_shapes(sentence: str, expected: tuple[str, float, str]) -> None:
    first = find_figures(sentence)[0]
    assert (first.display, first.value, first.unit) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Strikes stretched into a third week.",
        "He left the party four years ago.",
        "A plant reopened in 2016 employs staff.",
    ],
)
def test_ordinals_times_ago_and_years_after_prepositions_are_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []
