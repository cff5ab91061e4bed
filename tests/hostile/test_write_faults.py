"""Write faults on every write path: a clear message in place, the app keeps running, the old file intact.

Paths: bookmarks (toggle and note), reading positions, the theme choice in config.toml, in-app
export, `briefing export-bookmarks -o`. Faults: see faults.FAULTS. The index (SQLite) is faulted
with real locks held by another process and with its file deleted or truncated under the reader.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from reader_helpers import until, wait_for_library
from textual.notifications import Notification, Notifications
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import BriefingApp
from tui.cli import main as cli_main
from tui.model.state.bookmarks import BookmarkStore
from tui.model.state.paths import state_paths
from tui.screens.briefing import BriefingScreen
from tui.screens.library import LibraryScreen
from tui.screens.note import NoteScreen

from .conftest import FULL
from .faults import FAULTS, write_fault

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "briefings"
CI_FAULTS = ["ENOSPC-write", "EROFS-create", "EIO-fsync"]


def messages(app: BriefingApp) -> list[str]:
    return [f"{n.title}: {n.message}" for n in app._notifications]


class ShownNotifications:
    """Every notification the app has shown, kept. `app._notifications` forgets a toast once its
    timeout (5 s) has passed; on a loaded machine the steps after a failed note save took longer
    than that, and its "Note not saved" was gone when the test read the list."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[str] = []
        add = Notifications.add

        def keep(notifications: Notifications, notification: Notification) -> Notifications:
            self.shown.append(f"{notification.title}: {notification.message}")
            return add(notifications, notification)

        monkeypatch.setattr(Notifications, "add", keep)

    async def wait_for(self, pilot: Pilot[None], *texts: str) -> None:
        """Until a notification holding one of `texts` has been shown (not a guess at idle)."""
        await until(pilot, lambda: any(text in m for m in self.shown for text in texts))


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*.tmp")] if folder.exists() else []


def snapshot(paths: list[Path]) -> dict[Path, bytes | None]:
    return {p: p.read_bytes() if p.exists() else None for p in paths}


@pytest.mark.parametrize("fault", FAULTS if FULL else CI_FAULTS[:1])
async def test_every_in_app_write_fails_in_place(
    fault: str, briefing_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = state_paths()
    app = BriefingApp([BUNDLED])
    notes = ShownNotifications(monkeypatch)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_library(pilot)
        # Something worth keeping in every file first: a bookmark, a position, a theme, an export.
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        await pilot.press("n", "b")
        await notes.wait_for(pilot, "Bookmarked")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
        assert app.context.reading.flush(timeout=60)  # positions are written on a thread of their own
        app.theme = "newsprint"
        await pilot.press("X")
        await notes.wait_for(pilot, "Exported")
        app.context.bookmarks.fold()  # changes sit in the journal until folded into bookmarks.toml
        files = [paths.bookmarks_file, paths.reading_file, paths.config_file, app.context.export_path]
        assert all(p.exists() for p in files), [p for p in files if not p.exists()]
        before = snapshot(files)
        notes.shown.clear()

        # Each step waits for its own message: the fault must still be on when its write runs.
        bookmarks_hold = fault.endswith("-rename")  # appended to their journal: no rename
        with write_fault(monkeypatch, fault) as failed:
            await pilot.press("enter")  # open again
            await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
            await pilot.press("n", "n", "b")  # bookmark another claim
            await notes.wait_for(pilot, "Bookmarked" if bookmarks_hold else "Bookmark not saved")
            await pilot.press("a")  # a note on it
            await until(pilot, lambda: isinstance(app.screen, NoteScreen))
            app.screen.query_one(Input).value = "a note"
            await pilot.press("enter")
            await notes.wait_for(pilot, "Note saved" if bookmarks_hold else "Note not saved")
            await pilot.press("j", "j", "escape")  # leave: the reading position is saved
            await until(pilot, lambda: isinstance(app.screen, LibraryScreen))
            await notes.wait_for(pilot, "Could not save the reading position")
            app.theme = "briefing-night"
            await notes.wait_for(pilot, "Could not save the theme choice")
            await pilot.press("X")
            await notes.wait_for(pilot, "Export failed")
            shown_before = len(notes.shown)
            await pilot.press("b")  # bookmark a briefing from the library
            await until(pilot, lambda: len(notes.shown) > shown_before)
        shown = notes.shown
        assert app.is_running and app.return_code is None
        expected = ["Could not save the reading position", "Could not save the theme choice", "Export failed"]
        if bookmarks_hold:
            assert len(failed) >= 3, failed
            assert not any("Bookmark not saved" in m or "Note not saved" in m for m in shown), shown
            reread = BookmarkStore(paths.bookmarks_file)
            assert any(b.note == "a note" for b in reread.load()), "the note saved to the journal is lost"
        else:
            assert len(failed) >= 5, failed
            expected += ["Bookmark not saved", "Note not saved"]
            assert shown[-1].startswith("Bookmark not saved"), shown  # the library's own toggle
        for text in expected:
            assert any(text in m for m in shown), (text, shown)
        # Each message says why, in words (the errno's text), not a traceback.
        assert all("Traceback" not in m and "Errno" not in m for m in shown), shown
        assert snapshot(files) == before, "a failed write changed a file"
        assert not temporaries(briefing_home), temporaries(briefing_home)
        # And once the disk is back, the same actions work.
        await pilot.press("X")
        await notes.wait_for(pilot, "Exported")


@pytest.mark.parametrize("fault", FAULTS if FULL else CI_FAULTS[:1])
def test_cli_export_fails_with_a_message(
    fault: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.md"
    target.write_text("previous export\n", "utf-8")
    with write_fault(monkeypatch, fault):
        code = cli_main(["--library", str(BUNDLED), "export-bookmarks", "-o", str(target), "--force"])
    printed = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in printed.err and printed.err.strip(), printed
    assert target.read_text("utf-8") == "previous export\n"
    assert not temporaries(tmp_path)


LOCKER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
"""


async def test_index_locked_deleted_or_truncated_while_the_reader_runs(
    tmp_path: Path, briefing_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.model.state import index_file, index_schema

    # The reader waits this long for a lock before giving up on it (30 s in use; 1 s here).
    monkeypatch.setattr(index_schema, "BUSY_TIMEOUT", 1.0)
    monkeypatch.setattr(index_file, "BUSY_TIMEOUT", 1.0)
    paths = state_paths()
    library = tmp_path / "lib"
    library.mkdir()
    for n in range(30):
        (library / f"b{n:02d}.toml").write_bytes(
            (BUNDLED / "north-korea-russia-alliance.toml")
            .read_bytes()
            .replace(b'id = "north-korea-russia-alliance"', f'id = "b{n:02d}"'.encode())
        )
    # A first run builds the index.
    async with BriefingApp([library]).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    assert paths.index_file.exists()

    async def reader_copes(app: BriefingApp) -> list[str]:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            await pilot.press("slash", "k", "o", "r")  # a search through the index
            await pilot.pause()
            await app.workers.wait_for_complete()
            assert len(screen.entries) == 30
            assert app.is_running
            return messages(app)

    # Locked by another process for the whole run (a second reader mid-write, a stuck sync tool).
    with subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(paths.index_file)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    ) as locker:
        assert locker.stdout is not None and locker.stdout.readline().strip() == b"locked"
        (library / "b00.toml").touch()  # a change to write, which the lock refuses
        os.utime(library / "b00.toml", ns=(1, 1))
        shown = await reader_copes(BriefingApp([library]))
        assert any(m.startswith("Library index") for m in shown), shown
        locker.communicate(b"", timeout=10)

    # Deleted, then truncated, under a running reader.
    app = BriefingApp([library])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        for damage in ("delete", "truncate"):
            if damage == "delete":
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{paths.index_file}{suffix}").unlink(missing_ok=True)
            else:
                with open(paths.index_file, "r+b") as handle:
                    handle.truncate(1000)
            (library / "b01.toml").touch()
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            screen.load_entries()  # what returning to the library does
            await app.workers.wait_for_complete()
            await pilot.press("slash", "k")
            await pilot.pause()
            await pilot.press("escape")
            assert len(screen.entries) == 30, damage
            assert app.is_running
    # The next start finds whatever the damage left and rebuilds a sound index.
    app = BriefingApp([library])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, LibraryScreen) and len(screen.entries) == 30
    with sqlite3.connect(paths.index_file) as db:
        assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == 30


@pytest.mark.parametrize("fault", FAULTS if FULL else CI_FAULTS[1:2])
async def test_a_review_edit_under_a_write_fault_is_not_saved_and_says_why(
    fault: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from review_helpers import draft_app, draft_library, open_review, settle

    from tui.model.format.loader import load_briefing
    from tui.model.format.records import ReviewState

    path = draft_library(tmp_path)
    before = path.read_bytes()
    async with draft_app(path).run_test(size=(120, 40), notifications=True) as pilot:
        app = pilot.app
        assert isinstance(app, BriefingApp)
        screen = await open_review(pilot)
        claim = screen.focused_claim
        assert claim is not None
        app._notifications.clear()
        with write_fault(monkeypatch, fault) as failed:
            await pilot.press("v")  # accept the claim: a save of the whole file
            await settle(pilot)
        shown = messages(app)
        assert failed, "the save never reached the faulted call"
        assert any(m.startswith("Not saved:") and "nothing was saved" in m for m in shown), shown
        assert all("Traceback" not in m and "Errno" not in m for m in shown), shown
        assert path.read_bytes() == before, "a failed save changed the briefing"
        assert not temporaries(path.parent), temporaries(path.parent)
        assert app.is_running and screen.reviewing
        await pilot.press("v")  # the disk is back: the same action saves
        await settle(pilot)
        saved = {c.id: c.review for c in load_briefing(path).claims}
        assert saved[claim.id] is ReviewState.CHECKED
