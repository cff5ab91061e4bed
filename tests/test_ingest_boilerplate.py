"""Paragraph-level boilerplate: prompts, inline links, disclosures, agency signatures; article text stays."""

from __future__ import annotations

import pytest

from tui.model.ingest import boilerplate, furniture
from tui.model.ingest.html import extract_html


@pytest.mark.parametrize(
    "paragraph",
    [
        "Follow the Daily Example on Instagram and Facebook for live updates from the region.",
        "Get the Example Post's morning edition by email and never miss a story. Free sign up",
        "To read the full story, please subscribe. Already a subscriber? Log in for immediate access.",
        "Download the Example News apps for iOS and Android to get breaking alerts.",
        "Síguenos en Telegram y WhatsApp para recibir nuestras noticias.",
        "Die neue Ausgabe gibt es im Abo und als E-Paper am Kiosk.",
        "Read also: Ten things nobody tells you about city budgets",
        "PUEDES VER: ¿Cuándo empieza el verano?",
        ">> Mehr lesen: Alles über die Therme am See",
        "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.",
        "This page contains affiliate links; we may earn a commission.",
        "abc/PAP",
        "Please note that comments are moderated before they appear on the site.",
        "Notify me of follow-up comments by email.",
        "We respect your privacy: without your consent we do not load content from Twitter.",
        "By using this form you agree to the storage and processing of your data.",
        "This site uses Akismet to reduce spam.",
        "You have read 2 of 5 free articles this month.",
        "This work is licensed under a Creative Commons Attribution 4.0 License.",
    ],
)
def test_boilerplate_paragraphs(paragraph: str) -> None:
    assert boilerplate.is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        # One kind of cue is a mention, not a prompt.
        "The minister posted the statement on Instagram late on Tuesday, officials said.",
        "Meta, which owns Facebook and Instagram, said it would appeal the fine.",
        "Subscriptions to the service rose by a third in August, the company said.",
        "Subscribers can now download the app for iOS and Android, the company said on Monday.",
        # Long paragraphs are text even with two cues.
        "The newsletter, which readers can subscribe to on the paper's website, " + "grew fast. " * 30,
        "Read the report in full: the ministry published it on Monday.",
        "The regulator said the company processed personal data without consent for three years.",
    ],
)
def test_article_text_is_not_boilerplate(paragraph: str) -> None:
    assert not boilerplate.is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "line",
    [
        "Category : Press Releases",
        "Kategorie: News",
        "Themen",
        "Keine Kommentare",
        "Weiterlesen:",
        "Teilen mit:",
        "Gefällt mir:",
        "12 Antworten zu “Ein Sonntag im Park”",
        "This entry was posted in News. Bookmark the permalink.",
        "Next article The council votes again",
        "Folgt uns!",
        "Gefällt mir Wird geladen...",
        "Diesen Artikel teilen:",
        "Auch interessant...",
        "2024 - Todos los derechos reservados.",
        "Posted in Local news, Politics",
    ],
)
def test_label_and_marker_lines(line: str) -> None:
    assert (
        furniture.LINE_FURNITURE.match(line)
        or furniture.END_MARKER.match(line)
        or furniture.RELATED_MARKER.match(line)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Next post-season games will be played in the new stadium, the league said.",
        "Posted in June, the video has been watched two million times on the platform since then.",
    ],
)
def test_sentences_that_start_like_furniture_stay(line: str) -> None:
    assert not furniture.LINE_FURNITURE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright: Jane Doe",
        "Crédits photos : Agence Exemple",
        "Fot. Jan Kowalski",
        "Members of the club met the minister. (Bildquelle: Example Verein)",
    ],
)
def test_photo_credits(line: str) -> None:
    assert furniture.is_credit(line)


def test_html_drops_prompts_and_keeps_text() -> None:
    story = "The council approved the new budget on Monday after a long debate. " * 3
    page = (
        "<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>"
        f"<p>{story}</p>"
        "<p>Read also: Why the budget matters to you</p>"
        f"<p>{story.replace('Monday', 'Tuesday')}</p>"
        "<p>Follow us on Twitter and Facebook for more local news.</p>"
        "</article></body></html>"
    )
    article = extract_html(page)
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs == [story.strip(), story.replace("Monday", "Tuesday").strip()]


def test_html_long_page_ending_in_rights_reserved_is_kept() -> None:
    text = "The club met on Friday and chose a new chair after a vote. " * 8 + "All rights reserved."
    article = extract_html(f"<html><body><div><p>{text}</p></div></body></html>")
    assert [p for s in article.sections for p in s.paragraphs] == [text.strip()]


def test_html_drops_blocks_that_are_all_link_but_keeps_anchored_headings() -> None:
    story = "The council approved the new budget on Monday after a long debate. " * 3
    page = (
        "<html><body><article><h1>Budget passes</h1>"
        f"<p>{story}</p>"
        "<p><a href='/other-story'>Mayor opens a new bridge over the river</a></p>"
        "<h2><a href='#vote'>How the vote went</a></h2>"
        f"<p>{story.replace('Monday', 'Tuesday')}</p>"
        "<p>The plan is <a href='/plan'>online</a> for anyone to read, the clerk said.</p>"
        "</article></body></html>"
    )
    article = extract_html(page)
    assert [s.heading for s in article.sections] == ["", "How the vote went"]
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert "Mayor opens a new bridge over the river" not in paragraphs
    assert "The plan is online for anyone to read, the clerk said." in paragraphs
