"""Body extraction, round 10: rules that read the page's structure (where a block sits, what it
links to, what the template calls it) rather than its wording. Invented pages only, a look-alike
that must stay beside each page that must lose a block."""

from __future__ import annotations

from body_helpers import HARBOUR_STORY

from tui.model.ingest.html import extract_html

STORY = HARBOUR_STORY[:4]


def _page(inner: str, *, title: str = "Dredging", around: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{inner}</article>{around}<footer>Contact us</footer></body></html>"
    )


def _sections(page: str) -> list[tuple[str, list[str]]]:
    article = extract_html(page, "https://harbour-post.test/news/dredging")
    return [(s.heading, list(s.paragraphs)) for s in article.sections]


def _paragraphs(inner: str, *, title: str = "Dredging", around: str = "") -> list[str]:
    return [p for _, ps in _sections(_page(inner, title=title, around=around)) for p in ps]


def _story() -> str:
    return "".join(f"<p>{p}</p>" for p in STORY)


def test_a_closing_sentence_ending_in_a_colon_stays() -> None:
    sentence = "The board's full report on the dredging can be read here:"
    assert _paragraphs(_story() + f"<p>{sentence}</p>")[-1] == sentence


def test_a_closing_label_or_more_offer_goes() -> None:
    assert _paragraphs(_story() + "<p>More information:</p>") == list(STORY)
    assert _paragraphs(_story() + "<p>More stories from the harbour you may like:</p>") == list(STORY)


def test_the_headline_set_as_a_first_paragraph_goes() -> None:
    inner = "<table><tr><td><p>Dredging the channel</p></td></tr></table>" + _story()
    assert _paragraphs(inner, title="Dredging the channel") == list(STORY)


def test_the_headline_words_later_in_the_story_stay() -> None:
    inner = _story() + "<p>Dredging the channel</p><p>" + STORY[0] + " Again.</p>"
    assert "Dredging the channel" in _paragraphs(inner, title="Dredging the channel")


def _headed(h1: str, title: str) -> list[tuple[str, list[str]]]:
    page = (
        f"<html><head><title>{title}</title><meta property='og:title' content='{title}'></head>"
        f"<body><article><h1>{h1}</h1>{_story()}"
        "</article><footer>Contact us</footer></body></html>"
    )
    return _sections(page)


def test_the_h1_worded_unlike_the_title_is_still_the_headline() -> None:
    sections = _headed(
        "Board to dredge the channel before the spring tides", "Board to dredge channel | Harbour Post"
    )
    assert sections == [("", list(STORY))]


def test_an_h1_sharing_no_words_with_the_title_heads_the_text() -> None:
    sections = _headed("What the fishermen asked for", "About us | Harbour Post")
    assert sections[0] == ("What the fishermen asked for", list(STORY))


def _link_list(host: str = "") -> str:
    items = (
        ("/news/ferry-fares", "Ferry fares to rise in May"),
        ("/news/new-pier", "A new pier for the north bank"),
        ("/news/lighthouse", "The lighthouse reopens to visitors"),
    )
    return (
        "<ul>"
        + "".join(f"<li><a href='{host}{href}'>{title}</a> - 3 May</li>" for href, title in items)
        + "</ul>"
    )


def test_a_closing_list_of_the_sites_stories_goes() -> None:
    assert _paragraphs(_story() + _link_list()) == list(STORY)


def test_a_list_of_the_sites_links_inside_the_story_stays() -> None:
    paragraphs = _paragraphs(_story() + _link_list() + f"<p>{STORY[0]} Work starts in April.</p>")
    assert "Ferry fares to rise in May - 3 May" in paragraphs


def test_a_closing_list_of_links_to_other_sites_stays() -> None:
    paragraphs = _paragraphs(_story() + _link_list("https://other-paper.test"))
    assert "The lighthouse reopens to visitors - 3 May" in paragraphs
