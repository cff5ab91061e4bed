"""Hostile text on every surface, in process: what each screen would draw is checked cell by cell.

Every payload sits in every string field of a briefing (one briefing per payload, plus one holding
all of them); config, theme and bookmarks files carry payloads too. Each surface is visited and its
frame checked: no control or bidi character, no payload turned into a link or click action, no row
wider than the window, and the app still running. The pty test (test_pty.py) checks the bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import tomli_w
from textual import events
from textual.widgets import Input

from tui.app import BriefingApp
from tui.model.format.clean import clean_text
from tui.model.state.paths import state_paths
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.briefing import BriefingScreen
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen
from tui.screens.note import NoteScreen

from .builders import hostile_briefing_data, write_briefing
from .conftest import FULL, full_only
from .payloads import PAYLOADS, Payload, combined
from .screen_probe import Probe

SIZE = (100, 32)
HOSTILE_FILE_NAME = "evil\x1b]0;HX90\x07\u202e\x9b2J.toml"


def make_library(folder: Path, *, per_payload: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    write_briefing(folder, "all-payloads", combined(), claims=6)
    if per_payload:
        for n, payload in enumerate(PAYLOADS):
            write_briefing(folder, f"p{n:02d}", payload.text)
    # A broken briefing whose problems quote its (hostile) content: an error notification.
    broken = hostile_briefing_data("broken-one", combined(60))
    broken["claims"][0]["quote"] = combined(60) + " not in the paragraph"
    broken["claims"][1]["attribution"] = ["no-such-source"]
    (folder / "broken-one.toml").write_text(tomli_w.dumps(broken), "utf-8")
    # File names are someone else's text too; the library shows a broken file by its name.
    (folder / HOSTILE_FILE_NAME).write_text("format = [\x1b]52;c;SFg5MQ==\x07", "utf-8")
    with open(os.path.join(os.fsencode(folder), b"not-utf8-\xff\xfe.toml"), "wb") as handle:
        handle.write(b"format = 2\n")
    return folder


def hostile_home(home: Path, text: str) -> None:
    paths = state_paths({"BRIEFING_HOME": str(home)})
    paths.config.mkdir(parents=True, exist_ok=True)
    paths.config_file.write_text(
        tomli_w.dumps({"theme": text, "export": {"path": 7}, "keymap": {"app.help": 3, text[:40]: "f2"}}),
        "utf-8",
    )
    paths.themes.mkdir(parents=True, exist_ok=True)
    (paths.themes / "hostile.toml").write_text(
        tomli_w.dumps({"name": text[:60], "variables": {"primary": text[:60]}}), "utf-8"
    )


async def paste(app: BriefingApp, text: str) -> None:
    # As the terminal driver delivers it: to the app, which hands it to the focused widget.
    app.post_message(events.Paste(text))


async def visit_everything(app: BriefingApp, probe: Probe, text: str, *, open_each: bool) -> None:
    """Walk every screen and pane with `text` as what the user types or pastes."""
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        probe.look(app, "library + startup notifications (config, theme)")
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        for _ in range(len(screen.entries) // 8 + 1):  # every library row
            await pilot.press("pagedown")
            probe.look(app, "library rows")
        await pilot.press("home")
        await pilot.press("slash")
        await paste(app, text[:300])
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        probe.look(app, "filter box")
        await pilot.press("escape")
        await pilot.pause()
        # The broken briefing: its problems (quoting its text) arrive as an error notification.
        names = [e.path for e in screen.entries]
        broken_row = next(i for i, p in enumerate(screen.shown) if p.path.endswith("broken-one.toml"))
        screen.rows.highlighted = broken_row
        await pilot.press("enter")
        await pilot.pause()
        probe.look(app, "error notification quoting file content")
        targets = [i for i, e in enumerate(screen.shown) if not e.broken]
        if not open_each:
            targets = [i for i, e in enumerate(screen.shown) if e.path.endswith("all-payloads.toml")]
        for row in targets:
            assert isinstance(app.screen, LibraryScreen)
            screen.rows.highlighted = row
            await pilot.press("b")  # bookmark the briefing (notification names it)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, BriefingScreen), names[row]
            await visit_briefing(app, pilot, probe, text)
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        probe.look(app, "bookmarks screen")
        for _ in range(6):
            await pilot.press("pagedown")
            probe.look(app, "bookmarks screen")
        await pilot.press("slash")
        await paste(app, text[:200])
        await pilot.pause()
        probe.look(app, "bookmarks filter")
        await pilot.press("escape", "escape")
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        probe.look(app, "help")
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await paste(app, text[:100])
        await pilot.pause(0.3)
        probe.look(app, "command palette")
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        for key in "export":
            await pilot.press(key)
        await pilot.pause(0.3)
        probe.look(app, "command palette results")
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
        assert app.return_code is None


async def visit_briefing(app: BriefingApp, pilot: object, probe: Probe, text: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    probe.look(app, "briefing panes")
    screen = app.screen
    assert isinstance(screen, BriefingScreen)
    for _ in range(len(screen.claim_order)):
        await pilot.press("n")
        probe.look(app, "article + sourcing (claim focused)")
    await pilot.press("y")
    clipboard = app.clipboard
    assert clean_text(clipboard) == clipboard, "the copied claim holds control characters"
    probe.look(app, "copy notification")
    await pilot.press("b")
    await pilot.pause()
    probe.look(app, "bookmark notification")
    await pilot.press("a")
    await pilot.pause()
    assert isinstance(app.screen, NoteScreen)
    probe.look(app, "note modal")
    app.screen.query_one(Input).value = ""
    await paste(app, text[:400])
    await pilot.pause()
    probe.look(app, "note modal (pasted)")
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, BriefingScreen)
    probe.look(app, "note saved")
    await pilot.press("t", "tab")
    probe.look(app, "outline")
    await pilot.press("t", "f")
    probe.look(app, "figures + sourcing")
    await pilot.press("slash")
    await paste(app, text[:100])
    await pilot.pause()
    probe.look(app, "find bar")
    await pilot.press("escape", "G")
    await pilot.pause()
    probe.look(app, "article end")


@full_only
# 10-15 s alone, up to 104 s in two full runs side by side at load 9-10; a run of 2026-11-30 hung
# here for 43 minutes (a Textual toast timer: tui/widgets/toast_expiry.py).
@pytest.mark.timeout(600)
@pytest.mark.parametrize("payload", PAYLOADS, ids=[p.name for p in PAYLOADS])
async def test_every_surface_holds_one_payload(tmp_path: Path, briefing_home: Path, payload: Payload) -> None:
    hostile_home(briefing_home, payload.text)
    probe = Probe()
    app = BriefingApp([make_library(tmp_path / "lib", per_payload=False)])
    await visit_everything(app, probe, payload.text, open_each=False)
    assert not probe.problems, "\n".join(probe.problems[:20])


async def test_every_surface_holds_every_payload(tmp_path: Path, briefing_home: Path) -> None:
    """All payloads at once in every field; the full run also opens every per-payload briefing."""
    text = combined()
    hostile_home(briefing_home, text)
    probe = Probe()
    app = BriefingApp([make_library(tmp_path / "lib")])
    await visit_everything(app, probe, text, open_each=FULL)
    assert not probe.problems, "\n".join(probe.problems[:20])
    surfaces = set(probe.surfaces)
    assert len(surfaces) >= 18, surfaces
    # The payloads were on screen (shown as text), not dropped before reaching it.
    assert len(probe.markers_seen) >= 40, sorted(probe.markers_seen)
    print(
        f"\nhostile surfaces: {len(PAYLOADS)} payloads x {len(surfaces)} surfaces, "
        f"{len(probe.surfaces)} frames"
    )


def test_a_broken_file_with_a_hostile_name_is_named_escaped() -> None:
    """The broken row and its notice show the file name with its controls escaped (the full
    per-payload run found ESC, U+202E and U+009B from the name drawn raw in the library row)."""
    from tui.model.format.problems import Problem, display_path
    from tui.model.state.library import Entry
    from tui.screens.library_rows import broken_file_notice, entry_prompt

    path = f"/lib/{HOSTILE_FILE_NAME}"
    problem = Problem(file=display_path(Path(path)), line=1, message="bad")  # as the loader names it
    entry = Entry(path=path, problems=(problem,))
    shown = [entry_prompt(entry, read=False, bookmarked=False).plain, broken_file_notice(path, 1)]
    for text in shown:
        assert clean_text(text) == text, text
        assert "evil\\x1b]0;HX90" in text  # escaped, so still recognisable
