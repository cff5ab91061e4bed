"""A long article mounts only the paragraphs near the view (tui/widgets/paragraph_chunk.py).

What a reader sees must not depend on it: a chunk that draws its paragraphs itself shows the same
lines at the same height as the paragraph widgets it stands for; far claims, sections, find and
bookmarks land where they should; and the fast wrapping is rich's wrapping, break for break.
"""

from __future__ import annotations

import gc
import tomllib
from pathlib import Path

import pytest
import tomli_w
from helpers import seed_file
from hypothesis import given
from hypothesis import strategies as st
from reader_helpers import make_app, open_first_briefing, until
from rich._wrap import divide_line

from tui.screens.briefing import BriefingScreen
from tui.widgets.article import EAGER_PARAGRAPHS, ArticleView, Paragraph
from tui.widgets.paragraph import _divide_single_width
from tui.widgets.paragraph_chunk import ParagraphChunk

PARAGRAPHS = 160  # over EAGER_PARAGRAPHS: mounted near the view only


def _long_briefing(folder: Path) -> Path:
    seed = tomllib.loads(seed_file().read_text("utf-8"))
    first = [
        f"Report {n}: the ministry said {n * 7} soldiers were seen near the border crossing on "
        f"Tuesday, and officials in the capital {'could not' if n % 2 else 'did not'} confirm it."
        for n in range(PARAGRAPHS // 2)
    ]
    # Wide letters and a tab: the slower wrapping, and a paragraph only Paragraph draws.
    second = [
        f"Bulletin {n}: 北京 officials said 東京 talks would resume, Reuters reported."
        for n in range(PARAGRAPHS // 2)
    ]
    second[5] = "Bulletin 5:\ta tabbed line\nand a second line."
    seed["sections"] = [
        {"id": "first", "heading": "First part", "paragraphs": first},
        {"id": "second", "heading": "Second part", "paragraphs": second},
    ]
    seed["claims"] = [
        {
            "id": f"r{n}",
            "text": f"Report {n}",
            "section": "first",
            "paragraph": n + 1,
            "quote": f"Report {n}:",
        }
        | {"status": "alleged"}
        for n in range(PARAGRAPHS // 2)
    ] + [
        {"id": f"b{n}", "text": f"Bulletin {n}", "section": "second", "paragraph": n + 1}
        | {"quote": f"Bulletin {n}:", "status": "confirmed"}
        for n in range(0, PARAGRAPHS // 2, 3)
    ]
    seed["figures"] = []
    seed["briefing"]["rests_on"] = []
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "long.toml"
    path.write_text(tomli_w.dumps(seed), "utf-8")
    return path


def _text(strip: object) -> str:
    return "".join(segment.text for segment in strip)  # type: ignore[attr-defined]


def _mounted(article: ArticleView) -> list[tuple[int, int]]:
    return [paragraph.key for paragraph in article.query(Paragraph)]


@given(st.text(alphabet=" ab.,-\u00a0\u2009xyzW\n", max_size=80), st.integers(1, 30))
def test_the_fast_wrapping_breaks_where_rich_does(text: str, width: int) -> None:
    text = text.replace("\n", " ")
    assert _divide_single_width(text, width) == divide_line(text, width, fold=True)


async def test_a_long_article_mounts_the_paragraphs_near_the_view(tmp_path: Path) -> None:
    _long_briefing(tmp_path / "lib")
    assert PARAGRAPHS > EAGER_PARAGRAPHS
    app = make_app(tmp_path / "lib")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        article = screen.article
        await until(pilot, lambda: bool(_mounted(article)))
        mounted = _mounted(article)
        assert (0, 0) in mounted
        assert len(mounted) <= 40, f"{len(mounted)} paragraphs mounted at the top"
        await pilot.press("G")
        await until(pilot, lambda: (1, PARAGRAPHS // 2 - 1) in _mounted(article))
        assert (0, 0) not in _mounted(article)  # far above: drawn by its chunk again if scrolled to
        assert len(_mounted(article)) <= 40
        # Back and forth before the unmounted paragraphs have left: mounted again, same ids.
        for key in "gGgGg":
            await pilot.press(key)
        await until(pilot, lambda: (0, 0) in _mounted(article))
        assert app.is_running


async def test_a_chunk_draws_the_lines_and_height_of_its_paragraphs(tmp_path: Path) -> None:
    _long_briefing(tmp_path / "lib")
    app = make_app(tmp_path / "lib")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.pause()
        article = screen.article
        screen.show_claim(screen.sourcing.claims["r3"])  # a bookmark mark changes the text
        await pilot.press("b")
        chunks = list(article.query(ParagraphChunk))
        marked = False
        for chunk in chunks:  # long chunks: the first holds r3; one holds the tabbed paragraph
            await pilot.pause()
            chunk.mount_paragraphs()
            await until(pilot, lambda chunk=chunk: all(p.size.width for p in chunk.widgets.values()))
            if chunk.always_expanded:
                continue
            width = chunk.size.width
            assert chunk.size.height == sum(p.outer_size.height for p in chunk.widgets.values())
            drawn = [_text(chunk.own_line(y)).rstrip() for y in range(chunk.size.height)]
            expected: list[str] = []
            for paragraph in chunk.widgets.values():
                assert paragraph.size.width == width
                expected += [""] + [
                    _text(paragraph.render_line(y)).rstrip() for y in range(paragraph.size.height)
                ]
            assert drawn == expected
            marked |= any("⚑" in line for line in drawn)
        assert marked  # r3's bookmark mark, in the first chunk


async def test_far_claims_sections_and_find_land_in_view(tmp_path: Path) -> None:
    _long_briefing(tmp_path / "lib")
    app = make_app(tmp_path / "lib")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.pause()
        article = screen.article
        last = screen.claim_order[-1]
        screen.show_claim(last)  # far below, in a chunk never mounted
        assert article.claim_on_screen(last)
        await pilot.pause()
        assert article.claim_on_screen(last)
        key = article.paragraph_of(last)
        await until(pilot, lambda: key in _mounted(article))
        top, bottom = article.view_rows()
        region = article.paragraph_region(*key)
        assert top <= region.y and region.bottom <= bottom
        await pilot.press("g", "n")
        assert screen.focused_claim is screen.claim_order[0]
        await pilot.press("right_square_bracket")
        assert article.section_at_top() == 1
        await pilot.press("slash", *"report 70:", "enter")
        await pilot.pause()
        match = article.matches[article.current_match or 0]
        region = article.paragraph_region(match.section, match.paragraph)
        top, bottom = article.view_rows()
        assert top <= region.y < bottom
        assert isinstance(screen, BriefingScreen)


async def test_a_long_briefing_is_frozen_out_of_the_collector_while_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its objects live as long as the screen: the collector's full passes skip them (they were
    the worst frames of n); handed back when the screen goes, so its cycles can be collected.
    (The library freezes its own list whenever a fill completes, possibly after the briefing
    closed, so the freeze count alone cannot say who froze what: the hand-back is watched.)"""
    _long_briefing(tmp_path / "lib")
    app = make_app(tmp_path / "lib")
    handed_back: list[int] = []
    real_unfreeze = gc.unfreeze

    def unfreeze() -> None:
        handed_back.append(gc.get_freeze_count())
        real_unfreeze()

    monkeypatch.setattr(gc, "unfreeze", unfreeze)
    real_unfreeze()
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_first_briefing(pilot)
        await until(pilot, lambda: screen._froze)
        assert gc.get_freeze_count() > 0
        assert handed_back == []
        await pilot.press("escape")
        await until(pilot, lambda: not screen.is_attached)
        assert handed_back and handed_back[0] > 0
