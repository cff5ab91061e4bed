"""Scraped-text rules of round text26: a comment thread (each reader's post over its reply
button) neither chosen as the article nor kept in it, more headings of an author's box, and an
author's bio under the outlet's possessive or as a founder. Every page here is invented, in the
shape a scraper saves a site."""

from __future__ import annotations

import pytest
from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest import furniture, text_asks
from tui.model.ingest.text_blocks import is_prose
from tui.model.ingest.text_comments import comment_prose, is_reply_button


def _thread(posts: int, reply: str = "Reply") -> list[str]:
    """A thread of `posts` long comments, each under its author's name and over its button."""
    lines: list[str] = []
    for number in range(posts):
        lines += [
            f"Reader{number} Sample says:",
            f"3 March 2031 at 1{number % 10}:05",
            f"Comment number {number}: I have taken the island ferry every week for twenty years and "
            "never saw the harbour closed for so long; the council should have repaired the wall "
            "long before the storms came, as every fisherman in the port has been saying since then.",
            reply,
        ]
    return lines


@pytest.mark.parametrize(
    "line", ["Reply", "Antworten", "Répondre", "ReplyDelete", "AntwortenLöschen", "Reply ↓"]
)
def test_reply_buttons(line: str) -> None:
    assert is_reply_button(line)


@pytest.mark.parametrize(
    "line", ["Replying to the council", "Antworten auf die wichtigsten Fragen", "Leave a Reply"]
)
def test_lines_that_are_not_reply_buttons(line: str) -> None:
    assert not is_reply_button(line)


@pytest.mark.parametrize(
    "line", ["Melden", "Report", "Daumen hoch5Daumen runter", "Like 3 Dislike 0", "Zum Antworten anmelden"]
)
def test_report_vote_and_sign_in_buttons_close_a_comment(line: str) -> None:
    assert is_reply_button(line)


@pytest.mark.parametrize("line", ["Like", "Schäden bitte der Gemeinde melden", "Report of the harbour board"])
def test_lines_that_are_not_comment_buttons(line: str) -> None:
    assert not is_reply_button(line)


def test_a_thread_closed_by_vote_buttons_is_not_chosen_over_the_story() -> None:
    """Each comment over its votes ("Daumen hoch5Daumen runter"), not a reply button: the long
    thread was the article's block."""
    story = [ARTICLE[0], *ARTICLE[2:]]
    teasers = [f"Ferry timetable for the winter season, part {number}" for number in range(10)]
    got = parts("\n".join([*MENU, *story, *teasers, *_thread(20, "Daumen hoch2Daumen runter"), *MENU]))
    assert ARTICLE[2] in got and ARTICLE[-1] in got
    assert not any(part.startswith("Comment number") for part in got)


def test_a_long_thread_is_not_chosen_over_the_story_above_it() -> None:
    """Twenty long comments hold more prose than the story: the thread's block was the article,
    and the story above it was lost (no byline above the story to widen the block to it)."""
    story = [ARTICLE[0], *ARTICLE[2:]]
    teasers = [f"Ferry timetable for the winter season, part {number}" for number in range(10)]
    got = parts("\n".join([*MENU, *story, *teasers, *_thread(20), *MENU]))
    assert ARTICLE[2] in got and ARTICLE[-1] in got
    assert not any(part.startswith("Comment number") for part in got)


def test_comments_inside_the_articles_block_are_dropped() -> None:
    """A short thread right under the story, with no comment heading to end it: each post over
    its reply button is a reader's, not the article's."""
    got = parts("\n".join([*MENU, *ARTICLE, *_thread(3, "Antworten"), *MENU]))
    assert ARTICLE[-1] in got
    assert not any(part.startswith("Comment number") for part in got)


def test_paragraphs_over_one_or_two_reply_lines_stay() -> None:
    """Without a thread (fewer than three buttons) a line "Antworten" ("answers") is a heading."""
    units = [*ARTICLE[:3], "Antworten", *ARTICLE[3:5], "Antworten", *ARTICLE[5:]]
    assert comment_prose(units, is_prose) == frozenset()
    got = parts("\n".join([*MENU, *units]))
    assert ARTICLE[2] in got and ARTICLE[4] in got


@pytest.mark.parametrize(
    "line",
    [
        "Über den Autor/ die Autorin",
        "Über den Autor / die Autorin",
        "Autoreninfo",
        "About the authors",
        "Author information",
    ],
)
def test_more_headings_of_an_authors_box_close_the_post(line: str) -> None:
    assert furniture.closes_post(line)


def test_an_authors_box_under_a_two_gender_heading_ends_the_text() -> None:
    """The bio is long enough for the tail rule to keep it: only its heading ends the text."""
    bio = (
        "Unsere Reporterin schreibt seit zehn Jahren über Häfen, Fähren und die Menschen an der Küste. "
        "Sie hat in Kiel und Bergen studiert, arbeitete als Lotsin auf der Elbe und lebt heute mit ihrer "
        "Familie auf einer Insel, von der sie jeden Morgen mit der ersten Fähre in die Redaktion fährt."
    )
    got = parts("\n".join([*MENU, *ARTICLE, "Über den Autor/ die Autorin", "Ann Lee", bio, *MENU]))
    assert ARTICLE[-1] in got and bio not in got


@pytest.mark.parametrize("line", ["Autorenrechte", "About the harbour authority"])
def test_headings_that_are_not_an_authors_box(line: str) -> None:
    assert not furniture.closes_post(line)


@pytest.mark.parametrize(
    "line",
    [
        "Bo Example is Harbourtown's deal curator and spends his weekends on the ferry.",
        "Ann Sample is the Founder & Principal Consultant at Example Studio, a firm that helps small "
        "ports tell their story to visitors; she has worked for ten years with harbour authorities, "
        "ferry lines and fishing cooperatives along the coast, and she teaches a course on local "
        "tourism at the regional college, where her students plan campaigns for island villages, "
        "their markets, festivals and museums, and for the boat trips that link them in summer.",
    ],
)
def test_an_authors_bio_under_the_outlets_possessive_or_as_founder(line: str) -> None:
    assert text_asks.is_author_bio(line)
    got = parts("\n".join([*MENU, *ARTICLE, line, *MENU]))
    assert ARTICLE[-1] in got and line not in got


@pytest.mark.parametrize(
    "line",
    [
        "Harbourtown's mayor is the founder of the rowing club, the council said.",
        "Bo Example is the harbour's oldest ferryman and still works every Sunday.",
    ],
)
def test_sentences_that_are_not_a_bio(line: str) -> None:
    assert not text_asks.is_author_bio(line)
