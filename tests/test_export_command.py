"""`briefing export-bookmarks`: stdout, -o, --force, --briefing, --front-matter."""

from __future__ import annotations

import datetime
import shutil
from pathlib import Path

import msgspec
import pytest
from helpers import SEED_ID, run_cli, seed_file

from tui.cli import main
from tui.commands import export as export_command
from tui.model.format.loader import load_briefing
from tui.model.format.sourcing import Sourcing
from tui.model.output.export import STALE_MARK, block_id, export_markdown
from tui.model.state.bookmarks import (
    Bookmark,
    BookmarkKind,
    BookmarkStore,
    bookmark_for_briefing,
    bookmark_for_claim,
    bookmark_for_figure,
    bookmark_for_section,
)
from tui.model.state.paths import state_paths

CREATED = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
TODAY = datetime.date(2025, 1, 3)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(seed_file(), folder / "seed.toml")
    return folder


@pytest.fixture
def sourcing(library: Path) -> Sourcing:
    return Sourcing(load_briefing(library / "seed.toml"))


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_command, "today", lambda: TODAY)


@pytest.fixture
def store() -> BookmarkStore:
    store = BookmarkStore(state_paths().bookmarks_file)
    store.load()
    return store


def seed_bookmarks(store: BookmarkStore, sourcing: Sourcing) -> list[Bookmark]:
    claim = max(sourcing.claims_in_reading_order, key=lambda c: len(c.attribution))
    marks = [
        bookmark_for_claim(sourcing, claim, now=CREATED),
        bookmark_for_figure(sourcing, sourcing.briefing.figures[0], now=CREATED),
        bookmark_for_section(sourcing, sourcing.briefing.sections[0], now=CREATED),
        bookmark_for_briefing(sourcing, now=CREATED),
    ]
    for mark in marks:
        store.add(mark)
    return marks


def other_briefing_bookmark() -> Bookmark:
    return Bookmark(
        kind=BookmarkKind.CLAIM,
        briefing_id="deleted-briefing",
        item_id="c1",
        created=CREATED,
        text="An old claim.",
        title="A briefing that was removed",
    )


def run(library: Path, *args: str) -> int:
    return main(["--library", str(library), "export-bookmarks", *args])


def test_markdown_to_stdout(
    library: Path, sourcing: Sourcing, store: BookmarkStore, capsys: pytest.CaptureFixture[str]
) -> None:
    marks = seed_bookmarks(store, sourcing)
    assert run(library) == 0
    out, err = capsys.readouterr()
    assert out == export_markdown(marks, library_order=[SEED_ID], exported=TODAY)
    assert err == ""
    assert out.startswith("# Bookmarks\n\nExported 2025-01-03 · 4 bookmarks from 1 briefing\n")
    for mark in marks:
        assert f"^{block_id(mark.key)}" in out


def test_zero_bookmarks_prints_a_short_document(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(library) == 0
    assert capsys.readouterr().out == "# Bookmarks\n\nExported 2025-01-03 · no bookmarks\n"
    assert not state_paths().bookmarks_file.exists()


def test_output_file_is_written_atomically_and_kept_without_force(
    library: Path,
    sourcing: Sourcing,
    store: BookmarkStore,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed_bookmarks(store, sourcing)
    target = tmp_path / "notes" / "bookmarks.md"
    assert run(library, "-o", str(target)) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "Exported 4 bookmarks to" in err
    first = target.read_text("utf-8")
    assert first.startswith("# Bookmarks\n")
    assert sorted(p.name for p in target.parent.iterdir()) == ["bookmarks.md"]

    target.write_text("my own notes\n", "utf-8")
    assert run(library, "-o", str(target)) == 1
    out, err = capsys.readouterr()
    assert "already exists" in err and "--force" in err
    assert target.read_text("utf-8") == "my own notes\n"

    assert run(library, "-o", str(target), "--force") == 0
    capsys.readouterr()
    assert target.read_text("utf-8") == first
    assert sorted(p.name for p in target.parent.iterdir()) == ["bookmarks.md"]


def test_output_dash_is_stdout(
    library: Path, sourcing: Sourcing, store: BookmarkStore, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_bookmarks(store, sourcing)
    assert run(library, "-o", "-") == 0
    assert capsys.readouterr().out.startswith("# Bookmarks\n")


def test_unwritable_output_fails_cleanly(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert run(library, "-o", str(folder), "--force") == 1
    assert "cannot write" in capsys.readouterr().err


def test_briefing_filter(
    library: Path, sourcing: Sourcing, store: BookmarkStore, capsys: pytest.CaptureFixture[str]
) -> None:
    marks = seed_bookmarks(store, sourcing)
    other = other_briefing_bookmark()
    store.add(other)

    assert run(library) == 0
    everything = capsys.readouterr().out
    assert "A briefing that was removed" in everything

    assert run(library, "--briefing", SEED_ID) == 0
    only = capsys.readouterr().out
    assert "A briefing that was removed" not in only
    assert f"# Bookmarks: {sourcing.briefing.meta.title}" in only
    assert all(f"^{block_id(m.key)}" in only for m in marks)

    assert run(library, "--briefing", "deleted-briefing") == 0
    gone = capsys.readouterr().out
    assert "A briefing that was removed" in gone and STALE_MARK in gone
    assert sourcing.briefing.meta.title not in gone


def test_unknown_briefing_id_is_an_error(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(library, "--briefing", "north-korea-russia-aliance") == 1
    err = capsys.readouterr().err
    assert "no briefing 'north-korea-russia-aliance'" in err
    assert f"did you mean '{SEED_ID}'" in err


def test_front_matter(
    library: Path, sourcing: Sourcing, store: BookmarkStore, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_bookmarks(store, sourcing)
    assert run(library, "--front-matter") == 0
    out = capsys.readouterr().out
    lines = out.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    front = dict(line.split(": ", 1) for line in lines[1:end] if ": " in line)
    assert front["count"] == "4"
    assert front["exported"] == "2025-01-03"
    assert front["title"] == '"Bookmarks"'
    assert lines[end + 1 : end + 3] == ["", "# Bookmarks"]


def test_stale_items_are_marked(
    library: Path, sourcing: Sourcing, store: BookmarkStore, capsys: pytest.CaptureFixture[str]
) -> None:
    live = bookmark_for_claim(sourcing, sourcing.briefing.claims[0], now=CREATED)
    gone = msgspec.structs.replace(live, item_id="retracted")
    store.add(live)
    store.add(gone)
    assert run(library) == 0
    out = capsys.readouterr().out
    marked = [line for line in out.split("\n") if STALE_MARK in line]
    assert len(marked) == 1 and block_id(gone.key) in marked[0]


def test_a_damaged_bookmarks_file_is_reported_and_kept(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = state_paths().bookmarks_file
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not = [toml")
    assert run(library) == 0
    out, err = capsys.readouterr()
    assert "no bookmarks" in out
    moved = list(path.parent.glob("bookmarks.corrupt-*.toml"))
    assert len(moved) == 1 and moved[0].read_bytes() == b"not = [toml"
    assert str(moved[0]) in err


def test_end_to_end_in_a_subprocess(
    library: Path, sourcing: Sourcing, store: BookmarkStore, tmp_path: Path
) -> None:
    seed_bookmarks(store, sourcing)
    target = tmp_path / "out.md"
    result = run_cli("--library", str(library), "export-bookmarks", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "Exported 4 bookmarks" in result.stderr
    assert target.read_text("utf-8").startswith("# Bookmarks\n")
    again = run_cli("--library", str(library), "export-bookmarks", "-o", str(target))
    assert again.returncode == 1
    assert "already exists" in again.stderr
