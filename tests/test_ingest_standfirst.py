"""The visible lead under a headline becomes the dek when the page's meta description is not shown."""

from __future__ import annotations

from lxml import html as lxml_html

from tui.model.ingest import dek, standfirst
from tui.model.ingest.article import ArticleSection
from tui.model.ingest.html import extract_html

BODY = "The council approved the new budget on Monday after a debate that lasted six hours. " * 3
LEAD = "A long night at the town hall ends with a budget nobody loves but everyone can live with."


def _page(lead_html: str, description: str = "Budget news from our town.") -> str:
    """A template that sets headline and lead in a header above the article body."""
    return (
        f'<html><head><title>Budget passes</title><meta name="description" content="{description}"></head>'
        "<body><nav><p class='teaser'>Another story entirely, from the menu of the site.</p></nav>"
        f"<div class='article-header'><h1>Budget passes</h1>{lead_html}</div>"
        f"<div class='social'><a href='#'>Share</a></div>"
        f"<article class='article-body'><p>{BODY}</p><p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


def test_visible_lead_replaces_an_unshown_description() -> None:
    article = extract_html(_page(f'<div class="article-intro">{LEAD}</div>'))
    assert article.meta.dek == LEAD
    assert all(LEAD not in p for s in article.sections for p in s.paragraphs)


def test_shown_description_stays_the_dek() -> None:
    shown = "Budget news from our town, as shown on the page."
    article = extract_html(_page(f'<p class="lead">{LEAD}</p><p class="x">{shown}</p>', description=shown))
    assert article.meta.dek == shown


def test_teasers_elsewhere_and_containers_are_not_leads() -> None:
    page = lxml_html.document_fromstring(
        f"<html><body><h1>T</h1><aside><p class='teaser'>{LEAD}</p></aside>"
        f"<div class='intro'><p>First of two. {LEAD}</p><p>{LEAD}</p></div></body></html>"
    )
    assert standfirst.visible_lead(page) == f"First of two. {LEAD}"  # one block, not the container


def test_leaderboard_is_not_a_lead() -> None:
    page = lxml_html.document_fromstring(
        f"<html><body><h1>T</h1><div class='leaderboard'>{LEAD}</div></body></html>"
    )
    assert standfirst.visible_lead(page) == ""
    page = lxml_html.document_fromstring(f"<html><body><h1>T</h1><p class='lead'>{LEAD}</p></body></html>")
    assert standfirst.visible_lead(page) == LEAD


def _lead_page(head: str, header: str, body_first: str = BODY, page_class: str = "") -> str:
    """A page whose header holds the headline and `header`, then an article of four paragraphs."""
    return (
        f"<html><head><title>Budget passes</title>{head}</head><body class='{page_class}'>"
        f"<div class='{page_class}'><header>{header}</header>"
        f"<article><p>{body_first}</p><p>{BODY}</p><p>{BODY}</p><p>{BODY}</p></article></div></body></html>"
    )


def test_a_description_only_in_script_state_is_not_shown() -> None:
    """A page's JSON state repeats its description unseen; the reader sees the lead."""
    state = '<script type="application/json">{"description": "Budget news from our town."}</script>'
    html = _lead_page(
        '<meta name="description" content="Budget news from our town.">',
        f"<h1>Budget passes</h1><p class='intro'>{LEAD}</p>{state}",
    )
    assert not standfirst.shows(lxml_html.document_fromstring(html), "Budget news from our town.")
    assert extract_html(html).meta.dek == LEAD


def test_a_page_wide_no_sidebar_class_does_not_hide_the_lead() -> None:
    """ "no-sidebar" names the layout of the page that holds the headline, not a teaser column."""
    page = lxml_html.document_fromstring(
        _lead_page(
            "",
            f"<h1>Budget passes</h1><div class='intro-text'><p>{LEAD}</p></div>",
            page_class="main--no-sidebar",
        )
    )
    assert standfirst.visible_lead(page) == LEAD
    teasers = lxml_html.document_fromstring(
        f"<html><body><h1>T</h1><div class='sidebar'><p class='teaser'>{LEAD}</p></div></body></html>"
    )
    assert standfirst.visible_lead(teasers) == ""


def test_a_subtitle_beside_the_headline_is_the_lead() -> None:
    subtitle = "Budgets, like medicines, have side effects that nobody reads on the label."
    html = _lead_page("", f"<hgroup><h3>Town hall</h3><h1>Budget passes</h1><h2>{subtitle}</h2></hgroup>")
    assert extract_html(html).meta.dek == subtitle
    # A heading elsewhere in the page is not the headline's subtitle.
    other = _lead_page("", f"<h1>Budget passes</h1></header><section><h2>{subtitle}</h2></section><header>")
    assert standfirst.visible_lead(lxml_html.document_fromstring(other)) == ""


def test_a_description_shown_as_the_first_paragraph_leaves_the_lead_as_dek() -> None:
    """The description is the article's opening sentence: the text keeps it, the lead is the dek."""
    first = "The council approved the new budget on Monday after a debate that lasted six hours."
    html = _lead_page(
        f'<meta name="description" content="{first}">',
        f"<h1>Budget passes</h1><div class='teaser-text'><p>{LEAD}</p></div>",
        body_first=first,
    )
    article = extract_html(html)
    assert article.meta.dek == LEAD
    assert article.sections[0].paragraphs[0] == first


def test_a_description_cut_short_gives_way_to_the_whole_one() -> None:
    cut = LEAD[:60] + " ..."
    assert dek.is_cut_of(cut, LEAD)
    assert not dek.is_cut_of(LEAD, LEAD)  # no ellipsis: not a cut
    assert not dek.is_cut_of("A long ...", LEAD)  # too little of it to tell
    # The social-card description is cut short; the page's own description is whole.
    html = _lead_page(
        f'<meta name="description" content="{LEAD}"><meta property="og:description" content="{cut}">',
        "<h1>Budget passes</h1>",
    )
    assert extract_html(html).meta.dek == LEAD


SUMMARY_SOURCE = (
    "Ferry crossings to the northern islands will stop from December until March, the operator said, "
    "leaving about two thousand residents without a regular link to the mainland."
)


def test_a_description_copied_from_the_text_with_its_edges_trimmed_is_not_a_dek() -> None:
    """The description repeats most of the first paragraph, cut at the start and reworded at the end:
    the body already says it, so the reader would read it twice."""
    copied = (
        "Ferry crossings to the northern islands will stop from December until March, the operator "
        "said, leaving about two thousand residents stranded."
    )
    html = _lead_page(
        f'<meta name="description" content="{copied}">', "<h1>Ferries stop</h1>", body_first=SUMMARY_SOURCE
    )
    article = extract_html(html)
    assert article.meta.dek == ""
    assert article.sections[0].paragraphs[0] == SUMMARY_SOURCE


def test_a_description_in_other_words_stays_the_dek() -> None:
    summary = "Islanders say the winter timetable leaves them cut off for weeks, and the council is worried."
    html = _lead_page(
        f'<meta name="description" content="{summary}">', "<h1>Ferries stop</h1>", body_first=SUMMARY_SOURCE
    )
    assert extract_html(html).meta.dek == summary


def test_repeats_text_needs_most_of_the_dek_in_the_body_in_order() -> None:
    sections = (ArticleSection("", (SUMMARY_SOURCE, BODY)),)
    assert dek.repeats_text(SUMMARY_SOURCE[:120], sections)
    # The same words in another order are a summary of the text, not a copy of it.
    shuffled = " ".join(reversed(SUMMARY_SOURCE.split()))
    assert not dek.repeats_text(shuffled, sections)
    # Half the dek from the text, half new: still a dek.
    half = SUMMARY_SOURCE[:70] + " and the harbour master fears for the winter post and medicine deliveries."
    assert not dek.repeats_text(half, sections)
    assert not dek.repeats_text("", sections)
    assert not dek.repeats_text("Short one.", sections)
