"""Opening a briefing from the library: at once when it is small, in a worker when it is long.

Reading and checking a file is about 50 µs of CPU per kilobyte: nothing for a usual briefing,
50 ms for one of 5,000 claims, which on the main thread is a frame the user waits on with nothing
drawn. A file of OPEN_IN_WORKER_BYTES or more is read, checked and analysed in a thread while the
library's header says it is opening it (and, meanwhile, the briefing screen's stylesheet is read
on the main thread); then its screen is pushed with everything its first frame reads worked out.

`OpensBriefings` is a mixin for LibraryScreen; what it uses of the screen is declared in it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen
from textual.worker import Worker, get_current_worker

from tui.model.format.problems import BriefingError
from tui.model.state.entry import Entry
from tui.screens.library_rows import broken_file_notice

if TYPE_CHECKING:
    from tui.context import ReaderContext
    from tui.model.format.sourcing import Sourcing

    Base = Screen[None]
else:
    Base = object

# The bundled briefing is 20 KB (about 2 ms to read); 5,000 claims are 800 KB (about 50 ms).
OPEN_IN_WORKER_BYTES = 256 * 1024


def file_size(path: str) -> int:
    """The file's size in bytes; 0 if it cannot be asked (the loader then says why)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


class OpensBriefings(Base):
    """`open_entry` for the library screen."""

    if TYPE_CHECKING:
        context: ReaderContext

        def refresh_list(self, keep: str | None = None) -> None: ...
        def load_entries(self, announce: bool = False) -> Worker[None]: ...
        def _update_header(self, *, loading: bool = False, note: str = "") -> None: ...

    opening: str | None = None
    """The path of the briefing being read in a worker, if any."""

    def _load(self, entry: Entry) -> Sourcing | None:
        from tui.model.format.loader import load_briefing
        from tui.model.format.sourcing import Sourcing

        try:
            return Sourcing(load_briefing(Path(entry.path)))
        except BriefingError as error:
            self._cannot_open(entry, error)
            return None

    def _cannot_open(self, entry: Entry, error: BriefingError) -> None:
        # Changed on disk since the list was drawn: say so briefly, keep going.
        notice = broken_file_notice(entry.path, len(error.problems))
        self.notify(notice, title="Cannot open", severity="error", markup=False)

    def open_entry(self, entry: Entry) -> None:
        from tui.screens.briefing import read_briefing_css

        if file_size(entry.path) < OPEN_IN_WORKER_BYTES:
            self.opening = None  # a long one still being read is not shown over this one
            read_briefing_css(self.app)
            sourcing = self._load(entry)
            if sourcing is not None:
                self._show_briefing(entry, sourcing)
            return
        self.opening = entry.path
        self._update_header(note=f"opening “{entry.title}”…")
        # After the frame that says so: a worker started now would hold up that frame.
        self.call_after_refresh(self._start_reading, entry)

    def _start_reading(self, entry: Entry) -> None:
        from tui.screens.briefing import read_briefing_css

        if self.opening != entry.path:  # another row was opened since
            return
        self._read_in_worker(entry)
        # The main thread has nothing else to do meanwhile: read the briefing screen's stylesheet
        # now rather than in its first frame.
        read_briefing_css(self.app)

    @work(thread=True, exclusive=True, group="open-briefing")
    def _read_in_worker(self, entry: Entry) -> None:
        from tui.model.format.loader import load_briefing
        from tui.model.format.sourcing import Sourcing

        worker = get_current_worker()
        result: Sourcing | BriefingError
        try:
            result = Sourcing(load_briefing(Path(entry.path)))
            result.prepare()
        except BriefingError as error:
            result = error
        if worker.is_cancelled:  # another row was opened, or the app is closing
            return
        try:
            self.app.call_from_thread(self._opened, worker, entry, result)
        except RuntimeError:
            if self.app.is_running:
                raise
            # Quit while the file was read: nothing to show it on.

    def _opened(self, worker: Worker[None], entry: Entry, result: Sourcing | BriefingError) -> None:
        """The worker is done: show the briefing, or say why not, unless another row was opened
        since (that worker cancelled this one) or the library is no longer on screen."""
        if worker.is_cancelled or self.opening != entry.path:
            return
        self.opening = None
        self._update_header()
        if isinstance(result, BriefingError):
            self._cannot_open(entry, result)
        elif self.is_current:
            self._show_briefing(entry, result)

    def _show_briefing(self, entry: Entry, sourcing: Sourcing) -> None:
        from tui.screens.briefing import BriefingScreen

        screen = BriefingScreen(sourcing, self.context)
        screen.review_path = Path(entry.path)  # review edits this file, even if another has its id

        def closed(_: None) -> None:
            self.refresh_list(keep=entry.path)
            if screen.edited:  # reviewed: bring its row (claims, drafts) up to date
                self.load_entries()

        self.app.push_screen(screen, callback=closed)
