"""Scraped-text rules of round 14: forms of page furniture read on both dev halves (a picture's
credit alone on its line, a scripted box saved while loading or asking for JavaScript, the site's
disclosure of its shop links, its comment house rules and its call for letters). Every page here
is invented, in the shape a scraper saves a site."""

from __future__ import annotations

import pytest
from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest import text_asks, text_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Getty",
        "Getty Images",
        "Associated Press",
        "Ann Sample, AP",
        "Tom R. Example, Associated Press",
        "Ann Sample/Reuters",
        "Ann Sample / Reuters file",
        "Ann Sample/imagebank.example.se",
        "Ann Sample, Harbourtown.com",
        "APA/Ann Sample",
        "Pixabay",
    ],
)
def test_a_pictures_credit_alone_on_its_line(line: str) -> None:
    assert text_furniture.is_lone_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "(dpa)",  # a wire story's signature
        "Geld/Kreditkarten",  # a heading of two things
        "Harbour, Inc.",
        "AP Top Stories",
        "Reuters reports",
        "ann sample, ap",  # a name is capitalised
        "Ann Sample, Harbour Trust",  # a name and an office, no agency and no site
    ],
)
def test_headings_signatures_and_names_are_not_lone_credits(line: str) -> None:
    assert not text_furniture.is_lone_credit(line)


def test_a_credit_under_a_picture_is_neither_heading_nor_text() -> None:
    """Between the paragraphs, "Ann Sample, AP" above a paragraph was read as its heading."""
    got = parts("\n".join([*MENU, *ARTICLE[:3], "Ann Sample, Associated Press", *ARTICLE[3:]]))
    assert "Ann Sample, Associated Press" not in got
    assert ARTICLE[3] in got and got[-1] == ARTICLE[-1]


def test_a_paragraph_naming_an_agency_stays() -> None:
    line = "Ann Sample, a photographer for the Associated Press, was on the quay that morning."
    got = parts("\n".join([*MENU, *ARTICLE[:3], line, *ARTICLE[3:]]))
    assert line in got


@pytest.mark.parametrize(
    "line",
    [
        "Loading reader replies...",
        "Loading ...",
        "Wird geladen …",
        "Cargando...",
        "Failed to load the latest posts.",
        "Unable to load the map",
        "This photo gallery needs JavaScript to run.",
        "Please enable JavaScript to watch this clip.",
        "Bitte aktivieren Sie JavaScript für die Bildergalerie.",
    ],
)
def test_a_scripted_boxs_state_is_recognised(line: str) -> None:
    assert text_furniture.is_script_state(line)


@pytest.mark.parametrize(
    "line",
    [
        "Laden",  # a shop, as a heading
        "Loading the ferry took three hours.",
        "The ferry failed to load its cargo before the storm.",
        "The council's new site is written in JavaScript and went live on Monday.",
    ],
)
def test_sentences_about_loading_or_scripts_are_not_states(line: str) -> None:
    assert not text_furniture.is_script_state(line)


def test_a_loading_box_and_a_script_notice_in_the_story_are_dropped() -> None:
    notice, loading = "This photo gallery needs JavaScript to run.", "Loading reader replies..."
    got = parts("\n".join([*MENU, *ARTICLE[:4], notice, *ARTICLE[4:], loading]))
    assert notice not in got
    assert loading not in got
    assert got[-1] == ARTICLE[-1]


@pytest.mark.parametrize(
    "line",
    [
        "If you buy something through our links, we may earn a small commission.",
        "When you shop through links on this site, the Harbour Courier may receive compensation.",
        "Our buying guides contain affiliate links to the shops we test.",
        "If you click a link and make a purchase, I may get a share of the sale.",
        "Für Käufe über Links in diesem Ratgeber bekommen wir eventuell eine kleine Provision.",
        "Dieser Artikel enthält Partnerlinks.",
    ],
)
def test_a_disclosure_of_the_sites_shop_links(line: str) -> None:
    assert text_asks.is_affiliate_disclosure(line)


@pytest.mark.parametrize(
    "line",
    [
        "Estate agents earn a commission of about two per cent when a buyer completes a purchase.",
        "Retailers pay bloggers through affiliate links, the study found.",
        "We asked the council why the ferry link to the islands was cut.",
        "Die Makler erhalten eine Provision, wenn ein Käufer das Haus kauft.",
    ],
)
def test_stories_about_commissions_and_links_are_not_disclosures(line: str) -> None:
    assert not text_asks.is_affiliate_disclosure(line)


def test_a_disclosure_in_the_story_is_dropped() -> None:
    notice = "If you buy something through our links, we may earn a small commission."
    got = parts("\n".join([*MENU, *ARTICLE[:3], notice, *ARTICLE[3:]]))
    assert notice not in got
    assert got[-1] == ARTICLE[-1]


@pytest.mark.parametrize(
    "line",
    [
        "We ask that your comments stay polite and on the story's subject.",
        "Comments are moderated and may take a day to appear. Please be kind.",
        "Our community guidelines apply to every comment you post.",
        "Aviso: comentários anônimos não serão publicados.",
        "Send us your letter to the editor by e-mail.",
        "Our letters to the editor page runs on Fridays, and we would like to hear your view.",
    ],
)
def test_comment_house_rules_and_a_call_for_letters(line: str) -> None:
    assert text_asks.is_contribution_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        "Comments are moderated by volunteers, the company said.",
        "The paper printed three letters to the editor about the ferry on Monday.",
        "The forum's community guidelines were rewritten after the row, the firm said.",
    ],
)
def test_stories_about_comments_and_letters_are_not_notices(line: str) -> None:
    assert not text_asks.is_contribution_notice(line)


def test_a_call_for_letters_between_the_letters_is_dropped() -> None:
    call = "Send your letter to the editor through the form on our site. Letters may be cut for length."
    got = parts("\n".join([*MENU, *ARTICLE[:4], call, *ARTICLE[4:]]))
    assert call not in got
    assert got[-1] == ARTICLE[-1]
