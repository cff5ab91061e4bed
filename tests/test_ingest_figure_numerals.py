"""How numerals are written: digit grouping by spaces, decimal commas, minus signs, "m" as metres, currency
prefixes of many countries, slash fractions, "10x", "1000s of", glued abbreviations of time and area."""

from __future__ import annotations

import pytest
from figure_helpers import shown

from tui.model.ingest.figure_numerals import numeral_value, scale_value
from tui.model.ingest.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Thousands grouped by a space (plain before what is counted, or non-breaking/thin anywhere).
        ("The valley town has 18 400 inhabitants.", ("18 400", 18_400, "inhabitants")),
        (
            "The port handled 2\u00a0350\u00a0000 containers.",
            ("2\u00a0350\u00a0000", 2_350_000, "containers"),
        ),
        ("Fees climbed by 1\u202f200 euros.", ("1\u202f200", 1_200, "€")),
        # A decimal comma.
        ("The fine came to 2,5 million euros.", ("2,5 million", 2_500_000, "€")),
        ("Grain exports reached 1.234,5 tonnes.", ("1.234,5", 1_234.5, "tonnes")),
        ("The lottery paid out 2.500.000 euros.", ("2.500.000", 2_500_000, "€")),
        ("Output was 1.234 million barrels.", ("1.234 million", 1_234_000, "barrels")),
        ("The treasury lent €7,2 milliards.", ("€7,2 milliards", 7_200_000_000, "€")),
        # Minus signs on temperatures and rates.
        ("Overnight the valley fell to minus 14C.", ("minus 14C", -14, "°C")),
        ("The pass recorded -9°C at dawn.", ("-9°C", -9, "°C")),
        ("Output changed by -0.4% in the quarter.", ("-0.4%", -0.4, "%")),
        ("The pass froze at minus eight degrees.", ("minus eight", -8, "degrees")),
        (
            "The poll's margin is plus or minus 3 percentage points.",
            ("3 percentage points", 3, "percentage points"),
        ),
        ("The lagoon reached 31º on Sunday.", ("31º", 31, "degrees")),
        ("The lagoon reached 31ºC on Sunday.", ("31ºC", 31, "°C")),
        # "m" after a number: metres when a measure word is near, millions otherwise.
        ("The new pier is 450m long.", ("450m", 450, "m")),
        ("The hut sits 2,100m above the valley floor.", ("2,100m", 2_100, "m")),
        ("The divers reached a depth of 60m before turning back.", ("60m", 60, "m")),
        ("The scheme reaches 40m households.", ("40m", 40_000_000, "households")),
        # Currencies written before the amount, as different countries write them.
        ("The utility will borrow R3.4 billion.", ("R3.4 billion", 3_400_000_000, "R")),
        ("The utility will borrow R1.7-billion.", ("R1.7-billion", 1_700_000_000, "R")),
        ("The fund lent GH¢8 million to growers.", ("GH¢8 million", 8_000_000, "GH¢")),
        # A symbol a space before the amount, or after it as much of Europe writes it.
        ("The contract is worth US$ 40 million.", ("US$ 40 million", 40_000_000, "$")),
        ("A day pass costs 12 € at the gate.", ("12 €", 12, "€")),
        ("The loft sold for 480 000 €.", ("480 000 €", 480_000, "€")),
        ("Support slipped to 17,5 % in the poll.", ("17,5 %", 17.5, "%")),
        ("The state released N12 billion for roads.", ("N12 billion", 12_000_000_000, "N")),
        ("The port upgrade costs P2.8 billion.", ("P2.8 billion", 2_800_000_000, "P")),
        ("The mall cost RM1.5 million.", ("RM1.5 million", 1_500_000, "RM")),
        ("The council owes Shs 4 billion.", ("Shs 4 billion", 4_000_000_000, "Shs")),
        ("The grant is SEK 30 million.", ("SEK 30 million", 30_000_000, "SEK")),
        ("The dam cost E£9 billion.", ("E£9 billion", 9_000_000_000, "E£")),
        ("The state plans to spend Rs 2.1 lakh crore.", ("Rs 2.1 lakh crore", 2.1e12, "₹")),
        # Written-out amounts with "and a half" before the scale.
        ("One and a half million tickets were sold.", ("One and a half million", 1_500_000, "tickets")),
        # Shares and factors written with digits.
        ("The change needs a 2/3 majority in the chamber.", ("2/3", 0.6667, "")),
        ("The detour adds 2 1/2 hours to the trip.", ("2 1/2", 2.5, "hours")),
        ("Snow fell to 3 1/4 inches overnight.", ("3 1/4", 3.25, "inches")),
        ("The trail climbs for 1/2 mile.", ("1/2", 0.5, "")),
        ("The odds of a match are 1 in 25,000.", ("1 in 25,000", 0.0, "")),
        ("The new cell charges 5x faster.", ("5x", 5, "times")),
        ("Fares rose thrice in a year.", ("thrice", 3, "times")),
        ("1000s of fans queued overnight.", ("1000s", 1_000, "fans")),
        ("A half-dozen stalls were shut.", ("A half-dozen", 6, "stalls")),
        ("A quarter million voters stayed home.", ("A quarter million", 250_000, "voters")),
        ("The bailout nears a trillion dollars.", ("a trillion", 1e12, "$")),
        ("The city backed it by a 7-to-2 vote.", ("7", 7, "")),
        ("One out of every four buses ran late.", ("One out of every four", 0.25, "buses")),
        ("Joblessness rose 0.4pp in spring.", ("0.4pp", 0.4, "percentage points")),
        # Abbreviations of time and area glued to the number.
        ("The ferry crossing takes 40mins.", ("40mins", 40, "minutes")),
        ("The repair crew worked 16hrs straight.", ("16hrs", 16, "hours")),
        ("Each studio is 28m² inside.", ("28m²", 28, "m²")),
        ("The blaze burned 300 ha of pine.", ("300 ha", 300, "hectares")),
        # "one" counted after a verb of harm.
        ("The strike killed one soldier near the depot.", ("one", 1, "soldier")),
    ],
)
def test_written_numerals(sentence: str, expected: tuple[str, float, str]) -> None:
    assert shown(sentence) == [expected]


def test_one_in_a_large_number_is_read_whole() -> None:
    (figure,) = find_figures("The odds of a match are 1 in 25,000.")
    assert figure.value == pytest.approx(1 / 25_000)


def test_one_killed_beside_a_count_of_injured() -> None:
    assert [f.display for f in find_figures("The blast killed one and injured four.")] == ["one", "four"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A time word with a determiner says when; the number after it counts ("day 3" stays a label).
        ("Every day 300 lorries cross the bridge.", [("300", 300, "lorries")]),
        ("In its first week 2,000 readers signed up.", [("2,000", 2_000, "readers")]),
        ("Worldwide 450 flights were grounded.", [("450", 450, "flights")]),
        ("On day 3 the rains came.", []),
        ("The stage 4 tumour was removed.", []),
    ],
)
def test_time_words_before_a_count(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Call the desk on 555 123 4567 today.",  # a telephone number
        "The form P45 was sent by post.",  # a letter before a number with no scale: a name
        "The route R5 reopened.",
        "The attacks of 9/11 changed air travel.",  # a date, not a share
        "The clinic is open 24/7.",
        "She works 9-to-5 at the depot.",
        "He was a .300 hitter that year.",  # a batting average
        "The router answers on 10.0.0.1 by default.",  # an address
        "Release 4.2.1 fixed the crash.",  # a version
        "The 999 call came in after midnight.",  # a telephone service
        "Officers from precinct 12 took the call.",  # labels of places and vehicles
        "She boarded bus 42 at the depot.",
        "1. Sort the glass from the paper.",  # list markers
        "(2) Rinse the jars first.",
        "The guide takes 5 min read to skim.",  # page furniture
        "She led the COP 28 talks.",  # a code that is also a name
    ],
)
def test_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_a_plain_space_groups_digits_only_before_what_they_count() -> None:
    # "7 230." ends the sentence: two numbers side by side, not seven thousand.
    assert all(f.value != 7_230 for f in find_figures("The tally read 7 230."))


def test_the_decimals_of_an_unread_number_are_no_figure() -> None:
    # "X1.2" with an unknown letter before it: neither "1" nor "2" is read alone.
    assert find_figures("The chip X1.2 ships today.") == []


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("12,000", 12_000), ("12 000", 12_000), ("1.234,5", 1_234.5), ("2,5", 2.5), ("0.75", 0.75)],
)
def test_numeral_value(numeral: str, value: float) -> None:
    assert numeral_value(numeral) == pytest.approx(value)


@pytest.mark.parametrize(
    ("scale", "value"), [("million", 1e6), ("bn", 1e9), ("lakh crore", 1e12), ("milliards", 1e9), ("m", 1e6)]
)
def test_scale_value(scale: str, value: float) -> None:
    assert scale_value(scale) == pytest.approx(value)


def test_a_hyphen_before_a_slash_fraction_is_no_range_but_a_slash_after_a_range_is_a_rate() -> None:
    assert shown("The lease runs 2-1/2 years.") == [("2-1/2", 2.5, "years")]
    # "$5-10/month": a range (two bounds) of a price per month, not a mixed number.
    assert shown("Plans cost $5-10/month.") == [("$5-10/month", 5, "$"), ("10/month", 10, "$")]


def test_a_slash_fraction_before_a_kitchen_measure_is_a_share_but_a_date_is_not() -> None:
    assert shown("Stir in 1/2 tsp of smoked paprika.") == [("1/2", 0.5, "")]
    assert shown("Add 3/4 teaspoon salt.") == [("3/4", 0.75, "")]
    # A date written with a slash, before a word that measures nothing.
    assert shown("The fair opens 3/4 with music.") == []
