"""What screens share: where state lives and the stores that keep it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tui.model.state.library_view import LibraryView
from tui.model.state.paths import StatePaths
from tui.model.state.prefetch import IndexPrefetch
from tui.model.state.reading import ReadingState
from tui.model.state.settings import Settings

if TYPE_CHECKING:
    from tui.model.state.bookmarks import BookmarkStore

DEFAULT_EXPORT_NAME = "bookmarks.md"
BOOKMARKS_FOLD_AFTER = 2.0  # seconds


class ReaderContext:
    # A plain class: a dataclass compiles its methods at import, on the reader's start-up path.
    def __init__(self, paths: StatePaths, folders: list[Path], settings: Settings) -> None:
        self.paths = paths
        self.folders = folders
        self.settings = settings
        self.reading = ReadingState(paths.reading_file)
        # The library as listed so far; the library screen's worker fills it, every screen reads it.
        self.library = LibraryView()
        self._prefetch: IndexPrefetch | None = None
        self._bookmarks: BookmarkStore | None = None

    def start_prefetch(self) -> None:
        """Start reading the library index now, in the background."""
        if self._prefetch is None:
            self._prefetch = IndexPrefetch(self.paths.index_file, self.folders)

    def prefetch(self) -> IndexPrefetch:
        self.start_prefetch()
        assert self._prefetch is not None
        return self._prefetch

    @property
    def bookmarks(self) -> BookmarkStore:
        """The bookmark store, made on first use: the first frame of the library does without it."""
        if self._bookmarks is None:
            from tui.model.state.bookmarks import BookmarkStore

            # Changes go to a journal; it is folded into bookmarks.toml a moment after the last one.
            self._bookmarks = BookmarkStore(self.paths.bookmarks_file, fold_after=BOOKMARKS_FOLD_AFTER)
        return self._bookmarks

    def briefing_bookmarked(self, briefing_id: str) -> bool:
        """Whether the briefing itself is bookmarked; False until the store is opened (the app
        opens and reads it right after the first frame, then redraws the list)."""
        return self._bookmarks is not None and self._bookmarks.is_bookmarked(briefing_id, "briefing")

    @property
    def export_path(self) -> Path:
        """Where in-app export writes: [export] path in config.toml, else the data folder."""
        configured = self.settings.export_path
        return Path(configured).expanduser() if configured else self.paths.data / DEFAULT_EXPORT_NAME
