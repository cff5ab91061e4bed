"""The bookmarks file: round trips, locking, crash safety, damaged files, staleness."""

from __future__ import annotations

import datetime
import errno
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
import msgspec
import pytest
from helpers import SEED_ID, seed_sourcing

from tui.model.format.clean import clean_text
from tui.model.format.records import Briefing
from tui.model.format.sourcing import Sourcing
from tui.model.state import atomic, bookmark_store
from tui.model.state.bookmarks import (
    BOOKMARKS_FORMAT,
    Bookmark,
    BookmarkError,
    BookmarkKind,
    BookmarkStore,
    ChainLink,
    CorruptBookmarks,
    bookmark_for_briefing,
    bookmark_for_claim,
    bookmark_for_figure,
    bookmark_for_section,
    encode_bookmarks,
    parse_bookmarks,
    sort_bookmarks,
    stale_keys,
)
from tui.model.state.paths import state_paths

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
NOW = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)


def make(item: str, *, briefing: str = "b1", kind: str = "claim", **fields: Any) -> Bookmark:
    defaults: dict[str, Any] = {"text": f"text of {item}", "title": f"Briefing {briefing}"}
    defaults.update(fields)
    return Bookmark(
        kind=BookmarkKind(kind),
        briefing_id=briefing,
        item_id=item,
        created=fields.pop("created", NOW),
        **{k: v for k, v in defaults.items() if k != "created"},
    )


@pytest.fixture
def path() -> Path:
    return state_paths().bookmarks_file


@pytest.fixture
def store(path: Path) -> BookmarkStore:
    store = BookmarkStore(path, clock=lambda: NOW)
    store.load()
    return store


def read_set(path: Path) -> list[Bookmark]:
    """The bookmarks on disk as another reader sees them: the TOML file and its journal."""
    return BookmarkStore(path).load()


def read_toml(path: Path) -> list[Bookmark]:
    """The TOML file alone."""
    return parse_bookmarks(path.read_bytes()) if path.exists() else []


def temporaries(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


# ------------------------------------------------------------ basics


def test_file_lives_under_briefing_home(path: Path, briefing_home: Path) -> None:
    assert path == briefing_home / "data" / "bookmarks.toml"


def test_round_trip_keeps_every_field(store: BookmarkStore, path: Path) -> None:
    marks = [
        make(
            "c1",
            quote="the “words”",
            status="unverified",
            chain=(
                ChainLink(name='A "quoted" \\ name', kind="intelligence"),
                ChainLink(name="B", kind="wire"),
            ),
            note='multi\nline "note" with \\ and \t tab and ünïcödé 漢字',
            url="https://example.org/a?b=c",
            outlet="Outlet",
            published=datetime.date(2024, 11, 20),
            section_index=2,
            paragraph=3,
            offset=41,
        ),
        make("f1", kind="figure", label="label", period="2024", value=1.5e6, status="alleged"),
        make("s1", kind="section"),
        make("", kind="briefing", briefing="b2"),
    ]
    for mark in marks:
        assert store.add(mark)
    assert list(store.bookmarks) == marks
    fresh = BookmarkStore(path)
    assert fresh.load() == marks
    assert store.fold()
    assert read_toml(path) == marks
    assert not store.journal_path.exists()
    text = path.read_text("utf-8")
    assert f"format = {BOOKMARKS_FORMAT}" in text
    assert "created = 2025-01-02 03:04:05+00:00" in text


def test_toggle_on_and_off(store: BookmarkStore, path: Path) -> None:
    mark = make("c1")
    assert not store.is_bookmarked("b1", "claim", "c1")
    assert store.toggle(mark) is True
    assert store.is_bookmarked("b1", "claim", "c1")
    assert store.is_bookmarked("b1", BookmarkKind.CLAIM, "c1")
    assert read_set(path) == [mark]
    assert store.toggle(mark) is False
    assert not store.is_bookmarked("b1", "claim", "c1")
    assert read_set(path) == []


def test_add_keeps_an_existing_bookmark(store: BookmarkStore) -> None:
    first = make("c1", note="keep me")
    assert store.add(first)
    assert not store.add(make("c1"))
    assert store.bookmarks == (first,)


def test_note_set_and_cleared(store: BookmarkStore, path: Path) -> None:
    store.add(make("c1"))
    updated = store.set_note(("b1", "claim", "c1"), "  read \x1b[31mlater  ")
    assert updated is not None and updated.note == "read [31mlater"
    assert read_set(path)[0].note == "read [31mlater"
    assert store.set_note(("b1", "claim", "c1"), "")
    assert read_set(path)[0].note == ""
    assert store.set_note(("b1", "claim", "missing"), "x") is None


def test_remove_then_restore_gives_back_the_same_bookmark(store: BookmarkStore, path: Path) -> None:
    marks = [make("c1"), make("c2", note="mine", created=NOW - datetime.timedelta(days=3)), make("c3")]
    for mark in marks:
        store.add(mark)
    removed = store.remove(marks[1].key)
    assert removed == marks[1]
    assert store.remove(marks[1].key) is None
    assert [b.item_id for b in read_set(path)] == ["c1", "c3"]
    store.restore(removed)
    assert marks[1] in read_set(path)
    assert store.get(marks[1].key) == marks[1]


def test_every_mutation_rereads_the_file(store: BookmarkStore, path: Path) -> None:
    """Another reader's changes (or a hand edit) made in between are kept."""
    store.add(make("c1"))
    other = BookmarkStore(path)
    other.load()
    other.add(make("c2"))
    store.add(make("c3"))
    assert [b.item_id for b in read_set(path)] == ["c1", "c2", "c3"]
    assert [b.item_id for b in store.bookmarks] == ["c1", "c2", "c3"]
    store.fold()  # what a reader leaves behind on quitting; then edited by hand
    edited = (
        path.read_text("utf-8").replace('note = ""', "").replace('text = "text of c1"', 'text = "edited"')
    )
    path.write_text(edited, "utf-8")
    store.toggle(make("c2"))
    assert [(b.item_id, b.text) for b in read_set(path)] == [("c1", "edited"), ("c3", "text of c3")]


def test_missing_file_is_empty_and_nothing_is_written_by_loading(store: BookmarkStore, path: Path) -> None:
    assert store.bookmarks == ()
    assert not path.exists()
    assert store.take_messages() == []


def test_empty_file_is_no_bookmarks(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    store = BookmarkStore(path)
    assert store.load() == []
    assert store.moved_aside is None
    assert store.take_messages() == []


def test_duplicates_in_a_hand_edited_file_keep_the_first(path: Path) -> None:
    data = encode_bookmarks([make("c1", note="first"), make("c1", note="second"), make("c2")])
    path.parent.mkdir(parents=True)
    path.write_bytes(data)
    assert [(b.item_id, b.note) for b in BookmarkStore(path).load()] == [("c1", "first"), ("c2", "")]


def test_local_datetime_written_by_hand_is_taken_as_utc(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        'format = 1\n[[bookmarks]]\nkind = "claim"\nbriefing_id = "b"\ncreated = 2025-01-02T03:04:05\n'
    )
    (mark,) = BookmarkStore(path).load()
    assert mark.created == NOW


def test_leftover_temporary_files_are_removed_on_load(path: Path) -> None:
    path.parent.mkdir(parents=True)
    leftover = path.parent / f".{path.name}.abc123.tmp"
    leftover.write_bytes(b"half a file")
    unrelated = path.parent / "notes.tmp"
    unrelated.write_bytes(b"x")
    BookmarkStore(path).load()
    assert not leftover.exists()
    assert unrelated.exists()


def test_a_held_lock_times_out_with_a_message(path: Path) -> None:
    store = BookmarkStore(path, timeout=0.2)
    store.load()
    holder = filelock.FileLock(store.lock_path)
    with holder, pytest.raises(BookmarkError, match="busy"):
        store.toggle(make("c1"))
    assert store.toggle(make("c1"))


# ---------------------------------------------------- damaged files


ONE = b"format = 1\n[[bookmarks]]\n"
CREATED = b"created = 2025-01-01T00:00:00Z\n"
CORRUPT = {
    "bad toml": b'format = 1\n[[bookmarks]\nkind = "claim"\n',
    "not utf-8": b"format = 1\n# caf\xe9\n",
    "wrong type": ONE + b'kind = "claim"\nbriefing_id = 7\n' + CREATED,
    "bad kind": ONE + b'kind = "paragraph"\nbriefing_id = "b"\n' + CREATED,
    "unknown field": ONE + b'kind = "claim"\nbriefing_id = "b"\ncolour = "red"\n' + CREATED,
    "no format": b'[[bookmarks]]\nkind = "claim"\nbriefing_id = "b"\n' + CREATED,
    "bookmarks not a list": b'format = 1\nbookmarks = "all of them"\n',
}


@pytest.mark.parametrize("content", CORRUPT.values(), ids=list(CORRUPT))
def test_a_damaged_file_is_moved_aside_never_overwritten(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    store = BookmarkStore(path, clock=lambda: NOW)
    assert store.load() == []
    moved = path.parent / "bookmarks.corrupt-20250102-030405.toml"
    assert store.moved_aside == moved
    assert moved.read_bytes() == content
    assert not path.exists()
    (message,) = store.take_messages()
    assert str(moved) in message
    assert store.take_messages() == []
    # Saving afterwards writes a fresh file and leaves the damaged one alone.
    assert store.toggle(make("c1"))
    assert [b.item_id for b in read_set(path)] == ["c1"]
    assert moved.read_bytes() == content


def test_a_file_damaged_while_running_is_moved_aside_by_the_next_change(
    store: BookmarkStore, path: Path
) -> None:
    store.add(make("c0"))
    store.fold()
    store.add(make("c1"))
    path.write_bytes(b"garbage = = =")
    store.add(make("c2"))
    assert store.moved_aside is not None and store.moved_aside.read_bytes() == b"garbage = = ="
    # c0 was only in the damaged file; c1 is in the journal, which was not damaged.
    assert [b.item_id for b in read_set(path)] == ["c1", "c2"]
    assert store.take_messages()


def test_moved_aside_names_are_unique(path: Path) -> None:
    path.parent.mkdir(parents=True)
    names = []
    for attempt in range(3):
        path.write_bytes(b"broken %d [" % attempt)
        store = BookmarkStore(path, clock=lambda: NOW)
        store.load()
        assert store.moved_aside is not None
        names.append(store.moved_aside.name)
        assert store.moved_aside.read_bytes() == b"broken %d [" % attempt
    assert names == [
        "bookmarks.corrupt-20250102-030405.toml",
        "bookmarks.corrupt-20250102-030405-2.toml",
        "bookmarks.corrupt-20250102-030405-3.toml",
    ]


def test_a_newer_format_is_left_alone_and_read_only(path: Path) -> None:
    content = b'format = 2\n[[bookmarks]]\nshape = "new"\n'
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    store = BookmarkStore(path)
    assert store.load() == []
    assert "newer" in store.take_messages()[0]
    with pytest.raises(BookmarkError, match="newer"):
        store.toggle(make("c1"))
    assert path.read_bytes() == content
    assert store.moved_aside is None


def test_an_unreadable_file_is_not_overwritten(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path.parent.mkdir(parents=True)
    content = encode_bookmarks([make("c1")])
    path.write_bytes(content)
    real_read = bookmark_store.read_regular

    def denied(name: Path | str, limit: int | None = None) -> bytes:
        if Path(name) == path:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_read(name, limit)

    store = BookmarkStore(path)
    with monkeypatch.context() as patch:
        patch.setattr(bookmark_store, "read_regular", denied)
        assert store.load() == []
        assert "Permission denied" in store.take_messages()[0]
        with pytest.raises(BookmarkError, match="cannot read"):
            store.toggle(make("c2"))
    assert path.read_bytes() == content
    assert store.moved_aside is None


def test_parse_reports_why() -> None:
    with pytest.raises(CorruptBookmarks, match="TOML syntax"):
        parse_bookmarks(b"[[")
    with pytest.raises(CorruptBookmarks, match="UTF-8"):
        parse_bookmarks(b"\xff")


# ------------------------------------------------ constructors, order, staleness


def test_constructors_snapshot_a_loaded_briefing() -> None:
    sourcing = seed_sourcing()
    meta = sourcing.briefing.meta
    claim = max(sourcing.claims_in_reading_order, key=lambda c: len(c.attribution))
    mark = bookmark_for_claim(sourcing, claim, now=NOW)
    assert mark.key == (meta.id, "claim", claim.id)
    assert mark.text == claim.text and mark.quote == claim.quote and mark.status == claim.status.value
    assert [(link.name, link.kind) for link in mark.chain] == [
        (s.name, s.kind.value) for s in sourcing.chain(claim)
    ]
    assert len(mark.chain) >= 2
    assert mark.title == meta.title and mark.url == meta.url and mark.published == meta.published
    assert mark.created == NOW

    figure = sourcing.briefing.figures[0]
    figure_mark = bookmark_for_figure(sourcing, figure, now=NOW)
    figure_claim = sourcing.claims[figure.claim]
    assert figure_mark.text == figure.display and figure_mark.label == figure.label
    assert figure_mark.value == figure.value and figure_mark.period == figure.period
    assert figure_mark.status == figure_claim.status.value
    assert [link.name for link in figure_mark.chain] == [s.name for s in sourcing.chain(figure_claim)]
    assert figure_mark.position == bookmark_for_claim(sourcing, figure_claim).position

    section = sourcing.briefing.sections[1]
    section_mark = bookmark_for_section(sourcing, section, now=NOW)
    assert section_mark.text == section.heading and section_mark.position == (1, 0, 0)

    whole = bookmark_for_briefing(sourcing, now=NOW)
    assert whole.key == (meta.id, "briefing", "") and whole.text == meta.title


def test_created_defaults_to_now_in_utc_whole_seconds() -> None:
    sourcing = seed_sourcing()
    before = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    mark = bookmark_for_briefing(sourcing)
    assert mark.created.tzinfo is not None and mark.created.utcoffset() == datetime.timedelta(0)
    assert before <= mark.created <= datetime.datetime.now(datetime.UTC)
    local = datetime.datetime(2025, 1, 2, 5, 4, 5, 999, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert bookmark_for_briefing(sourcing, now=local).created == NOW


def test_reading_order_within_a_briefing() -> None:
    sourcing = seed_sourcing()
    marks = [bookmark_for_figure(sourcing, f, now=NOW) for f in sourcing.briefing.figures]
    marks += [bookmark_for_claim(sourcing, c, now=NOW) for c in sourcing.briefing.claims]
    marks += [bookmark_for_section(sourcing, s, now=NOW) for s in sourcing.briefing.sections]
    marks.append(bookmark_for_briefing(sourcing, now=NOW))
    random.Random(4).shuffle(marks)
    ordered = sort_bookmarks(marks, [SEED_ID])
    assert ordered[0].kind is BookmarkKind.BRIEFING
    assert [m.position for m in ordered] == sorted(m.position for m in ordered)
    claims = [m.item_id for m in ordered if m.kind is BookmarkKind.CLAIM]
    assert claims == [c.id for c in sourcing.claims_in_reading_order]
    # A section's heading comes before its claims; a claim before its figures.
    for index, mark in enumerate(ordered):
        if mark.kind is BookmarkKind.FIGURE:
            claim_id = sourcing.briefing.figures[
                [f.id for f in sourcing.briefing.figures].index(mark.item_id)
            ].claim
            assert claim_id in [m.item_id for m in ordered[:index]]


def test_library_order_then_unknown_briefings_by_title() -> None:
    marks = [
        make("c", briefing="zeta", title="Alpha story"),
        make("c", briefing="b", title="B"),
        make("c", briefing="a", title="A"),
        make("c", briefing="gone", title="Beta story"),
    ]
    assert [m.briefing_id for m in sort_bookmarks(marks, ["b", "a"])] == ["b", "a", "zeta", "gone"]
    assert [m.briefing_id for m in sort_bookmarks(marks)] == ["a", "zeta", "b", "gone"]


def test_stale_bookmarks_survive_and_are_reported(store: BookmarkStore, path: Path) -> None:
    sourcing = seed_sourcing()
    live = bookmark_for_claim(sourcing, sourcing.briefing.claims[0], now=NOW)
    gone_item = msgspec.structs.replace(live, item_id="retracted-claim")
    gone_briefing = make("c1", briefing="deleted-briefing")
    for mark in (live, gone_item, gone_briefing):
        store.add(mark)
    store.toggle(make("other"))
    store.toggle(make("other"))
    fresh = BookmarkStore(path)
    assert fresh.load() == [live, gone_item, gone_briefing]
    library: dict[str, Briefing | Sourcing | None] = {SEED_ID: sourcing}
    assert stale_keys(fresh.bookmarks, library) == {gone_item.key, gone_briefing.key}
    # Known only by summary: only the briefing id is checked.
    assert stale_keys([live, gone_item, gone_briefing], {SEED_ID: None}) == {gone_briefing.key}


# ------------------------------------------------------- fault injection


class Faults:
    """Counts calls to the I/O steps of a save and fails the Nth with EIO."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int | None) -> None:
        self.calls = 0
        self.fail_at = fail_at
        self.failed: str | None = None
        for module, name in [
            (os, "open"),
            (os, "fsync"),
            (os, "replace"),
            (os, "link"),
            (os, "unlink"),
            (os, "ftruncate"),
            (tempfile, "mkstemp"),
        ]:
            monkeypatch.setattr(module, name, self._wrap(name, getattr(module, name)))
        real_write = os.write

        def torn_write(fd: int, data: Any) -> int:
            if self._tick("os.write"):
                real_write(fd, bytes(data)[: len(data) // 2])
                raise OSError(errno.ENOSPC, "injected: disk full")
            return real_write(fd, data)

        monkeypatch.setattr(os, "write", torn_write)
        real_fdopen = os.fdopen
        faults = self

        class TornWrites:
            def __init__(self, handle: Any) -> None:
                self._handle = handle

            def write(self, data: bytes) -> int:
                if faults._tick("write"):
                    self._handle.write(data[: len(data) // 2])
                    self._handle.flush()
                    raise OSError(errno.ENOSPC, "injected: disk full")
                return int(self._handle.write(data))

            def __getattr__(self, name: str) -> Any:
                return getattr(self._handle, name)

            def __enter__(self) -> TornWrites:
                return self

            def __exit__(self, *exc: object) -> None:
                self._handle.close()

        monkeypatch.setattr(os, "fdopen", lambda *a, **k: TornWrites(real_fdopen(*a, **k)))

    def _tick(self, name: str) -> bool:
        self.calls += 1
        if self.calls == self.fail_at:
            self.failed = name
            return True
        return False

    def _wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if self._tick(name):
                raise OSError(errno.EIO, f"injected: {name} failed")
            return function(*args, **kwargs)

        return wrapper


SAVES: dict[str, Callable[[BookmarkStore], object]] = {
    "add": lambda s: s.toggle(make("new", note="n" * 5000)),
    "remove": lambda s: s.remove(("b1", "claim", "c1")),
    "note": lambda s: s.set_note(("b1", "claim", "c2"), "a new note\nwith lines"),
}


def store_over(path: Path, old_bytes: bytes) -> BookmarkStore:
    """A store loaded from `old_bytes` alone: no journal or cache left by an earlier round."""
    for leftover in (path.with_name("bookmarks.journal"), path.with_name("bookmarks.cache")):
        leftover.unlink(missing_ok=True)
    atomic.write_atomic(path, old_bytes)
    store = BookmarkStore(path)
    store.load()
    return store


@pytest.mark.parametrize("save", list(SAVES))
def test_a_failure_at_any_step_of_a_save_leaves_the_old_or_the_new_file(
    path: Path, monkeypatch: pytest.MonkeyPatch, save: str
) -> None:
    old = [make(f"c{n}", note="x" * n) for n in range(6)]
    old_bytes = encode_bookmarks(old)

    def fresh_store() -> BookmarkStore:
        return store_over(path, old_bytes)

    store = fresh_store()
    with monkeypatch.context() as patch:
        counter = Faults(patch, fail_at=None)
        SAVES[save](store)
    new = read_set(path)
    assert new != old
    steps = counter.calls
    assert steps >= 6  # lock, journal open, write, fsync, folder open, folder fsync...

    outcomes: dict[str, int] = {"old": 0, "new": 0}
    for n in range(1, steps + 1):
        store = fresh_store()
        with monkeypatch.context() as patch:
            faults = Faults(patch, fail_at=n)
            try:
                SAVES[save](store)
            except BookmarkError as error:
                assert "injected" in str(error) or faults.failed == "open"
        assert faults.failed is not None, n
        on_disk = read_set(path)
        assert on_disk in (old, new), f"step {n} ({faults.failed}) left a mixed file"
        outcomes["old" if on_disk == old else "new"] += 1
        assert list(store.bookmarks) == on_disk, "the cache must match the file after a failure"
        assert temporaries(path) == [], f"step {n} ({faults.failed}) left a temporary file"
    assert outcomes["old"] > 0 and outcomes["new"] > 0


def test_a_failure_at_any_step_of_folding_changes_no_bookmark(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Folding the journal into the TOML file: fail at every step; the bookmarks stay the same."""
    old = [make(f"c{n}", note="x" * n) for n in range(6)]
    old_bytes = encode_bookmarks(old)

    def store_with_journal() -> BookmarkStore:
        store = store_over(path, old_bytes)
        store.remove(("b1", "claim", "c1"))
        store.toggle(make("new"))
        store.set_note(("b1", "claim", "c2"), "changed")
        store.restore(old[1])  # back, at the end
        return store

    store = store_with_journal()
    expected = read_set(path)
    assert expected != old
    with monkeypatch.context() as patch:
        counter = Faults(patch, fail_at=None)
        assert store.fold()
    assert read_toml(path) == expected and read_set(path) == expected
    steps = counter.calls
    assert steps >= 8  # lock, mkstemp, write, fsync, replace, folder, unlink, cache...

    outcomes = {"old file": 0, "folded": 0}
    for n in range(1, steps + 1):
        store = store_with_journal()
        with monkeypatch.context() as patch:
            faults = Faults(patch, fail_at=n)
            try:
                store.fold()
            except BookmarkError as error:
                assert "injected" in str(error) or faults.failed == "open"
        assert faults.failed is not None, n
        assert list(store.bookmarks) == expected, f"step {n} ({faults.failed})"
        assert read_set(path) == expected, f"step {n} ({faults.failed}) changed the bookmarks"
        outcomes["old file" if path.read_bytes() == old_bytes else "folded"] += 1
        assert temporaries(path) == [], f"step {n} ({faults.failed}) left a temporary file"
        assert not list(path.parent.glob(".bookmarks.cache.*.tmp"))
        # The next change after a failed fold is kept as well.
        store.toggle(make("after"))
        assert read_set(path) == [*expected, make("after")]
    assert outcomes["old file"] > 0 and outcomes["folded"] > 0


# ------------------------------------------------------- crash: SIGKILL

KILL_SERVER = textwrap.dedent(
    """
    import datetime, os, random, sys
    from pathlib import Path
    import filelock  # imported once here, not in every child: the children save sooner
    from tui.model.state.bookmarks import Bookmark, BookmarkKind, BookmarkStore

    path = Path(sys.argv[1])
    created = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)

    def work(seed):
        rnd = random.Random(seed)
        store = BookmarkStore(path)
        store.load()
        saved = False
        server = os.getppid()
        while os.getppid() == server:  # a server that died (a failed test) takes its writer along
            item = f"c{rnd.randrange(60)}"
            text = "words " * rnd.randrange(1, 300)
            store.toggle(Bookmark(kind=BookmarkKind.CLAIM, briefing_id="kill", item_id=item,
                                  created=created, text=text, note="n" * rnd.randrange(50)))
            if not saved:  # tell the killer this round has made progress; then keep going
                saved = True
                os.write(1, b"saved\\n")  # one write: a whole line, never split by the parent's
            if rnd.random() < 0.15:
                store.fold()  # killed mid-fold too

    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                work(int(line))
            finally:
                os._exit(0)
        os.write(1, f"{pid}\\n".encode())  # the child may have written "saved" before this
        os.waitpid(pid, 0)
        os.write(1, b"reaped\\n")
    """
)


@contextmanager
def running(args: list[str], **kwargs: Any) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(args, text=True, env=dict(os.environ), cwd=REPO, **kwargs)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_at_random_moments_always_leaves_a_readable_file(path: Path, tmp_path: Path) -> None:
    """A writer killed at 200 random moments (appending or folding) never leaves a torn or unreadable file.

    Each round waits until the writer has saved once (a condition, not a time), so a
    busy machine cannot turn the test into 200 kills of a process still starting up."""
    script = tmp_path / "kill_server.py"
    script.write_text(KILL_SERVER)
    path.parent.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(20250102)
    kills = 200
    changed = 0
    torn_temporaries = 0
    previous: list[Bookmark] = []
    folds = 0
    with running([PYTHON, str(script), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as server:
        assert server.stdin is not None and server.stdout is not None
        for round_ in range(kills):
            server.stdin.write(f"{round_}\n")
            server.stdin.flush()
            # The writer's pid and its first save, in either order (the child runs at once);
            # wait for both however slow a loaded machine makes them, then kill at a
            # random moment of the saves that follow (mid-write included).
            pid, saved = 0, False
            while not (pid and saved):
                line = server.stdout.readline().strip()
                assert line, "the kill server ended"
                if line == "saved":
                    saved = True
                else:
                    pid = int(line)
            time.sleep(rnd.uniform(0.0, 0.03))
            os.kill(pid, signal.SIGKILL)
            assert server.stdout.readline().strip() == "reaped"
            data = path.read_bytes() if path.exists() else b""
            parse_bookmarks(data)  # raises if torn
            folds += b"# journal:" in data
            torn_temporaries += len(temporaries(path))
            reader = BookmarkStore(path)
            state = reader.load()  # the TOML file and the journal, a torn last line cut off
            assert reader.take_messages() == [], f"round {round_}"
            if state != previous:
                changed += 1
                previous = state
            assert not list(path.parent.glob("bookmarks.corrupt-*")), f"round {round_} damaged the file"
        server.stdin.close()
    assert changed > kills // 2, "every round saved at least once, so the state kept changing"
    assert folds > kills // 10, "the writer rarely folded the journal"
    store = BookmarkStore(path)
    store.load()
    assert store.moved_aside is None and store.take_messages() == []
    assert temporaries(path) == [], "load() removes what killed writers left"
    print(f"{kills} kills, {changed} saw a new file, {torn_temporaries} temporary files left mid-write")


# ------------------------------------------------------- two processes

TOGGLER = textwrap.dedent(
    """
    import datetime, os, sys, time
    from pathlib import Path
    from tui.model.state.bookmarks import Bookmark, BookmarkKind, BookmarkStore

    path, prefix, count, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    created = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    # The lock is waited for as long as the other toggler needs: a loaded machine may
    # starve it for far longer than the app's 10 s, and this test is about losing nothing.
    store = BookmarkStore(path, timeout=600)
    store.load()
    marks = [Bookmark(kind=BookmarkKind.CLAIM, briefing_id="shared", item_id=f"{prefix}{n}",
                      created=created, text=f"{prefix} says {n}") for n in range(count)]
    (go.parent / f"ready-{prefix}").touch()
    while not go.exists():
        time.sleep(0.001)
    start = time.monotonic()
    for number, mark in enumerate(marks):
        assert store.toggle(mark) is True
        if number == 0:  # overlap by construction: go on only once the other has begun too
            (go.parent / f"begun-{prefix}").touch()
            other = "b" if prefix == "a" else "a"
            while not (go.parent / f"begun-{other}").exists():
                time.sleep(0.001)
        if number % 50 == 49:
            store.fold()  # while the other one appends
    for mark in marks[::5]:
        assert store.toggle(mark) is False
    print(start, time.monotonic())
    """
)


def test_two_processes_toggling_concurrently_lose_nothing(path: Path, tmp_path: Path) -> None:
    script = tmp_path / "toggler.py"
    script.write_text(TOGGLER)
    go = tmp_path / "go"
    count = 200
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        running([PYTHON, str(script), str(path), "a", str(count), str(go)], stdout=subprocess.PIPE) as first,
        running([PYTHON, str(script), str(path), "b", str(count), str(go)], stdout=subprocess.PIPE) as second,
    ):
        # Hang guards only (10 min): on a loaded machine starting and toggling take long.
        deadline = time.monotonic() + 600
        while not all((tmp_path / f"ready-{p}").exists() for p in "ab"):  # both at the start line
            assert time.monotonic() < deadline and first.poll() is None and second.poll() is None
            time.sleep(0.005)
        go.touch()
        spans = []
        for process in (first, second):
            out, _ = process.communicate(timeout=600)
            assert process.returncode == 0
            spans.append([float(x) for x in out.split()])
    (a_start, a_end), (b_start, b_end) = spans
    assert a_start < b_end and b_start < a_end, "the two writers did not overlap"
    expected = {f"{p}{n}" for p in "ab" for n in range(count) if n % 5}
    on_disk = [b.item_id for b in read_set(path)]
    assert len(on_disk) == len(expected)
    assert set(on_disk) == expected


def test_chain_text_is_plain_text() -> None:
    from tui.model.state.bookmarks import OWN_ASSERTION, chain_text

    mark = make(
        "c1", chain=(ChainLink(name="AT&T *press* [office]", kind="company"), ChainLink(name="X", kind="new"))
    )
    assert chain_text(mark) == "AT&T *press* [office] (company) → X (new)"
    assert chain_text(make("c2")) == OWN_ASSERTION


# ------------------------------------------------------- the journal


def test_a_change_appends_one_line_and_leaves_the_toml_file_alone(store: BookmarkStore, path: Path) -> None:
    for n in range(3):
        store.add(make(f"c{n}"))
    store.fold()
    toml = path.read_bytes()
    store.toggle(make("c1"))
    assert path.read_bytes() == toml
    lines = store.journal_path.read_bytes().splitlines()
    assert len(lines) == 2 and b'"op":"remove"' in lines[1]  # the header, the change
    assert [b.item_id for b in read_set(path)] == ["c0", "c2"]


def test_a_torn_last_line_is_cut_off_and_the_next_change_kept(store: BookmarkStore, path: Path) -> None:
    store.add(make("c1"))
    whole = store.journal_path.read_bytes()
    with store.journal_path.open("ab") as journal:
        journal.write(b'{"op":"add","bookmark":{"kind":"cla')  # a writer died here
    other = BookmarkStore(path)
    assert [b.item_id for b in other.load()] == ["c1"]
    assert store.journal_path.read_bytes() == whole
    other.add(make("c2"))
    assert [b.item_id for b in read_set(path)] == ["c1", "c2"]


def test_a_journal_already_folded_is_not_applied_twice(store: BookmarkStore, path: Path) -> None:
    """A crash between writing the TOML file and deleting the journal."""
    store.add(make("c1"))
    store.add(make("c2"))
    store.remove(make("c1").key)
    store.add(make("c1", note="again"))
    journal = store.journal_path.read_bytes()
    store.fold()
    store.journal_path.write_bytes(journal)  # as if the delete never happened
    expected = [make("c2"), make("c1", note="again")]
    assert read_set(path) == expected
    store.add(make("c3"))  # appended after the folded part: applied
    assert read_set(path) == [*expected, make("c3")]


def test_a_damaged_journal_is_moved_aside(store: BookmarkStore, path: Path) -> None:
    store.add(make("c1"))
    store.fold()
    store.add(make("c2"))
    with store.journal_path.open("ab") as journal:
        journal.write(b"not a change\n")
    fresh = BookmarkStore(path, clock=lambda: NOW)
    assert [b.item_id for b in fresh.load()] == ["c1"]
    assert fresh.moved_aside == path.parent / "bookmarks.corrupt-20250102-030405.journal"
    assert b"not a change" in fresh.moved_aside.read_bytes()
    assert "journal" in fresh.take_messages()[0]
    fresh.add(make("c3"))
    assert [b.item_id for b in read_set(path)] == ["c1", "c3"]


def test_a_hand_edit_while_changes_are_pending_keeps_both(store: BookmarkStore, path: Path) -> None:
    store.add(make("c1"))
    store.fold()
    store.add(make("c2"))  # in the journal only
    path.write_text(path.read_text("utf-8").replace('text = "text of c1"', 'text = "edited"'), "utf-8")
    assert [(b.item_id, b.text) for b in read_set(path)] == [("c1", "edited"), ("c2", "text of c2")]
    store.toggle(make("c3"))
    assert [(b.item_id, b.text) for b in store.bookmarks] == [
        ("c1", "edited"),
        ("c2", "text of c2"),
        ("c3", "text of c3"),
    ]


def test_a_stale_cache_is_not_used(store: BookmarkStore, path: Path) -> None:
    for n in range(3):
        store.add(make(f"c{n}"))
    store.fold()
    assert store.cache_path.exists()
    path.write_bytes(encode_bookmarks([make("other")]))
    assert [b.item_id for b in BookmarkStore(path).load()] == ["other"]
    store.cache_path.write_bytes(b"\x00 not msgpack")
    assert [b.item_id for b in BookmarkStore(path).load()] == ["other"]


def test_the_journal_is_folded_in_the_background_after_changes(path: Path) -> None:
    store = BookmarkStore(path, fold_after=0.05)
    store.load()
    store.add(make("c1"))
    store.add(make("c2"))
    deadline = time.monotonic() + 300  # a hang guard: the loop ends when the fold has happened
    while store.journal_path.exists():
        assert time.monotonic() < deadline, "never folded"
        time.sleep(0.01)
    assert read_toml(path) == [make("c1"), make("c2")]


def test_close_folds_the_journal(store: BookmarkStore, path: Path) -> None:
    store.add(make("c1"))
    store.close()
    assert not store.journal_path.exists()
    assert read_toml(path) == [make("c1")]


NASTY = ['a "q" \\ b', "tab\there\nnew", "del\x7fx", "ctl\x01\x1f", "漢字 ünï ‮bidi", "'single'", "", " "]


@pytest.mark.parametrize("text", NASTY)
def test_the_toml_writer_round_trips_any_text(text: str) -> None:
    mark = make("c1", text=text, note=text, quote=text, chain=(ChainLink(name=text, kind=text or "x"),))
    data = encode_bookmarks([mark], mark=("ab12cd34", 99))
    assert parse_bookmarks(data) == parse_bookmarks(encode_bookmarks([mark]))
    (back,) = parse_bookmarks(data)
    assert back.note == clean_text(text) and back.chain[0].name == clean_text(text)
