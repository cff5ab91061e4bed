"""A story split into sibling boxes (one per stretch of paragraphs) is read whole; a sibling box of
teasers is not joined in; a page whose story sits in one box is read as before. Invented pages."""

from __future__ import annotations

from tui.model.ingest import split_story
from tui.model.ingest.html import extract_html

STORY = [
    f"Part {n}: the harbour board met on Tuesday and agreed to dredge the channel before the spring tides, "
    "its chair told reporters at the port."
    for n in ("one", "two", "three", "four", "five", "six", "seven", "eight")
]
URL = "https://example.org/news/dredging"


def _box(paragraphs: list[str], inner: str = "col") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<div class='story-part'><div class='row'><div class='{inner}'>{body}</div></div></div>"


def _page(*boxes: str) -> str:
    return (
        "<html><head><title>Dredging</title></head><body><header><h1>Dredging</h1></header>"
        + "".join(boxes)
        + "<footer><p>Contact the newsroom</p></footer></body></html>"
    )


def _read(page: str) -> list[tuple[str, list[str]]]:
    return [(s.heading, list(s.paragraphs)) for s in extract_html(page, URL).sections]


def test_a_story_in_sibling_boxes_is_read_whole_with_its_headings_in_order() -> None:
    page = _page(
        _box(STORY[:3], "entry-content"),
        "<div class='picture-box'><img src='harbour.jpg'></div><h2>What it costs</h2>",
        _box(STORY[3:6]),
        _box(STORY[6:]),
    )
    assert _read(page) == [("", STORY[:3]), ("What it costs", STORY[3:])]


def test_without_the_rule_trafilatura_reads_one_box() -> None:
    """The page above is the case the rule is for: trafilatura alone keeps the first box."""
    page = _page(_box(STORY[:3], "entry-content"), _box(STORY[3:6]), _box(STORY[6:]))
    chunks = split_story.story_chunks(_tree(page))
    assert split_story.missed_group(chunks, STORY[:3]) == 0
    assert split_story.missed_group(chunks, STORY) is None


def test_a_sibling_box_of_teasers_is_not_joined_in() -> None:
    teasers = [f"Ferries late again on day {n}" for n in range(1, 9)]
    dates = [f"0{n}/05/2024" for n in range(1, 9)]
    listing = [t for pair in zip(teasers, dates, strict=True) for t in pair]
    page = _page(_box(STORY[:4], "entry-content"), _box(STORY[4:]), _box(listing))
    paragraphs = [p for _, ps in _read(page) for p in ps]
    assert paragraphs[:8] == STORY
    assert not set(paragraphs) & set(listing)


def test_a_story_in_one_box_is_read_as_before() -> None:
    page = _page(_box(STORY, "entry-content"))
    assert _read(page) == [("", STORY)]


def test_separator_paragraphs_go() -> None:
    page = _page(_box([*STORY[:4], "***", *STORY[4:]], "entry-content"))
    assert _read(page) == [("", STORY)]


def _tree(page: str) -> object:
    from tui.model.ingest.page_parse import parse_page

    return parse_page(page)
