"""Figures round 13: a vote's split after a verb of winning or losing, the numbers of a list written in
the sentence, age limits on people named by role, half of a unit, plural possessives as units, "a couple
of hundred", and counts named by the subject ("the death toll rose to 41"). All sentences are invented;
each positive stands beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A split before "vote", "ruling" or "decision" is a vote, whatever verb of winning comes before.
        ("The council lost by a 7-2 vote along party lines.", [("7", 7, "")]),
        ("The mayor won a 5-4 ruling in the appeal.", [("5", 5, "")]),
        ("The plan passed on a 7-2 vote.", [("7", 7, "")]),
        # A score of play stays no figure.
        ("Dunmore won 3-1 at home.", []),
        ("The Owls lost 2-0 in the final.", []),
    ],
)
def test_votes_after_verbs_of_winning(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "1) ... 2) ...": the numbers of a list's items, not counts.
        ("The best ways to cook squash are: 1) roasted, 2) fried, 3) mashed.", []),
        ("Her options were 1) wait, 2) sell or 3) rebuild.", []),
        # A number inside brackets it opened stays a figure.
        ("The pact (signed by 12 states) took effect.", [("12", 12, "states")]),
        ("Sales rose 5 percent (to 40 stores) in May.", [("5 percent", 5, "%"), ("40", 40, "stores")]),
    ],
)
def test_list_item_numbers(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # People named by what they do or where they are from, "over"/"under" a small number: an age limit.
        ("Cider is sold only to buyers over 19 in Dunmore.", []),
        ("Drivers under 25 pay more for cover.", []),
        ("Students over eighteen may vote in the poll.", []),
        ("The fund pays Londoners over 60 a winter grant.", []),
        # A noun after the number, or a number no age reaches, makes it a count.
        ("The club has members in over 30 countries.", [("over 30", 30, "countries")]),
        ("The league has players over 30 games behind.", [("over 30", 30, "games")]),
        ("Customers over 500 were served on Monday.", [("over 500", 500, "")]),
    ],
)
def test_age_limits_of_people_named_by_role(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Half of one unit is an amount of that unit, not a share.
        ("Passengers waited half an hour for the ferry.", [("half an hour", 0.5, "hours")]),
        ("The mill ran for over half a century.", [("over half a century", 0.5, "centuries")]),
        ("The lake froze for a half century.", [("a half century", 0.5, "centuries")]),
        ("She walked half a mile to the pump.", [("half a mile", 0.5, "miles")]),
        # "half of" the staff is a share; "half a century later" says when.
        ("Half of the staff left the mill.", [("Half", 0.5, "")]),
        ("Half a century later the mill reopened.", []),
    ],
)
def test_half_of_a_unit(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A plural's possessive is still the unit it counts.
        ("Dock workers were given two weeks' notice.", [("two", 2, "weeks")]),
        ("The shop gave 30 days’ credit.", [("30", 30, "days")]),
        # A singular's possessive is a name's, not a unit.
        ("The 12 Halbrook's branches stayed shut.", [("12", 12, "branches")]),
    ],
)
def test_plural_possessives_as_units(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A couple of hundred protesters gathered outside.", [("A couple of hundred", 200, "protesters")]),
        ("They raised a couple thousand dollars.", [("a couple thousand", 2000, "$")]),
        # "a couple of days" names no scale: no figure, as before.
        ("The talks lasted a couple of days.", []),
    ],
)
def test_a_couple_of_a_scale(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bare figure after a verb of reaching counts what the subject names.
        ("The death toll in Marrow rose to 41.", [("41", 41, "deaths")]),
        ("The number of new infections topped 10,000 on Monday.", [("10,000", 10000, "infections")]),
        ("The number of people in work rose to 3 million.", [("3 million", 3e6, "people")]),
        ("Death toll in Marrow hits 52 as rescuers dig.", [("52", 52, "deaths")]),
        ("The toll from the storm reached 58 on Sunday.", [("58", 58, "deaths")]),
        # A subject that counts nothing leaves the figure without a unit.
        ("The toll road fee rose to 5 in May.", [("5", 5, "")]),
        ("The index rose to 300 on Friday.", [("300", 300, "")]),
        ("Prices at the pump climbed to 190 in May.", [("190", 190, "")]),
    ],
)
def test_counts_named_by_the_subject(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "Out of N things" that opens a clause counts them, as "Of the 40 patients" does.
        (
            "Out of 200 applicants, only nine were hired.",
            [("200", 200, "applicants"), ("nine", 9, "applicants")],
        ),
        ("The team pulled out of 12 races this year.", [("12", 12, "races")]),
        # After a count, a rank or a superlative it is a denominator.
        ("The school ranked 12th out of 30 in the county.", []),
        ("She was the fastest out of 40 runners.", []),
        ("The inn got 5 stars out of 5.", [("5", 5, "stars")]),
    ],
)
def test_out_of_a_count(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "one" and a person, as a part of a group just counted, is a count.
        (
            "More than 40 migrants, including one boy, were sent back.",
            [("More than 40", 40, "migrants"), ("one", 1, "boy")],
        ),
        ("Six people were hurt, among them one child.", [("Six", 6, "people"), ("one", 1, "child")]),
        # Elsewhere "one woman" points at somebody without counting.
        ("One woman said she saw the fire.", []),
    ],
)
def test_one_of_a_counted_group(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A big score written winner first after a verb only games use, or before a word of play.
        ("Eastern Marrow rolled past Dunmore, 41-13, on Tuesday night.", []),
        ("The Owls cruised to a 35-7 bulge by the break.", []),
        # After "won" it may be a vote, and a low-first pair is a range.
        ("Halbrook won the runoff 54-46.", [("54", 54, "")]),
        ("The Owls rolled out 40-60 new buses.", [("40-60", 40, "buses"), ("60", 60, "buses")]),
    ],
)
def test_big_game_scores(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A currency's code after the amount is its unit, as before it.
        ("Damage at the Marrow depot was put at 5 million USD.", [("5 million", 5e6, "$")]),
        ("The room costs 300 EUR a night.", [("300", 300, "€")]),
        ("The firm paid USD 5 million.", [("USD 5 million", 5e6, "$")]),
    ],
)
def test_currency_codes_after_the_amount(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "billions" ending a sentence after a verb of paying is money.
        ("The delay could cost the council billions.", [("billions", 1e9, "")]),
        ("The Halbrook singer made millions.", [("millions", 1e6, "")]),
        # A bare "Millions." and "in their thousands" count nothing.
        ("Millions.", []),
        ("Fans came in their thousands.", []),
    ],
)
def test_vague_money_after_verbs_of_paying(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The first time of a span of the clock is a time too.
        ("She recalls a party at two or three a.m. in Dunmore.", []),
        ("The bar is open from 10 to 11 p.m. only.", []),
        # A span of people is a count.
        ("Three or four people were hurt.", [("Three or four", 3, "people")]),
    ],
)
def test_spans_of_clock_times(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A noun before "of" says what is counted: the count does not continue the previous figure's.
        (
            "The vote in 13 other states could turn on a debate before a radio audience of millions.",
            [("13", 13, "states"), ("millions", 1e6, "")],
        ),
        ("Police held 12 men, and then a crowd of 5,000 gathered.", [("12", 12, "men"), ("5,000", 5000, "")]),
        # Without one, or after a level ("a peak of"), it does.
        (
            "The raid killed 600 soldiers and thousands more were hurt.",
            [("600", 600, "soldiers"), ("thousands", 1000, "soldiers")],
        ),
        (
            "Guards logged 19,000 crossings in May, down from a peak of 25,000.",
            [("19,000", 19000, "crossings"), ("25,000", 25000, "crossings")],
        ),
    ],
)
def test_a_count_named_before_of(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A section of a law named with its lettered subsection is a mark.
        ("The Marrow Gazette is a 527(c) group funded by readers.", []),
        ("The platform relies on Section 14(b) of the act.", []),
        # A number before a bracketed aside still counts.
        ("The firm sold 50 (about a third) of its shops.", [("50", 50, ""), ("about a third", 0.3333, "")]),
    ],
)
def test_lettered_subsections(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "square" and "cubic" make a unit of their own: an area, a volume.
        ("The flat in Dunmore is more than 3,000 square feet.", [("more than 3,000", 3000, "square feet")]),
        ("The tank holds 40 cubic metres of water.", [("40", 40, "cubic metres")]),
        ("The office is 800 sq feet.", [("800", 800, "square feet")]),
        # A square that is a place is no unit.
        ("The square has 40 benches.", [("40", 40, "benches")]),
    ],
)
def test_areas_and_volumes(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A count of parts in the singular before its noun, without a hyphen, counts those parts.
        ("The 240 page Marrow guide comes with a map.", [("240", 240, "pages")]),
        ("A 300 room hotel opened in Dunmore.", [("300", 300, "rooms")]),
        ("The 1,450 piece set sold out.", [("1,450", 1450, "pieces")]),
        # A label stays no figure; a word that also describes ("member states", "star players", "lane miles")
        # leaves the unit to the noun after it.
        ("She turned to page 12 of the guide.", []),
        ("The bloc has 27 member states.", [("27", 27, "states")]),
        ("Three star players were hurt.", [("Three", 3, "players")]),
        ("The county keeps 840 lane miles of road.", [("840", 840, "miles")]),
    ],
)
def test_counts_of_parts_before_their_noun(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # People named by their country, after a describing word, are the unit.
        ("Millions of poor Freedonians will get help.", [("Millions", 1e6, "freedonians")]),
        ("Two elderly Britons were hurt in Marrow.", [("Two", 2, "britons")]),
        # A name after the count is no unit; the noun after it is.
        ("The 12 new Halbrook jets arrived.", [("12", 12, "jets")]),
    ],
)
def test_people_named_by_country(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A later bare count does not count the span of time before it.
        ("After two years, 40 were arrested.", [("two", 2, "years"), ("40", 40, "people")]),
        ("It took two hours to rescue 15.", [("two", 2, "hours"), ("15", 15, "")]),
        # Unless it goes on with "more".
        ("The lease ran three years, and two more were added.", [("three", 3, "years"), ("two", 2, "years")]),
    ],
)
def test_spans_of_time_not_carried(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The split of a chamber's vote after its name is a vote, whose first number stands.
        ("The bill passed the House 220-207.", [("220", 220, "")]),
        ("It cleared the Senate 52-48 on Friday.", [("52", 52, "")]),
        # A number after a chamber's name alone still names something.
        ("The Senate 2031 session ended.", []),
    ],
)
def test_chamber_votes(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The low end of a span named by "between" takes the high end's unit, not the previous figure's.
        (
            "Along its 90 miles of pipes, there are between 30 and 50 leaks a year.",
            [("90", 90, "miles"), ("30", 30, "leaks"), ("50", 50, "leaks")],
        ),
    ],
)
def test_between_takes_the_high_ends_unit(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "or so" between a count and its noun is a hedge: the noun after it is the unit.
        ("Police held a dozen or so protesters.", [("a dozen", 12, "protesters")]),
        ("Some 100 or so people came.", [("Some 100 or so", 100, "people")]),
        ("The firm hired 20 or so, then stopped.", [("20 or so", 20, "")]),
    ],
)
def test_or_so_before_the_noun(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Spans of ages, open-ended ages and ages in a clause set off by commas are no counts.
        ("Children between 5 and 11 years old can get the shot.", []),
        ("Those 65 and older may apply in Marrow.", []),
        ("Voters 18 to 24 backed the plan.", []),
        ("Adults 50 and over qualify.", []),
        ("Doe, who is 52, denied the charge.", []),
        # Counts beside them still count.
        ("Between 5 and 10 people were saved.", [("5", 5, "people"), ("10", 10, "people")]),
        ("The school has 400 boys and 350 girls.", [("400", 400, "boys"), ("350", 350, "girls")]),
    ],
)
def test_spans_and_open_ends_of_ages(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
