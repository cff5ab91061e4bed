"""A figure's value and unit read as English in the figures list."""

from __future__ import annotations

import pytest

from tui.model.format.records import Figure
from tui.model.text import says_nothing_more, unit_after, words_around
from tui.widgets.side_lists import figure_prompt


@pytest.mark.parametrize(
    ("display", "unit", "expected"),
    [
        ("thousands", "soldiers", "thousands of soldiers"),
        ("Hundreds", "people", "Hundreds of people"),
        ("tens of", "", "tens of"),
        ("around 600", "soldiers", "around 600 soldiers"),
        ("$170 million", "", "$170 million"),
        ("1.2 million", "tonnes", "1.2 million tonnes"),
        ("34%", "", "34%"),
        ("", "soldiers", " soldiers"),
        ("up to 80TB", "TB", "up to 80TB"),
        ("22 mm", "mm", "22 mm"),
        ("55.7 percent", "%", "55.7 percent"),
        ("about 12 per cent", "%", "about 12 per cent"),
        ("34%", "%", "34%"),
    ],
)
def test_unit_follows_the_display(display: str, unit: str, expected: str) -> None:
    assert display + unit_after(display, unit) == expected


@pytest.mark.parametrize(
    ("label", "unit", "empty"),
    [("years", "years", True), ("per cent", "%", True), ("count", "", True), ("", "", True)],
)
def test_a_label_that_repeats_the_unit_says_nothing_more(label: str, unit: str, empty: bool) -> None:
    assert says_nothing_more(label, unit) is empty


def test_a_label_naming_what_is_counted_says_more() -> None:
    assert not says_nothing_more("North Korean soldiers killed", "soldiers")


@pytest.mark.parametrize(
    ("display", "text", "expected"),
    [
        (
            "48.2 percent",
            "The latest council poll, out on Friday, put the mayor on 48.2 percent support compared to "
            "her rival’s 30.1 percent.",
            "…on Friday, put the mayor on 48.2 percent support compared to her rival’s 30.1…",
        ),
        ("nine", "She spent nine years there.", "She spent nine years there."),
        ("$170", "It cost ($170) in all.", "It cost ($170) in all."),
        ("12", "No such number here.", ""),
    ],
)
def test_words_around_a_figure_in_its_claim(display: str, text: str, expected: str) -> None:
    assert words_around(display, text) == expected


def test_the_figures_list_shows_the_claims_words_where_the_label_repeats_the_unit() -> None:
    sentence = "She spent the past nine years as a councillor before the vote."
    bare = Figure(id="years-nine", value=9.0, display="nine", unit="years", label="years", claim="c")
    assert figure_prompt(bare, bookmarked=False, claim_text=sentence).plain == (
        "nine years\nShe spent the past nine years as a councillor before the…"
    )
    named = Figure(
        id="years-nine", value=9.0, display="nine", unit="years", label="years in office", claim="c"
    )
    assert figure_prompt(named, bookmarked=False, claim_text=sentence).plain == "nine years\nyears in office"
