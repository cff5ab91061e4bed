"""Body extraction, round 9: a heading over subheadings stays though it holds no paragraph of its
own; a short line repeated under another heading is the text's own, while a paragraph set twice
goes. Invented pages only."""

from __future__ import annotations

from tui.model.ingest.html import extract_html

INTRO = (
    "Two plans follow, one for training days and one for rest days, with the same five meals in each.",
    "Each meal lists what to eat and when, and every amount is measured in the same cups and spoons.",
)


def _page(inner: str, *, title: str = "Meal planning") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{inner}</article><footer>Contact us</footer></body></html>"
    )


def _sections(page: str) -> list[tuple[str, list[str]]]:
    article = extract_html(page, "https://example.org/food/meal-planning")
    return [(s.heading, list(s.paragraphs)) for s in article.sections]


def _plan(name: str) -> str:
    return (
        f"<h2>{name}</h2>"
        "<h3>Breakfast</h3><p><i>Eat within an hour of waking</i></p>"
        f"<p>Two eggs, one slice of rye bread and half a cup of berries for the {name.lower()}.</p>"
        "<h3>Lunch</h3><p><i>Eat every three hours</i></p>"
        f"<p>A bowl of lentil soup with carrots, and an apple for the {name.lower()}.</p>"
        "<h3>Dinner</h3><p><i>Eat every three hours</i></p>"
        f"<p>Baked fish with potatoes and green beans, and a yoghurt for the {name.lower()}.</p>"
    )


def test_a_heading_over_subheadings_stays() -> None:
    page = _page("".join(f"<p>{p}</p>" for p in INTRO) + _plan("Training day") + _plan("Rest day"))
    headings = [h for h, _ in _sections(page)]
    assert headings == [
        "",
        "Training day",
        "Breakfast",
        "Lunch",
        "Dinner",
        "Rest day",
        "Breakfast",
        "Lunch",
        "Dinner",
    ]


def test_a_short_line_repeated_under_another_heading_stays() -> None:
    page = _page("".join(f"<p>{p}</p>" for p in INTRO) + _plan("Training day") + _plan("Rest day"))
    by_heading = _sections(page)
    assert by_heading[3] == (
        "Lunch",
        ["Eat every three hours", "A bowl of lentil soup with carrots, and an apple for the training day."],
    )
    assert by_heading[4][1][0] == "Eat every three hours"
    assert by_heading[7][1][0] == "Eat every three hours"


def test_a_paragraph_set_twice_goes() -> None:
    quote = "The harbour is the town's oldest employer and it has never been busier than this spring."
    inner = (
        f"<p>{INTRO[0]}</p><p>{quote}</p><h2>Work</h2><p>{INTRO[1]}</p><blockquote>{quote}</blockquote>"
        "<p>The board will meet again in May to hear how the dredging is going and what it costs.</p>"
    )
    paragraphs = [p for _, ps in _sections(_page(inner, title="Harbour")) for p in ps]
    assert paragraphs.count(quote) == 1


def test_a_heading_with_nothing_after_it_goes() -> None:
    inner = "".join(f"<p>{p}</p>" for p in INTRO) + "<h2>Share this</h2><h3>More</h3>"
    assert [h for h, _ in _sections(_page(inner))] == [""]
