"""Figures round 11: years used as adjectives, ages set off by a dash, a lower-case "4k", the units of
hyphenated, quoted and jointly modified nouns, both bounds of a "to" range, "one" with its singular noun,
and periods that belong to the next figure. All sentences are invented; each positive stands beside a
negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown

from tui.model.ingest.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A year after a determiner, a possessive or a count, or naming an event, is a date.
        ("The brewer said its 2019 results were weak.", []),
        ("Hallam made two 2017 acquisitions in Leeds.", [("two", 2, "acquisitions")]),
        ("The mayor kept raising 2016 elections at the hearing.", []),
        ("In 2023 ferry sales rose 5%.", [("5%", 5, "%")]),
        # A four-digit count with no comma before a plural noun still counts.
        ("Organisers said 2000 cyclists rode through Delft.", [("2000", 2000, "cyclists")]),
        # An age set off by a dash after a name is an age; a count after a verb is not.
        ("Marlowe, 38 – who runs the bakery – opened a second shop.", []),
        ("Bookings rose to 38 – the most since the bakery opened.", [("38", 38, "")]),
        # A lower-case "k" after one small digit is a resolution unless a plural noun follows it.
        ("The console renders the racing game at 4k and 60fps.", [("60fps", 60, "fps")]),
        ("The knitting channel passed 4k subscribers.", [("4k", 4000, "subscribers")]),
        ("The stall raised $4k for the shelter.", [("$4k", 4000, "$")]),
    ],
)
def test_years_ages_and_resolutions(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Any noun after a hyphen counts, in the plural; a word saying how (strong, long) does not.
        ("The choir booked a 30-date tour.", [("30", 30, "dates")]),
        ("Ardmore held a two-goal lead at the break.", [("two", 2, "goals")]),
        ("A 12-song set closed the night.", [("12", 12, "songs")]),
        # A quoted noun is still the noun counted.
        ("The lab planned two “deliveries” of samples.", [("two", 2, "deliveries")]),
        # Modifiers joined by "and" share the noun after them.
        (
            "The depot hired close to 1,000 maintenance and cleaning workers.",
            [("close to 1,000", 1000, "workers")],
        ),
        ("Floods hit 18 northern and central counties.", [("18", 18, "counties")]),
        ("Raiders killed 12 Afghan and wounded 20 others.", [("12", 12, ""), ("20", 20, "others")]),
        # An acronym before the noun is not the noun; a plural acronym is.
        ("The agency joined the original nine CLPS companies.", [("nine", 9, "companies")]),
        ("The fund backs 12 NGOs in Peru.", [("12", 12, "ngos")]),
        # A measure in the singular before its noun is the unit.
        ("The server offers 10.7 teraflop hardware.", [("10.7", 10.7, "teraflops")]),
        ("The valley hosts a 20 megawatt plant.", [("20", 20, "megawatts")]),
    ],
)
def test_units_of_hyphenated_quoted_and_joined_nouns(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


def test_a_word_saying_how_after_a_hyphen_is_no_unit() -> None:
    (crowd,) = find_figures("A 5,000-strong crowd filled the square.")
    assert crowd.unit != "strongs"


def test_a_count_after_a_preposition_takes_no_outcome() -> None:
    protesters, cities = find_figures("At least 106 protesters in 21 towns have been killed.")
    assert (protesters.label, cities.label) == ("protesters", "towns")
    (families,) = find_figures("Aid reached 3,000 families displaced by the floods.")
    assert families.label == "families displaced"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A "to" range is one figure at its lower bound, the range's words its display (figures round 6).
        ("Queues lasted 40 to 60 minutes.", [("40 to 60", 40, "minutes")]),
        ("Repairs take four to six hours.", [("four to six", 4, "hours")]),
        # "two or three" stays one figure; "from X to Y" was two already.
        ("The bells rang two or three times.", [("two or three", 2, "times")]),
        ("Fares rose from $2 to $3.", [("$2", 2, "$"), ("$3", 3, "$")]),
    ],
)
def test_to_ranges_give_their_lower_bound(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


def test_a_to_range_says_it_is_read_as_its_lower_bound() -> None:
    (low,) = find_figures("Queues lasted 40 to 60 minutes.")
    assert low.approximate
    assert "lower bound" in low.note


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "one" counts a charge and "one more" unit, with the singular noun as written.
        ("The clerk faces one count of forgery.", [("one", 1, "count")]),
        ("Fans waited one more second for the whistle.", [("one", 1, "second")]),
        ("The judge gave him one year of probation.", [("one", 1, "year")]),
        # "one second later" says when; "one of them" is a pronoun.
        ("One second later the lights failed.", []),
        ("One of the clerks left.", []),
    ],
)
def test_one_with_its_singular_noun(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


def test_a_period_after_the_next_figure_is_that_figures() -> None:
    now, then = find_figures("Roughly 25% of lambs are sold, up from 18% in 2010.")
    assert (now.period, then.period) == ("", "in 2010")
    (share,) = find_figures("In 2023 ferry sales rose 5%.")
    assert share.period == "In 2023"
    (low,) = find_figures("Queues lasted 40 to 60 minutes in 2021.")
    assert low.period == "in 2021"


def test_a_collective_noun_is_the_unit_and_a_label_stops_before_a_comparison() -> None:
    assert shown("The ferry carried 250 passengers and 80 crew.") == [
        ("250", 250, "passengers"),
        ("80", 80, "crew"),
    ]
    won, lost = find_figures("Okafor won 54% of the vote against 43% for his rival.")
    assert (won.label, lost.label) == ("the vote", "per cent")


def test_a_low_end_takes_its_high_ends_unit_not_the_previous_figures() -> None:
    assert shown("Queues lasted four hours, up from 40 to 60 minutes.") == [
        ("four", 4, "hours"),
        ("40", 40, "minutes"),
        ("60", 60, "minutes"),
    ]
    # Without a range after it, a bare count still continues the previous figure's noun.
    assert shown("About 600 ewes were sold and 143 more were kept.") == [
        ("About 600", 600, "ewes"),
        ("143", 143, "ewes"),
    ]
