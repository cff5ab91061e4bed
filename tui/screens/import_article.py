""" "Import article…": ask for a path or URL, make a draft briefing in a worker, open it.

Ingest (trafilatura, lxml, httpx) is imported here, inside the worker, so the
reader pays for it only when a person imports an article.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.context import ReaderContext


class ImportArticleScreen(ModalScreen[None]):
    """A one-line form; enter starts the import and closes the form."""

    CSS_PATH = "../styles/import_article.tcss"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="import.cancel")]

    def __init__(self, context: ReaderContext) -> None:
        super().__init__()
        self.context = context

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog"):
            yield Static(
                Content("A saved page (.html), scraped page text (.txt) or an http(s) URL"), id="import-what"
            )
            yield Input(placeholder="path or URL", id="import-input")
            yield Static(
                Content(f"enter imports into {self.context.paths.user_briefings} · escape cancels"),
                id="import-help",
            )

    def on_mount(self) -> None:
        self.query_one("#import-dialog").border_title = "Import article"

    def on_input_submitted(self, message: Input.Submitted) -> None:
        source = message.value.strip()
        if not source:
            return
        if not source.lower().startswith(("http://", "https://")):
            source = str(Path(source).expanduser())
        app: App[object] = self.app
        self.dismiss(None)
        app.notify(f"Importing {source}…", title="Import article", timeout=120, markup=False)
        folder = self.context.paths.user_briefings
        app.run_worker(lambda: _import(app, self.context, source, folder), thread=True, group="import")

    def action_cancel(self) -> None:
        self.dismiss(None)


def _import(app: object, context: ReaderContext, source: str, folder: Path) -> None:
    """Runs on a worker thread; reports back on the app's thread."""
    from textual.app import App

    from tui.model.ingest.errors import IngestError
    from tui.model.ingest.pipeline import ingest_source

    assert isinstance(app, App)
    try:
        outcome = ingest_source(
            source, output=None, into=folder, default_folder=folder, force=False, unique=True
        )
    except IngestError as error:
        app.call_from_thread(_failed, app, str(error))
        return
    app.call_from_thread(_open_draft, app, context, outcome.path, outcome.summary_line())


def _failed(app: App[object], message: str) -> None:
    app.clear_notifications()
    app.notify(message, title="Import failed", severity="error", timeout=10, markup=False)


def _open_draft(app: App[object], context: ReaderContext, path: Path, summary: str) -> None:
    from tui.model.format.loader import load_briefing
    from tui.model.format.problems import BriefingError
    from tui.model.format.sourcing import Sourcing
    from tui.screens.briefing import BriefingScreen
    from tui.screens.library import LibraryScreen

    app.clear_notifications()
    try:
        sourcing = Sourcing(load_briefing(path))
    except BriefingError as error:
        app.notify(str(error), title="Cannot open the draft", severity="error", timeout=10, markup=False)
        return
    library = next((s for s in app.screen_stack if isinstance(s, LibraryScreen)), None)
    if library is not None:
        library.load_entries()  # the draft is in the user's folder: list it

    def back_in_library(_: object) -> None:
        if library is not None:
            library.refresh_list(keep=str(path))

    screen = BriefingScreen(sourcing, context)
    screen.review_path = path  # review mode edits this file before the library lists it
    app.push_screen(screen, callback=back_in_library)
    app.notify(summary, title="Imported draft", timeout=8, markup=False)
