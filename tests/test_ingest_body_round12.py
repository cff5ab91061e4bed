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
        "<ul><li>3 March 2024</li><li>From the desk of the port</li><li>57 comments</li></ul>",
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


@pytest.mark.parametrize(
    "note",
    [
        "*This article appears in the March 3, 2024 issue of Harbour Monthly.",
        "A version of this article appears in print on March 3, 2020, Section A, Page 1 of the"
        " Coast edition with the headline: Harbour to Be Dredged.",
        'This article appeared in the Britain section of the print edition under the headline "Low water"',
        "Appeared in the March 5, 2020, print edition as 'Harbour Dredged.'",
        "Published in the print edition of the March 9, 2020, issue, with the headline “Low Water.”",
        "Dieser Artikel stammt aus der Hafenzeitung Nr. 12/2019.",
        "Erschienen in der Hafenpost 12/2019",
        "Cet article est paru dans l’édition du 3 mars 2020.",
        "Este artículo se publicó en la edición impresa del 3 de marzo.",
    ],
)
def test_a_note_of_the_print_issue_the_article_ran_in_goes(note: str) -> None:
    _, paragraphs = headings_and_paragraphs(_page("", end=f"<p>{note}</p>"))
    assert paragraphs == list(STORY)


@pytest.mark.parametrize(
    "line",
    [
        # Another publication's issue, in the story's own sentence.
        "The survey of the channel appeared in the March issue of the Journal of Coastal Engineering.",
        # A syndication credit names who first published the text: the public golds keep it.
        "This article was originally published by Coast Weekly.",
        "Originally published on Harbour Science.",
        # A book or a camp that appeared, not this article.
        "The first ferry timetable appeared in print in 1911 and was pinned up in every inn on the quay.",
    ],
)
def test_a_story_sentence_about_issues_or_first_publication_stays(line: str) -> None:
    _, paragraphs = headings_and_paragraphs(_page("", end=f"<p>{line}</p>"))
    assert line in paragraphs


@pytest.mark.parametrize(
    "trail",
    [
        "トップ > ニュースリリース > 浚渫工事",
        "HOME ＞ イベント情報 ＞ 港湾フォーラム",
        "首页 > 新闻 > 港口",
        "Главная › Новости › Порт",
    ],
)
def test_a_breadcrumb_trail_in_more_scripts_goes(trail: str) -> None:
    _, paragraphs = headings_and_paragraphs(_page(f"<p>{trail}</p>"))
    assert paragraphs == list(STORY)
