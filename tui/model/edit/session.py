"""One briefing file open for editing: every change validated, saved safely, undoable.

A change is saved at once, with the bookmarks' discipline: take a lock, re-read
the file, refuse if it is not the version this session last read or wrote
(someone else changed it: another editor, a `git pull`), apply the change to
the TOML document (comments and layout kept), check the result loads as a
briefing, then write it atomically (temp file, fsync, replace, fsync folder).
Undo restores the bytes from before a change, saved the same way, back to when
the file was opened.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tomlkit.toml_document import TOMLDocument

from tui.model.edit import document
from tui.model.format.loader import parse_briefing, read_briefing_text
from tui.model.format.problems import BriefingError, Problem, display_path
from tui.model.format.records import Briefing
from tui.model.format.text_file import read_regular
from tui.model.state.atomic import write_atomic
from tui.model.state.file_lock import LockFile

if TYPE_CHECKING:
    pass

LOCK_TIMEOUT = 10.0

# Applies one change to the document; returns nothing, raises InvalidEdit to refuse.
Change = Callable[[TOMLDocument, Briefing], None]


class EditError(Exception):
    """A change was not saved; the message is for the reader."""


class ChangedOnDisk(EditError):
    """The file is not the version this session last read or wrote."""


class ReadOnly(EditError):
    """The file or its folder cannot be written."""


class SavedNotDurable(EditError):
    """The change is in the file, but a step that makes it survive a crash failed."""


@dataclass(frozen=True)
class FieldProblem:
    """What is wrong with one field of a form: `field` is a record field name
    ('quote', 'attribution', 'id'…) or '' for the change as a whole."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class InvalidEdit(EditError):
    """The change would make a file that fails `briefing check`; nothing was written."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))

    def for_field(self, field: str) -> str:
        return "; ".join(p.message for p in self.problems if p.field == field)


def _field_of(problem: Problem) -> str:
    """'claims[3].attribution[1]' → 'attribution'."""
    leaf = problem.path.rsplit(".", 1)[-1] if problem.path else ""
    return leaf.split("[", 1)[0]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Step:
    """One saved change: what it was and the file's bytes before it."""

    description: str
    before: bytes


class EditSession:
    """Edit one briefing file. Call `open()` (or `EditSession.open`) before anything else."""

    def __init__(self, path: Path, *, lock_folder: Path, timeout: float = LOCK_TIMEOUT) -> None:
        self.path = path
        self.name = display_path(path)
        self._lock_path = lock_folder / f"{hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:20]}.lock"
        self._lock = _SaveLock(self._lock_path, timeout, self.name)
        self._data = b""
        self.briefing: Briefing | None = None
        self.history: list[Step] = []
        # The parsed document of the bytes last read or written, kept between saves:
        # tomlkit takes seconds on a 2,000-claim file, the bytes check takes microseconds.
        self._document: TOMLDocument | None = None
        self._guard = threading.Lock()  # `prepare` may run on another thread

    @classmethod
    def opened(cls, path: Path, *, lock_folder: Path, timeout: float = LOCK_TIMEOUT) -> EditSession:
        session = cls(path, lock_folder=lock_folder, timeout=timeout)
        session.open()
        return session

    # ------------------------------------------------------------ reading

    def open(self) -> Briefing:
        """(Re)read the file; forgets undo history (it belonged to the old version).

        Raises BriefingError if the file does not load."""
        text = read_briefing_text(self.path)
        briefing = parse_briefing(text, self.name)
        with self._guard:
            self._data = text.encode("utf-8")
            self.briefing = briefing
            self.history = []
            self._document = None
        return briefing

    reload = open

    @property
    def current(self) -> Briefing:
        if self.briefing is None:
            raise RuntimeError("EditSession.open() was not called")
        return self.briefing

    @property
    def text(self) -> str:
        return self._data.decode("utf-8")

    @property
    def can_undo(self) -> bool:
        return bool(self.history)

    def read_only_reason(self) -> str | None:
        """Why changes cannot be saved, or None if they can."""
        try:
            no_write_bits = self.path.stat().st_mode & 0o222 == 0
        except OSError:
            no_write_bits = False
        # The write bits too: a superuser may write anything, but `chmod -w` still says "do not edit".
        if no_write_bits or not os.access(self.path, os.W_OK):
            return f"{self.name} is read-only; you can read it but changes cannot be saved"
        if not os.access(self.path.parent, os.W_OK):
            return (
                f"the folder {display_path(self.path.parent)} is read-only; "
                "you can read this briefing but changes cannot be saved"
            )
        return None

    # ----------------------------------------------------------- changing

    def prepare(self) -> None:
        """Parse the document ahead of the first change (call it on a worker thread)."""
        data = self._data
        parsed = document.parse(data.decode("utf-8"))
        with self._guard:
            if self._data is data and self._document is None:
                self._document = parsed

    def apply(self, description: str, change: Change) -> Briefing:
        """Apply `change`, validate, save; returns the new briefing.

        Raises InvalidEdit (nothing written), ChangedOnDisk, ReadOnly or EditError."""
        with self._guard, self._lock.held():
            self._check_unchanged()
            doc = self._document if self._document is not None else document.parse(self.text)
            # Changed in place from here on: kept again only once the change is saved.
            self._document = None
            change(doc, self.current)
            new_text = document.dumps(doc)
            briefing = self._validate(new_text)
            step = Step(description, self._data)
            try:
                self._write(new_text.encode("utf-8"), briefing)
            except SavedNotDurable:
                self.history.append(step)
                self._document = doc
                raise
            self.history.append(step)
            self._document = doc
            return briefing

    def undo(self) -> str:
        """Put back the file as it was before the last change; returns that change's description."""
        if not self.history:
            raise EditError("nothing to undo: this is the briefing as it was opened")
        with self._guard, self._lock.held():
            self._check_unchanged()
            step = self.history[-1]
            briefing = parse_briefing(step.before.decode("utf-8"), self.name)
            self._document = None  # the next change parses the restored bytes
            try:
                self._write(step.before, briefing)
            except SavedNotDurable:
                self.history.pop()
                raise
            self.history.pop()
            return step.description

    # ----------------------------------------------------------- internals

    def _validate(self, text: str) -> Briefing:
        try:
            return parse_briefing(text, self.name)
        except BriefingError as error:
            raise InvalidEdit([FieldProblem(_field_of(p), p.message) for p in error.problems]) from error

    def _check_unchanged(self) -> None:
        try:
            on_disk = read_regular(self.path)
        except FileNotFoundError as error:
            raise ChangedOnDisk(
                f"{self.name} was deleted or moved since it was opened; nothing was saved"
            ) from error
        except OSError as error:
            raise EditError(f"cannot read {self.name}: {error.strerror}; nothing was saved") from error
        if _digest(on_disk) != _digest(self._data):
            raise ChangedOnDisk(
                f"{self.name} changed on disk since it was opened (another editor or a git pull); "
                "nothing was saved. Reload to see the new version and edit that."
            )

    def _write(self, data: bytes, briefing: Briefing) -> None:
        reason = self.read_only_reason()
        if reason is not None:
            raise ReadOnly(reason + "; nothing was saved")
        try:
            mode = self.path.stat().st_mode & 0o7777
            write_atomic(self.path, data, mode=mode)
        except OSError as error:
            # The file is the old one or the new one; follow whichever it is.
            try:
                on_disk = read_regular(self.path)
            except OSError:
                on_disk = self._data
            if on_disk == data:
                self._data, self.briefing = data, briefing
                raise SavedNotDurable(
                    f"saved {self.name}, but the save may not survive a crash: {error.strerror or error}"
                ) from error
            raise EditError(
                f"could not save {self.name}: {error.strerror or error}; nothing was saved"
            ) from error
        self._data, self.briefing = data, briefing


class _SaveLock(LockFile):
    """One lock file per briefing file, held while it is checked and saved."""

    def __init__(self, path: Path, timeout: float, name: str) -> None:
        super().__init__(path, timeout)
        self.name = name

    def busy(self) -> Exception:
        return EditError(f"{self.name} is being saved by another briefing window; try again")

    def broken(self, error: OSError) -> Exception:
        return EditError(f"cannot lock {self.name} for saving: {error.strerror}")
