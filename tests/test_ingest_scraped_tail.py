"""Scraped-text rules of round 6: comment threads, figure-only lines, teaser excerpts.

Every page here is written for the tests in the shape a scraper saves a site."""

from __future__ import annotations

import pytest
from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest import furniture, text_blocks


@pytest.mark.parametrize(
    "line",
    [
        "[ 167 comments ]",
        "(12 comments)",
        "Top Rated Comments",
        "Most liked replies",
        "Comments are closed.",
        "Kommentare sind geschlossen.",
        "Les commentaires sont fermés",
    ],
)
def test_a_comment_threads_heading_or_state_ends_the_text(line: str) -> None:
    assert furniture.ends_text(line)


@pytest.mark.parametrize(
    "line",
    ["The comments were closed after the vote.", "[Photo]", "(Reuters)", "Top rated restaurants"],
)
def test_sentences_and_other_bracketed_lines_do_not_end_it(line: str) -> None:
    assert not furniture.ends_text(line)


def test_a_bracketed_comment_count_after_the_article_ends_it() -> None:
    thread = [
        "[ 42 comments ]",
        "Top Rated Comments",
        "harbourfan",
        "I remember the storm of 1987, which was far worse than this one and closed the port for a month.",
        "Rating: 12 Votes",
        "seagull",
        "The council should have repaired the breakwater years ago. Everyone on the quay said so, and "
        "nobody listened until the wall gave way in the second storm of the winter.",
        "The ferry company deserves credit for getting the mail and medicine out on the first day. "
        "My mother lives on the islands and had been waiting for her prescription for ten days.",
    ]
    got = parts("\n".join(MENU + ARTICLE + thread))
    assert got[-1] == ARTICLE[-1]


def test_a_line_of_figures_is_never_a_heading() -> None:
    """Table cells and counters ("0", "85%") above a paragraph are not its heading."""
    got = parts("\n".join(MENU + ARTICLE[:3] + ["85%"] + ARTICLE[3:5] + ["0"] + ARTICLE[5:]))
    assert "85%" not in got and "0" not in got
    assert "Repairs to the Breakwater" in got


def test_teasers_cut_off_with_an_ellipsis_do_not_outweigh_the_article() -> None:
    """A list of other stories' openings, each cut mid-sentence, holds more characters than the
    article, but the article is the page's text."""
    teasers = []
    for place in ("river", "airport", "school", "market", "bridge", "museum"):
        teasers += [
            f"Council approves new {place} plan",
            f"The council on Tuesday approved a plan for the {place} that residents have argued about "
            f"for a decade, after a debate in which several members said the cost was far too high and...",
        ]
    gap = ["Sport", "Culture", "Weather", "Travel", "Money", "Science", "Opinion", "Video", "Podcasts"]
    got = parts("\n".join(MENU + teasers + gap + ARTICLE + gap))
    assert got[0] == ARTICLE[2]
    assert got[-1] == ARTICLE[-1]
    assert not any(p.endswith("...") for p in got)


@pytest.mark.parametrize(
    ("line", "excerpt"),
    [
        (
            "Residents said the plan had been argued over for a decade and the council still could not...",
            True,
        ),
        ("Residents said the plan had been argued over for a decade, and the council agreed…", True),
        ("Residents said the plan had been argued over for a decade. The council agreed.", False),
        ("Wait...", False),  # too short to be a teaser's opening
    ],
)
def test_an_excerpt_is_text_cut_off_with_an_ellipsis(line: str, excerpt: bool) -> None:
    assert text_blocks.is_excerpt(line) is excerpt


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("You will need:", True),
        ("Top tips for the trip:", True),
        ("Share this:", False),
        ("Related:", False),
        ("Our picks:", False),
        ("Editor's choice:", False),
        ("Popular:", False),
    ],
)
def test_a_colon_opens_the_texts_own_list_unless_the_line_is_the_sites(line: str, opens: bool) -> None:
    assert text_blocks.introduces_list(line) is opens


def test_a_share_bar_after_share_this_is_not_a_list_of_the_article() -> None:
    share = [
        "Share this:",
        "Click to share on the first network (Opens in new window)",
        "Click to share on the second network (Opens in new window)",
        "Click to email this to a friend (Opens in new window)",
    ]
    got = parts("\n".join(MENU + ARTICLE[:5] + share + ARTICLE[5:]))
    assert not any("Opens in new window" in p for p in got)
    assert got[-1] == ARTICLE[-1]


@pytest.mark.parametrize(
    ("line", "figure"),
    [
        ("Opening hours: 9 to 17", True),
        ("Adults: 3 € (prices of 2019)", True),
        ("Solution: m = 210 g", True),
        ("Tags: ferry 2024, harbour", False),  # the site's tags
        ("https://example.org/2024/ferry", False),  # a link, not a label
        ("Published: [ 2018-08-25 15:24 ]", False),
        ("Harbour news: the ferry is back", False),  # no figure
    ],
)
def test_a_labelled_figure_is_a_label_a_colon_and_a_value_with_a_number(line: str, figure: bool) -> None:
    assert text_blocks.is_labelled_figure(line) is figure


def test_labelled_figures_in_the_article_are_kept() -> None:
    facts = ["Ferries per day: 12", "Cost of repairs: 2 million euros"]
    got = parts("\n".join(MENU + ARTICLE[:5] + facts + ARTICLE[5:]))
    assert all(f in got for f in facts)
    assert got[-1] == ARTICLE[-1]


@pytest.mark.parametrize(
    "line",
    [
        "港は月曜日に再開した。",
        "「船が出た」と漁師は言った。」",
        "港口周一重新开放！",
        "बंदरगाह सोमवार को फिर से खुल गया।",
        "هل عادت العبارات؟",
    ],
)
def test_sentences_of_other_scripts_end_in_their_own_stops(line: str) -> None:
    """A short sentence in Japanese, Chinese, Hindi or Arabic is prose, not a heading or a menu entry."""
    assert text_blocks.is_prose(line)
    assert not text_blocks.is_short_line(line)
