"""The application shell: themes, keymap, global keys, first screen. Screens hold the logic."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from tui.context import ReaderContext
from tui.model.format.clean import clean_text
from tui.model.state.paths import StatePaths, state_paths
from tui.model.state.settings import load_settings, save_theme
from tui.screens.help import HelpScreen
from tui.screens.library import LibraryScreen

FALLBACK_THEME = "briefing-night"


class BriefingApp(App[None]):
    TITLE = "briefing"
    CSS_PATH = "styles/app.tcss"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="app.command_palette"),
        Binding("B", "bookmarks", "Bookmarks", show=False, id="app.bookmarks"),
        Binding("X", "export_bookmarks", "Export bookmarks", show=False, id="app.export_bookmarks"),
    ]

    def __init__(self, folders: list[Path], paths: StatePaths | None = None) -> None:
        super().__init__()
        paths = paths or state_paths()
        self.context = ReaderContext(paths=paths, folders=folders, settings=load_settings(paths.config_file))
        self.context.start_prefetch()  # overlaps with Textual's start-up
        self._startup_warnings: list[tuple[str, str]] = []
        # Before the first stylesheet parse, so our variables exist from the first frame.
        self._register_themes()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        from tui.themes import app_variables_for

        # A safety net for themes registered later without our variables; theirs win.
        return {**super().get_theme_variable_defaults(), **app_variables_for(self.current_theme)}

    async def on_event(self, event: events.Event) -> None:
        if (
            isinstance(event, events.Paste)
            and not event.is_forwarded
            and clean_text(event.text) != event.text
        ):
            # Pasted text (a page copied from the web) reaches every input box: clean it like file text.
            event.stop()
            self.post_message(events.Paste(clean_text(event.text)))
            return
        await super().on_event(event)

    def on_mount(self) -> None:
        settings = self.context.settings
        for title, warning in self._startup_warnings:
            self.notify(warning, title=title, severity="warning", timeout=8, markup=False)
        if settings.keymap:
            self.set_keymap(settings.keymap)
        for problem in settings.problems:
            self.notify(problem, title="Config", severity="warning", timeout=8, markup=False)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.push_screen(LibraryScreen(self.context))
        self.call_after_refresh(self._load_bookmarks)

    def _load_bookmarks(self) -> None:
        """After the first frame: read bookmarks, report a damaged file, show the marks."""
        store = self.context.bookmarks
        store.load()
        for message in store.take_messages():
            self.notify(message, title="Bookmarks", severity="warning", timeout=10, markup=False)
        if isinstance(self.screen, LibraryScreen):
            self.screen.rows.invalidate()

    def _register_themes(self) -> None:
        from tui.themes import load_all_themes

        themes, errors = load_all_themes(self.context.paths.themes)
        # Ours carry the app variables; Textual's built-in themes get theirs from
        # get_theme_variable_defaults when chosen (deriving all up front costs ~100 ms).
        for theme in themes:
            self.register_theme(theme)
        self._startup_warnings += [("Theme not loaded", str(error)) for error in errors]
        wanted = self.context.settings.theme
        if wanted not in self.available_themes:
            self._startup_warnings.append(("Theme", f"Unknown theme '{wanted}'; using {FALLBACK_THEME}."))
            wanted = FALLBACK_THEME
        self.theme = wanted
        # The stylesheet took its variables in App.__init__; give it the chosen theme's now.
        self.stylesheet.set_variables(self.get_css_variables())

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name == self.context.settings.theme:
            return
        self.context.settings.theme = theme.name
        try:
            save_theme(self.context.paths.config_file, theme.name)
        except OSError as error:
            self.notify(f"Could not save the theme choice: {error.strerror}", severity="warning")

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(self.screen))

    def action_open_library(self) -> None:
        while len(self.screen_stack) > 2:
            self.pop_screen()

    def action_bookmarks(self) -> None:
        from tui.screens.bookmarks import BookmarksScreen

        if not isinstance(self.screen, BookmarksScreen):
            self.push_screen(BookmarksScreen(self.context))

    def action_export_bookmarks(self) -> None:
        import datetime

        from tui.model.output.export import export_markdown, export_to_file
        from tui.model.state.library_view import stale_bookmarks

        store = self.context.bookmarks
        store.load()
        library = self.context.library
        stale = stale_bookmarks(store.bookmarks, library)
        text = export_markdown(
            store.bookmarks, library_order=library.order, exported=datetime.date.today(), stale=stale or ()
        )
        target = self.context.export_path
        try:
            # The export file is the app's own output: replacing it is expected (atomically).
            export_to_file(target, text, force=True)
        except OSError as error:
            self.notify(f"{target}: {error.strerror}", title="Export failed", severity="error", markup=False)
            return
        count = len(store.bookmarks)
        message = f"{count} bookmark{'s' if count != 1 else ''} → {target}"
        if stale is None:
            message += "\n(The library is still loading: nothing was marked as gone.)"
        self.notify(message, title="Exported", markup=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Library", "Go back to the library of briefings", self.action_open_library)
        yield SystemCommand("Bookmarks", "List bookmarks grouped by briefing", self.action_bookmarks)
        yield SystemCommand(
            "Export bookmarks",
            f"Write bookmarks as markdown to {self.context.export_path}",
            self.action_export_bookmarks,
        )
        yield SystemCommand("Import article…", "Make a draft briefing from a page or URL", self.action_import)
        yield SystemCommand("Help", "Show the keys of this screen", self.action_help)

    def action_import(self) -> None:
        from tui.screens.import_article import ImportArticleScreen

        self.push_screen(ImportArticleScreen(self.context))

    async def action_quit(self) -> None:
        from tui.screens.briefing import BriefingScreen

        for screen in self.screen_stack:
            if isinstance(screen, BriefingScreen):
                screen.save_position()
        self.exit()


def run_reader(folders: list[Path]) -> int:
    BriefingApp(folders).run()
    return 0
