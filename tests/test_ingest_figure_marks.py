"""Numbers that mark rather than count (citation markers, tiebreaks, set lists, team records), and the
counts that look like them (a big reading before "in the morning", an instruction's duration)."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A citation marker is which note, not how many; a count before it still counts.
        (
            "Nurses hear up to 700 beeps per shift [1], most of them harmless [2].",
            [("up to 700", 700, "beeps")],
        ),
        ("[3] Ward noise and sleep, a review.", []),
        # The later sets of a score list and the tiebreak in brackets are play, not counts.
        ("Okafor beat the visiting Lindqvist and Moreau 6-3, 7-6 (4) in the opening match.", []),
        ("The Dutch pair beat the home favourites Ruiz and Alba 4-6, 6-2, 7-6 (8) after midnight.", []),
        ("Vance then levelled the series 1-1 before the doubles.", []),
        # A team's record in brackets after its name.
        ("The Herons (7-3, 4-2) host the Owls (2-8, 0-6) on Friday.", []),
        ("The Herons (7-3) host the Owls on Friday.", []),
        # A reading with thousands is no clock time, even before "in the morning".
        (
            "The index touched a record 31,420.55 in the morning session.",
            [("31,420.55", 31_420.55, "")],
        ),
        # An instruction's first word is a verb, not a name: the duration after it is data.
        ("Simmer 25–30 minutes until thick.", [("25–30", 25, "minutes"), ("30", 30, "minutes")]),
        ("Rest 10 minutes before slicing.", [("10", 10, "minutes")]),
    ],
)
def test_marks_and_lookalike_counts(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Look-alikes that keep their reading.
        ("The bakery opens at 6 in the morning.", []),  # a clock time, as before
        ("Keep the room at 1400 GMT sharp.", []),  # a 24-hour time
        ("Apollo 11 landed in July.", []),  # a name, no duration after it
        ("Delta 88 crews waited for hours.", []),  # a name before a noun that is no duration
        ("Bluebird 7 days a week ran the route.", []),  # a rate after a name, not a step
        ("Sales rose from 12 [sic] shops to 40 shops.", [("12", 12, "shops"), ("40", 40, "shops")]),
        (
            "The squad grew from 10-15 players (in spring) to 20.",
            [("10-15", 10, "players"), ("15", 15, "players"), ("20", 20, "players")],
        ),
        ("The committee passed it 61-39, a wide margin.", [("61", 61, "")]),  # a vote keeps its first number
        # A marked figure after a score-shaped pair stays a figure.
        (
            "Fares rose 3-4, 5-6 per cent in two years.",
            [
                ("3-4", 3, ""),
                ("4", 4, ""),
                ("5-6 per cent", 5, "%"),
                ("6 per cent", 6, "%"),
                ("two", 2, "years"),
            ],
        ),
    ],
)
def test_lookalikes_keep_their_reading(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The number rung is no count; a count after the same verb is.
        ("A passer-by saw the smoke and called 911.", []),
        ("She dialled 999 and waited by the door.", []),
        ("The coach called 999 hopefuls to the trial.", [("999", 999, "hopefuls")]),
        # "scores" is a vague count only where it counts people or things, not as the plural of a score.
        ("Average exam scores fell this spring.", []),
        ("Benchmark scores rose from 410 to 455.", [("410", 410, ""), ("455", 455, "")]),
        ("Scores of volunteers cleared the beach.", [("Scores", 20, "volunteers")]),
        ("The storm injured scores more on the coast.", [("scores", 20, "")]),
        ("Scores were hurt when the stand gave way.", [("Scores", 20, "people")]),
    ],
)
def test_dialled_numbers_and_the_plural_of_a_score(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected
