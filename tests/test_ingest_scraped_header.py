"""Scraped-text rules of round 12: the article's header above a run of short lines, amounts with
the currency in words, a listicle's numbering across thin items. Every page here is written for
the tests in the shape a scraper saves a site."""

from __future__ import annotations

from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest.text import extract_text

_HEADER = [
    "Harbour Reopens After Two Weeks of Storms",
    "Ferries sail again, but traders count the cost of the longest closure in a decade.",
    "By Ann Lee",
    "3 March 2025",
]
# Eight short lines between the header and the text: a contents box whose entries are worded
# otherwise than the headings below, so nothing ties it to the article but its place.
_CONTENTS = [
    "In this article",
    "The reopening",
    "What the closure cost",
    "The breakwater",
    "Who pays",
    "The timetable",
    "Questions from readers",
    "Further reading",
]


def test_a_header_above_a_contents_box_is_the_articles() -> None:
    article = extract_text("\n".join(MENU * 2 + _HEADER + _CONTENTS + ARTICLE[2:]))
    assert article.meta.title == _HEADER[0]
    assert article.meta.dek == _HEADER[1]
    assert article.meta.authors == ("Ann Lee",)
    got = [p for s in article.sections for p in (s.heading, *s.paragraphs) if p]
    assert got[0] == ARTICLE[2]
    assert not set(_CONTENTS) & set(got)


def test_a_date_far_above_the_text_does_not_pull_the_menu_in() -> None:
    """A site's top bar with today's date, more than a header's reach above the article's block:
    its menu stays out."""
    top = ["3 March 2025", "Weather: 12 degrees, rain", *MENU, *MENU, "Local", "World", "Podcasts"]
    got = parts("\n".join(top + ARTICLE))
    assert got[0] == ARTICLE[2]
    assert not set(MENU) & set(got)


# A comparison table between two paragraphs, its cells one a line: amounts written with the
# currency's name as well as its sign.
_TABLE = [
    "Dealer loan",
    "Direct bank loan",
    "Price of the car",
    "15.000 Euro",
    "15.000 Euro",
    "Cash discount",
    "0 Euro",
    "1.500 Euro",
    "Interest",
    "900 Dollars",
    "600 Dollars",
]


_MORE = [
    "Ferry operators said the dealer loans they took for new engines last year now cost them "
    "more than the engines saved, and several want to refinance with a direct bank.",
    "The council's finance committee will publish its own comparison of the offers next month, "
    "after the harbour master has reported on the state of the fleet.",
    "Until then, the operators said, the winter timetable stays as it is, with two crossings a "
    "day to each of the islands and a third on market days.",
]


def test_a_table_of_amounts_in_currency_words_does_not_cut_the_article() -> None:
    """Amounts are data whether the currency is a sign or a word: the table's run of short lines
    does not split the page, so the paragraph above it stays in the article."""
    got = parts("\n".join(MENU + ARTICLE[:3] + _TABLE + ARTICLE[3:] + _MORE))
    assert ARTICLE[2] in got
    assert got[-1] == _MORE[-1]


def test_link_titles_with_numbers_are_not_data() -> None:
    """A number before an ordinary word ("9 Eurovision songs") is no amount: such link titles
    after the article stay out of it."""
    links = [f"{n} Eurovision songs to hear" for n in range(3, 12)]
    got = parts("\n".join(MENU + ARTICLE + _MORE + links))
    assert got[-1] == _MORE[-1]
    assert not set(links) & set(got)


def _jokes(first: int, last: int) -> list[str]:
    """Items of a listicle, each a numbered question, its answer and the reader who sent it: thin
    lines, two of them short, so every item looks like the end of a text."""
    lines: list[str] = []
    for number in range(first, last + 1):
        lines += [
            f"{number}. Why did the ferry number {number} wait outside the harbour all night long?",
            "Storms.",
            f"— Reader {number}, age 9",
            "Picture from the harbour archive",
        ]
    return lines


def test_a_listicle_goes_on_past_its_thin_items() -> None:
    """Item 5 after item 4 is the same article, however thin the lines between them."""
    first = [
        f"{n}. Why did the ferry number {n} wait outside the harbour all night? Because the "
        "harbour master had gone home early and nobody else knew where the key to the gate was."
        for n in range(1, 5)
    ]
    got = parts("\n".join(MENU + ARTICLE[:2] + first + _jokes(5, 12)))
    assert got[-1].startswith("12. Why did the ferry")


def test_a_numbered_list_after_the_article_that_starts_again_at_one_is_not_its() -> None:
    """A "most read" list after the article counts from 1: it does not go on with the article's
    own items."""
    most_read = [f"{n}. Harbour story number {n} of the week" for n in range(1, 6)]
    got = parts("\n".join(MENU + ARTICLE[:2] + _MORE + _jokes(1, 3) + ["Most read"] + most_read))
    assert not any(p.startswith("1. Harbour story") for p in got)


# A photo gallery in the middle of the article, as a scraper saves it: a counter, buttons, one
# caption (a short stretch of prose between runs of short lines), the photographer.
_GALLERY = [
    "Previous",
    "Next",
    "The harbour museum, closed since the first storm, reopens on Saturday.",
    "Harbour archive",
    "Buy this photo",
]
_LATER = [
    "The harbour master said the ferries would keep to the winter timetable until the end of "
    "March, when the repairs to the breakwater are due to be finished and inspected.",
    "Traders who lost takings during the closure can claim from the regional emergency fund, "
    "which the council opened to small businesses on the coast for the first time this year.",
    "The fishing fleet, which stayed in port for a fortnight, expects its catch to make up for "
    "the lost days by the spring, its cooperative said, if the weather allows it.",
    "Islanders who missed hospital appointments during the storms will be offered new dates "
    "within a month, the health board said in a letter sent to every household on Friday.",
    "The council will debate a second ferry for the winter months at its next meeting, and "
    "the harbour master will report there on the state of the breakwater and the quays.",
]


def test_the_text_goes_on_after_a_gallery_inside_it() -> None:
    """A gallery in the middle of the article is a thin stretch between two dense ones: the
    text after it is the article's."""
    got = parts("\n".join(MENU + ARTICLE + _MORE + _GALLERY + _LATER + ["Most read", "Share"]))
    assert got[-1] == _LATER[-1]


def test_a_login_box_under_an_article_is_not_its_text() -> None:
    """After a thin stretch, a login box's blurb is dense beside a short article, but a few
    lines are not a few paragraphs: the text ends where the article does."""
    login = ["Register for free and read on", "Log in", "Wait 1 second to continue.", "Password", "Stay in"]
    blurb = [
        "An account lets you read three articles a month for free and comment on all of them.",
        "Is it free? Yes, registering costs nothing and you can delete your account at any time.",
        "What happens to my data? It is never sold and only used to let you read the site.",
        "Can I cancel? Yes, you can cancel at any time from your account page, in two clicks.",
        "Forgot your password? Ask for a new one and we will send it to your e-mail address.",
    ]
    got = parts("\n".join(MENU + ARTICLE + _MORE + login + blurb))
    assert got[-1] == _MORE[-1]
