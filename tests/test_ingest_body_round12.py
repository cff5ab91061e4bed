"""Body extraction, round 12: what the page's header shows above the story is not where the
story ends, and pages refused as holding no article text. Invented pages only."""

from __future__ import annotations

import pytest
from body_helpers import HARBOUR_STORY, headings_and_paragraphs

STORY = HARBOUR_STORY


def _page(header: str, end: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour board to dredge the channel</title></head><body><article>"
        f"<h1>Harbour board to dredge the channel</h1>{header}{story}{end}</article>"
        "<footer>Contact us</footer></body></html>"
    )


@pytest.mark.parametrize(
    "header",
    [
        "<ul><li>24 July 2015</li><li>From the desk of the port</li><li>941 comments</li></ul>",
        "<p>12 Comments</p>",
        "<div><span>3 replies</span></div>",
        "<h2>Comments</h2>",
        "<p>Leave a comment</p>",
    ],
)
def test_a_comment_count_or_link_above_the_story_does_not_end_it(header: str) -> None:
    _, paragraphs = headings_and_paragraphs(_page(header))
    assert paragraphs[-len(STORY) :] == list(STORY)
    assert not any("comment" in p.lower() or "repl" in p.lower() for p in paragraphs)


@pytest.mark.parametrize("marker", ["<h2>12 Comments</h2>", "<p>Leave a comment</p>", "<h3>Comments</h3>"])
def test_a_comments_heading_after_the_story_still_ends_it(marker: str) -> None:
    thread = "<p>I have sailed out of this harbour for thirty years and never once touched the bottom.</p>"
    _, paragraphs = headings_and_paragraphs(_page("", end=marker + thread))
    assert paragraphs == list(STORY)
