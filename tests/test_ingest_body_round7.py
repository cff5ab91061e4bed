"""Body extraction, round 7: furniture kinds that occur across the web, on invented lines and pages
(reading times, credits and rights lines in more languages, bracketed teasers, follow prompts that
name the account, agency credits, a label left at the story's end with nothing to introduce)."""

from __future__ import annotations

import pytest
from body_helpers import HARBOUR_STORY

from tui.model.ingest import boilerplate, furniture
from tui.model.ingest.html import extract_html

STORY = HARBOUR_STORY[:4]


def _page(inner: str, title: str = "Dredging") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{inner}</article>"
        "</body></html>"
    )


def _paragraphs(page: str) -> list[str]:
    return [p for s in extract_html(page, "https://example.org/news/dredging").sections for p in s.paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "Tempo de leitura: 3 minutos",
        "Tiempo de lectura: 4 min",
        "Lesedauer: ca. 5 Minuten",
        "3 Min. Lesezeit",
        "4 minutes read",
        "Follow Harbour Radio on Instagram, Facebook and YouTube.",
        "Folgen Sie der Redaktion auf Twitter",
        "Jane Example contributed reporting from Lisbon.",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert furniture.LINE_FURNITURE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Copyright ⓒ Example Media. 무단전재 및 재배포 금지",
        "© Voorbeeld Nieuws 2024. Alle rechten voorbehouden.",
        "Все права защищены.",
    ],
)
def test_rights_lines_end_the_article(line: str) -> None:
    assert furniture.END_MARKER.match(line)


@pytest.mark.parametrize(
    "line",
    [
        # Sentences about following, reporting or reading: the story's.
        "Follow-up checks on the hull found no damage, the board said.",
        "Reporting by local papers on the dredging has been sparse since March.",
        "The minister said reading time in schools would rise to an hour a day.",
        "Followers of the club on Instagram raised the money in a week.",
    ],
)
def test_sentences_like_that_stay(line: str) -> None:
    assert not furniture.LINE_FURNITURE.match(line)
    assert not furniture.END_MARKER.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Ann Sample; Editing by Bo Person)",
        "Reporting by Ann Sample in Oslo; additional reporting by Cy Example, Di Example and Ed Example; "
        "Editing by Bo Person",
        "Additional reporting by Ann Sample in Oslo.",
    ],
)
def test_staff_credits(line: str) -> None:
    assert furniture.is_staff_credit(line)


def test_a_sentence_about_reporting_is_not_a_credit() -> None:
    assert not furniture.is_staff_credit("Reporting by local papers on the dredging has been sparse.")
    assert not furniture.is_staff_credit("Editing by hand took the crew two weeks, Sample said.")


def test_a_teaser_in_brackets_is_an_inline_link() -> None:
    assert boilerplate.is_inline_link("[Related: Why the harbour needs dredging every spring]")
    assert boilerplate.is_inline_link("(Read also: Ten ferries that changed the port)")
    assert not boilerplate.is_inline_link("(The board met in private.)")


def test_a_label_left_at_the_end_of_the_story_goes() -> None:
    """The list of links it introduced went as teasers; the label introduces nothing."""
    inner = "".join(f"<p>{p}</p>" for p in STORY) + (
        "<p>More articles you may like:</p>"
        "<ul><li><a href='/news/a'>Ferries late again</a></li><li><a href='/news/b'>Port fees</a></li></ul>"
    )
    assert _paragraphs(_page(inner)) == list(STORY)


def test_a_colon_inside_the_story_stays() -> None:
    inner = f"<p>{STORY[0]}</p><p>The chair said:</p><blockquote><p>{STORY[1]}</p></blockquote>" + "".join(
        f"<p>{p}</p>" for p in STORY[2:]
    )
    assert "The chair said:" in _paragraphs(_page(inner))


def test_text_comes_out_in_composed_form() -> None:
    """A page that spells "ä" as "a" and a combining diaeresis reads like one that does not."""
    decomposed = "Die Fa\u0308hre fa\u0308hrt wieder, sagte der Hafenmeister am Dienstag in Kiel. " * 3
    paragraphs = _paragraphs(_page(f"<p>{decomposed}</p>" + "".join(f"<p>{p}</p>" for p in STORY)))
    assert paragraphs[0] == decomposed.replace("a\u0308", "ä").strip()


@pytest.mark.parametrize(
    "line",
    [
        "Meistgelesen",
        "Passend zum Thema",
        "Lo más leído",
        "Les plus lus",
        "Popular posts",
    ],
)
def test_list_headings_of_other_articles(line: str) -> None:
    assert furniture.RELATED_MARKER.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Zurück zur Übersicht",
        "Artikel drucken",
        "Alle Bilder anzeigen",
        "Compartir",
        "Leer más »",
        "Seite 2 von 5",
        "(12 Bewertungen)",
        "Startseite › Politik › Inland",
        "Home / News / Harbour",
    ],
)
def test_navigation_and_viewer_controls(line: str) -> None:
    assert furniture.LINE_FURNITURE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "Zurück in Kiel, erzählte der Kapitän von der Überfahrt.",
        "Home owners near the harbour will be paid for the noise, the board said.",
        "Compartir el agua del puerto con los pescadores fue la condición del acuerdo.",
    ],
)
def test_sentences_starting_like_controls_stay(line: str) -> None:
    assert not furniture.LINE_FURNITURE.match(line)
    assert not furniture.RELATED_MARKER.match(line)


def test_teaser_cards_go_and_links_in_the_story_stay() -> None:
    """A card is a link wrapping a title and an excerpt; a link in a sentence wraps words."""
    linked = f"{STORY[1][:20]}<a href='/news/boats'>{STORY[1][20:40]}</a>{STORY[1][40:]}"
    more = [f"Day {n}: {p}" for n in ("one", "two") for p in STORY]
    inner = "".join(f"<p>{p}</p>" for p in [STORY[0], linked, *STORY[2:], *more])
    card = (
        "<a href='/news/ferries-late'><div class='card'><h3>Ferries late again as the fog returns</h3>"
        "<p>Crossings were cancelled for a third day running on the northern route.</p></div></a>"
    )
    page = _page(inner + card)
    assert _paragraphs(page) == [*STORY, *more]


def test_the_description_the_page_shows_is_the_dek_not_another_one() -> None:
    """Pages carry two summaries (meta description and og:description) and show one under the
    headline: that one is the dek."""
    shown = "Dredging starts in March; the ferries keep their timetable, the board says."
    other = "The port's channel will be deepened this spring."
    page = (
        f'<html><head><title>Dredging</title><meta name="description" content="{shown}">'
        f'<meta property="og:description" content="{other}"></head><body>'
        f"<header><h1>Dredging</h1><div class='intro'>{shown}</div></header>"
        "<article class='article-body'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</article></body></html>"
    )
    article = extract_html(page, "https://example.org/news/dredging")
    assert article.meta.dek == shown


def test_a_dated_entry_stays_and_a_publishing_date_goes() -> None:
    """ "Termin: 14.03.2024, 18 Uhr" is an entry of a list of events; "Stand: …" and a bare date are
    the page saying when it was written."""
    entries = ["Termin: 21.02.2020, 19 Uhr", "Termin: 28.02.2020, 18:30 Uhr"]
    inner = (
        "<p>Stand: 12.02.2020</p><p>12 February 2020</p>"
        + "".join(f"<p>{p}</p>" for p in STORY[:2])
        + "".join(f"<p>{e}</p>" for e in entries)
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
    )
    assert _paragraphs(_page(inner)) == [*STORY[:2], *entries, *STORY[2:]]
