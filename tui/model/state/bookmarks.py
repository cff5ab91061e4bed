"""Bookmarks: briefings, sections, claims and figures a reader wants to keep.

One TOML file, `bookmarks.toml` under the data folder, holds them all::

    # briefing bookmarks. ...
    format = 1

    [[bookmarks]]
    kind = "claim"
    briefing_id = "north-korea-russia-alliance"
    item_id = "troop-casualties"
    created = 2025-01-02 03:04:05+00:00
    note = "Check against the UN figures."
    text = "Around 600 North Korean soldiers have been killed ..."
    quote = "around 600 North Korean soldiers have been killed ..."
    status = "unverified"
    chain = [
        { name = "South Korean intelligence", kind = "intelligence" },
        { name = "a South Korean lawmaker (unnamed)", kind = "government" },
    ]
    title = "Kim Jong Un Makes Wild Claim: ..."
    section_index = 1
    paragraph = 2
    offset = 24

Each bookmark carries a snapshot of what it points at (title, outlet, text,
chain, status), so it can still be shown and exported after its briefing has
left the library: such a bookmark is *stale*, shown and never dropped.

Several readers may run at once. Every mutation takes a lock file beside the
bookmarks (`bookmarks.toml.lock`), re-reads the file, applies its one change
and writes the result atomically, so concurrent toggles never lose each
other's work and a crash leaves the old file or the new one, never a torn one.

A file that cannot be understood (bad TOML, wrong types, not UTF-8) is never
overwritten: it is moved aside to `bookmarks.corrupt-YYYYmmdd-HHMMSS.toml` and
the store starts empty, with a message saying where the old file went.
"""

from __future__ import annotations

import datetime
import enum
import itertools
import os
import tomllib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import msgspec
import tomli_w

from tui.model.format.clean import clean_text, clean_tree
from tui.model.format.records import SOURCE_KIND_LABELS, Briefing, Claim, Figure, Section, SourceKind
from tui.model.format.sourcing import Sourcing
from tui.model.state.atomic import fsync_folder, write_atomic
from tui.model.state.marks import Marks, marks_of

if TYPE_CHECKING:
    import filelock

BOOKMARKS_FORMAT = 1
LOCK_TIMEOUT = 10.0

_HEADER = (
    "# briefing bookmarks. Written by briefing; every change re-reads this file under\n"
    "# bookmarks.toml.lock, so edits made by hand are kept. A file briefing cannot\n"
    "# read is moved aside to bookmarks.corrupt-<time>.toml, never overwritten.\n\n"
)

T = TypeVar("T")


class BookmarkKind(enum.StrEnum):
    BRIEFING = "briefing"
    SECTION = "section"
    CLAIM = "claim"
    FIGURE = "figure"


# Within one reading position: the briefing first, then a section heading,
# then the claim, then the claim's figures.
_KIND_RANK = {
    BookmarkKind.BRIEFING: 0,
    BookmarkKind.SECTION: 1,
    BookmarkKind.CLAIM: 2,
    BookmarkKind.FIGURE: 3,
}

# (briefing_id, kind, item_id); item_id is "" for a whole briefing.
Key = tuple[str, str, str]


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class ChainLink(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One source in an attribution chain, as it was when bookmarked."""

    name: str
    # A SourceKind value; kept as text so a kind added later does not make
    # an older file unreadable.
    kind: str

    @property
    def kind_label(self) -> str:
        """'intelligence service' for 'intelligence'; unknown kinds as written."""
        try:
            return SOURCE_KIND_LABELS[SourceKind(self.kind)]
        except ValueError:
            return self.kind


class Bookmark(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """A bookmark and a snapshot of what it points at. Field order is file order."""

    kind: BookmarkKind
    briefing_id: Annotated[str, msgspec.Meta(min_length=1)]
    item_id: str = ""  # "" for a whole briefing
    created: datetime.datetime  # UTC
    note: str = ""
    # Claim sentence, figure display text, section heading or briefing title.
    text: str = ""
    quote: str = ""  # a claim's words as the article puts them
    label: str = ""  # figures
    period: str = ""  # figures
    value: float | None = None  # figures
    status: str = ""  # a claim's status, or a figure's claim's; "" otherwise
    # From the original claimant to the source the outlet cites; a figure's
    # chain is its claim's. Empty: the outlet asserts it.
    chain: tuple[ChainLink, ...] = ()
    # The briefing as it was when bookmarked.
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: datetime.date | None = None
    # Reading order inside the briefing: section index (0-based), paragraph
    # (1-based; 0 for a heading or the whole briefing), character offset.
    section_index: int = 0
    paragraph: int = 0
    offset: int = 0

    @property
    def key(self) -> Key:
        return (self.briefing_id, self.kind.value, self.item_id)

    @property
    def position(self) -> tuple[int, int, int]:
        return (self.section_index, self.paragraph, self.offset)

    @property
    def reading_key(self) -> tuple[int, int, int, int, str]:
        """Sort key for reading order inside one briefing."""
        return (self.section_index, self.paragraph, self.offset, _KIND_RANK[self.kind], self.item_id)


class BookmarkFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    format: int
    bookmarks: tuple[Bookmark, ...] = ()


OWN_ASSERTION = "the outlet’s own assertion"


def chain_text(bookmark: Bookmark) -> str:
    """Plain text: 'South Korean intelligence (intelligence service) → …', or the
    outlet's own assertion for an empty chain. Not escaped for any markup."""
    if not bookmark.chain:
        return OWN_ASSERTION
    return " → ".join(f"{link.name} ({link.kind_label})" for link in bookmark.chain)


def make_key(briefing_id: str, kind: str, item_id: str = "") -> Key:
    return (briefing_id, BookmarkKind(kind).value, item_id)


# ------------------------------------------------------------- constructors


def _utc(now: datetime.datetime | None) -> datetime.datetime:
    moment = utc_now() if now is None else now
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC).replace(microsecond=0)


def _snapshot(sourcing: Sourcing) -> dict[str, Any]:
    meta = sourcing.briefing.meta
    return {
        "briefing_id": meta.id,
        "title": meta.title,
        "outlet": meta.outlet,
        "url": meta.url,
        "published": meta.published,
    }


def _chain(sourcing: Sourcing, claim: Claim | None) -> tuple[ChainLink, ...]:
    if claim is None:
        return ()
    return tuple(ChainLink(name=s.name, kind=s.kind.value) for s in sourcing.chain(claim))


def _claim_position(sourcing: Sourcing, claim: Claim) -> tuple[int, int, int]:
    """(section index, paragraph, offset of the quote in the paragraph)."""
    section_index = sourcing.section_index.get(claim.section, len(sourcing.briefing.sections))
    section = sourcing.sections.get(claim.section)
    offset = 0
    if section is not None and 1 <= claim.paragraph <= len(section.paragraphs):
        offset = max(section.paragraphs[claim.paragraph - 1].find(claim.quote), 0)
    return section_index, claim.paragraph, offset


def bookmark_for_briefing(sourcing: Sourcing, *, now: datetime.datetime | None = None) -> Bookmark:
    meta = sourcing.briefing.meta
    return Bookmark(kind=BookmarkKind.BRIEFING, created=_utc(now), text=meta.title, **_snapshot(sourcing))


def bookmark_for_section(
    sourcing: Sourcing, section: Section, *, now: datetime.datetime | None = None
) -> Bookmark:
    index = sourcing.section_index.get(section.id, 0)
    return Bookmark(
        kind=BookmarkKind.SECTION,
        item_id=section.id,
        created=_utc(now),
        text=section.heading,
        section_index=index,
        **_snapshot(sourcing),
    )


def bookmark_for_claim(sourcing: Sourcing, claim: Claim, *, now: datetime.datetime | None = None) -> Bookmark:
    section_index, paragraph, offset = _claim_position(sourcing, claim)
    return Bookmark(
        kind=BookmarkKind.CLAIM,
        item_id=claim.id,
        created=_utc(now),
        text=claim.text,
        quote=claim.quote,
        status=claim.status.value,
        chain=_chain(sourcing, claim),
        section_index=section_index,
        paragraph=paragraph,
        offset=offset,
        **_snapshot(sourcing),
    )


def bookmark_for_figure(
    sourcing: Sourcing, figure: Figure, *, now: datetime.datetime | None = None
) -> Bookmark:
    claim = sourcing.claims.get(figure.claim)
    section_index, paragraph, offset = _claim_position(sourcing, claim) if claim else (0, 0, 0)
    return Bookmark(
        kind=BookmarkKind.FIGURE,
        item_id=figure.id,
        created=_utc(now),
        text=figure.display,
        label=figure.label,
        period=figure.period,
        value=figure.value,
        status=claim.status.value if claim else "",
        chain=_chain(sourcing, claim),
        section_index=section_index,
        paragraph=paragraph,
        offset=offset,
        **_snapshot(sourcing),
    )


# ---------------------------------------------------- staleness and order


def item_keys(briefing: Briefing | Sourcing) -> frozenset[tuple[str, str]]:
    """Every (kind, item_id) a bookmark into `briefing` may point at."""
    b = briefing.briefing if isinstance(briefing, Sourcing) else briefing
    keys = {(BookmarkKind.BRIEFING.value, "")}
    keys.update((BookmarkKind.SECTION.value, s.id) for s in b.sections)
    keys.update((BookmarkKind.CLAIM.value, c.id) for c in b.claims)
    keys.update((BookmarkKind.FIGURE.value, f.id) for f in b.figures)
    return frozenset(keys)


def stale_keys(bookmarks: Iterable[Bookmark], library: Mapping[str, Briefing | Sourcing | None]) -> set[Key]:
    """Keys of bookmarks whose briefing or item is gone from `library`.

    `library` maps briefing ids to loaded briefings; a briefing known only by
    its summary maps to None, and then only the briefing id is checked.
    """
    items: dict[str, frozenset[tuple[str, str]]] = {}
    stale: set[Key] = set()
    for bookmark in bookmarks:
        if bookmark.briefing_id not in library:
            stale.add(bookmark.key)
            continue
        loaded = library[bookmark.briefing_id]
        if loaded is None:
            continue
        if bookmark.briefing_id not in items:
            items[bookmark.briefing_id] = item_keys(loaded)
        if (bookmark.kind.value, bookmark.item_id) not in items[bookmark.briefing_id]:
            stale.add(bookmark.key)
    return stale


def is_stale(bookmark: Bookmark, library: Mapping[str, Briefing | Sourcing | None]) -> bool:
    return bool(stale_keys([bookmark], library))


def sort_bookmarks(
    bookmarks: Iterable[Bookmark], library_order: Sequence[str] | None = None
) -> list[Bookmark]:
    """Briefings in library order (unknown ones after, by title), then reading order."""
    rank: dict[str, int] = {}
    for briefing_id in library_order or ():
        rank.setdefault(briefing_id, len(rank))
    known = len(rank)
    bookmarks = list(bookmarks)
    titles = briefing_titles(bookmarks)

    def key(bookmark: Bookmark) -> tuple[int, str, str, tuple[int, int, int, int, str]]:
        if bookmark.briefing_id in rank:
            return (rank[bookmark.briefing_id], "", "", bookmark.reading_key)
        title = titles[bookmark.briefing_id]
        return (known, title.casefold(), bookmark.briefing_id, bookmark.reading_key)

    return sorted(bookmarks, key=key)


def briefing_titles(bookmarks: Iterable[Bookmark]) -> dict[str, str]:
    """Each briefing's title from its most recently made bookmark's snapshot."""
    newest: dict[str, Bookmark] = {}
    for bookmark in bookmarks:
        seen = newest.get(bookmark.briefing_id)
        if seen is None or bookmark.created > seen.created:
            newest[bookmark.briefing_id] = bookmark
    return {bid: b.title or bid for bid, b in newest.items()}


def group_by_briefing(bookmarks: Iterable[Bookmark]) -> list[tuple[str, list[Bookmark]]]:
    """Consecutive runs of one briefing's bookmarks, in the order given."""
    groups: list[tuple[str, list[Bookmark]]] = []
    for bookmark in bookmarks:
        if groups and groups[-1][0] == bookmark.briefing_id:
            groups[-1][1].append(bookmark)
        else:
            groups.append((bookmark.briefing_id, [bookmark]))
    return groups


# --------------------------------------------------------------- the file


class BookmarkError(Exception):
    """A bookmark change could not be made; str() is a message for the reader."""


class CorruptBookmarks(ValueError):
    """The file is not a bookmarks file this version can read; why, in words."""


class NewerBookmarks(ValueError):
    """The file was written by a newer version of briefing."""


def parse_bookmarks(data: bytes) -> list[Bookmark]:
    """Decode a bookmarks file; CorruptBookmarks or NewerBookmarks if it cannot be used."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CorruptBookmarks(f"not UTF-8 text (line {line})") from error
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CorruptBookmarks(f"TOML syntax: {error}") from error
    except RecursionError:  # tomllib recurses once per nesting level
        raise CorruptBookmarks("values nested too deeply") from None
    if not raw:
        return []  # an empty file holds no bookmarks; nothing to save
    version = raw.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > BOOKMARKS_FORMAT:
        raise NewerBookmarks(
            f"format {version} is newer than this briefing understands (up to {BOOKMARKS_FORMAT})"
        )
    try:
        decoded = msgspec.convert(clean_tree(raw), BookmarkFile)
    except msgspec.ValidationError as error:
        raise CorruptBookmarks(str(error)) from error
    bookmarks: list[Bookmark] = []
    seen: set[Key] = set()
    for bookmark in decoded.bookmarks:
        if bookmark.key in seen:
            continue  # hand-edited duplicates: the first one wins
        seen.add(bookmark.key)
        if bookmark.created.tzinfo is None:
            bookmark = msgspec.structs.replace(
                bookmark, created=bookmark.created.replace(tzinfo=datetime.UTC)
            )
        bookmarks.append(bookmark)
    return bookmarks


def encode_bookmarks(bookmarks: Iterable[Bookmark]) -> bytes:
    document = BookmarkFile(format=BOOKMARKS_FORMAT, bookmarks=tuple(bookmarks))
    data = msgspec.to_builtins(document, builtin_types=(datetime.datetime, datetime.date))
    # Lone surrogates cannot be UTF-8; never write a file we could not read back.
    return (_HEADER + tomli_w.dumps(data)).encode("utf-8", errors="replace")


class BookmarkStore:
    """The bookmarks file, shared safely with other running readers.

    Call `load()` first (the constructor does no I/O). Every mutation re-reads
    the file under the lock, applies one change, writes atomically and
    refreshes `bookmarks`; it raises BookmarkError (a message for the reader)
    when the file cannot be read or written. Messages about a damaged file
    that was moved aside collect in `take_messages()`.
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime.datetime] = utc_now,
        timeout: float = LOCK_TIMEOUT,
    ) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self.moved_aside: Path | None = None  # where the last damaged file went
        self._clock = clock
        self._timeout = timeout
        # Created on first use: filelock's import is not worth paying before the first frame.
        self._lock: filelock.FileLock | None = None
        self._messages: list[str] = []
        self._bookmarks: tuple[Bookmark, ...] = ()
        self._keys: dict[Key, Bookmark] = {}
        # The file's bytes as last read or written, matching `_bookmarks`;
        # a mutation that finds them unchanged skips parsing the file again.
        self._last_bytes: bytes | None = None

    # ------------------------------------------------------------ reading

    @property
    def bookmarks(self) -> tuple[Bookmark, ...]:
        """The cached bookmarks in file order (oldest first), as of the last load or change."""
        return self._bookmarks

    def is_bookmarked(self, briefing_id: str, kind: str, item_id: str = "") -> bool:
        return (briefing_id, str(kind), item_id) in self._keys

    def get(self, key: Key) -> Bookmark | None:
        return self._keys.get(key)

    def marks(self, briefing_id: str) -> Marks:
        """What is bookmarked in one briefing, from the cache (no I/O)."""
        return marks_of(self._bookmarks, briefing_id)

    def take_messages(self) -> list[str]:
        """Messages for the reader since the last call (e.g. a damaged file moved aside)."""
        messages, self._messages = self._messages, []
        return messages

    def load(self) -> list[Bookmark]:
        """Read the file (moving a damaged one aside) and refresh the cache.

        Never raises for a bad or unreadable file: the problem becomes a
        message and the bookmarks read as empty.
        """
        try:
            with self._locked():
                self._remove_leftovers()
                bookmarks = self._read()
        except BookmarkError as error:
            self._messages.append(str(error))
            bookmarks = []
            self._last_bytes = None
        self._set_cache(bookmarks)
        return bookmarks

    # ----------------------------------------------------------- changing

    def toggle(self, bookmark: Bookmark) -> bool:
        """Add `bookmark`, or remove the one with its key; True if it is now bookmarked."""

        def change(current: list[Bookmark]) -> tuple[list[Bookmark], bool]:
            if any(b.key == bookmark.key for b in current):
                return [b for b in current if b.key != bookmark.key], False
            return [*current, bookmark], True

        return self._mutate(change)

    def add(self, bookmark: Bookmark) -> bool:
        """Add `bookmark` unless its key is there already; True if added."""

        def change(current: list[Bookmark]) -> tuple[list[Bookmark] | None, bool]:
            if any(b.key == bookmark.key for b in current):
                return None, False
            return [*current, bookmark], True

        return self._mutate(change)

    def remove(self, key: Key) -> Bookmark | None:
        """Remove the bookmark with `key`; returns it (for undo), or None if absent."""

        def change(current: list[Bookmark]) -> tuple[list[Bookmark] | None, Bookmark | None]:
            found = next((b for b in current if b.key == key), None)
            if found is None:
                return None, None
            return [b for b in current if b.key != key], found

        return self._mutate(change)

    def set_note(self, key: Key, note: str) -> Bookmark | None:
        """Replace a bookmark's note; returns the updated bookmark, or None if it is gone."""
        note = clean_text(note).strip()

        def change(current: list[Bookmark]) -> tuple[list[Bookmark] | None, Bookmark | None]:
            for index, bookmark in enumerate(current):
                if bookmark.key == key:
                    updated = msgspec.structs.replace(bookmark, note=note)
                    return [*current[:index], updated, *current[index + 1 :]], updated
            return None, None

        return self._mutate(change)

    def restore(self, bookmark: Bookmark) -> None:
        """Put back a removed bookmark exactly (note and created time too), e.g. for undo."""

        def change(current: list[Bookmark]) -> tuple[list[Bookmark], None]:
            for index, existing in enumerate(current):
                if existing.key == bookmark.key:
                    return [*current[:index], bookmark, *current[index + 1 :]], None
            return [*current, bookmark], None

        self._mutate(change)

    def remove_many(self, keys: Collection[Key]) -> list[Bookmark]:
        """Remove every bookmark whose key is in `keys` in one write; returns those removed."""
        wanted = set(keys)

        def change(current: list[Bookmark]) -> tuple[list[Bookmark] | None, list[Bookmark]]:
            removed = [b for b in current if b.key in wanted]
            if not removed:
                return None, []
            return [b for b in current if b.key not in wanted], removed

        return self._mutate(change)

    # ----------------------------------------------------------- internals

    def _set_cache(self, bookmarks: Iterable[Bookmark]) -> None:
        self._bookmarks = tuple(bookmarks)
        self._keys = {b.key: b for b in self._bookmarks}

    @contextmanager
    def _locked(self) -> Iterator[None]:
        import filelock

        if self._lock is None:
            self._lock = filelock.FileLock(self.lock_path, timeout=self._timeout)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=self._timeout)
        except filelock.Timeout as error:
            raise BookmarkError(
                f"bookmarks are busy: another briefing has held {self.lock_path} for "
                f"{self._timeout:g} s; try again"
            ) from error
        except OSError as error:
            raise BookmarkError(
                f"cannot use the bookmarks folder {self.path.parent}: {_why(error)}"
            ) from error
        try:
            yield
        finally:
            self._lock.release()

    def _read(self) -> list[Bookmark]:
        """The file's bookmarks; call with the lock held. Moves a damaged file aside."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            self._last_bytes = None
            return []
        except OSError as error:
            raise BookmarkError(
                f"cannot read {self.path}: {_why(error)}; bookmarks are not saved until it can be read"
            ) from error
        if self._last_bytes is not None and data == self._last_bytes:
            return list(self._bookmarks)  # unchanged since we last read or wrote it
        try:
            bookmarks = parse_bookmarks(data)
        except NewerBookmarks as error:
            raise BookmarkError(
                f"{self.path} was written by a newer briefing ({error}); "
                "bookmarks are read-only here and were not changed"
            ) from error
        except CorruptBookmarks as error:
            self._last_bytes = None
            self._move_aside(str(error))
            return []
        self._last_bytes = data
        return bookmarks

    def _move_aside(self, reason: str) -> None:
        stamp = _utc(self._clock()).strftime("%Y%m%d-%H%M%S")
        stem = self.path.stem
        suffix = self.path.suffix or ".toml"
        for number in itertools.count(1):
            unique = "" if number == 1 else f"-{number}"
            target = self.path.with_name(f"{stem}.corrupt-{stamp}{unique}{suffix}")
            try:
                _move_no_clobber(self.path, target)
            except FileExistsError:
                continue
            except OSError as error:
                raise BookmarkError(
                    f"{self.path} could not be read ({reason}) nor moved aside ({_why(error)}); "
                    "bookmarks are not saved until it is fixed or removed"
                ) from error
            break
        self.moved_aside = target
        self._messages.append(
            f"Bookmarks file could not be read ({_shorten(reason)}). It was moved to {target}; "
            "bookmarks start empty."
        )

    def _remove_leftovers(self) -> None:
        """Delete temporary files a crashed writer left; safe while we hold the lock."""
        try:
            leftovers = list(self.path.parent.glob(f".{self.path.name}.*.tmp"))
        except OSError:
            return
        for leftover in leftovers:
            with suppress(OSError):
                leftover.unlink()

    def _mutate(self, change: Callable[[list[Bookmark]], tuple[list[Bookmark] | None, T]]) -> T:
        with self._locked():
            current = self._read()
            updated, result = change(current)
            if updated is None:
                self._set_cache(current)
                return result
            data = encode_bookmarks(updated)
            try:
                write_atomic(self.path, data)
            except OSError as error:
                self._last_bytes = None
                with suppress(BookmarkError):
                    self._set_cache(self._read())
                raise BookmarkError(f"could not save bookmarks to {self.path}: {_why(error)}") from error
            self._last_bytes = data
            self._set_cache(updated)
            return result


def _move_no_clobber(source: Path, target: Path) -> None:
    """Rename `source` to `target`; FileExistsError if `target` exists."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (some network or FAT file systems).
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
    else:
        os.unlink(source)
    fsync_folder(source.parent)


def _why(error: OSError) -> str:
    return error.strerror or str(error)


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
