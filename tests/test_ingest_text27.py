"""Scraped-text rules of round text27, on where the article's block starts and ends. Every page
here is invented, in the shape a scraper saves a site."""

from __future__ import annotations

from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest.text import extract_text
from tui.model.ingest.text_blocks import is_repeated_lead, numbered_items, repeated_prose

# A ticker of other stories (a title and its opening each), drawn once above the story and once
# more in the page's footer, as sites draw a carousel for two layouts.
_TICKER = [
    "Mill Town Votes on New Bridge",
    "LINDEN: Voters in the mill town of Linden will decide on Sunday whether a second bridge "
    "should be built over the river, after four years of debate in the town council.",
    "Orchard Harvest Ends Early",
    "BRAMFORD: Growers in the Bramford valley finished picking apples two weeks early this year, "
    "after a warm spring and a dry summer brought the fruit on faster than usual.",
    "Rail Line Closed for Repairs",
    "KESTON: The coastal rail line between Keston and Pellow will close for three weeks in March "
    "while engineers replace the track along the sea wall, the operator said.",
]


def test_a_ticker_shown_twice_above_the_story_is_not_its_opening() -> None:
    """The ticker's openings are prose and came first in the body; "0 Comments" under the story's
    byline then read as the end of a text already begun, and the story was lost."""
    page = [*MENU, *_TICKER, ARTICLE[0], "March 3, 2031", "by Ann Lee", "0 Comments", *ARTICLE[2:]]
    footer = ["Related Articles", "Polls", "Yes", "No", *MENU, "Breaking News"]
    page += [*footer, *_TICKER, "© 2031 Harbour Post"]
    got = parts("\n".join(page))
    assert got[0].startswith("The harbour reopened")
    assert "The work is expected to cost around two million euros" in got[-1]
    assert not any("LINDEN" in p or "BRAMFORD" in p for p in got)


def test_a_lede_the_page_also_shows_as_a_teaser_stays() -> None:
    """A paragraph the page shows twice that the story goes on from is the story's lede; one the
    next teaser's title follows is a teaser."""
    units = [*MENU, *_TICKER, ARTICLE[0], *ARTICLE[2:], "More stories", *_TICKER[:2], ARTICLE[2]]
    repeated = repeated_prose(units)
    assert is_repeated_lead(units, units.index(_TICKER[1]), repeated)
    assert not is_repeated_lead(units, units.index(ARTICLE[2]), repeated)


def test_a_numbered_list_after_the_text_stays() -> None:
    """Items counted on from 1, each over its shop link, are the listicle's own, however short."""
    items: list[str] = []
    for number, name in enumerate(["Tin robot with key", "Wooden kite, red", "Pocket chess set"], 1):
        items += [f"{number}) {name}", f"http://shop.example/item{number}"]
    page = [*MENU, *ARTICLE, "Here are our picks for the sale this year, one for every shelf:", *items]
    got = parts("\n".join([*page, "Tags: toys, sale", "© 2031 Toy Post"]))
    assert "1) Tin robot with key" in got and "3) Pocket chess set" in got


def test_numbers_that_do_not_count_on_from_one_are_not_a_list() -> None:
    units = ["4) Weather", "Home", "5. Sport", "7) Culture", "1) Opinion", "2) Travel"]
    assert numbered_items(units, 0, len(units)) == frozenset()


def test_a_ticker_teaser_under_the_title_is_not_the_dek() -> None:
    """A repeated paragraph with another near it is a ticker's, never the dek (the first
    teaser's opening had been taken as the standfirst)."""
    page = [*MENU, *_TICKER, ARTICLE[0], "March 3, 2031", "by Ann Lee", *ARTICLE[2:]]
    footer = ["Related Articles", "Polls", "Yes", "No", *MENU, "Breaking News"]
    article = extract_text("\n".join([*page, *footer, *_TICKER, "© 2031 Harbour Post"]))
    assert not article.meta.dek.startswith("LINDEN")


def test_a_dek_the_page_shows_twice_stays_the_dek() -> None:
    dek = "Ferries run again after a fortnight in port, and traders count what the storms cost them."
    page = [*MENU, ARTICLE[0], dek, "By Ann Lee", *ARTICLE[2:], "More stories", ARTICLE[0], dek]
    assert extract_text("\n".join(page)).meta.dek == dek
