"""Scraped-text rules of round 11: composed Unicode, the site's questions to the reader, an
author's bio under the story, "More:" above other stories' titles. Every page here is written
for the tests in the shape a scraper saves a site."""

from __future__ import annotations

import unicodedata

import pytest
from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest import text_asks
from tui.model.ingest.text import extract_text, split_units


def test_scraped_text_is_read_in_composed_form() -> None:
    """A page that spells "ä" as "a" and a combining diaeresis reads as the composed letter, as
    the HTML path gives it: the same words match whichever way the page spelled them."""
    decomposed = unicodedata.normalize("NFD", "Die Fähre fährt wieder, sagte der Hafenmeister am Montag.")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    (unit,) = split_units(decomposed)
    assert unit == "Die Fähre fährt wieder, sagte der Hafenmeister am Montag."
    got = parts("\n".join([*ARTICLE[:2], decomposed, *ARTICLE[2:]]))
    assert "Die Fähre fährt wieder, sagte der Hafenmeister am Montag." in got


@pytest.mark.parametrize(
    "line",
    [
        "Want more?",
        "Want more stories like this?",
        "WANT MORE RECIPES? Subscribe to our letter and follow us for the latest updates.",
        "Looking for more?",
        "Like this story? Share it with a friend!",
        "Enjoyed this article? Tell your friends.",
        "Got a tip?",
        "Have a news tip? Write to the desk.",
        "Der Artikel gefällt dir?",
        "Lust auf mehr? Hier gibt es jede Woche die besten Geschichten.",
    ],
)
def test_questions_to_the_reader_about_the_site_are_asks(line: str) -> None:
    assert text_asks.is_reader_ask(line)


@pytest.mark.parametrize(
    "line",
    [
        "Want to know why the ferry stopped? The port authority blames the wind.",
        "Need more proof? The harbour logs show every cancelled crossing.",
        "Want more money? The union says its members do, and it will strike.",
        "Do you like the idea? Most traders on the quay said they did not.",
        "Is this the end of the ferry? Not yet, the council says.",
    ],
)
def test_an_articles_own_questions_are_not(line: str) -> None:
    assert not text_asks.is_reader_ask(line)


def test_a_reader_ask_between_paragraphs_is_dropped_and_the_text_goes_on() -> None:
    page = [*MENU, *ARTICLE[:4], "Like this story? Share it with a friend!", *ARTICLE[4:]]
    got = parts("\n".join(page))
    assert not any(p.startswith("Like this story") for p in got)
    assert got[-1] == ARTICLE[-1]


def test_a_reader_ask_under_the_title_is_not_the_dek() -> None:
    """The site's "Did you like the article?" right under the title is not its standfirst."""
    page = [*MENU, ARTICLE[0], "Der Artikel gefällt dir?", "Mit Freunden teilen", *ARTICLE[2:]]
    article = extract_text("\n".join(page))
    assert article.meta.title == ARTICLE[0]
    assert article.meta.dek == ""
    assert parts("\n".join(page))[0] == ARTICLE[2]


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee is a reporter for the Coast Courier.",
        "Bo Person (@boperson) is a contributing editor at Harbour Weekly and hosts its podcast.",
        "Cy Sample is the Senior Editor for the Island Gazette. Before that he covered the port.",
        "Dee Example is a freelance writer living in Portsmouth",
    ],
)
def test_an_authors_bio_is_recognised(line: str) -> None:
    assert text_asks.is_author_bio(line)


@pytest.mark.parametrize(
    "line",
    [
        "The harbour master is a former reporter for the local paper.",
        "Ann Lee is a fisher who lost her boat in the second storm.",
        "Reporters were kept away from the quay until the afternoon.",
    ],
)
def test_sentences_about_people_are_not_bios(line: str) -> None:
    assert not text_asks.is_author_bio(line)


_BIO = "Ann Lee is a reporter for the Coast Courier who covers the islands and their ferries."


def test_an_authors_bio_under_the_story_is_dropped() -> None:
    got = parts("\n".join([*MENU, *ARTICLE, _BIO]))
    assert got[-1] == ARTICLE[-1]
    assert _BIO not in got


def test_a_bio_like_sentence_high_in_the_story_stays() -> None:
    """Above most of the text, the same words are the story's: a reporter in the news."""
    body = [*ARTICLE[:3], _BIO, *ARTICLE[3:], *ARTICLE[3:6]]
    got = parts("\n".join([*MENU, *body]))
    assert _BIO in got


_MORE = [
    "More:",
    "Island council approves new ferry timetable for winter",
    "Fishing crews count the cost of two weeks in port",
    "Lighthouse keeper retires after forty years on the rock",
]


def test_more_with_a_colon_opens_other_stories_titles() -> None:
    """Three teaser titles after "More:" in the middle of the story are links, not the
    article's list; the paragraphs after them stay."""
    page = [*MENU, *ARTICLE[:4], *_MORE, *ARTICLE[4:]]
    got = parts("\n".join(page))
    assert not any(title in got for title in _MORE)
    assert got[-1] == ARTICLE[-1]
    assert text_asks.opens_links("Up next:") and text_asks.opens_links("Related")


def test_a_line_ending_in_a_colon_still_opens_the_articles_list() -> None:
    """Negative: "The plan has three parts:" (not a marker) keeps its items."""
    items = ["A second wall along the harbour", "Higher quays for the ferries", "A new tide gauge"]
    page = [*MENU, *ARTICLE[:4], "The plan has three parts:", *items, *ARTICLE[4:]]
    got = parts("\n".join(page))
    assert all(item in got for item in items)
    assert not text_asks.opens_links("More") and not text_asks.opens_links("More than that:")


def test_encoded_blobs_are_not_prose_and_do_not_outweigh_the_article() -> None:
    """A consent manager's embed placeholders (base64, one word of hundreds of characters) after
    the site's menus are not text: the short article above them is still the one read."""
    import base64

    blob = base64.b64encode(("<div class='placeholder-embedding'>" * 12).encode()).decode()
    short_article = ARTICLE[:4]
    footer = [*MENU, *MENU, "Privacy settings", blob, "Provider details", blob + "Zm9v", "Close", blob[:-8]]
    got = parts("\n".join([*MENU, *short_article, *footer]))
    assert got[0] == ARTICLE[2] and got[-1] == ARTICLE[3]
    from tui.model.ingest.text_blocks import is_prose

    assert not is_prose(blob)


def test_urls_and_unspaced_scripts_stay_prose() -> None:
    """Negative: a long URL, and Chinese or Japanese text, which sets no spaces, are not blobs."""
    from tui.model.ingest.text_blocks import is_prose

    url = "https://example.org/harbour/2024/" + "the-second-storm-and-what-it-cost-the-ferries/" * 3
    assert len(url) > 150 and is_prose(url)  # long lines are prose by length, as before
    chinese = "港口在两周的风暴之后于星期一重新开放，港务局在黎明前发表的声明中说，所有渡轮都已恢复航行。" * 3
    assert is_prose(chinese)


_TITLE = "Harbour Reopens After Two Weeks of Storms"
_UNPUNCTUATED_DEK = (
    "The port authority says every ferry will sail again this week while traders count the cost"
)


def test_a_title_then_its_unpunctuated_standfirst_above_the_byline() -> None:
    """Title, a longer standfirst without a closing stop, a byline: the title is the first, the
    second is the dek (not the title, and not dropped as a bare line before the text)."""
    page = [*MENU, "Coast", _TITLE, _UNPUNCTUATED_DEK, "By Ann Lee", *ARTICLE[2:]]
    article = extract_text("\n".join(page))
    assert article.meta.title == _TITLE
    assert article.meta.dek == _UNPUNCTUATED_DEK
    assert article.meta.authors == ("Ann Lee",)
    assert parts("\n".join(page))[0] == ARTICLE[2]


def test_a_kicker_above_a_long_title_is_not_the_title() -> None:
    """Negative: a short kicker, then a long title right above the byline: the title stays the
    title (a kicker has fewer words than a title)."""
    long_title = "Harbour Reopens After Two Weeks of Storms Kept Every Ferry and Fishing Boat in Port"
    page = [*MENU, "Storm season", long_title, "By Ann Lee", *ARTICLE[2:]]
    article = extract_text("\n".join(page))
    assert article.meta.title == long_title
    assert article.meta.dek == ""


def test_an_unpunctuated_line_under_the_title_without_a_byline_stays_in_the_body() -> None:
    """Negative: the same long line under the title with the text right under it (no byline, no
    date) is not taken out as a dek: it stays in what the reader shows."""
    page = [*MENU, _TITLE, _UNPUNCTUATED_DEK, *ARTICLE[2:]]
    article = extract_text("\n".join(page))
    assert article.meta.title == _TITLE
    assert article.meta.dek == ""
    assert _UNPUNCTUATED_DEK in parts("\n".join(page))


@pytest.mark.parametrize(
    "line",
    [
        "Get the latest harbour updates right in your inbox.",
        "Storm news you need, delivered weekday mornings.",
        "Every day we send an email with the top stories from the coast.",
        "Thanks for signing up!",
        "No spam, we promise. You can unsubscribe at any time.",
        "Monthly tips for your boat, delivered straight to your inbox!",
    ],
)
def test_a_newsletter_boxs_blurb_is_not_text(line: str) -> None:
    assert text_asks.speaks_to_reader(line)
    got = parts("\n".join([*MENU, *ARTICLE[:4], line, *ARTICLE[4:]]))
    assert line not in got and got[-1] == ARTICLE[-1]


@pytest.mark.parametrize(
    "line",
    [
        "If a message like this one lands in your inbox, the police say, delete it at once.",
        "The harbour office said it would send an update to fishing crews by the end of the week.",
        "Ferry tickets were delivered to passengers' homes by post during the closure.",
    ],
)
def test_article_sentences_about_mail_are_not_blurbs(line: str) -> None:
    assert not text_asks.speaks_to_reader(line)
