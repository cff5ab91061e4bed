"""The visible lead under a headline becomes the dek when the page's meta description is not shown."""

from __future__ import annotations

from lxml import html as lxml_html

from tui.model.ingest import standfirst
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
