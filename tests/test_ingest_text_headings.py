"""Short lines a paragraph follows that head no section, on the scraped-text path: counters, ad
slots, time stamps, shop buttons, bylines, captions, repeated labels, the last of a link list.
Every page here is invented, in the shape a scraper saves a site."""

from __future__ import annotations

from tui.model.ingest.pipeline import Loaded, extract

_MENU = ["Home", "News", "Sport", "Culture", "Weather", "Contact"]
_TITLE = "Harbour Reopens After Two Weeks of Storms"
_OPENING = [
    "The harbour reopened on Monday after two weeks in which storms kept every ferry in port, "
    "the port authority said in a statement issued before dawn.",
    "Fishing boats were the first to leave, followed by the morning ferry to the islands, which "
    "carried about 300 passengers and a backlog of mail and medicine.",
]
_REPAIRS = [
    "Repairs to the Breakwater",
    "Engineers will spend the spring repairing the breakwater, whose outer wall lost several of "
    "its concrete blocks in the second storm, the authority added.",
]
_COST = [
    "What the Work Will Cost",
    "The work is expected to cost around two million euros and will be paid for from the "
    "regional emergency fund, according to the council's finance committee.",
    "Traders said the closure had cost them dearly, and several suppliers had laid off crews.",
]
_WALL = "The wall was built in 1911 and last repaired in 1987, the council said."
_FOOTER = ["© 2031 Harbour Post"]


def _sections(lines: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    page = "\n".join([*_MENU, _TITLE, "By Ann Lee", *lines, *_FOOTER])
    article = extract(Loaded("", page, False, ""))
    return [(section.heading, section.paragraphs) for section in article.sections]


def _expected() -> list[tuple[str, tuple[str, ...]]]:
    return [("", tuple(_OPENING)), (_REPAIRS[0], (_REPAIRS[1],)), (_COST[0], tuple(_COST[1:]))]


def test_the_plain_page_has_its_two_headings() -> None:
    assert _sections([*_OPENING, *_REPAIRS, *_COST]) == _expected()


def test_a_picture_counter_and_a_numbered_ad_slot_head_nothing() -> None:
    lines = [_OPENING[0], "View 4 Images", _OPENING[1], *_REPAIRS, "Advertisement 3", *_COST]
    assert _sections(lines) == _expected()


def test_a_time_stamp_a_shop_button_and_a_control_head_nothing() -> None:
    lines = [
        "Bea Moss3 hours ago",
        *_OPENING,
        *_REPAIRS,
        "€45 at Example Store",
        "Bookmark",
        "/ 10 h ago",
        *_COST,
    ]
    sections = _sections(lines)
    assert sections == _expected()


def test_a_date_with_its_update_time_heads_nothing() -> None:
    lines = ["March 3, 2031 9:15 am(Updated 11:40 am)", *_OPENING, *_REPAIRS, *_COST]
    assert _sections(lines) == _expected()


def test_the_authors_name_under_a_lone_by_or_over_a_date_is_a_byline() -> None:
    lines = ["By", "Bea Moss", *_OPENING, *_REPAIRS, *_COST]
    assert _sections(lines) == _expected()
    dated = [_OPENING[0], *_REPAIRS, "Carl Dunn", "Published: 09:15, 4 Mar 2031", *_COST]
    assert _sections(dated)[1] == (_REPAIRS[0], (_REPAIRS[1],))
    assert "Carl Dunn" not in [heading for heading, _ in _sections(dated)]


def test_a_caption_is_no_heading() -> None:
    """Under it the picture's credit, or in it a position ("(left)") or a glued credit."""
    captions = [
        ["Fishing boats leave the harbour at dawn on Monday", "Getty Images"],
        ["The harbour master (left) with the mayor on the quay"],
        ["Ferry passengers board the first boat in a weekCredit: Ann Lee"],
        ["The ferry returns to its berth (Courtesy of the Port Authority)"],
    ]
    for caption in captions:
        assert _sections([_OPENING[0], *caption, _OPENING[1], *_REPAIRS, *_COST]) == _expected()


def test_a_label_repeated_over_several_stretches_heads_none() -> None:
    label = "Story content"
    lines = [label, _OPENING[0], label, _OPENING[1], *_REPAIRS, *_COST]
    assert _sections(lines) == _expected()


def test_the_last_title_of_a_link_list_is_no_heading() -> None:
    links = ["Lighthouse keeper retires", "Winter ferry timetable", "Storm season ends early"]
    lines = [*_OPENING, *_REPAIRS, *links, *_COST[1:]]
    assert _sections(lines) == [("", tuple(_OPENING)), (_REPAIRS[0], (_REPAIRS[1], *_COST[1:]))]


def test_a_heading_after_a_list_the_text_introduces_stays() -> None:
    """Short lines above a heading that a colon opened are the text's list, not links."""
    items = ["Life jackets for everyone", "A working radio", "Two flares"]
    lines = [*_OPENING, "Every skipper must carry the following:", *items, *_REPAIRS, *_COST]
    assert [heading for heading, _ in _sections(lines)] == ["", _REPAIRS[0], _COST[0]]


def test_an_embedded_posts_signature_stays_text_not_a_heading() -> None:
    signature = "— Harbour Authority (@harbour) March 3, 2031"
    lines = [*_OPENING, "The quay is open again, and so is the ferry office.", signature, *_REPAIRS, *_COST]
    sections = _sections(lines)
    assert sections[0] == ("", (*_OPENING, "The quay is open again, and so is the ferry office.", signature))
    assert sections[1:] == _expected()[1:]


def test_a_caption_followed_by_a_heading_keeps_the_heading() -> None:
    """A caption without a stop and a real heading under it: one short line above is no list."""
    lines = [*_OPENING, "The breakwater in January", *_REPAIRS, *_COST]
    assert [heading for heading, _ in _sections(lines)] == ["", _REPAIRS[0], _COST[0]]


def test_labels_in_a_grid_of_teasers_head_nothing() -> None:
    """Each teaser: its title, its label, its summary; three in a row are other stories."""
    teasers = [
        ["Lighthouse keeper retires after forty years on the rock", "Coast"],
        ["Ferry fares to rise by a tenth from the spring timetable", "Travel"],
        ["Storm season ends early in the north of the island chain", "Weather"],
    ]
    grid: list[str] = []
    for title, label in teasers:
        grid += [title, label, f"{title}, the island's paper reports, and readers have written in about it."]
    headings = [heading for heading, _ in _sections([*_OPENING, *_REPAIRS, *_COST, "Most recent", *grid])]
    assert not {"Coast", "Travel", "Weather"} & set(headings)
    assert headings[:3] == ["", _REPAIRS[0], _COST[0]]


def test_a_heading_over_a_single_paragraph_under_a_paragraph_stays() -> None:
    """Short sections one after another, each under a paragraph, are no grid."""
    sections = [("First Steps", _OPENING[0]), ("The Ferry", _OPENING[1]), ("The Wall", _REPAIRS[1])]
    lines = [_COST[1]]
    for heading, paragraph in sections:
        lines += [heading, paragraph]
    assert [heading for heading, _ in _sections(lines)] == ["", "First Steps", "The Ferry", "The Wall"]


def test_a_call_for_tips_and_a_forms_failure_head_nothing() -> None:
    lines = [
        _OPENING[0],
        "Seen the storm damage? Write to us at tips@harbour.example",
        _OPENING[1],
        *_REPAIRS,
        "Something went wrong. Please try again",
        *_COST[1:],
    ]
    assert _sections(lines) == [("", tuple(_OPENING)), (_REPAIRS[0], (_REPAIRS[1], *_COST[1:]))]


def test_a_caption_under_a_picture_counter_or_a_bare_agency_credit_is_no_heading() -> None:
    for above in ("View 5 Photos", "Getty Images"):
        caption = "The harbour master walks along the damaged breakwater on Monday"
        lines = [*_OPENING, above, caption, _WALL, *_REPAIRS, *_COST]
        assert _sections(lines) == [("", (*_OPENING, _WALL)), *_expected()[1:]]


def test_a_short_heading_under_an_agency_credit_stays() -> None:
    """A credit closes the picture above; a heading of a few words under it is the next section's."""
    lines = [*_OPENING, "Getty Images", *_REPAIRS, *_COST]
    assert _sections(lines) == _expected()


def test_an_entry_of_a_fact_box_is_data_not_a_heading() -> None:
    facts = ["Length: 400 metres", "Built: 1911"]
    lines = [*_OPENING, *facts, *_REPAIRS, *_COST]
    assert _sections(lines)[0] == ("", (*_OPENING, *facts))
    assert _sections(lines)[1:] == _expected()[1:]


def _in_slots(first: list[str], second: list[str], third: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The page's sections with lines put in three places, each right above a paragraph."""
    lines = [_OPENING[0], *first, _OPENING[1], *second, _WALL, *_REPAIRS, *_COST[:2], *third, _COST[2]]
    return _sections(lines)


_SLOTTED = [("", (*_OPENING, _WALL)), *_expected()[1:]]


def test_a_follow_button_and_an_advertisers_title_head_nothing() -> None:
    assert _in_slots([], ["Sponsored", "New flats with a sea view from the quay"], ["Instagram"]) == _SLOTTED


def test_the_author_of_a_related_link_heads_nothing() -> None:
    related = ["Related", "Will the ferry fares rise again?", "Dora Quist"]
    lines = [*_OPENING, *_REPAIRS, *related, *_COST[1:]]
    assert [heading for heading, _ in _sections(lines)] == ["", _REPAIRS[0]]


def test_a_specification_with_a_figure_is_data_not_a_heading() -> None:
    lines = [*_OPENING, "Weight: 2.5 kg", *_REPAIRS, *_COST]
    sections = _sections(lines)
    assert sections[0] == ("", (*_OPENING, "Weight: 2.5 kg"))
    assert sections[1:] == _expected()[1:]


def test_an_authors_box_whose_bio_opens_with_the_surname_closes_the_story() -> None:
    box = ["BEA MOSS", "Moss covers the harbour and the islands for the Harbour Post."]
    assert _sections([*_OPENING, *_REPAIRS, *_COST, *box]) == _expected()


def test_a_glued_update_stamp_and_the_pages_controls_head_nothing() -> None:
    stamp = "08:40, 3 Mar 2031Updated 09:15, 3 Mar 2031"
    age = "This article is more than 2 years old"
    assert _in_slots([stamp], ["Gift this article"], [age]) == _SLOTTED


def test_a_control_in_a_menu_above_a_link_title_still_makes_a_list() -> None:
    """Menu entries ("Close", "Video") above a title: the title is a link's, not a heading."""
    lines = [*_OPENING, *_REPAIRS, "Close", "Video", "Lighthouse keeper retires", *_COST[1:]]
    assert [heading for heading, _ in _sections(lines)] == ["", _REPAIRS[0]]


def test_a_heading_right_under_a_title_in_title_case_stays() -> None:
    page = "\n".join([*_MENU, _TITLE, "Key Facts", *_OPENING, *_REPAIRS, *_COST, *_FOOTER])
    headings = [section.heading for section in extract(Loaded("", page, False, "")).sections]
    assert headings == ["Key Facts", _REPAIRS[0], _COST[0]]


def test_a_heading_over_a_picture_with_only_a_credit_stays() -> None:
    lines = [*_OPENING, _REPAIRS[0], "(Image credit: Harbour Authority)", _REPAIRS[1], *_COST]
    assert _sections(lines) == _expected()


def test_a_short_question_between_paragraphs_heads_a_section() -> None:
    lines = [*_OPENING, "What Happens to the Ferries?", *_REPAIRS[1:], *_COST]
    assert _sections(lines) == [
        ("", tuple(_OPENING)),
        ("What Happens to the Ferries?", (_REPAIRS[1],)),
        (_COST[0], tuple(_COST[1:])),
    ]


def test_a_long_question_a_quoted_one_and_one_before_the_text_stay_text() -> None:
    long_question = "Why did the authority wait two full weeks before it let the first of the ferries sail?"
    quoted = "“Who pays for all this?”"
    lines = ["Is the harbour safe?", *_OPENING, long_question, quoted, *_REPAIRS, *_COST]
    sections = _sections(lines)
    assert [heading for heading, _ in sections] == ["", _REPAIRS[0], _COST[0]]
    assert (long_question in sections[0][1], quoted in sections[0][1]) == (True, True)
