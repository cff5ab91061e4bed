"""The reader shows fact from opinion, overstated headings and the chain first."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from reader_helpers import BUNDLED, make_app, open_first_briefing, sourcing_text, wait_for_library
from textual.app import App
from textual.widgets import Static

from tui.model.format.loader import load_briefing
from tui.model.format.records import ClaimKind
from tui.model.format.sourcing import Sourcing
from tui.screens.library import LibraryScreen
from tui.widgets.article import ArticleView
from tui.widgets.side_lists import OutlineList
from tui.widgets.sourcing_panel import SourcingPanel

SEED = Sourcing(load_briefing(BUNDLED / "north-korea-russia-alliance.toml"))
OVERSTATED = [2, 6, 7]  # 1-based headings the seed's body only attributes

_TEXT = re.compile(r'<text[^>]* x="([\d.]+)"[^>]*clip-path="url\(#[^)]*-line-(\d+)\)"[^>]*>([^<]*)</text>')


def screen_lines(app: App[None]) -> list[str]:
    """What a person sees, one string per terminal row, read from the screenshot."""
    rows: dict[int, dict[int, str]] = {}
    for x, line, text in _TEXT.findall(app.export_screenshot()):
        column = round(float(x) / 12.2)
        for offset, char in enumerate(html.unescape(text).replace("\xa0", " ")):
            rows.setdefault(int(line), {})[column + offset] = char
    return [
        "".join(cells.get(n, " ") for n in range(max(cells) + 1)) if cells else ""
        for _, cells in sorted(rows.items())
    ]


def pane_lines(app: App[None], widget: SourcingPanel) -> list[str]:
    """The rows of the screen inside `widget`'s region."""
    region = widget.region
    lines = screen_lines(app)
    return [line[region.x : region.right] for line in lines[region.y : region.bottom]]


async def step_to(pilot, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(SEED.reading_position[claim_id] + 1):
        await pilot.press("n")
    await pilot.pause()
    focused = pilot.app.screen.focused_claim
    assert focused is not None and focused.id == claim_id, focused


async def test_first_line_is_status_and_chain() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n")
        lines = sourcing_text(screen).splitlines()
        assert lines[0] == " ALLEGED  · North Korean Foreign Ministry ▲ → AFP → Agerpres → this outlet"
        assert lines[1] == "⚠ single source · rests only on a party to the story"
        # The detailed list still follows, after the claim itself.
        assert lines.index("Who says so") > lines.index(SEED.claims["peace-and-stability"].text)


# One home per size: in one home the second app would reopen at the claim the first one
# saved, or not, depending on whether the debounced position save fired before it closed.
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_casualty_chain_and_warnings_visible_without_scrolling(size: tuple[int, int]) -> None:
    async with make_app().run_test(size=size) as pilot:
        await open_first_briefing(pilot)
        await step_to(pilot, "troop-casualties")
        panel = pilot.app.screen.query_one(SourcingPanel)
        assert panel.scroll_y == 0
        rows = [line.strip("│ ▁▂▃▄▅▆▇█") for line in pane_lines(pilot.app, panel)]
        seen = " ".join(" ".join(row.split()) for row in rows)
        assert "UNVERIFIED · South Korean intelligence → a" in seen, (size, seen)
        assert "lawmaker (unnamed) → this outlet" in seen, (size, seen)
        assert "⚠ single source" in seen, (size, seen)
        assert "⚠ § 2 heading states as fact what paragraph 2" in seen, (size, seen)


async def test_opinion_claim_is_styled_apart_and_named() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await step_to(pilot, "brutal-costs")
        text = sourcing_text(screen)
        assert text.splitlines()[0].startswith(" ASSERTED   OPINION  · this outlet (own view)")
        assert "Kind: opinion" in text
        assert "unsourced" not in text
        article = screen.query_one(ArticleView)
        s_index, p_index = article.paragraph_of(SEED.claims["brutal-costs"])
        styles = [str(span.style) for span in article.paragraph_content(s_index, p_index).spans]
        assert any("$claim-opinion" in style and "italic" in style for style in styles)
        factual = article.paragraph_of(SEED.claims["troop-casualties"])
        factual_styles = [str(span.style) for span in article.paragraph_content(*factual).spans]
        assert not any("$claim-opinion" in style for style in factual_styles)


async def test_overstated_headings_marked_in_outline_article_and_status() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        outline = screen.query_one(OutlineList)
        marked = [n + 1 for n in range(len(SEED.briefing.sections)) if "⚠" in outline.prompt(n).plain]
        assert marked == OVERSTATED
        headings = [
            n + 1
            for n in range(len(SEED.briefing.sections))
            if "⚠ overstated" in str(screen.query_one(f"#heading-{n}", Static).content)
        ]
        assert headings == OVERSTATED
        screen.query_one(ArticleView).scroll_to_section(5)
        await pilot.pause()
        await pilot.pause()
        status = str(screen.query_one("#status-line", Static).content)
        assert "§ 6/7 ⚠ Nine Million" in status


async def test_overview_lists_overstated_headings_and_counts_opinions_apart() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        text = sourcing_text(screen)
        assert "6 unsourced facts · 10 opinion · 7 single-source · 3 overstated headings" in text
        assert "§ 2 Hundreds of North Korean Troops Killed in Ukraine Fighting" in text
        assert "Claims by kind" in text and " 10 opinion" in text
        # The current section's overstated heading leads the overview.
        assert "This section" not in text
        screen.query_one(ArticleView).scroll_to_section(1)
        await pilot.pause()
        await pilot.pause()
        assert sourcing_text(screen).splitlines()[3].startswith("⚠ This section: heading states as fact")


async def test_library_row_counts_opinions_apart() -> None:
    async with make_app().run_test(size=(160, 30)) as pilot:
        await wait_for_library(pilot)
        lines = screen_lines(pilot.app)
        assert any(
            "6 sources · 6 unsourced facts · 10 opinion · 7 single-source · 3 overstated headings" in line
            for line in lines
        )


async def test_broken_file_gives_one_short_notification(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    text = (BUNDLED / "north-korea-russia-alliance.toml").read_text("utf-8")
    broken = text.replace('section = "casualties"', 'section = "casualty"')
    (folder / "hostile.toml").write_text(broken, "utf-8")
    count = text.count('section = "casualties"')
    app = make_app(folder)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await wait_for_library(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await pilot.pause()
        messages = [message for _, message in app.notified]
        assert messages == [f"hostile.toml: {count} problems — see its row or run `briefing check`"]


def test_seed_kinds_are_what_the_reader_counts() -> None:
    assert SEED.overview.claims_by_kind[ClaimKind.OPINION] == 10


async def test_prediction_is_named_beside_its_status() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await step_to(pilot, "multipolar-order")
        lines = sourcing_text(screen).splitlines()
        assert lines[0] == " UNVERIFIED   PREDICTION  · North Korean Foreign Ministry ▲ → this outlet"
        assert lines[1] == "⚠ single source · rests only on a party to the story"
        assert "Kind: prediction — about the future" in lines
