"""Figures round 10: frame rates and video formats, both bounds of a dashed range. All sentences are
invented; each positive stands beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown

from tui.model.ingest.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A frame rate glued or spaced, in either case, is a figure in frames per second.
        ("The console port holds a steady 45fps in the desert.", [("45fps", 45, "fps")]),
        ("The trailer was cut at 24 FPS for cinemas.", [("24 FPS", 24, "fps")]),
        # A "p" after a video line count is a format, not pence; the frame rate beside it still counts.
        ("The tablet streams a shaky 720p 50fps picture.", [("50fps", 50, "fps")]),
        ("The webcam tops out at 1080p.", []),
        # Pence glued to other amounts stay pence.
        ("A second-class stamp rose to 68p.", [("68p", 68, "pence")]),
        ("The bakery now charges 725p for a cake.", [("725p", 725, "pence")]),
    ],
)
def test_frame_rates_and_video_formats(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A range written with a dash: two figures, its lower bound (with the range's words) and its upper.
        (
            "The new plants will each make 40-250 MW of panels.",
            [("40-250 MW", 40, "MW"), ("250 MW", 250, "MW")],
        ),
        (
            "Economists put the loss at 120–140 million dollars.",
            [("120–140 million", 120_000_000, "$"), ("140 million", 140_000_000, "$")],
        ),
        ("Turnout in the ward was 35-40%.", [("35-40%", 35, "%"), ("40%", 40, "%")]),
        # A score, a vote, a sprint from nothing and a model number are no ranges: no upper bound.
        ("The hosts won 3-1 at home.", []),
        ("The council approved the plan 7-2 on Friday.", [("7", 7, "")]),
        ("The judges split in a 4-5 decision.", [("4", 4, "")]),
        ("Read pages 40-52 before class.", []),
        ("The hatchback does 0-60 mph in 8.2 seconds.", [("8.2", 8.2, "seconds")]),
        # A "to" range is one figure at its lower bound (figures round 6), unlike a dashed one.
        ("Repairs will take three to five weeks.", [("three to five", 3, "weeks")]),
    ],
)
def test_dashed_ranges_give_both_bounds(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


def test_the_bounds_of_a_dashed_range_say_which_they_are() -> None:
    low, high = find_figures("Crews need 6–9 days to clear the line.")
    assert (low.approximate, high.approximate) == (True, True)
    assert low.note == "the lower bound of the range 6–9"
    assert high.note == "the upper bound of the range 6–9"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A price shows the unit it is per, written after a slash.
        ("Panels now sell for about $0.31/W in bulk.", [("about $0.31/W", 0.31, "$")]),
        ("The streaming tier costs €6.99/month.", [("€6.99/month", 6.99, "€")]),
        # Without a currency the slash is no price's: a share stays a share.
        ("Only 3/4 of the seats were filled.", [("3/4", 0.75, "")]),
        ("Prices rose to $12 and fell back.", [("$12", 12, "$")]),
    ],
)
def test_a_price_shows_what_it_is_per(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Watts, watt-hours, milliseconds and pixels per inch glued to the number.
        ("The charger delivers 65W to the laptop.", [("65W", 65, "W")]),
        ("Its 99Wh pack lasts a working day.", [("99Wh", 99, "Wh")]),
        ("The panel answers in 5ms.", [("5ms", 5, "milliseconds")]),
        ("The screen packs 460ppi.", [("460ppi", 460, "ppi")]),
        # A capital letter or title on its own is no unit.
        ("She stayed at the W Hotel downtown.", []),
        ("Ms Kowalski chairs the board.", []),
    ],
)
def test_power_time_and_density_units(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the N things of …" / "the N things that …": the phrase after the noun does not make it a reference.
        ("Inspectors linked the four deaths of hospital patients to the leak.", [("four", 4, "deaths")]),
        ("Pick the six words that matter most.", [("six", 6, "words")]),
        # Still no count: two things compared, "these N" pointing back, things named before.
        ("The two sides of the river flooded.", []),
        ("Readers liked these three rules that guide the club.", []),
        ("The three parties of the coalition met.", []),
    ],
)
def test_a_count_after_the_keeps_its_qualifier(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The span of years a plan, an office or a study is set for names its kind: no figure.
        ("The board will unveil its seven-year plan in May.", []),
        ("The mayor began a second four-year term on Monday.", []),
        ("A 12-year study followed the nurses.", []),
        # Other hyphenated spans still count, and so do years that are not a plan's.
        ("The port signed a 25-year lease.", [("25-year", 25, "years")]),
        ("Arrivals face a 10-day quarantine.", [("10-day", 10, "days")]),
        ("Planning took six years.", [("six", 6, "years")]),
    ],
)
def test_the_span_of_a_plan_or_term_is_no_figure(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected
