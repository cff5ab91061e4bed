"""In the reader: "Import article…" makes a draft in a worker and opens it; start-up never loads ingest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import run_python
from reader_helpers import make_app, wait_for_library
from textual.pilot import Pilot
from textual.widgets import Input

from tui.commands import ingest as ingest_command
from tui.model.ingest.decode import SIZE_LIMIT
from tui.screens.briefing import BriefingScreen
from tui.screens.import_article import ImportArticleScreen
from tui.screens.library import LibraryScreen

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_584a956c93e6e3ce.txt"

PROBE = """
import json, sys
import tui.app, tui.cli
tui.cli.build_parser()
heavy = ("tui.model.ingest.", "trafilatura", "lxml", "httpx", "charset_normalizer", "justext", "htmldate")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))
"""


def test_start_up_imports_no_ingest() -> None:
    result = run_python("-c", PROBE)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_help_states_the_size_limit() -> None:
    assert f"{SIZE_LIMIT // 1048576} MB" in ingest_command.LIMIT_TEXT


async def _import(pilot: Pilot[None], source: str) -> None:
    await wait_for_library(pilot)
    pilot.app.action_import()
    await pilot.pause()
    assert isinstance(pilot.app.screen, ImportArticleScreen)
    pilot.app.screen.query_one(Input).value = source
    await pilot.press("enter")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_import_opens_the_draft(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _import(pilot, str(SEED))
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert len(screen.sourcing.briefing.sections) == 7
        written = (
            briefing_home / "data" / "briefings" / "kim-jong-un-makes-wild-claim-north-korean-troops.toml"
        )
        assert written.exists() and screen.sourcing.briefing.meta.id == written.stem
        # Importing the same page again makes a second draft instead of replacing the first.
        await pilot.press("escape")
        await pilot.pause()
        await _import(pilot, str(SEED))
        assert written.with_name(written.stem + "-2.toml").exists()


async def test_failed_import_says_why_and_writes_nothing(briefing_home: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _import(pilot, str(empty))
        assert isinstance(app.screen, LibraryScreen)
        messages = [n.message for n in app._notifications]
        assert messages == [f"{empty}: empty file"]
    assert not (briefing_home / "data" / "briefings").exists()


def test_imported_draft_snapshot(snap_compare: Any) -> None:
    """The seed imported through the palette's "Import article…": the reader shows the draft's
    7 sections (headings from the page), its first paragraphs, and the title from the page."""

    async def run_before(pilot: Pilot[None]) -> None:
        await _import(pilot, str(SEED))
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=run_before)
