"""Boxes a template names as furniture (newsletter promo, author bio, credits…) leave the text;
a body the template happens to name so, and a gallery's captions, stay."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from tui.model.ingest import dom_furniture
from tui.model.ingest.html import extract_html

PROSE = (
    "The harbour authority said on Tuesday that the new breakwater would be finished by spring, "
    "two years later than planned, after storms damaged the first section twice. "
)


def _page(inside: str, *, body_class: str = "article-body", paragraphs: int = 4, end: str = "") -> str:
    body = "".join(f"<p>{PROSE} Paragraph {n}.</p>" for n in range(paragraphs))
    end = end or f"<p>{PROSE} The end.</p>"
    return (
        "<html><head><title>Breakwater late</title></head><body><h1>Breakwater late</h1>"
        f"<article class='{body_class}'>{body}{inside}{end}</article></body></html>"
    )


def _text(html: str) -> str:
    return "\n".join(p for s in extract_html(html).sections for p in (s.heading, *s.paragraphs))


def test_name_words_split_camel_case_and_join_pairs() -> None:
    element = lxml_html.fragment_fromstring("<p class='newsletterPromo js-x' id='author-box'>x</p>")
    words = dom_furniture.name_words(element)
    assert {"newsletter", "promo", "author", "box"} <= words
    assert "header" not in dom_furniture.name_words(lxml_html.fragment_fromstring("<p class='ad'>x</p>"))


BOXES = {
    "membership-promo": "Get our morning briefing every weekday before seven.",
    "contributorBio": "Jane Roe covers the coast and its industries for this paper since 2015.",
    "image-copyright": "Harbour Photo Agency",
    "editorial-disclosure": "We may earn a small fee when you buy through the shop on this page.",
    "story-followBox": "Our harbour coverage is on every network you use, every day.",
}


@pytest.mark.parametrize("name", sorted(BOXES))
def test_named_boxes_inside_the_body_are_dropped(name: str) -> None:
    shown = _text(_page(f"<p class='{name}'>{BOXES[name]}</p>"))
    assert BOXES[name] not in shown
    assert f"{PROSE.strip()} The end." in shown


def test_word_parts_must_be_whole() -> None:
    # "biology" is not "bio", "adventure" is not "ad", "headline-credit" would be: words, not substrings.
    for name in ("biology-notes", "adventure", "creditor-news"):
        text = "The port's biologists counted seals on the new rocks for the first time this year."
        assert text in _text(_page(f"<p class='{name}'>{text}</p>")), name


def test_a_body_named_like_furniture_stays() -> None:
    # Some templates give the whole story a class such as "promo-wrapper": too big to be a box.
    shown = _text(_page("", body_class="story promo-wrapper"))
    assert f"{PROSE.strip()} Paragraph 0." in shown


def test_gallery_captions_stay_a_photo_caption_goes() -> None:
    caption = "Workers place the last concrete block of the breakwater's northern arm at dawn."
    single = _page(f"<div class='photo-legende'>{caption}</div>")
    assert caption not in _text(single)
    gallery = "".join(
        f"<div class='slide'><p class='slide-caption'>{caption} Picture {n}.</p></div>" for n in range(8)
    )
    assert f"{caption} Picture 3." in _text(_page(gallery, paragraphs=1))


def test_trailing_italic_bio_goes_a_footnote_and_italic_text_inside_stay() -> None:
    bio = "Jane Roe is a harbour engineer and writes a monthly column on the coast."
    quoted = "A short poem the harbour master read aloud at the opening, set in italics."
    footnote = "* The authority counts only the sections that have been handed over."
    shown = _text(_page(f"<p><em>{quoted}</em></p>", end=f"<p>{PROSE} Last words.</p><p><em>{bio}</em></p>"))
    assert bio not in shown
    assert quoted in shown  # italics inside the story are the story's
    assert f"{PROSE.strip()} Last words." in shown
    assert footnote in _text(_page("", end=f"<p>{PROSE} Last words.</p><p><em>{footnote}</em></p>"))


def test_a_label_and_a_link_is_a_teaser_in_any_language() -> None:
    # The label's words are in no list: the shape (label, separator, link) is what counts.
    teaser = "Tambien en portada: <a href='/other'>El puerto abre su nuevo muelle de pescadores</a>"
    shown = _text(_page(f"<p>{teaser}</p>"))
    assert "nuevo muelle" not in shown
    # A sentence that links a source is text.
    cited = f"<p>The plan, published by the authority: <a href='/plan'>{PROSE}</a></p>"
    assert "two years later than planned" in _text(_page(cited, paragraphs=1))


def test_closing_lines_that_name_the_outlet_and_ask_something_go() -> None:
    meta = "<meta property='og:site_name' content='Harbour Gazette'>"
    ask = "Download the Harbour Gazette app to read every story on the go."
    told = "The Harbour Gazette asked the authority for its budget; it has not replied."
    page = _page("", end=f"<p>{PROSE} Last words.</p><p>{told}</p><p>{ask}</p>").replace(
        "<head>", f"<head>{meta}"
    )
    shown = _text(page)
    assert ask not in shown
    assert told in shown  # the outlet in its own reporting, with no ask: the story's


def test_a_bare_label_line_goes_its_text_stays() -> None:
    facts = "<p>Opening hours:</p><p>The breakwater's promenade opens daily from eight in the morning.</p>"
    shown = _text(_page(facts))
    assert "Opening hours:" not in shown
    assert "promenade opens daily" in shown
    assert "The authority said:" in _text(
        _page("<p>The authority said:</p>")
    )  # four words: a sentence's start


def test_xhtml_declaring_its_encoding_is_read_as_a_page() -> None:
    # lxml refuses a str that declares an encoding; the page's metadata and boxes must still be read.
    xhtml = '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + _page(
        "<p class='image-copyright'>Harbour Photo Agency</p>"
    ).replace("<head>", "<head><meta property='og:site_name' content='Harbour Gazette'>")
    article = extract_html(xhtml)
    assert article.meta.outlet == "Harbour Gazette"
    assert "Harbour Photo Agency" not in "\n".join(p for s in article.sections for p in s.paragraphs)


# Readers' comment threads go before anything walks the page (trafilatura would prune them later).
def _thread(attributes: str, tag: str = "div", inner: str = "comment-body") -> str:
    comments = "".join(
        f"<div class='{inner}'><p>Reader {n} thinks the breakwater was a waste of the port's money.</p></div>"
        for n in range(30)
    )
    return f"<{tag} {attributes}>{comments}</{tag}>"


def _tree(inside: str, head: str = "") -> object:
    return lxml_html.document_fromstring(
        f"<html><head>{head}</head><body><h1>Breakwater late</h1><article><p>{PROSE}</p></article>"
        f"{inside}</body></html>"
    )


@pytest.mark.parametrize(
    ("attributes", "tag"),
    [
        ("id='comments'", "div"),
        ("class='comment-list'", "ol"),
        ("class='post-comments wide'", "section"),
        ("id='disqus_thread'", "div"),
        ("class='Comments'", "div"),
    ],
)
def test_comment_threads_are_dropped(attributes: str, tag: str) -> None:
    page = _tree(_thread(attributes, tag))
    assert dom_furniture.drop_comment_threads(page) == 1
    text = page.text_content()
    assert "Reader 7" not in text
    assert "breakwater would be finished" in text


@pytest.mark.parametrize(
    ("attributes", "tag"),
    [
        ("class='commentary'", "div"),  # an opinion column, not readers' comments
        ("id='disqus_thread'", "ul"),  # a list only by a comment name of its own
        ("class='story has-comments'", "div"),  # the word must open the name
    ],
)
def test_boxes_that_are_not_comment_threads_stay(attributes: str, tag: str) -> None:
    page = _tree(_thread(attributes, tag, inner="reader-note"))
    assert dom_furniture.drop_comment_threads(page) == 0
    assert "Reader 7" in page.text_content()


def test_a_forum_threads_posts_stay() -> None:
    forum = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    page = _tree(_thread("id='comments'"), head=forum)
    assert dom_furniture.drop_comment_threads(page) == 0
    assert "Reader 7" in page.text_content()


def test_a_thread_box_that_holds_the_headline_stays() -> None:
    page = lxml_html.document_fromstring(
        f"<html><body><div id='comments-wrapper'><h1>Breakwater late</h1><p>{PROSE}</p></div></body></html>"
    )
    assert dom_furniture.drop_comment_threads(page) == 0


def test_a_comments_time_is_not_the_articles_date() -> None:
    thread = "<div id='comments'><div class='reply'><span class='datetime'>2019-05-10 16:14</span>"
    thread += "<p>Reader 7 thinks the breakwater was a waste of the port's money.</p></div></div>"
    article = extract_html(_page("", end=f"<p>{PROSE} The end.</p></article>{thread}<article>"))
    assert article.meta.published is None
    assert "Reader 7" not in "\n".join(p for s in article.sections for p in s.paragraphs)


def test_a_sign_in_menus_placeholder_is_no_author_and_a_site_path_no_category() -> None:
    page = (
        "<html><head><title>Breakwater late</title><meta name='section' content='/world/coast_news'>"
        "</head><body><nav><span class='username'>Username</span></nav><h1>Breakwater late</h1>"
        f"<article>{''.join(f'<p>{PROSE} Paragraph {n}.</p>' for n in range(4))}</article></body></html>"
    )
    meta = extract_html(page).meta
    assert "Username" not in meta.authors
    assert meta.category == ""


def test_a_category_written_as_words_stays() -> None:
    page = (
        "<html><head><title>Breakwater late</title><meta property='article:section' content='Coast/Harbours'>"
        f"</head><body><h1>Breakwater late</h1><article>{''.join(f'<p>{PROSE} {n}.</p>' for n in range(4))}"
        "</article></body></html>"
    )
    assert extract_html(page).meta.category == "Coast/Harbours"
