"""Scraped-text rules of round 13: forms of page furniture that no phrase list names (a date
stamp alone on its line, a link to the previous or next post, an author's box closing the
story). Every page here is invented, in the shape a scraper saves a site."""

from __future__ import annotations

import pytest
from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest import furniture, text_furniture
from tui.model.ingest.text import extract_text


@pytest.mark.parametrize(
    "line",
    [
        "Thursday, 3 May 2029",
        "Donnerstag, 12. März 2031",
        "12. März 2031 um 9:15 Uhr",
        "4 de junio de 2030 | 08:10",
        "Mittwoch | 31. Juli 2030",
        "07.02.2029",
        "Juni 2028",
        "10:05 pm EST, Monday, October 8, 2029",
    ],
)
def test_a_date_alone_on_its_line_is_a_stamp(line: str) -> None:
    assert text_furniture.is_date_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "2031",  # a chronology's section heading
        "4:14 p.m.",  # a live report's entry time stays
        "The May 2030 budget",
        "Harbour plans for 2031",
        "Top 10 ferries of 2030",
    ],
)
def test_years_times_and_headings_with_dates_are_not_stamps(line: str) -> None:
    assert not text_furniture.is_date_stamp(line)


def test_a_date_stamp_above_a_paragraph_is_not_its_heading() -> None:
    page = [*MENU, *ARTICLE[:4], "Dienstag, 4. Juni 2030", *ARTICLE[4:]]
    got = parts("\n".join(page))
    assert "Dienstag, 4. Juni 2030" not in got
    assert got[-1] == ARTICLE[-1]


@pytest.mark.parametrize(
    "line",
    [
        "← Ferry timetable for the winter season",
        "The lighthouse open day →",
        "« Der Hafen im Winter",
        "Zum Angebot »",
        "Older posts >>",
    ],
)
def test_a_link_with_an_arrow_pointing_away_is_a_post_link(line: str) -> None:
    assert text_furniture.is_post_link(line)


@pytest.mark.parametrize(
    "line",
    [
        "« Nous rouvrirons le port lundi », a dit la capitaine.",
        "«Storm over the quay»",
        "The council voted 5 -> 4 for the repairs.",
        "« Nous avons attendu deux semaines, et chaque jour le vent soufflait plus fort que la "
        "veille, sans que personne ne sache quand les bateaux pourraient repartir",
    ],
)
def test_quotations_and_arrows_inside_a_line_are_not(line: str) -> None:
    assert not text_furniture.is_post_link(line)


def test_previous_and_next_post_links_under_the_story_are_dropped() -> None:
    tail = [
        "← The lighthouse opens its doors for one weekend!",
        "Winter timetable: what changes for island ferries →",
    ]
    got = parts("\n".join([*MENU, *ARTICLE, *tail]))
    assert got[-1] == ARTICLE[-1]


_BOX = [
    "Cora Example",
    "Cora Example writes about harbours, ferries and the people who work on the coast.",
]


def test_an_authors_box_closing_the_story_is_dropped() -> None:
    got = parts("\n".join([*MENU, *ARTICLE, *_BOX]))
    assert got[-1] == ARTICLE[-1]
    assert not any("Cora Example" in p for p in got)


def test_an_about_box_whose_bio_names_the_author_later_in_its_sentence() -> None:
    box = [
        "About Dario Sample",
        "Father of two and a sailor since his youth, Dario Sample teaches navigation in Port Lane.",
    ]
    got = parts("\n".join([*MENU, *ARTICLE, *box]))
    assert got[-1] == ARTICLE[-1]


def test_a_section_on_a_person_with_text_after_it_stays() -> None:
    """A preview's section on one of its people: the name heads a paragraph that opens with it,
    and the story goes on after it."""
    section = [
        "Lena Mock",
        "Lena Mock fought for the title last spring and lost on points after twelve rounds.",
        "Her trainer said on Friday that she had never been fitter, and that the rematch was hers.",
    ]
    got = parts("\n".join([*MENU, *ARTICLE, *section]))
    assert "Lena Mock" in got
    assert got[-1] == section[-1]


def test_a_page_of_profiles_keeps_every_profile() -> None:
    """Many names, each above a paragraph that opens with it, are the text's own profiles."""
    profiles = [
        "Ann Sample",
        "Ann Sample runs the ferry office and has sold tickets on the quay for twenty years.",
        "Bo Example",
        "Bo Example mends nets for the fishing fleet in a shed behind the harbour master's office.",
    ]
    got = parts("\n".join([*MENU, *ARTICLE, *profiles]))
    assert got[-1] == profiles[-1]


@pytest.mark.parametrize(
    "line",
    [
        "Boats wait at the quay on Monday, March 4, 2030. (AP Photo/Ann Sample)",
        "The mayor did not get her vote.Credit...Bo Example/The Coast Courier",
        "The breakwater after the second storm. (Image credit: Harbour Trust)",
        "Dockers unload the first ferry in Port Lane. (Cy Person/AP)",
        "The harbour master speaks at the town hall on May 2, 2030.Dee Sample / Reuters file",
        "El capitán del puerto, en el muelle. Foto: Agencia Costera.",
    ],
)
def test_a_caption_closed_by_its_pictures_credit_is_recognised(line: str) -> None:
    assert text_furniture.is_credited_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Später kam der Minister doch noch zum Hafen. (dpa/abc)",  # an agency's signature
        "The harbour reopened on Monday, the authority said. (Reuters)",
        "A photo of the quay went round the town within an hour, the mayor said.",
        "Ann Sample took the photo: the ferry leaving in the storm.",
    ],
)
def test_sentences_and_agency_signatures_are_not_captions(line: str) -> None:
    assert not text_furniture.is_credited_caption(line)


def test_a_credited_caption_between_paragraphs_is_dropped() -> None:
    caption = "Fishing boats leave the harbour on Monday. (AP Photo/Ann Sample)"
    got = parts("\n".join([*MENU, *ARTICLE[:3], caption, *ARTICLE[3:]]))
    assert caption not in got
    assert got[-1] == ARTICLE[-1]


@pytest.mark.parametrize(
    "line",
    [
        "FacebookTwitterPinterestE-MailWhatsApp",
        "Share to LinkedInLinkedInShare to FacebookFacebookShare to EmailEmail",
        "HomeNewsSportCultureWeatherContact",
    ],
)
def test_menu_entries_run_together_are_a_glued_menu(line: str) -> None:
    assert text_furniture.is_glued_menu(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ann McKay bought an iPhone for her son at the harbour's new shop on Monday.",
        "The company, known as HarbourTech, hired DeShawn McDonald and LaToya McKay.",
        "const menuItems = getItems(HomeNewsSport);",  # code: the code rules read it
        "The council shared the hashtag #SaveOurHarbourNow on Monday.",
    ],
)
def test_names_with_capitals_inside_and_code_are_not(line: str) -> None:
    assert not text_furniture.is_glued_menu(line)


def test_a_glued_share_bar_under_the_story_is_dropped() -> None:
    got = parts("\n".join([*MENU, *ARTICLE[:3], "FacebookTwitterPinterestE-MailWhatsApp", *ARTICLE[3:]]))
    assert "FacebookTwitterPinterestE-MailWhatsApp" not in got
    assert got[-1] == ARTICLE[-1]


@pytest.mark.parametrize("line", ["12 Kommentare", "3 commentaires", "(27 comentarios)", "8 reacties"])
def test_a_count_of_comments_in_any_language_ends_the_text(line: str) -> None:
    comments = [
        line,
        "Endlich! Ich habe zwei Wochen auf die Fähre gewartet, und meine Mutter auf der Insel auch, "
        "die ihre Medikamente nicht mehr bekommen hat.",
        "Die Reparatur der Mole hätte man schon vor Jahren angehen müssen, dann wäre das alles nicht "
        "passiert, schreibt ein Leser aus dem Hafenviertel.",
    ]
    got = parts("\n".join([*MENU, *ARTICLE, *comments]))
    assert got[-1] == ARTICLE[-1]
    assert not any("Endlich" in p for p in got)


def test_a_comment_count_in_the_header_does_not_end_the_text() -> None:
    """Above the text the count is a link to the thread: the article still follows."""
    got = parts("\n".join([*MENU, ARTICLE[0], ARTICLE[1], "12 Kommentare", *ARTICLE[2:]]))
    assert got[0] == ARTICLE[2]
    assert got[-1] == ARTICLE[-1]


def test_a_sentence_about_comments_is_not_a_count() -> None:
    assert not furniture.ends_text("12 Kommentare gingen bis Mittag bei der Hafenbehörde ein.")


def test_a_label_ending_in_a_colon_is_never_a_heading() -> None:
    """ "Sources:", "Popular posts on this topic:" above a line of text introduce what follows (a
    source list, other stories' titles); they do not head a section of the article."""
    tail = ["Quellen und Verweise:", "Hafenamt Port Lane (2030): Jahresbericht, Seite 12."]
    article = extract_text("\n".join([*MENU, *ARTICLE, *tail]))
    assert all(not section.heading.endswith(":") for section in article.sections)
    assert "Repairs to the Breakwater" in [section.heading for section in article.sections]


def test_a_run_of_titles_cut_with_an_ellipsis_is_a_teaser_list() -> None:
    teasers = [
        "Ferry returns to the isla...",
        "Harbour master warns of new sto…",
        "Island school reopens after two wee...",
    ]
    got = parts("\n".join([*MENU, *ARTICLE[:4], *teasers, *ARTICLE[4:]]))
    assert not any(p in got for p in teasers)
    assert got[-1] == ARTICLE[-1]


def test_one_sentence_trailing_off_stays() -> None:
    units = ["The harbour was quiet.", "And then the wind came back...", "Nobody had expected it."]
    assert not text_furniture.in_cut_titles(units, 1)
