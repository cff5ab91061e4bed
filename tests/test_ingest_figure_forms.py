"""Figure shapes beyond "number + noun" (glued units, "a dozen", multipliers, ranges, "an hour") and
number shapes that are not figures (labels, denominators, names, telephone numbers, footnote marks)."""

from __future__ import annotations

import pytest
from figure_helpers import shown

from tui.model.ingest.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Units written against the number.
        ("The vendor plans 50TB disks by spring.", ("50TB", 50, "TB")),
        ("Density rose to 2.5Tb per square inch.", ("2.5Tb", 2.5, "Tb")),
        ("The crack was 15mm wide.", ("15mm", 15, "mm")),
        ("Each phone ships with 8 GB of memory.", ("8 GB", 8, "GB")),
        ("The plant will add up to 40MW of capacity.", ("up to 40MW", 40, "MW")),
        # Article and scale words.
        ("A dozen lorries queued at the gate.", ("A dozen", 12, "lorries")),
        ("Half a million households lost power.", ("Half a million", 500_000, "households")),
        ("Two dozen volunteers came back.", ("Two dozen", 24, "volunteers")),
        ("More than a thousand farmers marched.", ("More than a thousand", 1_000, "farmers")),
        # Multipliers.
        ("Thefts have risen fourfold in the district.", ("fourfold", 4, "")),
        ("Claims grew 10-fold over the decade.", ("10-fold", 10, "")),
        ("Rural clinics see twice as many patients.", ("twice", 2, "times")),
        # One of a unit, when the sentence says how much.
        ("The vote was delayed by up to an hour.", ("up to an hour", 1, "hours")),
        ("The lab stayed shut for a week.", ("a week", 1, "weeks")),
        ("She has led the union for more than a decade.", ("more than a decade", 1, "decades")),
        ("He spent a year and a half abroad.", ("a year and a half", 1.5, "years")),
        ("The board has three and a half years left.", ("three and a half", 3.5, "years")),
        ("He was given one year of probation.", ("one", 1, "year")),  # "one" counts the singular as written
        ("The bill won just one vote from the opposition.", ("one", 1, "vote")),
        # Vague counts at the end of a phrase.
        ("The final was watched by an audience of millions.", ("millions", 1_000_000, "")),
        ("Officials spoke of “possibly thousands” of fake accounts.", ("thousands", 1_000, "accounts")),
        (
            "They found thousands upon thousands of fake ballots.",
            ("thousands upon thousands", 1_000, "ballots"),
        ),
        ("More than half of the 12 depots have closed.", ("More than half", 0.5, "")),
        # Ranges, read as their lower bound (a dashed range's upper bound follows as a figure of its own:
        # tests/test_ingest_figures_round10.py).
        ("Water levels were 3 to 5 metres above normal.", ("3 to 5", 3, "metres")),
        ("Patients are checked two or three times a day.", ("two or three", 2, "times")),
        # "between" names two bounds: the first of the two figures (tests/test_ingest_figure_ranges.py).
        ("Forecasters expect between 40 and 60 storms.", ("40", 40, "storms")),
        ("Repairs take 6–8 weeks.", ("6–8", 6, "weeks")),
        ("Between 10-15 homes flooded.", ("10-15", 10, "homes")),
        ("The repair bill is $5-6 million.", ("$5-6 million", 5_000_000, "$")),
        # Shares written as "N in M" and "N out of M"; scales of a fraction; "pc"; currency codes.
        ("Nearly 3 in 10 tenants are behind on rent.", ("Nearly 3 in 10", 0.3, "tenants")),
        ("Four out of five nurses backed the deal.", ("Four out of five", 0.8, "nurses")),
        ("A quarter of a million tickets sold out.", ("A quarter of a million", 250_000, "tickets")),
        ("Backing fell to 38pc among pensioners.", ("38pc", 38, "%")),
        ("Carrier bags now cost 10p each.", ("10p", 10, "pence")),
        ("Half the county's farms are flooded.", ("Half", 0.5, "")),
        ("The port cost USD 40 million.", ("USD 40 million", 40_000_000, "$")),
        ("The state set aside Rs 200 crore for roads.", ("Rs 200 crore", 2_000_000_000, "₹")),
        ("The fund holds A$2bn.", ("A$2bn", 2_000_000_000, "A$")),
        # Numbers a capitalised word does not make a name.
        ("France has 88,200 cases and Peru 12,400.", ("88,200", 88_200, "cases")),
        ("Agents seized on Tuesday 300 pounds (136 kilos) of heroin.", ("300", 300, "pounds")),
    ],
)
def test_figure_forms(sentence: str, expected: tuple[str, float, str]) -> None:
    assert shown(sentence)[0] == (expected[0], pytest.approx(expected[1]), expected[2])


def test_each_end_of_a_change_stays_a_figure() -> None:
    assert [d for d, _v, _u in shown("Turnout rose from 40 to 55 voters.")] == ["40", "55"]
    assert [d for d, _v, _u in shown("Profit doubled to $3.4 billion.")] == ["$3.4 billion"]


def test_a_time_of_day_is_not_a_count_but_a_count_in_the_morning_is() -> None:
    assert shown("Six trawlers sank in the morning storm.") == [("Six", 6, "trawlers")]


def test_a_label_word_before_a_comma_does_not_hide_the_count_after_it() -> None:
    assert shown("In the second week, 400 workers struck.") == [("400", 400, "workers")]
    assert shown("On the day officials and 300 guards left.") == [("300", 300, "guards")]
    assert shown("Rounds 3, 4 and 5 were cancelled.") == []


def test_scores_and_spans_are_not_ranges() -> None:
    assert shown("The motion passed 61-39 on Monday.") == [("61", 61, "")]
    assert shown("He starred in the 2019-20 season.") == []
    assert shown("Gunmen killed 12 in 2 raids.") == [("12", 12, ""), ("2", 2, "raids")]


def test_a_range_notes_its_reading() -> None:
    (figure,) = find_figures("Some 20 to 30 boats were damaged.")
    assert (figure.display, figure.value, figure.unit) == ("Some 20 to 30", 20, "boats")
    assert figure.approximate
    assert "lower bound" in figure.note


@pytest.mark.parametrize(
    "sentence",
    [
        "The county moves to level 3 restrictions at midnight.",
        "Workshops run on days two and five of the summit.",
        "The fair runs from May 4 to 9 in the old hall.",
        "Hobbyists love cheap 3-D printers.",
        "The hotline is staffed 24/7 by volunteers.",
        "The claim comes from a survey by Pew.4 Critics disagree.",
        "The report was published by +44 Review last week.",
        "“We stay open,” said the owner, Dana Ruiz, 47.",
        "A 1789 print hung in the hall.",
        "Voters turned against him in the 2018 elections.",
        "It funded the 1995 and 2011 restorations of the chapel.",
        "Call 0800 555 0199 or write to the office.",
        "The team finished in the top three in Ohio.",
        "She was diagnosed with type 2 diabetes.",
        "Almost half a century later the case was reopened.",
        "It buys parts from a third-party supplier.",
        "The iPhone 12 was discontinued.",
        "COVID-19 spread quickly.",
        "Section 230 protects platforms.",
        "Guests arrived at 6:30 p.m. on Friday.",
        "The vigil began at 9 p.m. in the square.",
        "Half the time nobody answered.",
        "At six in the morning the market opens.",
        "The embassy is at 14 Harbour Street.",
        "For tickets call (555) 010-4477 before noon.",
        "Write to 555.010.4477 instead.",
        "She turned 60 in the spring.",
        "He flew a Boeing 737 to Apollo 11 celebrations.",
        "Officials invoked Article 5 and Chapter 11.",
        "The company was founded in 1998.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_denominators_and_rate_windows_are_not_figures() -> None:
    assert [d for d, _v, _u in shown("The seven-day rate is 31.5 cases per 100,000 people.")] == ["31.5"]
    assert [d for d, _v, _u in shown("Backers lead among members (14 of 22) who voted.")] == ["14"]
    assert [d for d, _v, _u in shown("It earns $2 billion a year.")] == ["$2 billion"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government spent J$1.2 billion on roads.", ("J$1.2 billion", 1_200_000_000, "J$")),
        ("The budget is G$350 billion.", ("G$350 billion", 350_000_000_000, "G$")),
        ("The loan is worth KSh 4 billion.", ("KSh 4 billion", 4_000_000_000, "KSh")),
        ("The firm lost ₦5 billion.", ("₦5 billion", 5_000_000_000, "₦")),
        ("He paid US$2.3 million.", ("US$2.3 million", 2_300_000, "$")),
        ("It is a $1bn-a-year business.", ("$1bn", 1_000_000_000, "$")),
        ("A one-in-five chance of rain.", ("one-in-five", 0.2, "")),
        ("About 3 in every 10 people agree.", ("About 3 in every 10", 0.3, "people")),
        ("She ran 1½ miles.", ("1½", 1.5, "miles")),
        ("The charge is two-and-a-half times higher.", ("two-and-a-half", 2.5, "times")),
    ],
)
def test_currencies_of_other_countries_hyphenated_shares_and_halves(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    (figure,) = find_figures(sentence)
    assert (figure.display, figure.unit) == (expected[0], expected[2])
    assert figure.value == pytest.approx(expected[1])


@pytest.mark.parametrize("sentence", ["ABC$ rose on the news.", "The hotline is staffed 24/7."])
def test_letters_before_a_dollar_sign_alone_are_no_figure(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Each bar has 12g of sugar.", ("12g", 12, "g")),
        ("Download speeds reach 1Gbps.", ("1Gbps", 1, "Gbps")),
        ("A dose of 10 mcg is enough.", ("10 mcg", 10, "mcg")),
        ("Add 2 tbsp of olive oil.", ("2 tbsp", 2, "tbsp")),
        ("Perhaps 100 people came.", ("100", 100, "people")),
        ("Today 500 people marched.", ("500", 500, "people")),
    ],
)
def test_kitchen_and_network_units_and_sentence_openers(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    (figure,) = find_figures(sentence)
    assert (figure.display, figure.value, figure.unit) == expected


@pytest.mark.parametrize(
    "sentence", ["The 5g network launched.", "The 5G rollout slowed.", "Resolution 2231 stands."]
)
def test_mobile_generations_and_names_are_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It costs Sh2 billion.", ("Sh2 billion", 2_000_000_000, "Sh")),
        ("Shares rose 5 pct on Monday.", ("5 pct", 5, "%")),
        ("The fine is 500,000 shillings.", ("500,000", 500_000, "shillings")),
    ],
)
def test_shillings_and_pct(sentence: str, expected: tuple[str, float, str]) -> None:
    (figure,) = find_figures(sentence)
    assert (figure.display, figure.value, figure.unit) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Profit rose to 3.5 mln euros.", ("3.5 mln", 3_500_000, "€")),
        ("The deal is worth $2 bln.", ("$2 bln", 2_000_000_000, "$")),
        ("It has 5 mn users.", ("5 mn", 5_000_000, "users")),
        ("It created 100+ jobs.", ("100+", 100, "jobs")),
        ("An eighth of the land was sold.", ("An eighth", 0.125, "")),
    ],
)
def test_wire_scales_plus_signs_and_eighths(sentence: str, expected: tuple[str, float, str]) -> None:
    (figure,) = find_figures(sentence)
    assert (figure.display, figure.unit) == (expected[0], expected[2])
    assert figure.value == pytest.approx(expected[1])


def test_a_telephone_number_after_a_country_code_is_no_figure() -> None:
    assert find_figures("Call +44 20 7946 0958 for tickets.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("The startup raised $2B last year.", ("$2B", 2e9)), ("The plan costs $1.9T.", ("$1.9T", 1.9e12))],
)
def test_a_capital_b_or_t_after_a_currency_is_a_scale(sentence: str, expected: tuple[str, float]) -> None:
    (figure,) = find_figures(sentence)
    assert (figure.display, figure.unit) == (expected[0], "$")
    assert figure.value == pytest.approx(expected[1])


@pytest.mark.parametrize("sentence", ["She lives in apartment 2B.", "Plan 2B was dropped."])
def test_a_capital_b_without_a_currency_is_a_name(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He hated his 9-to-5 job.",
        "It is a two-way street.",
        "Voters tired of the two-party system.",
        "They won a two-horse race.",
        "Talks on a two-state solution stalled.",
        "They stayed at a five-star hotel.",
    ],
)
def test_set_phrases_with_numbers_count_nothing(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_hyphenated_counts_beside_set_phrases_stay() -> None:
    assert shown("The nine-member board met.") == [("nine", 9, "members")]
    assert shown("The four-term congressman left.") == [("four", 4, "terms")]
