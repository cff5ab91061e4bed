"""Section headings of HTML pages, on invented pages: subheadings trafilatura dropped are put back,
and headings no reader sees as the story's (screen-reader labels, separators, teaser titles linking
to the site's other stories, the reporters' names in bold) are not headings."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from tui.model.ingest.article import ArticleSection
from tui.model.ingest.html import extract_html
from tui.model.ingest.linked_headings import page_linked_lines, without_linked_headings
from tui.model.ingest.lost_headings import page_subheadings, with_lost_headings

URL = "https://news.example.org/2025/budget"


def _paragraph(n: int) -> str:
    return (
        f"Paragraph {n} of the story tells how the council voted on the new budget, and what the "
        "members said about the cuts to the library service in the town this year."
    )


def _page(body: str, box_class: str = "story") -> str:
    return (
        "<html><head><title>Council votes on budget</title>"
        f"<link rel='canonical' href='{URL}'></head><body><h1>Council votes on budget</h1>"
        f"<div class='{box_class}'>{body}</div>"
        "<div class='footer'><a href='/about'>About</a></div></body></html>"
    )


def _p(n: int) -> str:
    return f"<p>{_paragraph(n)}</p>"


def _shape(sections: tuple[ArticleSection, ...]) -> list[tuple[str, int]]:
    return [(section.heading, len(section.paragraphs)) for section in sections]


# --- subheadings trafilatura dropped ------------------------------------------------------------


def test_subheadings_trafilatura_drops_from_a_box_named_like_a_sidebar_are_put_back() -> None:
    body = "".join(
        [_p(1), _p(2), "<h3>What the vote means</h3>", _p(3), _p(4), "<h3>What comes next</h3>", _p(5), _p(6)]
    )
    article = extract_html(_page(body, box_class="sidebar"), URL)
    assert _shape(article.sections) == [("", 2), ("What the vote means", 2), ("What comes next", 2)]
    assert [p for s in article.sections for p in s.paragraphs] == [_paragraph(n) for n in range(1, 7)]


def test_a_subheading_is_noted_with_the_first_words_after_it_past_a_picture() -> None:
    page = lxml_html.fromstring(
        "<html><body><div><div><h3>Reforms</h3></div><figure><img src='a.jpg'></figure>"
        "<p>In a country where the rule of law is a promise, she argues for change.</p></div></body></html>"
    )
    lead = ("in", "a", "country", "where", "the", "rule", "of", "law")
    assert page_subheadings(page) == [("Reforms", (lead,))]


def test_a_teaser_cards_title_is_not_noted_as_a_subheading() -> None:
    page = lxml_html.fromstring(
        "<html><body><article class='story'>"
        + "".join(f"<p>{_paragraph(n)}</p>" for n in range(1, 6))
        + "</article><article class='card'><figure><a href='/other'><img src='b.jpg'></a></figure>"
        "<h2>Another story of the site</h2><p>Its excerpt is a sentence or two long, and then a button.</p>"
        "<a href='/other'>Read it</a></article></body></html>"
    )
    assert page_subheadings(page) == []


def test_a_noted_heading_splits_the_one_section_whose_paragraph_its_words_start() -> None:
    sections = (ArticleSection("", (_paragraph(1), _paragraph(2), "The vote came late at night.")),)
    marks = [("The vote", (("the", "vote", "came", "late", "at", "night"),))]
    restored = with_lost_headings(sections, marks, lambda heading: False)
    assert restored == (
        ArticleSection("", (_paragraph(1), _paragraph(2))),
        ArticleSection("The vote", ("The vote came late at night.",)),
    )


def test_a_heading_kept_as_a_line_of_text_becomes_the_heading_again() -> None:
    sections = (ArticleSection("", (_paragraph(1), "The vote", "The vote came late at night.")),)
    marks = [("The vote", (("the", "vote", "came", "late", "at", "night"),))]
    restored = with_lost_headings(sections, marks, lambda heading: False)
    assert restored == (
        ArticleSection("", (_paragraph(1),)),
        ArticleSection("The vote", ("The vote came late at night.",)),
    )


def test_a_noted_heading_stays_out_if_ambiguous_refused_carried_or_over_the_first_paragraph() -> None:
    repeated = "The vote came late at night."
    sections = (
        ArticleSection(
            "", ("Opening words of the story come first here.", repeated, _paragraph(2), repeated)
        ),
    )
    ambiguous = [("The vote", (("the", "vote", "came", "late", "at", "night"),))]
    assert with_lost_headings(sections, ambiguous, lambda heading: False) == sections
    second = [("Paragraph two", (("paragraph", "2", "of", "the", "story", "tells", "how", "the"),))]
    assert with_lost_headings(sections, second, lambda heading: True) == sections  # refused
    first = [("A kicker", (("opening", "words", "of", "the", "story", "come", "first", "here"),))]
    assert with_lost_headings(sections, first, lambda heading: False) == sections
    headed = (ArticleSection("Paragraph two", (_paragraph(2),)),)
    assert with_lost_headings(headed, second, lambda heading: False) == headed


def test_a_heading_passes_over_texts_the_draft_left_out_but_not_over_a_short_one_it_kept() -> None:
    placeholder = ("external", "content", "not", "available", "check", "your", "privacy", "settings")
    vote = ("the", "vote", "came", "late", "at", "night")
    sections = (ArticleSection("", (_paragraph(1), "Yes.", "The vote came late at night.")),)
    passed = with_lost_headings(sections, [("The vote", (placeholder, vote))], lambda heading: False)
    assert passed == (
        ArticleSection("", (_paragraph(1), "Yes.")),
        ArticleSection("The vote", ("The vote came late at night.",)),
    )
    kept_short = with_lost_headings(sections, [("The vote", (("yes",), vote))], lambda heading: False)
    assert kept_short == sections


# --- headings that are not the story's -----------------------------------------------------------


def test_a_screen_reader_label_is_not_a_heading() -> None:
    body = "<h2 class='visually-hidden'>Article content</h2>" + "".join(_p(n) for n in range(1, 4))
    body += "<h2>What comes next</h2>" + _p(4) + _p(5)
    article = extract_html(_page(body), URL)
    assert _shape(article.sections) == [("", 3), ("What comes next", 2)]


def test_a_separator_set_as_a_heading_heads_nothing() -> None:
    body = "".join(_p(n) for n in range(1, 4)) + "<h2>___</h2>" + _p(4) + _p(5)
    article = extract_html(_page(body), URL)
    assert _shape(article.sections) == [("", 5)]


def test_teaser_titles_linking_to_the_sites_stories_go_with_their_excerpts() -> None:
    teasers = "".join(
        f"<h3><a href='https://news.example.org/2025/other-{n}'>Other story number {n} of the site</a></h3>"
        f"<p>A short excerpt of other story {n}, which the site wants read next.</p>"
        for n in range(1, 4)
    )
    body = "".join(_p(n) for n in range(1, 5)) + teasers
    article = extract_html(_page(body), URL)
    assert _shape(article.sections) == [("", 4)]


def test_bold_lines_linking_to_other_stories_between_paragraphs_go_and_the_story_between_stays() -> None:
    def link(n: int) -> str:
        return (
            f"<p><a href='https://news.example.org/2025/earlier-{n}'><strong>COUNCIL CUT LIBRARY HOURS "
            f"IN YEAR {n}</strong></a></p>"
        )

    short = "The mayor did not comment."
    body = "".join(_p(n) for n in range(1, 4)) + link(1) + f"<p>{short}</p>" + link(2) + _p(4) + _p(5)
    article = extract_html(_page(body), URL)
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert _shape(article.sections) == [("", 6)]
    assert short in paragraphs
    assert not any(p.startswith("COUNCIL CUT") for p in paragraphs)


def test_a_subheading_linking_off_the_site_names_its_section_and_stays() -> None:
    body = "".join(_p(n) for n in range(1, 3))
    body += "<h3><a href='https://shop.example.com/kettle'>The kettle we liked best</a></h3>" + _p(3) + _p(4)
    article = extract_html(_page(body), URL)
    assert _shape(article.sections) == [("", 2), ("The kettle we liked best", 2)]


def test_the_reporters_names_in_bold_over_the_story_are_a_byline_not_a_heading() -> None:
    body = "<p><strong>Palesa Ntoi/Teboho Lekhanya</strong></p>" + "".join(_p(n) for n in range(1, 4))
    article = extract_html(_page(body), URL)
    assert _shape(article.sections) == [("", 3)]


def test_a_bold_label_in_the_texts_own_words_over_the_story_stays_a_heading() -> None:
    body = "<p><strong>Budget Cuts</strong></p>" + "".join(_p(n) for n in range(1, 4))
    body += "<p>The cuts and the budget were the members' main subject.</p>"
    article = extract_html(_page(body), URL)
    assert article.sections[0].heading == "Budget Cuts"


def test_a_linked_page_heading_over_one_excerpt_is_a_teaser_and_goes_with_it() -> None:
    page = lxml_html.fromstring(
        "<html><body><h2><a href='https://news.example.org/2025/other'>Another story</a></h2>"
        "<h3><a href='https://shop.example.com/kettle'>A kettle</a></h3></body></html>"
    )
    linked = page_linked_lines(page)
    sections = (
        ArticleSection("", (_paragraph(1), _paragraph(2))),
        ArticleSection("Another story", ("Its excerpt, a sentence long.",)),
        ArticleSection("A kettle", ("It boils fast.",)),
    )
    assert without_linked_headings(sections, linked, "example.org") == (
        ArticleSection("", (_paragraph(1), _paragraph(2))),
        ArticleSection("A kettle", ("It boils fast.",)),
    )


def _page_with_description(description: str, body: str) -> str:
    return (
        "<html><head><title>Council votes on budget</title>"
        f"<meta name='description' content='{description}'>"
        f"<link rel='canonical' href='{URL}'></head><body><article><h1>Council votes on budget</h1>"
        f"<h2>{description}</h2>{body}</article></body></html>"
    )


def test_a_standfirst_set_as_a_heading_over_the_story_is_the_dek() -> None:
    standfirst = "Librarians warned that the cuts would close two branches by spring"
    article = extract_html(_page_with_description(standfirst, "".join(_p(n) for n in range(1, 5))), URL)
    assert article.meta.dek == standfirst
    assert _shape(article.sections) == [("", 4)]


def test_a_heading_the_story_then_repeats_stays_a_heading_when_it_cannot_be_the_dek() -> None:
    summary = "Paragraph 1 of the story tells how the council voted on the new budget"
    article = extract_html(_page_with_description(summary, "".join(_p(n) for n in range(1, 5))), URL)
    assert article.meta.dek == ""
    assert _shape(article.sections) == [(summary, 4)]


@pytest.mark.parametrize("box_title", ["“Politics” popular articles", "Popular"])
def test_a_most_read_box_heads_no_section(box_title: str) -> None:
    body = "".join(_p(n) for n in range(1, 5))
    body += f"<h2>{box_title}</h2><p>Ranking of the week</p>"
    article = extract_html(_page(body), URL)
    assert [s.heading for s in article.sections] == [""]


def _page_with_header(header: str, body: str) -> str:
    return (
        "<html><head><title>Trains: Commuters save a third with the new pass</title>"
        f"<link rel='canonical' href='{URL}'></head><body><article>{header}"
        f"<div class='text'>{body}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    "header",
    [
        # In the article's <header>, worded otherwise than the <title>.
        "<header><h2><span>Rail pass</span> <span>A cheaper month for people who ride to work</span></h2>"
        "</header>",
        "<hgroup><h2>A cheaper month for people who ride to work</h2></hgroup>",
        # Its parts named as a kicker and a headline.
        "<div><h2><span class='article-kicker'>Rail pass</span><span class='article-headline'>A cheaper "
        "month</span></h2></div>",
        "<div><h2><span data-role='kicker'>Rail pass</span>A cheaper month for people who ride to work</h2>"
        "</div>",
    ],
)
def test_the_headline_shown_over_the_story_in_parts_is_not_a_heading(header: str) -> None:
    body = "".join(_p(n) for n in range(1, 4)) + "<h2>What comes next</h2>" + _p(4)
    article = extract_html(_page_with_header(header, body), URL)
    assert _shape(article.sections) == [("", 3), ("What comes next", 1)]


def test_a_heading_that_labels_its_article_for_screen_readers_is_not_a_heading() -> None:
    page = _page_with_header("", "<h6 id='label'>Article</h6>" + "".join(_p(n) for n in range(1, 4)))
    page = page.replace("<article>", "<article aria-labelledby='label'>")
    article = extract_html(page, URL)
    assert _shape(article.sections) == [("", 3)]


def test_a_first_subheading_outside_the_header_stays_a_heading() -> None:
    body = "<h2>How the pass works</h2>" + "".join(_p(n) for n in range(1, 4))
    article = extract_html(_page_with_header("<header><h1>Commuters save</h1></header>", body), URL)
    assert _shape(article.sections) == [("How the pass works", 3)]


@pytest.mark.parametrize("closing", ["Die Autorin", "About the author", "Kommentar abgeben"])
def test_an_author_box_or_comment_prompt_heading_ends_the_story(closing: str) -> None:
    body = "".join(_p(n) for n in range(1, 5)) + f"<h3>{closing}</h3><p>Jane Roe writes about transport.</p>"
    article = extract_html(_page(body), URL)
    assert _shape(article.sections) == [("", 4)]


def test_a_heading_in_several_lines_over_the_story_is_the_headlines_subtitles() -> None:
    header = "<div><h2>Commuters save a third<br>The pass starts in May<br>Students pay half</h2></div>"
    body = "".join(_p(n) for n in range(1, 4)) + "<h2>What comes next</h2>" + _p(4)
    article = extract_html(_page_with_header(header, body), URL)
    assert _shape(article.sections) == [("", 3), ("What comes next", 1)]


def test_the_headline_in_parts_is_left_out_past_a_short_caption_above_it() -> None:
    header = (
        "<p>Riders at the central station.</p><header><h2>A cheaper month for people who ride</h2></header>"
    )
    article = extract_html(_page_with_header(header, "".join(_p(n) for n in range(1, 4))), URL)
    assert [s.heading for s in article.sections] == [""]
    assert article.sections[0].paragraphs[-3:] == tuple(_paragraph(n) for n in range(1, 4))
