"""Body extraction, round 11: the site or its author asking something of the reader inside the
article block (follow me, an offer of the site's product, how to reach the newsroom, a bare domain
as a credit), and labels that point away from the story set as headings. Invented pages only."""

from __future__ import annotations

import pytest
from body_helpers import HARBOUR_STORY, headings_and_paragraphs

from tui.model.ingest import reader_asks
from tui.model.ingest.html import extract_html

STORY = HARBOUR_STORY[:4]


def _page(middle: str, end: str = "") -> str:
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return (
        "<html><head><title>Dredging</title></head><body><article><h1>Dredging</h1>"
        f"{first}{middle}{rest}{end}</article><footer>Contact us</footer></body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Jo Roe writes about boats and harbours. Follow her on Twitter @joroe_boats or on Facebook.",
        "Kai Berg, Fotograf aus Kiel. Ich mag Häfen. Folgt mir gerne auf Instagram, da gibt es mehr.",
        "Get Harbour Monthly delivered through your letterbox every month. 12 issues for £10.99. Click here.",
        "First-time subscribers also receive a special welcome gift made by local sailmakers."
        " Do it for the harbour!",
        "Have a tip? Jo Roe may be reached at jroe@example.org. Follow her on the site.",
        "We would like to hear what you think of this article. Here's our email: letters@example.org.",
        "HARBOURNEWS.COM",
        "www.harbour-news.de",
    ],
)
def test_an_ask_of_the_reader_inside_the_story_goes(line: str) -> None:
    _, paragraphs = headings_and_paragraphs(_page(f"<p>{line}</p>"))
    assert paragraphs == list(STORY)


@pytest.mark.parametrize(
    "line",
    [
        # News about following someone, with the speech that makes it the story's.
        "Fans follow her on Instagram and TikTok in their millions, the singer's agent said on Monday.",
        # Follow in the middle of a sentence, not an imperative.
        "Thousands now follow him on Twitter, where he posts pictures of the dredgers every morning.",
        # An e-mail address in the story without an invitation to write.
        "The board's address, board@example.org, was printed on every leaflet handed out at the quay.",
        # A price in the story that is not an offer of the site's.
        "The port sold 12 tickets for the first crossing, far fewer than the ferry company had hoped.",
    ],
)
def test_story_sentences_that_share_a_cue_stay(line: str) -> None:
    _, paragraphs = headings_and_paragraphs(_page(f"<p>{line}</p>"))
    assert line in paragraphs


@pytest.mark.parametrize("name", ["Node.js", "ASP.NET", "St. Pauli", "Mr. Roe"])
def test_a_name_with_a_dot_is_no_domain_line(name: str) -> None:
    assert not reader_asks.is_domain_line(name)


@pytest.mark.parametrize(
    "label", ["More:", "Weitere Informationen:", "Quellenangaben:", "Pressekontakt:", "Sources:"]
)
def test_a_pointer_label_heading_heads_nothing(label: str) -> None:
    sources = "<p>The tide tables come from the port authority's yearly almanac, second edition.</p>"
    headings, paragraphs = headings_and_paragraphs(_page("", f"<h3>{label}</h3>{sources}"))
    assert label not in headings
    assert paragraphs[-1].startswith("The tide tables come from")


@pytest.mark.parametrize("label", ["Fazit:", "Results:", "What happens next:"])
def test_a_label_heading_of_the_texts_own_part_stays(label: str) -> None:
    closing = "<p>The dredging should make the channel safe for the larger ferries from next year on.</p>"
    headings, _ = headings_and_paragraphs(_page("", f"<h3>{label}</h3>{closing}"))
    assert headings == [label]


def _described(description: str) -> str:
    extra = "<p>The last dredging, twelve years ago, was paid for by the county and took all summer.</p>"
    return _page(extra).replace(
        "<title>Dredging</title>", f'<title>Dredging</title><meta name="description" content="{description}">'
    )


@pytest.mark.parametrize(
    "description", ["Home", "www.kuestenblatt.de", "Tägliche Nachrichten aus Stadt und Land"]
)
def test_a_description_that_shares_no_word_with_the_story_is_no_dek(description: str) -> None:
    article = extract_html(_described(description), "https://example.org/news/dredging")
    assert article.meta.dek == ""


def test_a_description_in_the_storys_words_stays_the_dek() -> None:
    description = (
        "Boats have scraped the bottom of the channel for months; the board now acts before the tides."
    )
    article = extract_html(_described(description), "https://example.org/news/dredging")
    assert article.meta.dek == description
