"""Layout rules of the scraped-text path on whole pages: where the article ends, what round it is not text.

The pages here are written for the tests, in the shape a scraper saves a site: menu lines,
the article, then the site's tail (teasers, an author box, a comment form, a footer).
"""

from __future__ import annotations

from tui.model.ingest.text import extract_text, split_units
from tui.model.ingest.text_blocks import article_end

MENU = ["Home", "News", "Sport", "Culture", "Weather", "Contact"]
ARTICLE = [
    "Harbour Reopens After Two Weeks of Storms",
    "By Ann Lee",
    "The harbour reopened on Monday after two weeks in which storms kept every ferry in port, "
    "the port authority said in a statement issued before dawn.",
    "Fishing boats were the first to leave, followed by the morning ferry to the islands, which "
    "carried about 300 passengers and a backlog of mail and medicine.",
    "Traders said the closure had cost them dearly. One fish merchant said his takings had fallen "
    "by half and that several of his suppliers had laid off crews for the month.",
    "Repairs to the Breakwater",
    "Engineers will spend the spring repairing the breakwater, whose outer wall lost several of "
    "its concrete blocks in the second storm, the authority added.",
    "The work is expected to cost around two million euros and will be paid for from the "
    "regional emergency fund, according to the council's finance committee.",
]


def parts(text: str) -> list[str]:
    return [p for s in extract_text(text).sections for p in (s.heading, *s.paragraphs) if p]


def test_teasers_and_author_box_after_a_link_run_are_not_the_article() -> None:
    tail = [
        "Popular posts:",
        "Ferry timetable for the winter season",
        "The lighthouse open day",
        "Our ferry guide explains every route to the islands and how to book a cabin for the night.",
        "About the author",
        "Ann Lee",
        "Ann writes about the coast, its harbours and its people for this site since many years.",
    ]
    got = parts("\n".join(MENU + ARTICLE + tail))
    assert got[0].startswith("The harbour reopened")
    assert "The work is expected to cost around two million euros" in got[-1]
    assert not any("ferry guide" in p or "Ann writes" in p or p == "Popular posts:" for p in got)


def test_a_last_section_under_a_heading_and_a_caption_stays() -> None:
    """Two short lines (a caption and a heading) before a substantial last section do not end it."""
    last = [
        "The breakwater in January",
        "What Comes Next",
        "The council will meet next week to decide whether the harbour needs a second wall, and "
        "engineers have been asked to report on the cost of building one before the summer.",
        "Residents will be able to comment on the plan at a public meeting in the town hall.",
    ]
    got = parts("\n".join(MENU + ARTICLE + last))
    assert got[-1].startswith("Residents will be able to comment")
    assert "What Comes Next" in got


def test_article_end_keeps_a_page_with_no_tail_whole() -> None:
    units = split_units("\n".join(ARTICLE))
    assert article_end(units, 0, len(units)) == len(units)


def test_a_few_words_and_a_colon_are_a_label_not_prose() -> None:
    from tui.model.ingest.text_blocks import is_label, is_prose

    assert is_label("Popular posts:") and not is_prose("Popular posts:")
    assert is_label("Sources:")
    # A sentence that introduces a list is still the article's.
    assert not is_label("The plan has three parts, the minister said:")
    assert is_prose("The plan has three parts, the minister said:")


def test_a_code_sample_does_not_end_the_article() -> None:
    """Lines of a shell session are short but are the article's: what follows them stays."""
    code = [">>> rows = load('harbour.csv')", ">>> len(rows)", "300", ">>> rows[0]['ferry']"]
    more = ["Each row is one crossing, and the ferry column names the boat that made it."]
    got = parts("\n".join(MENU + ARTICLE + code + more))
    assert got[-1] == more[-1]


def test_a_cookie_dialog_longer_than_the_article_is_not_taken_for_it() -> None:
    dialog = [
        "Cookie settings",
        "We use cookies to give you the best experience on our website and to show you content "
        "that matches your interests; you can change your cookie settings at any time.",
        "Necessary cookies help make our website usable by enabling basic functions like page "
        "navigation and access to secure areas of the website, which cannot work without them.",
        "Statistics cookies help us understand how you interact with our website by collecting "
        "and reporting information anonymously, so that we can improve the site for you.",
        "Marketing cookies are used to track you across websites so that we can show you ads "
        "that are relevant and engaging for you and valuable for our advertising partners.",
        "Accept all",
        "Save settings",
    ]
    got = parts("\n".join(MENU + ARTICLE + ["Imprint", "Privacy", "Terms", "Jobs", "About us"] * 2 + dialog))
    assert got[0].startswith("The harbour reopened")
    assert not any("cookies" in p for p in got)


def test_consent_text_needs_the_site_talking_to_the_reader() -> None:
    from tui.model.ingest.boilerplate import is_consent_text

    assert is_consent_text("Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.")
    assert not is_consent_text("The regulator fined the firm for setting tracking cookies without consent.")


def test_items_of_a_list_the_text_introduces_are_kept() -> None:
    steps = [
        "Before the crossing resumes, the harbour master listed what every skipper must carry:",
        "Life jackets",
        "A working radio",
        "Two flares",
        "Skippers without them will be turned back at the harbour mouth, he said on Monday.",
    ]
    got = parts("\n".join(MENU + ARTICLE + steps))
    assert [p for p in got if p in steps[1:4]] == ["Life jackets", "A working radio", "Two flares"]
    # The site's menu, a run of short lines no sentence introduces, stays out.
    assert not any(p in MENU for p in got)


def test_a_comment_link_above_the_text_does_not_end_it() -> None:
    """ "Add a comment" under the headline is a link to the thread; the same line after the text
    opens the thread, and nothing after it is the article."""
    header = ["Harbour Reopens After Two Weeks of Storms", "Share", "Add a comment"]
    thread = ["Add a comment", "This is the best news the town has had all winter, well done to the crews."]
    got = parts("\n".join(MENU + header + ARTICLE[2:] + thread))
    assert got[0].startswith("The harbour reopened")
    assert "The work is expected to cost around two million euros" in got[-1]
    # Nor after a one-line standfirst that the header's furniture keeps from being the dek.
    standfirst = ["Ferries sail again, and traders count the cost.", "By", "Ann Lee", "Comments"]
    got = parts("\n".join(MENU + header[:1] + standfirst + ARTICLE[2:] + thread))
    assert "The work is expected to cost around two million euros" in got[-1]


def test_a_table_of_figures_does_not_end_the_article() -> None:
    """Short lines with amounts or "Key: value" are the article's data, not a link list."""
    table = ["Ferries: 12", "Passengers: 300", "Cost of repairs", "€2 million", "Wind 130 km/h"]
    more = ["Each figure comes from the port authority's report published on Monday."]
    got = parts("\n".join(MENU + ARTICLE + table + more))
    assert got[-1] == more[-1]


def test_a_sentence_broken_over_lines_is_joined_back() -> None:
    """A <br> inside a paragraph: long lines without a stop, the next going on in lower case."""
    lines = [
        "Menu",
        "The harbour board met on Tuesday evening and agreed, after a long debate, that the",
        "channel will be dredged before the spring tides arrive in the bay next March.",
        "Contact",
    ]
    assert split_units("\n".join(lines)) == ["Menu", f"{lines[1]} {lines[2]}", "Contact"]


def test_lines_that_end_a_sentence_or_start_in_capitals_or_a_caseless_script_stay_apart() -> None:
    lines = [
        "The harbour board met on Tuesday evening and agreed to dredge the channel in March.",
        "the next line is a new paragraph, even in lower case, because the one above ended.",
        "Fishermen had complained for months that their boats scraped the bottom at low water",
        "Harbour Board Minutes, Tuesday",
        "নদীর ধারে নতুন একটি সেতু তৈরি হচ্ছে এবং কাজ শেষ হতে আরও দুই বছর সময় লাগবে বলে জানা গেছে",
        "বৃষ্টি শুরু হয়েছে",
    ]
    assert split_units("\n".join(lines)) == lines
    short = ["A teaser title that is short", "by Jane Doe"]
    assert split_units("\n".join(short)) == short  # a title and its byline, not a broken line
