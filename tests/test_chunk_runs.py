"""A long article's chunks are long and mount only a run of their paragraphs near the view
(tui/widgets/paragraph_chunk.py): the run sits exactly where the chunk draws those paragraphs,
at any width, and what a reader sees does not depend on which paragraphs are mounted."""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w
from helpers import seed_file
from hypothesis import given
from hypothesis import strategies as st
from reader_helpers import make_app, open_first_briefing, until

from tui.widgets.article import ArticleView, Paragraph
from tui.widgets.paragraph import wrap_text, wrapped_line_count
from tui.widgets.paragraph_chunk import (
    CHUNK_PARAGRAPHS,
    LAZY_CHUNK_PARAGRAPHS,
    MOUNT_PARAGRAPHS,
    ParagraphChunk,
    chunk_ranges,
)

PARAGRAPHS = 160


def _briefing(folder: Path) -> None:
    seed = tomllib.loads(seed_file().read_text("utf-8"))
    paragraphs = [
        f"Report {n}: the ministry said {n * 7} soldiers were seen near the border crossing on "
        f"Tuesday, and officials {'could not' if n % 2 else 'did not'} confirm it. " * (1 + n % 3)
        for n in range(PARAGRAPHS)
    ]
    seed["sections"] = [{"id": "only", "heading": "Reports", "paragraphs": paragraphs}]
    seed["claims"] = [
        {"id": f"r{n}", "text": f"Report {n}", "section": "only", "paragraph": n + 1}
        | {"quote": f"Report {n}:", "status": "alleged"}
        for n in range(PARAGRAPHS)
    ]
    seed["figures"] = []
    seed["briefing"]["rests_on"] = []
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "long.toml").write_text(tomli_w.dumps(seed), "utf-8")


def _text(strip: object) -> str:
    return "".join(segment.text for segment in strip).rstrip()  # type: ignore[attr-defined]


def _mounted(article: ArticleView) -> list[tuple[int, int]]:
    return [paragraph.key for paragraph in article.query(Paragraph)]


def _assert_run_in_place(article: ArticleView, chunk: ParagraphChunk) -> None:
    """Each mounted paragraph is laid out at the rows its chunk draws it on, with those lines."""
    offsets = chunk.offsets(chunk.size.width)
    assert chunk.size.height == offsets[-1]
    for p_index, paragraph in chunk.widgets.items():
        top = offsets[p_index - chunk.first]
        assert paragraph.virtual_region.y == top, (p_index, paragraph.virtual_region, top)
        assert article.paragraph_region(chunk.section, p_index).y == chunk.virtual_region.y + top
        assert paragraph.outer_size.height == offsets[p_index - chunk.first + 1] - top
        drawn = [_text(chunk.own_line(top + 1 + y)) for y in range(paragraph.size.height)]
        assert drawn == [_text(paragraph.render_line(y)) for y in range(paragraph.size.height)]


def test_a_long_section_is_few_chunks_and_odd_paragraphs_stand_alone() -> None:
    plain = ["a b c"] * 120
    assert [(first, last) for first, last, _ in chunk_ranges(plain, lazy=False)] == [
        (n, min(120, n + CHUNK_PARAGRAPHS)) for n in range(0, 120, CHUNK_PARAGRAPHS)
    ]
    assert chunk_ranges(plain, lazy=True) == [(0, 50, True), (50, 100, True), (100, 120, True)]
    assert LAZY_CHUNK_PARAGRAPHS == 50
    tabbed = [*plain[:60], "a\tb", *plain[61:]]
    # Only the tabbed paragraph is always mounted, in a chunk of its own.
    assert chunk_ranges(tabbed, lazy=True) == [
        (0, 50, True),
        (50, 60, True),
        (60, 61, False),
        (61, 111, True),
        (111, 120, True),
    ]
    # A short article keeps its runs of ten; a run with a tabbed paragraph is drawn by widgets.
    assert chunk_ranges(tabbed, lazy=False)[6] == (60, 70, False)


@given(st.text(alphabet=" ab.,-\u00a0xyzW北", max_size=120), st.integers(1, 30))
def test_the_line_count_is_the_count_of_wrapped_lines(text: str, width: int) -> None:
    assert wrapped_line_count(text, width) == len(wrap_text(text, width))


async def test_a_run_in_the_middle_of_a_chunk_sits_at_its_rows_at_any_width(tmp_path: Path) -> None:
    _briefing(tmp_path / "lib")
    app = make_app(tmp_path / "lib")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        article = screen.article
        assert article.lazy
        chunks = list(article.query(ParagraphChunk))
        assert len(chunks) == PARAGRAPHS // LAZY_CHUNK_PARAGRAPHS + 1
        await until(pilot, lambda: (0, 0) in _mounted(article))
        article.scroll_to_paragraph(0, 30)
        await until(pilot, lambda: (0, 30) in _mounted(article) and (0, 0) not in _mounted(article))
        await pilot.pause()
        first = chunks[0]
        run = first.mounted
        assert run.start > first.first and run.start % MOUNT_PARAGRAPHS == 0  # a run, not all
        _assert_run_in_place(article, first)
        top, bottom = article.view_rows()
        assert any(article.paragraph_region(0, p).y in range(top, bottom) for p in run)

        await pilot.resize_terminal(100, 30)  # every paragraph above the run wraps again
        await until(pilot, lambda: first.size.width == article.scrollable_content_region.width)
        await pilot.pause()
        _assert_run_in_place(article, first)

        # Down the chunk the run grows; a chunk far away gives its paragraphs back.
        article.scroll_to_paragraph(0, 45)
        await until(pilot, lambda: (0, 45) in _mounted(article))
        await pilot.pause()
        assert first.mounted.start == run.start  # grown, not replaced
        _assert_run_in_place(article, first)
        await pilot.press("G")
        await until(pilot, lambda: (0, PARAGRAPHS - 1) in _mounted(article))
        await until(pilot, lambda: not first.widgets)
        await pilot.press("g")
        await until(pilot, lambda: (0, 0) in _mounted(article))
        await pilot.pause()
        _assert_run_in_place(article, first)
        assert app.is_running
