"""Figures round 23: times told from another time ("five months later"), ages beside names ("Tom Dunne
(73)", "Ode, four,"), house numbers, "X to Y" read as its lower bound, "one" under a bound, halves of
places, "the next year and a half", "exceeding", "the three who", an hour after a day, set phrases with
"one", police appeal numbers, vague plurals after verbs of paying or harm, "twice" and "at least once",
"in two" and "part two", ", also 38,", years naming outcomes, "the two years since". All sentences are
invented; each positive stands beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "N years earlier/later" says when, as "N years ago" does: no count.
        ("Three months later the bakery on Pell Lane reopened.", []),
        ("The mill had closed exactly 80 years earlier.", []),
        ("Voters in Dunmore backed her rival more than two years later.", []),
        # A span that is no time reference stays a figure.
        ("The bakery stayed shut for three months.", [("three", 3, "months")]),
        ("The mill ran for 80 years before it closed.", [("80", 80, "years")]),
    ],
)
def test_times_told_from_another_time(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An age in brackets after a person's name, as Irish and British papers write it.
        ("Mary Dunne (40) and her father, Tom Dunne (73), were sentenced.", []),
        ("Their daughter Sara (17) spoke to the court.", []),
        # Seats or votes in brackets after a party's one-word name stay counts.
        ("The votes went Democrats (40) to Republicans (38).", [("40", 40, ""), ("38", 38, "")]),
        # An age in words set off by commas after a name.
        ("They have two sons, Ode, four, and Lia, two, at home.", [("two", 2, "sons")]),
        # "who is 38 and ...": the clause ends at the age.
        ("Rollo, who is 38 and runs a farm, spoke first.", []),
        ("Rollo, who is 38 and 40 others came.", [("38", 38, "others"), ("40", 40, "others")]),
        # "turn 18": an age reached.
        ("They can still act when they turn 18.", []),
        ("She will turn 30 next week.", []),
        ("The road has 18 sharp turns.", [("18", 18, "turns")]),
    ],
)
def test_ages_beside_names(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # House numbers: on a numbered road, a run of numbers, an American block.
        ("Anyone who visited the shoe store, 40 Route 9, Suite No. 5, was exposed.", []),
        ("They lived together in the 4100 block of Elm Terrace.", []),
        ("The work covers 12-16 Mill Lane and 20 Mill Lane.", []),
        # Counts of roads and blocks stay figures.
        ("The town removed 12 blocks of flats.", [("12", 12, "blocks")]),
        ("Police closed 40 roads in the county.", [("40", 40, "roads")]),
        ("Rents rose 12-16 percent on Mill Lane.", [("12-16 percent", 12, "%"), ("16 percent", 16, "%")]),
    ],
)
def test_house_numbers(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "X to Y" is one figure at its lower bound (figures round 6).
        ("Some 60 to 100 more families are still stranded.", [("Some 60 to 100", 60, "families")]),
        ("Living there costs as little as $4 to $7 a day.", [("as little as $4 to $7", 4, "$")]),
        ("Forecasters expect seven to nine storms.", [("seven to nine", 7, "storms")]),
        # "from X to Y" and "by $X to $Y" name a change and where it ends: two figures.
        ("Fares rose from $2 to $3.", [("$2", 2, "$"), ("$3", 3, "$")]),
        ("Voters chose to raise the wage by $1 to $8.25 an hour.", [("$1", 1, "$"), ("$8.25", 8.25, "$")]),
        # A level far above the change: "cut by 30 to 126".
        ("The order was cut by 30 to 126 jets.", [("30", 30, "jets"), ("126", 126, "jets")]),
        # "by 2 to 5 percent" shares one unit: a range.
        ("Fares rose by 2 to 5 percent last year.", [("2 to 5 percent", 2, "%")]),
    ],
)
def test_to_ranges_read_as_their_lower_bound(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "one" under a bound counts: "at least one", "at most one", "one or more".
        ("At least one pupil had copied the photos.", [("At least one", 1, "pupil")]),
        ("Visitors may bring at most one other person.", [("at most one", 1, "person")]),
        ("A parent said one or more classmates used the tool.", [("one", 1, "")]),
        # One of a group, counted by what befell it; how often, "one day a week".
        ("The army said one of its scouts was killed near Velmar.", [("one", 1, "scouts")]),
        ("Campers may leave the site only one day a week.", [("one", 1, "day")]),
        # "one of the", "one day" as a time: no count.
        ("One of the clerks left early.", []),
        ("One day he left the camp for good.", []),
    ],
)
def test_one_under_a_bound_or_of_a_group(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A half named by its side is a part of a place: where, not how much.
        ("Rain fell across the eastern half of the valley.", []),
        ("Many residents remain in the northern half of Velmar.", []),
        ("Snow covered the upper half of the pass.", []),
        # A half after a bound stays a share.
        ("More than half of the residents left.", [("More than half", 0.5, "")]),
    ],
)
def test_a_half_named_by_its_side(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the next year and a half": a span with no article, after a word that places it.
        ("He will spend the next year and a half in court.", [("year and a half", 1.5, "years")]),
        ("For the past month and a half, crews worked nights.", [("month and a half", 1.5, "months")]),
        # "next year", "last year" alone say when.
        ("The plan runs until next year.", []),
        ("Sales rose 5% last year.", [("5%", 5, "%")]),
    ],
)
def test_a_unit_and_a_half_after_next_or_past(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "exceeding" bounds a figure as "in excess of" does, and the display keeps it.
        ("Gusts exceeding 90 mph hit the Velmar coast.", [("exceeding 90 mph", 90, "mph")]),
        ("Gusts of 90 mph hit the Velmar coast.", [("90 mph", 90, "mph")]),
    ],
)
def test_exceeding_bounds_a_figure(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the three who signed": "who" says the count is of people.
        ("The three who signed the letter resigned.", [("three", 3, "")]),
        ("Two of the four who filed reports spoke.", [("Two", 2, ""), ("four", 4, "")]),
        # A reference back to things, or to people with no such word, stays no figure.
        ("The two nations signed the pact.", []),
        ("The two met in Velmar.", []),
    ],
)
def test_the_n_who(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A day, then "at" and an hour: a time of day.
        ("Watch the film Saturday night at 8 on the channel.", []),
        ("The show airs tonight at 9.30 on Velmar TV.", []),
        # A count after it, or a number no hour can be, stays a figure.
        ("The sale opens Friday at 10 stores in Velmar.", [("10", 10, "stores")]),
        ("Shares closed Friday at 41, down from 44.", [("41", 41, ""), ("44", 44, "")]),
    ],
)
def test_an_hour_after_a_day_and_at(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Set phrases with "one" count nothing; "the only one who" is a pronoun.
        ("She runs a one-stop desk for farmers in Velmar.", []),
        ("The firm made a one-off payment of $40.", [("$40", 40, "$")]),
        ("He is the only one whose claim was heard.", []),
        ("She was the only one to finish.", []),
        # "only one" before its noun still counts.
        ("The town has only one doctor.", [("one", 1, "doctor")]),
    ],
)
def test_one_in_set_phrases(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A police appeal: the number rung "on", and the reference quoted after it.
        ("Anyone who saw the van is urged to call us on 101 quoting log 2214.", []),
        ("Call police on 101, quoting crime reference 5531.", []),
        # Calls made and logs of things stay counts.
        ("She called 100 voters on Monday.", [("100", 100, "voters")]),
        ("Crews kept a log of 12 sites.", [("12", 12, "sites")]),
    ],
)
def test_a_police_appeal_number_and_reference(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A vague plural as the object of a verb of paying or of harm, before a comma; "trillions" too.
        (
            "Those rulers spent trillions, killed millions and made billions.",
            [("trillions", 1e12, ""), ("millions", 1e6, ""), ("billions", 1e9, "")],
        ),
        ("The famine killed millions, the report said.", [("millions", 1e6, "")]),
        # A bare vague plural before a comma, with no such verb, counts nothing.
        ("Millions, she said, were at stake.", []),
    ],
)
def test_vague_plurals_after_verbs_of_paying_or_harm(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "twice" where its clause ends, and "once" under a bound: how many times.
        ("She and Rollo clashed twice, with Rollo winning.", [("twice", 2, "times")]),
        ("He has been married twice.", [("twice", 2, "times")]),
        ("Police had been to the farm at least once some months before.", [("at least once", 1, "times")]),
        # "once" alone is "formerly" or "as soon as".
        ("Once the rain stops, crews will start.", []),
        ("He was once a baker in Velmar.", []),
    ],
)
def test_twice_and_once_as_counts_of_times(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "in two" after a verb of splitting: how a thing is divided; "part two": a label.
        ("The river splits the valley in two.", []),
        ("The storm broke the mast in two, and it sank.", []),
        ("She sees the book as a part two of her study.", []),
        # A count after "in two" or "part in" stays.
        ("The road was cut in two places.", [("two", 2, "places")]),
        ("Twelve teams took part in two rounds.", [("Twelve", 12, "teams"), ("two", 2, "rounds")]),
    ],
)
def test_in_two_and_part_two(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ", also 38,": an age carried over from a person just aged.
        ("Dana Ruiz, 38, hit out at her rival, also 38, on Monday.", []),
        # A count set off by commas with no "also" stays.
        ("The team scored 12 goals, also a record.", [("12", 12, "goals")]),
    ],
)
def test_also_and_an_age(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A year naming the results or races of an election is a date.
        ("Moderates will be critical to 2028 outcomes.", []),
        ("The 2026 races drew record money.", []),
        # Outcomes counted with a comma stay a count.
        ("The survey logged 2,028 outcomes.", [("2,028", 2028, "outcomes")]),
    ],
)
def test_a_year_naming_outcomes_or_races(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the two years since": a span measured up to now, counted even after "the".
        ("He had five operations in the two years since.", [("five", 5, "operations"), ("two", 2, "years")]),
        # "the two years" pointing back stays no figure.
        ("The two years were hard.", []),
    ],
)
def test_the_years_since(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
