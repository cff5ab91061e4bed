"""People counted after "the", picks of the first few, ages told as times, appositive labels, vague scales."""

from __future__ import annotations

import pytest

from tui.model.ingest.figure_people import counts_people
from tui.model.ingest.figures import find_figures


def shown(sentence: str) -> list[tuple[str, float, str]]:
    return [(f.display, f.value, f.unit) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two men are in police custody.", [("two", 2, "men")]),
        ("The three individuals behind the sites were charged.", [("three", 3, "individuals")]),
        ("Police arrested the four suspects on Monday.", [("four", 4, "suspects")]),
        ("He left his tractor by a camp used by the two loggers.", [("two", 2, "loggers")]),
        ("The paper endorsed one of the two female senators.", [("two", 2, "senators")]),
        ("These five teenagers were rescued at sea.", [("five", 5, "teenagers")]),
        # People named by office or trade, and plural demonyms and parties.
        ("Two of the nine justices dissented.", [("Two", 2, "justices"), ("nine", 9, "justices")]),
        ("The three prosecutors asked for a delay.", [("three", 3, "prosecutors")]),
        ("The two Canadians were freed at dawn.", [("two", 2, "canadians")]),
        ("The four Republicans voted against it.", [("four", 4, "republicans")]),
        # Things counted after "the" from three up; "the two ..." mostly compares two things just named.
        ("The union will watch workloads over the six months.", [("six", 6, "months")]),
        ("All three reservoirs were drained.", [("three", 3, "reservoirs")]),
    ],
)
def test_a_count_of_people_after_the_is_a_figure(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The two nations signed the pact.",
        "Relations between the two countries soured.",
        "The two papers were published in May.",
        "The two were together at a fundraiser.",
        "The three of them left early.",
        "The two Koreas held talks.",  # countries, capitalised
        "The two Houses sat together.",
        "The biggest gap between the two apps is price.",
        "Nothing grows here in the four seasons.",
        "Nobody enjoyed these three weeks.",  # points back at a count already given
        "The three parties will meet again.",  # named before
    ],
)
def test_a_reference_back_to_things_is_not_a_figure(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_counts_people_reads_the_noun_and_one_describing_word() -> None:
    assert counts_people(" men are here")
    assert counts_people(" female senators")
    assert counts_people(" hikers")
    assert not counts_people(" nations")
    assert not counts_people(" of them")
    assert not counts_people(" were men")
    assert not counts_people(" papers")


@pytest.mark.parametrize(
    "sentence",
    [
        "Warren is fourth in polls of the first two states.",
        "He won the final three races of the season.",
        "The final stage, 3, the rolling blackouts, began at night.",
        "At about the 50-second mark, he reaches for the door.",
        "She was 34 when she left the band.",
        "When he was 17 he joined the army.",
        "He was only 12 at the time.",
        "The suspects, aged 19 and 21, were charged.",
    ],
)
def test_picks_marks_labels_and_ages_are_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the first 100 days, the mayor signed 40 orders.", [("100", 100, "days"), ("40", 40, "orders")]),
        ("Sales fell in the first six months of the year.", [("six", 6, "months")]),
        ("In the second week, 400 workers struck.", [("400", 400, "workers")]),
        ("The team lost 34 games when it mattered.", [("34", 34, "games")]),
    ],
)
def test_time_after_first_commas_and_plain_counts_stay_figures(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Several hundred people attended.", ("Several hundred", 100, "people")),
        ("A few thousand protesters gathered.", ("A few thousand", 1_000, "protesters")),
        ("Several million dollars were lost.", ("Several million", 1_000_000, "$")),
    ],
)
def test_several_and_a_few_with_a_scale_are_approximate(
    sentence: str, expected: tuple[str, float, str]
) -> None:
    (figure,) = find_figures(sentence)
    assert (figure.display, figure.value, figure.unit) == expected
    assert figure.approximate


@pytest.mark.parametrize("sentence", ["A few people came.", "He waited several minutes."])
def test_several_and_a_few_alone_are_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_a_grouped_numeral_stays_whole_in_a_label() -> None:
    first, _second = find_figures("Over half of the 1,000 respondents agreed.")
    assert first.label.startswith("the 1,000 respondents")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One person was killed and two were injured.", [("One", 1, "person"), ("two", 2, "person")]),
        ("At least one person died.", [("At least one", 1, "person")]),
        ("One man was arrested.", [("One", 1, "man")]),
    ],
)
def test_one_person_harmed_is_a_count(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize("sentence", ["One woman said she was scared.", "One of the men died."])
def test_one_as_a_pronoun_stays_out(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Manchester City won 3-0 at home.",
        "Djokovic won 6-4, 6-3, 7-6.",
        "The Giants are 7-2 this season.",
        "Chelsea lost 1-2 at home.",
        "He went 3-for-4 at the plate.",
    ],
)
def test_game_scores_are_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The motion passed 61-39 on Monday.", [("61", 61, "")]),
        ("A majority verdict of 10-2 was returned.", [("10", 10, "")]),
        ("The party won 10-15 seats.", [("10-15", 10, "seats"), ("15", 15, "seats")]),
    ],
)
def test_votes_and_ranges_of_things_stay_figures(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Some 1,000-plus people came.", ("Some 1,000-plus", 1_000, "people")),
        ("The 700-plus-page tome sold well.", ("700-plus-page", 700, "pages")),
    ],
)
def test_plus_after_a_number_is_at_least(sentence: str, expected: tuple[str, float, str]) -> None:
    (figure,) = find_figures(sentence)
    assert (figure.display, figure.value, figure.unit) == expected
    assert figure.approximate


@pytest.mark.parametrize(
    "sentence",
    [
        "At 50, she started running.",
        "The child, now 4, is safe.",
        "He retired at 65.",
        "She died at the age of 88 in Paris.",
        "The 30-something founder spoke.",
        "5 min read",
        "Lines 1 and 2 closed for the day.",
    ],
)
def test_ages_set_off_and_page_furniture_are_not_figures(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At 5.5%, inflation is high.", [("5.5%", 5.5, "%")]),
        ("She got 5 stars out of 5.", [("5", 5, "stars")]),
        ("He was 6 feet tall.", [("6", 6, "feet")]),
        ("At 50 mph, the car crashed.", [("50 mph", 50, "mph")]),
    ],
)
def test_figures_beside_those_shapes_stay(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By Jane Doe, 2 hours ago", []),
        ("He has 3 kids aged 4, 6 and 9.", [("3", 3, "kids")]),
        ("Children aged 5 to 11 qualify, and 40 clinics will open.", [("40", 40, "clinics")]),
        ("Eight critics praised it.", [("Eight", 8, "critics")]),
    ],
)
def test_hours_ago_lists_of_ages_and_plurals_in_ics(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It left four officers and 16 Nazis dead.", [("four", 4, "officers"), ("16", 16, "nazis")]),
        ("About 1,200 Israelis were killed.", [("About 1,200", 1_200, "israelis")]),
    ],
)
def test_plural_demonyms_in_is_are_units(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["He fought in World War Two.", "It aired on BBC Two.", "The Formula One champion."]
)
def test_a_capitalised_number_word_after_a_name_is_part_of_it(sentence: str) -> None:
    assert find_figures(sentence) == []


def test_a_capitalised_number_word_opening_a_clause_still_counts() -> None:
    assert shown("“Two people died,” he said.") == [("Two", 2, "people")]
    assert shown("Since Monday, Three schools closed.") == [("Three", 3, "schools")]
