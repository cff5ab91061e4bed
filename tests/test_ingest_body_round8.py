"""Body extraction, round 8: the title of a box whose text was dropped (a newsletter box, a comment
thread) does not stay behind to head the rest of the story, while a story's own subheadings, a
title block's subheadline and a table's heading stay; the chrome of embedded posts goes, the post's
words and a tweet's signature stay; a short line alone under a picture is a caption, unless the
page is a photo story. Invented pages only."""

from __future__ import annotations

import pytest
from body_helpers import HARBOUR_STORY, headings_and_paragraphs

from tui.model.ingest import furniture, image_captions
from tui.model.ingest.page_parse import parse_page

STORY = HARBOUR_STORY


def _story(middle: str, *, head: str = "") -> str:
    first = "".join(f"<p>{p}</p>" for p in STORY[:3])
    rest = "".join(f"<p>{p}</p>" for p in STORY[3:])
    return (
        "<html><head><title>Dredging</title></head><body><article><h1>Dredging</h1>"
        f"{head}{first}{middle}{rest}</article><footer>Contact us</footer></body></html>"
    )


NEWSLETTER = (
    '<div class="box"><h3>Get the morning briefing</h3>'
    "<p>Sign up for our free daily newsletter and get the stories that matter in your inbox.</p></div>"
)
THREAD = (
    '<div class="c-thread"><h3>Reader responses</h3>'
    '<div class="c-item"><b>bob_88</b> <span>2 hours ago</span>'
    "<p>Great news, about time the harbour got dredged properly.</p>"
    '<a href="#">Reply</a> <a href="#">Like</a></div>'
    '<div class="c-item"><b>ann.k</b> <span>3 hours ago</span>'
    "<p>I doubt the ferries will keep to their timetable at all this spring.</p>"
    '<a href="#">Reply</a></div></div>'
)


@pytest.mark.parametrize("box", [NEWSLETTER, THREAD])
def test_a_dropped_boxs_title_does_not_head_the_story(box: str) -> None:
    headings, paragraphs = headings_and_paragraphs(_story(box))
    assert headings == []
    assert paragraphs == list(STORY)


def test_the_storys_subheadings_stay() -> None:
    page = _story("<h2>What the ferries do</h2>")
    headings, paragraphs = headings_and_paragraphs(page)
    assert headings == ["What the ferries do"]
    assert paragraphs == list(STORY)


def test_a_subheading_in_a_section_of_its_own_stays() -> None:
    first = "".join(f"<p>{p}</p>" for p in STORY[:3])
    rest = "".join(f"<p>{p}</p>" for p in STORY[3:])
    page = (
        "<html><head><title>Dredging</title></head><body><article><h1>Dredging</h1>"
        f"<section>{first}</section><section><h2>What the ferries do</h2>{rest}</section>"
        "</article></body></html>"
    )
    headings, paragraphs = headings_and_paragraphs(page)
    assert headings == ["What the ferries do"]
    assert paragraphs == list(STORY)


def test_a_table_keeps_its_heading() -> None:
    table = (
        '<div class="stats"><h3>Tide heights</h3><table>'
        "<tr><td>Monday</td><td>4.1 m</td><td>high water at dawn</td></tr>"
        "<tr><td>Tuesday</td><td>4.3 m</td><td>high water at noon</td></tr></table></div>"
    )
    headings, paragraphs = headings_and_paragraphs(_story(table))
    assert "Tide heights" in headings
    assert any("Monday" in p for p in paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "View this post on Instagram",
        "A post shared by Harbour Watch (@harbourwatch)",
        "Ein Beitrag geteilt von Hafen Radio (@hafenradio)",
        "pic.twitter.com/abc123",
    ],
)
def test_embed_chrome_is_furniture(line: str) -> None:
    assert furniture.LINE_FURNITURE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "— Harbour Watch (@harbourwatch) March 3, 2024",
        "Harbour Watch (@harbourwatch) posted a picture of the dredger on Instagram.",
        "She shared the post on Instagram.",
    ],
)
def test_a_posts_signature_and_sentences_about_posts_stay(line: str) -> None:
    assert not furniture.LINE_FURNITURE.match(line)


def test_an_instagram_embed_leaves_no_chrome() -> None:
    embed = (
        '<blockquote class="instagram-media"><a href="https://www.instagram.com/p/x/">'
        "View this post on Instagram</a><p>"
        '<a href="https://www.instagram.com/p/x/">A post shared by Harbour Watch (@harbourwatch)</a>'
        "</p></blockquote>"
    )
    _, paragraphs = headings_and_paragraphs(_story(embed))
    assert paragraphs == list(STORY)


LONG_STORY = tuple(
    f"{line} The board will meet again on the {day} to review the work."
    for line in STORY
    for day in ("first", "ninth")
)


def _with_pictures(picture_box: str, *, every: int) -> str:
    body = "".join(
        f"<p>{p}</p>" + (picture_box.format(n=i) if (i + 3) % every == 0 else "")
        for i, p in enumerate(LONG_STORY)
    )
    head = "<html><head><title>Dredging</title></head><body><article><h1>Dredging</h1>"
    return f"{head}{body}</article></body></html>"


def test_an_unnamed_line_under_a_picture_is_a_caption() -> None:
    box = '<p><img src="{n}.jpg"><br><small>Fishing boats wait for high water, picture {n}</small></p>'
    _, paragraphs = headings_and_paragraphs(_with_pictures(box, every=4))
    assert paragraphs == list(LONG_STORY)


def test_a_paragraph_beside_a_picture_stays() -> None:
    box = '<div><img src="{n}.jpg"><p>Dredger {n} came from Rotterdam with a crew of nine.</p></div>'
    _, paragraphs = headings_and_paragraphs(_with_pictures(box, every=4))
    assert "Dredger 1 came from Rotterdam with a crew of nine." in paragraphs


def test_a_photo_story_keeps_its_captions() -> None:
    box = (
        '<div><img src="{n}.jpg"><span>Picture {n}: the old harbour wall seen from the pier at dawn, '
        "with the fishing fleet moored two deep along the quay and the dredger waiting offshore.</span></div>"
    )
    page = parse_page(_with_pictures(box, every=1))
    assert image_captions.drop_image_captions(page) == 0
    assert "Picture 1:" in page.text_content()


def test_sparse_captions_are_dropped_from_the_tree() -> None:
    box = '<div><img src="{n}.jpg"><span>Boats at low water, picture {n} (Jane Example/Agency)</span></div>'
    page = parse_page(_with_pictures(box, every=4))
    assert image_captions.drop_image_captions(page) == 3
    assert "Jane Example" not in page.text_content()
