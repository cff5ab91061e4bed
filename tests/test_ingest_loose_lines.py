"""Story text set loose in a box, its paragraphs parted by `<br>`s and its links inline: each line
is one paragraph with its links inside it, and the space after a link stays. Invented pages only."""

from __future__ import annotations

from body_helpers import HARBOUR_STORY, headings_and_paragraphs
from lxml import html as lxml_html

from tui.model.ingest.br_paragraphs import wrap_loose_lines

LINKED = (
    'In a <a href="/speech">speech</a> in Dunmore, the chair said the <a href="/plan">dredging plan</a>'
    " would go ahead before the spring tides arrive."
)
LINKED_TEXT = (
    "In a speech in Dunmore, the chair said the dredging plan would go ahead before the spring tides arrive."
)


def _page(box: str) -> str:
    return (
        "<html><head><title>Dredging</title></head><body><h1>Dredging</h1>"
        f"{box}<footer>Contact us</footer></body></html>"
    )


def test_a_line_with_links_is_one_paragraph_with_its_spaces() -> None:
    lines = [HARBOUR_STORY[0], LINKED, *HARBOUR_STORY[1:4]]
    _, paragraphs = headings_and_paragraphs(_page(f"<div class='entry'>{'<br><br>'.join(lines)}</div>"))
    assert LINKED_TEXT in paragraphs
    assert not any(p in ("In a", "speech in Dunmore") or p.startswith("speechin") for p in paragraphs)
    assert [p for p in paragraphs if p in HARBOUR_STORY] == [HARBOUR_STORY[0], *HARBOUR_STORY[1:4]]


def test_a_line_opening_with_a_link_keeps_the_text_after_it() -> None:
    opening = '<a href="/board">The harbour board</a> met again on Friday and voted to hire a second dredger.'
    lines = [*HARBOUR_STORY[:3], opening, HARBOUR_STORY[3]]
    _, paragraphs = headings_and_paragraphs(_page(f"<div>{'<br>'.join(lines)}</div>"))
    assert "The harbour board met again on Friday and voted to hire a second dredger." in paragraphs


def test_block_children_stay_between_the_lines() -> None:
    box = lxml_html.fromstring(
        "<div>First line of the story, long enough to be story text in its box.<br><br>"
        "<ul><li>a list item</li></ul>Second line, with a <b>bold</b> word and more words.<br>"
        "Third line of the story, also long enough.</div>"
    )
    wrap_loose_lines(box)
    assert [child.tag for child in box] == ["p", "ul", "p", "p"]
    assert box[2].text_content() == "Second line, with a bold word and more words."
    assert box.find("br") is None


def test_a_box_with_little_loose_text_is_left_alone() -> None:
    markup = "<div><p>A paragraph of its own, as most templates set them.</p><br>Share<br></div>"
    box = lxml_html.fromstring(markup)
    wrap_loose_lines(box)
    assert lxml_html.tostring(box, encoding="unicode") == markup


def test_an_inline_element_holding_a_block_is_a_boundary() -> None:
    box = lxml_html.fromstring(
        "<div>Loose story text long enough to count as the story in this box.<br>"
        "<span><div>a card</div></span>More loose story text after the card, also long.<br></div>"
    )
    wrap_loose_lines(box)
    assert [child.tag for child in box] == ["p", "span", "p"]
