"""Scraped-text rules of round 10: where a post's own footer, an author box or a site's tail ends
the article. Every page here is written for the tests in the shape a scraper saves a site."""

from __future__ import annotations

import pytest
from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest import furniture


@pytest.mark.parametrize(
    "line",
    [
        "Tags: harbour, ferries, storms",
        "Filed Under: Coast, Weather",
        "Kategorien: Allgemein",
        "This entry was posted in News and tagged harbour. Bookmark the permalink.",
        "Posted in Coast and tagged ferries, storms",
    ],
)
def test_a_posts_tags_and_categories_close_it(line: str) -> None:
    assert furniture.closes_post(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tags were found on three of the birds released last spring.",
        "The council posted in the harbour office a list of the new fees.",
        "Topics of the meeting ranged from fees to the ferry timetable.",
    ],
)
def test_sentences_about_tags_or_posting_do_not(line: str) -> None:
    assert not furniture.closes_post(line)


_AUTHOR_TAIL = [
    "Tags: harbour, ferries",
    "Ann Lee",
    "Ann has written about the coast and its harbours for this site for many years, and she "
    "lives on one of the islands the ferry serves with her two dogs and a boat that rarely sails.",
    "Previous post: The lighthouse open day",
]


def test_a_tag_line_after_the_article_ends_it() -> None:
    got = parts("\n".join(MENU + ARTICLE + _AUTHOR_TAIL))
    assert got[-1] == ARTICLE[-1]
    assert not any(p.startswith("Ann has written") for p in got)


def test_a_tag_line_above_the_text_does_not_end_it() -> None:
    """Before the text has begun, tags are header furniture: the article after them stays."""
    got = parts("\n".join(MENU + ARTICLE[:2] + ["Tags: harbour, ferries"] + ARTICLE[2:]))
    assert got[-1] == ARTICLE[-1]
    assert "Tags: harbour, ferries" not in got


_CAROUSEL = [
    "Latest",
    "Council approves the new bridge",
    "The town council approved on Tuesday the plans for a new bridge over the river, which is to "
    "replace the old iron one that has been closed to lorries since the spring flood damaged it.",
    "School reopens after the summer works",
    "The primary school on the hill reopened its doors to pupils after a summer of repairs that "
    "cost the county more than it had planned, its head teacher told parents at the gate on Monday.",
    "Market moves to the square for winter",
    "The weekly market moves to the covered square for the winter months, the traders' association "
    "said, after two seasons in which rain kept shoppers away from the stalls by the harbour wall.",
]


def test_a_teaser_carousel_the_page_shows_twice_is_not_the_article() -> None:
    """Its paragraphs outweigh a short article, but the page draws it twice: it is the site's."""
    nav = [*MENU, "Podcasts", "Events", "Archive"]
    page = nav + _CAROUSEL + nav + ARTICLE[:5] + nav + _CAROUSEL + nav
    got = parts("\n".join(page))
    assert got[0].startswith("The harbour reopened")
    assert not any("new bridge" in p for p in got)


def test_a_teaser_list_shown_once_can_still_outweigh_nothing() -> None:
    """The same list shown once and no other text on the page: it is the page's text."""
    got = parts("\n".join(MENU + _CAROUSEL + MENU))
    assert any("new bridge" in p for p in got)


def test_repeated_prose_counts_only_paragraphs_seen_twice() -> None:
    from tui.model.ingest.text_blocks import repeated_prose

    units = [*ARTICLE, ARTICLE[4], "Home", "Home"]
    assert repeated_prose(units) == frozenset({ARTICLE[4]})


_FACT_BOX = ["Venue: the old customs house", "Entry: free for residents", "Guide: a retired harbour pilot"]


def test_a_fact_box_of_one_word_labels_inside_the_article_stays() -> None:
    got = parts("\n".join(MENU + ARTICLE[:5] + _FACT_BOX + ARTICLE[5:]))
    assert all(entry in got for entry in _FACT_BOX)


def test_a_lone_labelled_line_or_kicker_titles_are_not_a_fact_box() -> None:
    """One "Label: value" line alone, and teaser titles with a kicker of two words, stay out."""
    teasers = ["Eating well: breakfast tips", "Island life: night ferries"]
    got = parts("\n".join(MENU + ARTICLE[:5] + ["Venue: the old customs house"] + ARTICLE[5:] + teasers))
    assert "Venue: the old customs house" not in got
    assert not any(t in got for t in teasers)


def test_a_labelled_figure_of_one_digit_is_data() -> None:
    from tui.model.ingest.text_blocks import is_labelled_figure

    assert is_labelled_figure("Safety rating: 1")
    assert not is_labelled_figure("Safety rating: excellent")


@pytest.mark.parametrize(
    "line", ["About the author", "Über uns", "About me", "Zum Autor", "Wer hat das geschrieben?"]
)
def test_the_heading_of_an_about_box_closes_the_post(line: str) -> None:
    assert furniture.closes_post(line)


@pytest.mark.parametrize(
    "line", ["About the Breakwater", "About Harbourline", "Über die Fähre", "Authors' rights"]
)
def test_other_about_headings_do_not(line: str) -> None:
    """A section about a thing, or a press release's "About <sender>", is the article's."""
    assert not furniture.closes_post(line)


def test_an_about_box_after_the_article_is_not_its_text() -> None:
    box = [
        "About us",
        "We are a small team of volunteers who have written about the harbour and its boats for "
        "twenty years, and we answer every letter our readers send us about the island ferries.",
    ]
    got = parts("\n".join(MENU + ARTICLE + box))
    assert got[-1] == ARTICLE[-1]


def test_a_tag_line_above_most_of_the_text_does_not_end_it() -> None:
    """Tags under a first short post (a blog's page of posts, a teaser box above the story) do
    not end the text when more of it follows than came before."""
    second_post = [
        "The island school will open a week late this autumn, after the storms delayed the delivery "
        "of the new classroom furniture that was to arrive on the first ferry of the month.",
        "Parents were told in a letter that the teachers will hold lessons in the village hall in "
        "the meantime, and that the school bus will run on its usual timetable from the quay.",
        "The head teacher said the children had taken the news well, not least because the extra "
        "week of holiday falls in the middle of the blackberry season on the island's north side.",
        "The council has promised to cover the cost of the hall and of the extra bus runs, which "
        "its finance committee put at a few thousand euros for the week, a sum already in the budget.",
    ]
    got = parts("\n".join(MENU + ARTICLE[2:5] + ["Tags: harbour"] + second_post))
    assert got[-1] == second_post[-1]


_RECIPE_CARD = [
    "Harbour Fish Soup",
    "Print",
    "Ingredients",
    "2 onions",
    "1 kg white fish",
    "a bunch of parsley",
    "salt and pepper",
    "Method",
    "Fry the onions gently in a large pot until they are soft, then add the fish and cover it with water.",
    "Simmer for twenty minutes, season, and scatter the parsley over each bowl before serving.",
]


def test_a_recipe_card_under_the_article_is_its_text() -> None:
    """A recipe's "Ingredients" opens its list as a colon does: the card after the story stays."""
    got = parts("\n".join(MENU + ARTICLE + _RECIPE_CARD + ["Share", "Print", "Related", *MENU]))
    assert "a bunch of parsley" in got
    assert got[-1] == _RECIPE_CARD[-1]


def test_only_a_list_heading_alone_on_its_line_opens_a_list() -> None:
    from tui.model.ingest.text_blocks import introduces_list

    assert introduces_list("Ingredients") and introduces_list("You will need")
    assert not introduces_list("Ingredients of a good harbour")
    assert not introduces_list("Popular")


_SECTIONS = [
    ("Why the Harbour Closed", ARTICLE[2]),
    ("The First Boats Out", ARTICLE[3]),
    ("What the Traders Lost", ARTICLE[4]),
    ("Repairing the Breakwater", ARTICLE[6]),
    ("Paying for the Work", ARTICLE[7]),
]
_LEAD = (
    "After two weeks of storms the harbour is open again; this guide explains what happened, "
    "who lost most and what the repairs will cost the town."
)


def test_a_table_of_contents_does_not_cut_the_lead_off_the_article() -> None:
    """Its entries come back below as headings above paragraphs: it is the article's own list."""
    contents = [
        "Contents",
        *(f"{n}. {title}" for n, (title, _) in enumerate(_SECTIONS, 1)),
        "Sources",
        "Comments",
    ]
    body = [line for section in _SECTIONS for line in section]
    got = parts("\n".join([*MENU, ARTICLE[0], _LEAD, *contents, *body, *MENU]))
    assert _LEAD in got
    assert got[-1] == ARTICLE[7]


def test_a_menu_that_comes_back_in_the_footer_still_separates_blocks() -> None:
    """A teaser above the site's menu is not the article's lead: the menu's entries come back in
    the footer, above no paragraph."""
    nav = [*MENU, "Podcasts", "Events", "Archive"]
    teaser = "Our ferry guide explains every route to the islands and how to book a cabin for the night."
    got = parts("\n".join([teaser, *nav, *ARTICLE, *nav]))
    assert teaser not in got
    assert got[-1] == ARTICLE[-1]
