"""The library index: same entries as scan_library, without parsing when nothing changed."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import msgspec
import pytest
import tomli_w
from helpers import benchmark_script
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.model.format import loader
from tui.model.state import index as index_module
from tui.model.state import index_build, index_reading
from tui.model.state.index import INDEX_FORMAT, Changes, LibraryIndex, library_files
from tui.model.state.index_reading import IndexRefilling
from tui.model.state.library import SORT_KEYS, Entry
from tui.model.state.library_view import scan_library
from tui.model.state.paths import state_paths

REPO = Path(__file__).resolve().parents[1]
LIBRARY_SIZE = 30


def _load_generator() -> ModuleType:
    return benchmark_script("generate")


generate = _load_generator()


def write_briefing(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(document), encoding="utf-8")
    return path


def touch_later(path: Path) -> None:
    """Give `path` a newer mtime, whatever the file system's clock resolution."""
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    generate.generate(root / "lib", LIBRARY_SIZE, seed=7)
    return root / "lib"


@pytest.fixture
def library(generated: Path, tmp_path: Path) -> Path:
    """A generated library plus a broken file, a nested folder and a non-briefing."""
    lib = tmp_path / "lib"
    shutil.copytree(generated, lib)
    (lib / "broken.toml").write_text('format = 1\n[briefing\nid = "x"\n', encoding="utf-8")
    (lib / "zz" / "deeper").mkdir(parents=True)
    write_briefing(lib / "zz" / "deeper" / "late.toml", generate.briefing_document(7, 999))
    (lib / "notes.txt").write_text("not a briefing", encoding="utf-8")
    minimal = {
        "format": 1,
        "briefing": {"id": "minimal", "title": "Ünïcode — ☃ and 日本語, no date, no outlet"},
        "sections": [{"id": "s", "heading": "Only", "paragraphs": ["One paragraph."]}],
    }
    write_briefing(lib / "minimal.toml", minimal)
    return lib


@pytest.fixture
def index_path() -> Path:
    return state_paths().index_file


@pytest.fixture
def index(index_path: Path) -> Iterator[LibraryIndex]:
    with LibraryIndex(index_path) as opened:
        yield opened


def encoded(entries: list[Entry]) -> bytes:
    return msgspec.json.encode(entries)


class ParseCounter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paths: list[Path] = []
        original = loader.load_briefing

        def counting(path: Path) -> Any:
            self.paths.append(path)
            return original(path)

        monkeypatch.setattr(loader, "load_briefing", counting)


def forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> Any:
        raise AssertionError(f"parsed {path}")

    monkeypatch.setattr(loader, "load_briefing", refuse)


# -- building ----------------------------------------------------------------


def test_cold_build_equals_scan_library(library: Path, index: LibraryIndex) -> None:
    expected = scan_library([library])
    assert sum(e.broken for e in expected) == 1
    minimal = next(e.summary for e in expected if e.path.endswith("minimal.toml"))
    assert minimal is not None and minimal.published is None
    entries = index.refresh([library])
    assert entries == expected
    assert encoded(entries) == encoded(expected)  # summaries round-trip exactly
    assert index.cached_entries() == expected


def test_entries_are_listed_in_library_order_across_folders(
    library: Path, tmp_path: Path, index: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other"
    write_briefing(other / "a.toml", generate.briefing_document(8, 1))
    single = write_briefing(tmp_path / "single.toml", generate.briefing_document(8, 2))
    folders = [other, tmp_path / "missing", library, single, library / "zz"]
    expected = scan_library(folders)
    assert index.refresh(folders) == expected
    assert index.cached_entries() == expected
    # The other order puts them in the other order, parsing nothing.
    reverse = list(reversed(folders))
    expected = scan_library(reverse)
    forbid_parsing(monkeypatch)
    assert index.refresh(reverse) == expected
    assert index.cached_entries() == expected


def test_relative_folders_give_the_same_path_strings(
    library: Path, monkeypatch: pytest.MonkeyPatch, index: LibraryIndex
) -> None:
    monkeypatch.chdir(library.parent)
    for folders in ([Path("lib")], [Path(".")], [Path("lib/")], [Path("./lib/zz/../")]):
        assert [e.path for e in index.refresh(folders)] == reference_walk(folders)


def test_problems_name_the_file_as_seen_from_the_working_folder(
    library: Path, index: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(library.parent)
    built = index.refresh([library])
    broken = next(e for e in built if e.broken)
    assert broken.problems[0].file == "lib/broken.toml"
    monkeypatch.chdir(library)
    expected = scan_library([library])
    assert next(e for e in expected if e.broken).problems[0].file == "broken.toml"
    assert index.cached_entries() == expected
    assert index.refresh([library]) == expected


def reference_walk(folders: list[Path]) -> list[str]:
    """The walk library_files must match, written plainly with pathlib: every *.toml
    file under each folder (or the file itself), sorted, each real file once."""
    seen: set[Path] = set()
    found: list[str] = []
    for folder in folders:
        candidates = (
            [folder] if folder.is_file() else sorted(folder.rglob("*.toml")) if folder.is_dir() else []
        )
        for path in candidates:
            real = path.resolve()
            if real not in seen and path.is_file():
                seen.add(real)
                found.append(str(path))
    return found


def test_walk_matches_the_reference_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "walk"
    for name in ("b.toml", "a-c.toml", "a/b.toml", "a/z/y.toml", ".hidden.toml", ".dot/x.toml", "UPPER.TOML"):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")
    (root / "folder.toml").mkdir()  # a folder named like a briefing is not one
    (root / "link.toml").symlink_to(root / "b.toml")  # the same file twice: listed once
    (root / "dangling.toml").symlink_to(root / "nowhere.toml")
    (root / "linked-folder").symlink_to(root / "a", target_is_directory=True)  # not entered
    outside = tmp_path / "outside.toml"
    outside.write_text("x", encoding="utf-8")
    (root / "out.toml").symlink_to(outside)
    monkeypatch.chdir(tmp_path)
    cases = [
        [root],
        [root / "a", root],
        [Path("walk")],
        [Path("walk/a/b.toml"), Path("walk")],
        [Path("walk/folder.toml"), Path("walk/nothing")],
        [Path(".")],
        [outside, root],
    ]
    for folders in cases:
        found = library_files(folders)
        assert list(found) == reference_walk(folders), folders
        for path, (size, mtime_ns) in found.items():
            assert (size, mtime_ns) == (os.stat(path).st_size, os.stat(path).st_mtime_ns)


# -- warm opens --------------------------------------------------------------


def test_warm_open_reads_without_parsing(
    library: Path, index_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LibraryIndex(index_path) as index:
        expected = index.refresh([library])
    forbid_parsing(monkeypatch)
    with LibraryIndex(index_path) as index:
        assert index.cached_entries() == expected
        changes = index.scan_changes([library])
        assert changes == Changes(new_or_changed=[], gone=[], present=[e.path for e in expected])
        assert changes.empty
        assert index.refresh([library]) == expected
        assert index.reindex([Path(e.path) for e in expected]) == expected  # unchanged: not parsed


def test_changed_file_is_reindexed(
    library: Path, index: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    index.refresh([library])
    target = sorted(library.rglob("b*.toml"))[3]
    document = generate.briefing_document(7, 4242)
    document["briefing"]["title"] = "Quokka census upends marsupial politics"
    write_briefing(target, document)
    touch_later(target)
    parsed = ParseCounter(monkeypatch)
    changes = index.scan_changes([library])
    assert changes.new_or_changed == [target]
    assert changes.gone == []
    entries = index.refresh([library])
    assert parsed.paths == [target]
    assert entries == scan_library([library])
    assert index.search("quokka") == [str(target)]
    assert index.search("quok marsup") == [str(target)]


def test_file_that_breaks_and_mends(library: Path, index: LibraryIndex) -> None:
    target = sorted(library.rglob("b*.toml"))[0]
    good = target.read_text(encoding="utf-8")
    index.refresh([library])
    target.write_text(good.replace("[briefing]", "[briefing"), encoding="utf-8")
    touch_later(target)
    entries = index.refresh([library])
    assert entries == scan_library([library])
    assert next(e for e in entries if e.path == str(target)).broken
    target.write_text(good, encoding="utf-8")
    touch_later(target)
    assert index.refresh([library]) == scan_library([library])


def test_deleted_file_is_removed(library: Path, index: LibraryIndex) -> None:
    document = generate.briefing_document(7, 555)
    document["briefing"]["title"] = "Wombat burrows under parliament"
    gone = write_briefing(library / "2017" / "wombat.toml", document)
    index.refresh([library])
    assert index.search("wombat") == [str(gone)]
    gone.unlink()
    assert index.scan_changes([library]).gone == [str(gone)]
    entries = index.refresh([library])
    assert str(gone) not in [e.path for e in entries]
    assert entries == scan_library([library])
    assert index.cached_entries() == entries
    assert index.search("wombat") == []
    assert index.search("") == [e.path for e in entries]


def test_new_file_is_added_in_order(
    library: Path, index: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    index.refresh([library])
    added = write_briefing(library / "2016" / "aaa-new.toml", generate.briefing_document(9, 1))
    parsed = ParseCounter(monkeypatch)
    entries = index.refresh([library])
    assert parsed.paths == [added]
    assert entries == scan_library([library])
    assert index.cached_entries() == entries


def test_refresh_reports_new_entries_as_they_are_stored(library: Path, index: LibraryIndex) -> None:
    seen: list[Entry] = []
    entries = index.refresh([library], on_entry=seen.append)
    assert sorted(seen, key=lambda e: e.path) == sorted(entries, key=lambda e: e.path)
    seen.clear()
    assert index.refresh([library], on_entry=seen.append) == entries
    assert seen == []


def test_reindex_reports_each_entry_and_forgets_vanished_files(library: Path, index: LibraryIndex) -> None:
    paths = [Path(p) for p in library_files([library])]
    seen: list[Entry] = []
    missing = library / "never-there.toml"
    entries = index.reindex([*paths[:5], missing], on_entry=seen.append)
    assert entries == seen == [e for e in scan_library([library]) if Path(e.path) in paths[:5]]
    index.remove([paths[0], str(paths[1]), "not/indexed.toml"])
    assert [e.path for e in index.cached_entries()] == [str(p) for p in paths[2:5]]


def test_body_text_is_searched_and_forgotten_when_it_changes(
    tmp_path: Path, index: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "GARBAGE_FLOOR", 3)
    library = tmp_path / "zoo"
    write_briefing(library / "other.toml", generate.briefing_document(7, 322))
    document = generate.briefing_document(7, 321)
    paragraphs = document["sections"][1]["paragraphs"]
    paragraphs[0] = paragraphs[0] + " A quagga was seen."
    target = write_briefing(library / "animals.toml", document)
    index.refresh([library])
    assert index.search("quagg") == [str(target)]
    for round_number, animal in enumerate(["okapi", "tapir", "dugong", "saola", "pangolin"]):
        paragraphs[0] = paragraphs[0].rsplit(" A ", 1)[0] + f" A {animal} was seen."
        write_briefing(target, document)
        touch_later(target)
        index.refresh([library])
        assert index.search(animal) == [str(target)], round_number
        assert index.search("quagga") == []
        assert index.search("okapi") == ([str(target)] if animal == "okapi" else [])
        assert index.cached_entries() == scan_library([library])
    with sqlite3.connect(index.path) as db:
        retired = int(db.execute("SELECT value FROM meta WHERE key = 'retired'").fetchone()[0])
    assert retired < 3  # the body table was emptied and filled again on the way
    _fts_consistent(index.path)


def test_broken_files_are_found_by_name(library: Path, index: LibraryIndex) -> None:
    index.refresh([library])
    assert index.search("broken") == [str(library / "broken.toml")]


# -- the file itself -----------------------------------------------------------


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database \x00\xff" * 500)


def _truncate_half(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _truncate_empty(path: Path) -> None:
    path.write_bytes(b"")


def _truncate_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(50)


def _other_version(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {INDEX_FORMAT + 1}")


def _foreign_database(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE something (other TEXT)")


def _other_fingerprint(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = 'other' WHERE key = 'fingerprint'")


def _garbled_entry(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE entries SET entry = x'c1c1c1' WHERE id = (SELECT MIN(id) FROM entries)")


@pytest.mark.parametrize(
    "damage",
    [
        _garbage,
        _truncate_half,
        _truncate_empty,
        _truncate_header,
        _other_version,
        _foreign_database,
        _other_fingerprint,
        _garbled_entry,
    ],
)
def test_unusable_index_is_rebuilt_silently(library: Path, index_path: Path, damage: Any) -> None:
    with LibraryIndex(index_path) as index:
        expected = index.refresh([library])
    assert not Path(f"{index_path}-wal").exists()  # closed cleanly: everything is in the file
    damage(index_path)
    with LibraryIndex(index_path) as index:
        assert index.cached_entries() in ([], expected)
        try:
            assert index.search("a") is not None
        except IndexRefilling:  # emptied after damage: no search until a refresh fills it again
            assert index.damage_repaired
        assert index.refresh([library]) == expected
        assert index.cached_entries() == expected
        assert index.search("a") is not None
    with sqlite3.connect(index_path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == INDEX_FORMAT
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_missing_cache_folder_is_created(library: Path, tmp_path: Path) -> None:
    path = tmp_path / "deep" / "cache" / "library.sqlite3"
    with LibraryIndex(path) as index:
        assert index.cached_entries() == []
        assert index.refresh([library]) == scan_library([library])
    assert path.exists()


def test_index_uses_wal(index: LibraryIndex, index_path: Path) -> None:
    with sqlite3.connect(index_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_another_release_keeps_the_entries_but_parses_again(
    library: Path, index_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LibraryIndex(index_path) as index:
        expected = index.refresh([library])
    with sqlite3.connect(index_path) as db:
        db.execute("UPDATE meta SET value = '0.0.0:1' WHERE key = 'stamp'")
    parsed = ParseCounter(monkeypatch)
    with LibraryIndex(index_path) as index:
        assert index.cached_entries() == expected
        assert parsed.paths == []
        assert index.refresh([library]) == expected
        assert len(parsed.paths) == len(expected)
    with LibraryIndex(index_path) as index:
        index.refresh([library])
        assert len(parsed.paths) == len(expected)


# -- sharing -----------------------------------------------------------------

_REFRESH_SCRIPT = """
import sys, time
from pathlib import Path
import msgspec
from tui.model.state import index as index_module
from tui.model.state import index_build, index_reading
index_module.BATCH_ROWS = 3  # many small transactions, to interleave with the other process
go = Path(sys.argv[3])
Path(sys.argv[4]).touch()  # imported and at the start line
while not go.exists():  # start together
    time.sleep(0.005)
with index_module.LibraryIndex(Path(sys.argv[1])) as index:
    entries = index.refresh([Path(sys.argv[2])])
    sys.stdout.buffer.write(msgspec.json.encode(entries))
"""


def _fts_consistent(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO fts_meta (fts_meta) VALUES ('integrity-check')")
        db.execute("INSERT INTO fts_body (fts_body) VALUES ('integrity-check')")
        rows = db.execute("SELECT COUNT(*) FROM entries").fetchone()[0]
        assert db.execute("SELECT COUNT(*) FROM fts_meta_docsize").fetchone()[0] == rows
        orphans = "SELECT COUNT(*) FROM fts_meta_docsize WHERE id NOT IN (SELECT id FROM entries)"
        assert db.execute(orphans).fetchone()[0] == 0


def test_processes_refreshing_at_once(library: Path, index_path: Path, tmp_path: Path) -> None:
    expected = scan_library([library])
    go = tmp_path / "go"
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _REFRESH_SCRIPT, str(index_path), str(library), str(go), str(ready)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for ready in (tmp_path / f"ready-{n}" for n in range(3))
    ]
    # All three at the start line (however long importing takes), then go together.
    while not all((tmp_path / f"ready-{n}").exists() for n in range(3)):
        assert all(p.poll() is None for p in processes), "a refresher died before the start"
        time.sleep(0.005)
    go.touch()
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
        assert msgspec.json.decode(out, type=list[Entry]) == expected
    with LibraryIndex(index_path) as index:
        assert index.cached_entries() == expected
        assert index.search("") == [e.path for e in expected]
        assert expected[0].path in index.search(expected[0].title)
    _fts_consistent(index_path)


def test_threads_share_one_index(library: Path, index: LibraryIndex) -> None:
    expected = scan_library([library])
    errors: list[BaseException] = []
    results: list[list[Entry]] = []

    def work() -> None:
        try:
            results.append(index.refresh([library]))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        cached = index.cached_entries()  # the main thread reads while the worker writes
        assert all(entry in expected for entry in cached)
        index.search("kor")
    worker.join()
    assert not errors
    assert results == [expected]
    _fts_consistent(index.path)


def test_damage_found_by_one_thread_moves_every_thread_on(library: Path, index: LibraryIndex) -> None:
    expected = index.refresh([library])
    worker_results: list[list[Entry]] = []

    def in_worker() -> None:
        worker_results.append(index.cached_entries())

    worker = threading.Thread(target=in_worker)
    worker.start()
    worker.join()  # the worker thread's connection stays open
    _garbled_entry(index.path)
    assert index.cached_entries() == []  # rebuilt, silently
    worker = threading.Thread(target=lambda: worker_results.append(index.refresh([library])))
    worker.start()
    worker.join()
    assert worker_results == [expected, expected]
    assert index.cached_entries() == expected


def test_connections_end_with_their_threads(library: Path, index: LibraryIndex) -> None:
    index.refresh([library])
    for _ in range(30):
        worker = threading.Thread(target=index.cached_entries)
        worker.start()
        worker.join()
    gc.collect()
    assert len(index._connections) <= 2  # this thread's, perhaps one still being dropped
    index.close()
    assert len(index._connections) == 0
    assert len(index.cached_entries()) == len(scan_library([library]))  # usable after close


# -- search --------------------------------------------------------------------


@pytest.fixture
def searchable(tmp_path: Path, index: LibraryIndex) -> dict[str, str]:
    """Briefings with 'Zanzibar' in different places."""
    lib = tmp_path / "search"
    places = {
        "body": ("sections", "Clove harvest report"),
        "title": ("title", "Zanzibar clove harvest collapses"),
        "tags": ("tags", "Spice market report"),
        "dek": ("dek", "Island economies"),
        "none": ("", "Nothing about islands"),
    }
    paths: dict[str, str] = {}
    for number, (name, (where, title)) in enumerate(places.items()):
        document = generate.briefing_document(11, number)
        document["briefing"]["title"] = title
        if where == "tags":
            document["briefing"]["tags"] = ["zanzibar", "spices"]
        if where == "dek":
            document["briefing"]["dek"] = "Why Zanzibar matters now."
        if where == "sections":
            paragraphs = document["sections"][0]["paragraphs"]
            paragraphs.append("Farmers on Zanzibar say the rains came late.")
        paths[name] = str(write_briefing(lib / f"{name}.toml", document))
    index.refresh([lib])
    return paths


def test_search_ranks_title_matches_first(searchable: dict[str, str], index: LibraryIndex) -> None:
    found = index.search("zanzibar")
    assert set(found) == {searchable[n] for n in ("title", "tags", "dek", "body")}
    assert found[0] == searchable["title"]
    assert found[-1] == searchable["body"]
    assert index.search("zanzibar", limit=1) == [searchable["title"]]


def test_search_matches_prefixes_case_and_accents(
    library: Path, searchable: dict[str, str], index: LibraryIndex
) -> None:
    for query in ("z", "za", "zanz", "ZANZIBAR", "Zanzíbar", "  zanz  "):
        assert searchable["title"] in index.search(query), query
    assert index.search("zanzibar clove") == [searchable["title"], searchable["body"]]
    assert index.search("zanzibarx") == []
    document = generate.briefing_document(3, 4)
    document["briefing"]["title"] = "Zürich and North Korea talk"
    target = write_briefing(library / "korea.toml", document)
    index.refresh([library])
    assert str(target) in index.search("kor")
    assert str(target) in index.search("zur nor")


def test_empty_query_lists_everything_in_library_order(library: Path, index: LibraryIndex) -> None:
    entries = index.refresh([library])
    assert index.search("") == [e.path for e in entries]
    assert index.search("   ") == [e.path for e in entries]
    assert index.search("", limit=3) == [e.path for e in entries[:3]]
    assert index.search("", limit=0) == index.search("a", limit=-1) == []


HOSTILE = [
    '"',
    '""',
    "*",
    "**",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "NOT a",
    "-x",
    "a:b",
    "title:x",
    "(",
    ")",
    "(a OR",
    "NEAR(a b)",
    "{title dek}: a",
    "^a",
    "a + b",
    "'",
    "\\",
    "a_b",
    "_",
    "%",
    "日本語",
    "🙂",
    "Zürich",
    "ünï",
    "\x00",
    "a\nb",
    "x" * 2000,
    " ".join(["ab"] * 300),
    " ".join(f"w{n}" for n in range(2000)),
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(library: Path, index: LibraryIndex, query: str) -> None:
    index.refresh([library])
    assert isinstance(index.search(query), list)
    assert isinstance(index.search(query, limit=2), list)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text())
def test_any_text_is_a_query(generated: Path, tmp_path: Path, query: str) -> None:
    with LibraryIndex(tmp_path / "hypothesis" / "index.sqlite3") as index:
        if not index.cached_entries():
            index.refresh([generated])
        found = index.search(query)
    assert len(found) == len(set(found))


def test_search_without_fts5(
    searchable: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_reading, "_FTS5", False)
    with LibraryIndex(tmp_path / "plain.sqlite3") as index:
        index.refresh([Path(searchable["title"]).parent])
        found = index.search("zanz")
        assert found[0] == searchable["title"]
        assert set(found) == {searchable[n] for n in ("title", "tags", "dek")}  # no body text
        for query in HOSTILE:
            index.search(query)


# -- the generator -----------------------------------------------------------


def test_generator_is_seeded_and_valid(tmp_path: Path) -> None:
    first = generate.generate(tmp_path / "one", 12, seed=5, huge=1)
    second = generate.generate(tmp_path / "two", 12, seed=5, huge=1)
    assert [p.relative_to(tmp_path / "one") for p in first] == [
        p.relative_to(tmp_path / "two") for p in second
    ]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))
    briefings = [loader.load_briefing(p) for p in first]
    assert len(briefings[0].claims) == generate.HUGE_CLAIMS
    for briefing in briefings[1:]:
        assert 3 <= len(briefing.sections) <= 12
        assert 5 <= len(briefing.claims) <= 60
        assert 2 <= len(briefing.sources) <= 12
        assert len(briefing.figures) <= 8
    # Written exactly as tomli_w writes them, and tomli_w is left as it was.
    assert first[3].read_text(encoding="utf-8") == tomli_w.dumps(generate.briefing_document(5, 3))
    other = generate.generate(tmp_path / "three", 3, seed=6)
    assert other[0].read_bytes() != first[1].read_bytes()


# -- pages in sort order, and search while typing ---------------------------------


@pytest.mark.parametrize("sort", list(SORT_KEYS))
def test_pages_come_in_each_sort_order_without_decoding_the_rest(
    library: Path, tmp_path: Path, index: LibraryIndex, sort: str
) -> None:
    other = tmp_path / "other"
    write_briefing(other / "a.toml", generate.briefing_document(8, 1))
    index.refresh([library, other])  # the index holds another folder too
    entries = index.refresh([library])
    index.reindex([other / "a.toml"])  # back in the index, not in this library
    expected = sorted(entries, key=SORT_KEYS[sort])
    assert index.count([library]) == len(entries) and index.count() == len(entries) + 1
    pages = [index.page(sort, offset, 7, [library]) for offset in range(0, len(entries), 7)]
    assert [e for page in pages for e in page] == expected
    assert index.page(sort, len(entries), 7, [library]) == []


def test_a_one_letter_word_matches_without_ranking(searchable: dict[str, str], index: LibraryIndex) -> None:
    result = index.search_result("z")
    assert not result.ranked
    assert {searchable[n] for n in ("title", "tags", "dek", "body")} <= set(result.paths)
    assert result.paths == [p for p in index.search("") if p in set(result.paths)]  # library order
    ranked = index.search_result("za")
    assert ranked.ranked and ranked.paths[0] == searchable["title"]


def test_cached_word_rows_follow_changes_from_another_connection(
    library: Path, index_path: Path, index: LibraryIndex
) -> None:
    index.refresh([library])
    assert index.search("quetzal") == []  # cached: no briefing has it
    document = generate.briefing_document(5, 9)
    document["briefing"]["title"] = "Quetzal sightings"
    target = write_briefing(library / "quetzal.toml", document)
    with LibraryIndex(index_path) as other:  # another process would do the same
        other.refresh([library])
    assert index.search("quetzal") == [str(target)]


def test_a_cold_build_of_many_files_parses_them_in_worker_processes(
    library: Path, index: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    if index_build.pool_size() < 2:
        pytest.skip("one CPU: no worker processes")
    monkeypatch.setattr(index_module, "POOL_MIN", 2)
    seen: list[Entry] = []
    entries = index.refresh([library], on_entry=seen.append)
    assert entries == scan_library([library])
    assert sorted(e.path for e in seen) == sorted(e.path for e in entries)
    assert encoded(index.cached_entries()) == encoded(entries)
    assert index.search(entries[0].title)[0] == entries[0].path or entries[0].broken


def test_prefetch_gives_the_first_page_then_every_entry(
    library: Path, index_path: Path, index: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.model.state import prefetch as prefetch_module

    monkeypatch.setattr(prefetch_module, "PAGE_ROWS", 7)  # several pages of the 30 briefings
    entries = index.refresh([library])
    prefetch = prefetch_module.IndexPrefetch(index_path, [library], "title")
    pages = prefetch.first_page()
    assert pages is not None
    expected = sorted(entries, key=SORT_KEYS["title"])
    assert len(pages) == len(expected)
    # Rows past the first page are read from the index when asked for.
    assert [pages[n] for n in range(len(pages))] == expected
    assert list(pages[-3:]) == expected[-3:]
    with pytest.raises(IndexError):
        pages[len(expected)]
    opened, cached = prefetch.result()
    assert opened is not None
    assert cached == entries


def test_worker_processes_start_under_a_captured_stderr(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual replaces sys.stderr with a capture whose fileno() is not a descriptor."""

    class Captured:
        def fileno(self) -> int:
            return -1

        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            pass

    paths = sorted(library.glob("*.toml"))[:4]
    monkeypatch.setattr(sys, "stderr", Captured())
    index_build._start_resource_tracker()  # raised "bad value(s) in fds_to_keep" and crashed the reader
    rows = list(index_build.parse_in_pool(paths))
    assert [path for path, _row in rows] == paths
    assert all(row is not None for _path, row in rows)
