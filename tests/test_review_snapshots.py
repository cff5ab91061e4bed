"""Snapshots of review mode. Each docstring says what the picture must show.

Update after an intended visual change with `--snapshot-update`, then look at the SVGs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from review_helpers import draft_app, draft_library, open_review, settle
from textual.pilot import Pilot
from textual.widgets import Input


def _review_then(*keys: str, name: str = "") -> Any:
    async def run_before(pilot: Pilot[None]) -> None:
        await open_review(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        if name:
            pilot.app.screen.query_one("#field-name", Input).value = name
            await pilot.press("ctrl+s")
            await settle(pilot)
        pilot.app.clear_notifications()
        await settle(pilot)

    return run_before


def test_review_mode_120x40(snap_compare: Any, tmp_path: Path) -> None:
    """Review mode after one accept: the status line starts "review: 1 of 23 checked"; the
    second claim is focused with "draft — not yet checked" beside its status; draft claims
    are underlined on their own background, the checked first claim is not; the footer
    starts with the review keys."""
    app = draft_app(draft_library(tmp_path))
    assert snap_compare(app, terminal_size=(120, 40), run_before=_review_then("v"))


def test_review_mode_80x24(snap_compare: Any, tmp_path: Path) -> None:
    """Review mode at 80×24: the status line still starts with the review count."""
    app = draft_app(draft_library(tmp_path))
    assert snap_compare(app, terminal_size=(80, 24), run_before=_review_then())


def test_chain_editor(snap_compare: Any, tmp_path: Path) -> None:
    """The chain editor on the AFP claim: three links numbered origin → via → via, the
    Foreign Ministry marked as a party; its keys in the footer."""
    app = draft_app(draft_library(tmp_path))
    assert snap_compare(app, terminal_size=(120, 40), run_before=_review_then("l"))


def test_new_source_form(snap_compare: Any, tmp_path: Path) -> None:
    """The new-source form over the chain editor: name, kind (a choice from the vocabulary),
    party to the story, description."""
    app = draft_app(draft_library(tmp_path))
    assert snap_compare(app, terminal_size=(120, 40), run_before=_review_then("l", "n"))


def test_validation_error_in_place(snap_compare: Any, tmp_path: Path) -> None:
    """Saving a new source with a blank name: the form stays open and says under the name
    field that a source needs a name."""
    app = draft_app(draft_library(tmp_path))
    assert snap_compare(app, terminal_size=(120, 40), run_before=_review_then("l", "n", name="  "))
