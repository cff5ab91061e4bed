"""Concurrency: two readers and a CLI export on one home, mixed operations, nothing lost or torn.

Two reader processes run the app's write paths (bookmark toggle/add/remove/note, reading
position, library index refresh and search, theme choice) on their own briefing, while a third
process runs `briefing export-bookmarks` in a loop and a real reader on a pty toggles bookmarks
on a third briefing. At the end every bookmark each process expects is in the file with its
note, no file is torn or set aside, and nothing printed a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import tomli_w

from tui.model.state.bookmarks import BookmarkStore, parse_bookmarks
from tui.model.state.paths import state_paths

from .conftest import FULL
from .ptyrun import PtyApp, reader_env

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "briefings" / "north-korea-russia-alliance.toml"
OPERATIONS_PER_READER = 1000 if FULL else 120  # full: 2 x 1,000 + exports + pty keys > 2,000


def _library(folder: Path) -> Path:
    folder.mkdir()
    seed = tomllib.loads(SEED.read_text("utf-8"))
    for name in ("soak-a", "soak-b", "soak-pty"):
        seed["briefing"]["id"] = name
        seed["briefing"]["title"] = f"{name} title"
        (folder / f"{name}.toml").write_text(tomli_w.dumps(seed), "utf-8")
    return folder


def test_two_readers_and_an_export_lose_nothing(tmp_path: Path, briefing_home: Path) -> None:
    library = _library(tmp_path / "lib")
    env = reader_env(briefing_home)
    worker = Path(__file__).with_name("soak_worker.py")
    cli = [sys.executable, "-m", "tui"]

    def worker_args(seed: int, name: str) -> list[str]:
        return [str(OPERATIONS_PER_READER), str(seed), str(tmp_path / f"{name}.json")]

    exports = 0
    export_errors: list[str] = []
    pty_toggles = 0
    with PtyApp(["--library", str(library)], env) as app:
        assert app.wait_for(b"soak-a title")
        app.settle()
        app.send(b"/")
        app.send(b"soak-pty\r")
        app.send(b"\r")  # open the pty reader's own briefing
        readers = [
            subprocess.Popen(
                [
                    sys.executable,
                    str(worker),
                    str(briefing_home),
                    str(library),
                    name,
                    *worker_args(seed, name),
                ],
                env=env,
                cwd=REPO,
                stderr=subprocess.PIPE,
                text=True,
            )
            for seed, name in enumerate(["soak-a", "soak-b"])
        ]
        minimum_exports = 10 if FULL else 3
        while any(r.poll() is None for r in readers) or exports < minimum_exports:
            result = subprocess.run(
                [
                    *cli,
                    "--library",
                    str(library),
                    "export-bookmarks",
                    "-o",
                    str(tmp_path / "export.md"),
                    "--force",
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            exports += 1
            if result.returncode != 0 or "Traceback" in result.stderr:
                export_errors.append(result.stderr[-2000:])
            # The real reader: next claim, bookmark it (toggle), twice per export.
            for _ in range(2):
                app.send(b"n")
                app.send(b"b")
                pty_toggles += 1
            assert app.alive, bytes(app.output[-3000:])
        app.send(b"\x1b")
        code = app.quit()
    pty_output = bytes(app.output)
    errors = [r.stderr.read() if r.stderr else "" for r in readers]
    for reader in readers:
        reader.wait(timeout=60)
    assert code == 0
    assert b"Traceback" not in pty_output
    assert all(r.returncode == 0 for r in readers), errors
    assert not any("Traceback" in e for e in errors), errors
    assert not export_errors, export_errors[:2]
    # Nothing torn, nothing set aside.
    paths = state_paths()
    folded = BookmarkStore(paths.bookmarks_file)
    final = list(folded.load())  # the file and its journal, as any reader sees them
    folded.close()
    parse_bookmarks(paths.bookmarks_file.read_bytes())  # the file itself is whole
    assert not list(paths.data.glob("bookmarks.corrupt-*"))
    tomllib.loads(paths.reading_file.read_text("utf-8"))
    tomllib.loads(paths.config_file.read_text("utf-8"))
    # No lost bookmark: each reader's own briefing holds exactly what it expects.
    operations = exports + pty_toggles * 2
    for name in ("soak-a", "soak-b"):
        result = json.loads((tmp_path / f"{name}.json").read_text("utf-8"))
        held = {b.item_id: b.note for b in final if b.briefing_id == name}
        assert held == result["expected"], name
        operations += sum(v for k, v in result["counts"].items() if k != "bookmark-error")
    # The pty reader stepped to a new claim before each toggle: its bookmarks are there too.
    assert any(b.briefing_id == "soak-pty" for b in final)
    store = BookmarkStore(paths.bookmarks_file)
    store.load()
    assert store.take_messages() == []
    print(
        f"\nsoak: {operations} operations ({exports} exports, {pty_toggles} pty toggles), "
        f"{len(final)} bookmarks"
    )
