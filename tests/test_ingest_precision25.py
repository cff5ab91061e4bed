"""Precision round 25: words that name no one are no speaker (a month, a day, a lone describing word, a
span of time, "one" with no noun); a surname alone is the person of that name written out last; outlets
named by what they cover and groups of people get their kinds; a figure whose display names its unit
shows it once, and "multimillion-dollar" is in dollars; a claim's quote has no quotation mark whose
partner lies outside it. All sentences are invented; each positive stands beside a negative."""

from __future__ import annotations

import pytest
from attribution_helpers import claims
from figure_helpers import shown

from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.figures import find_figures
from tui.model.text import unit_after


def _sources(*paragraphs: str) -> dict[str, str]:
    """Source name -> kind for an article of `paragraphs`."""
    article = Article(ArticleMeta(title="A title", outlet=""), (ArticleSection("", paragraphs),))
    return {s.name: s.kind.value for s in analyze(article).sources}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A month or a day the cue reader kept alone names no one; what the month dates may speak.
        (("A poll from June showed that most voters in Tarnby back the bridge.",), [("a poll",)]),
        (("The survey from March showed that prices in Orvel rose.",), [("the survey",)]),
        (("Last Tuesday said the lake at Orvel froze early.",), []),
        # A lone describing word, a span of time, and "one" with no noun.
        (("Former said the mill at Pellow would close.",), []),
        (("Local said the lake at Orvel froze early.",), []),
        (("“The mill is finished,” read one.",), []),
        # "one" after the people it is one of speaks for them.
        (("Nurses marched in Orvel on Monday. One said the ward was full.",), [("nurses",)]),
        (
            (
                "A couple of months after the vote closed, however, Ivo Brand called Orla Venn and "
                "informed the mayor that he and Tam Pell had changed their minds.",
            ),
            [],
        ),
        # A person whose first name is a month keeps it; so does a named speaker beside a day.
        (("June Pell, a nurse in Tarnby, spoke first. June said the ward was full.",), [("June Pell",)]),
        (("Ana Vey said on Sunday that the ward was full.",), [("Ana Vey",)]),
    ],
)
def test_words_that_name_no_one_are_no_speaker(
    paragraphs: tuple[str, ...], expected: list[tuple[str, ...]]
) -> None:
    assert [chain for _quote, chain in claims(*paragraphs)] == expected


def test_a_span_of_time_is_no_role() -> None:
    found = claims("Half a year later the Vell Council said the tapes were gone.")
    assert [chain for _quote, chain in found] == [("Vell Council",)]
    article = Article(
        ArticleMeta(title="A title"),
        (ArticleSection("", ("Half a year later the Vell Council said the tapes were gone.",)),),
    )
    assert [s.description for s in analyze(article).sources] == [""]


def test_a_surname_alone_is_the_person_written_out_last() -> None:
    found = claims(
        "The dam was opened by Governor Peter Marsk in 1961.",
        "Anna Marsk, a hydrologist in Orvel, has studied it for years.",
        "Marsk said the dam was sound.",
    )
    assert [chain for _quote, chain in found] == [("Anna Marsk",)]
    # A capitalised run that only ends in the surname is no person the article introduced.
    found = claims(
        "Anna Marsk, a hydrologist in Orvel, has studied the dam for years.",
        "By The Marsk rule, the dam was closed. Marsk said it would reopen.",
    )
    assert [chain for _quote, chain in found] == [("Anna Marsk",)]


@pytest.mark.parametrize(
    ("paragraph", "name", "kind"),
    [
        # Outlets named by what they cover, or a town paper's "Sentinel".
        ("Shares in Tarvo fell 5%, Quill Finance reported.", "Quill Finance", "news-outlet"),
        ("Orna Dell and Ivo Brand have split, Velo Online reported.", "Velo Online", "news-outlet"),
        ("The Tarnby Sentinel reported that the school had closed.", "Tarnby Sentinel", "news-outlet"),
        ("Marlow Today reported that the school had closed.", "Marlow Today", "news-outlet"),
        # Groups of people speak for themselves, not as a company.
        ("The vote was rigged, Orvel politicians said.", "Orvel politicians", "person"),
        ("Fans praised the app. Other users wrote that the app had crashed.", "other users", "anonymous"),
        # A person with a title, and a ministry, keep theirs.
        ("Finance Minister Ana Dorsk said the budget was balanced.", "Ana Dorsk", "government"),
    ],
)
def test_outlets_and_groups_get_their_kinds(paragraph: str, name: str, kind: str) -> None:
    assert _sources(paragraph).get(name) == kind


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tarvo signed a multimillion-dollar deal with Orvel.", [("multimillion-dollar", 1_000_000, "$")]),
        ("Tarvo signed a multibillion-euro deal with Orvel.", [("multibillion-euro", 1_000_000_000, "€")]),
        # The single word and the six-figure sum stay as they were.
        ("Tarvo signed a billion-dollar deal.", [("a billion-dollar", 1_000_000_000, "$")]),
        ("A clerk in Orvel won a six-figure settlement.", [("six-figure", 100_000, "")]),
    ],
)
def test_a_sum_named_by_its_size_is_in_the_money_it_names(
    sentence: str, expected: list[tuple[str, float, str]]
) -> None:
    assert shown(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The feud in Orvel has lasted more than a decade.", "more than a decade"),
        ("Tarvo offered a 30-day trial to Orvel.", "30-day"),
        ("Tarvo signed a billion-dollar deal.", "a billion-dollar"),
        ("Tarvo raised $170 million.", "$170 million"),
        # A number alone still shows what it counts.
        ("The feud in Orvel has lasted nearly two decades.", "nearly two decades"),
    ],
)
def test_a_figure_shows_its_unit_once(sentence: str, expected: str) -> None:
    (figure,) = find_figures(sentence)
    assert figure.display + unit_after(figure.display, figure.unit) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A quotation the splitter cut into sentences: neither part keeps its one-sided mark.
        (
            "Ana Vey said: “We will go to Orvel today. And we will stay there.”",
            ["We will go to Orvel today", "And we will stay there."],
        ),
        (
            'Ana Vey said: "We will go to Orvel today. And we will stay there."',
            ["We will go to Orvel today", "And we will stay there."],
        ),
        # A whole quotation keeps both marks.
        ("“We will go to Orvel,” Ana Vey said.", ["“We will go to Orvel,”"]),
        # A quotation the splitter cut at its "!": the tag after the closing mark is not the claim.
        ("“Stop. Drop it!” an officer said.", ["Stop", "Drop it!"]),
        ('"Stop. Drop it!" an officer said.', ["Stop", "Drop it!"]),
    ],
)
def test_a_claim_quote_has_no_lone_quotation_mark(paragraph: str, expected: list[str]) -> None:
    assert [quote for quote, _chain in claims(paragraph)] == expected
