"""The application shell: themes, keymap, global keys, first screen. Screens hold the logic."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from textual import events
from textual.app import App, SystemCommand
from textual.driver import Driver
from textual.message import Message
from textual.screen import Screen
from textual.theme import Theme

from tui.context import ReaderContext
from tui.key_groups import GO, KEEP, TaskBinding
from tui.model.format.clean import clean_text
from tui.model.state.paths import StatePaths, state_paths
from tui.model.state.settings import load_settings, save_theme
from tui.screens.library import LibraryScreen
from tui.widgets.cell_widths import (
    emoji_sequences_for,
    inside_multiplexer,
    install_emoji_sequence_widths,
    install_spacing_mark_widths,
    spacing_marks_for,
)
from tui.widgets.grapheme_split import install_grapheme_split
from tui.widgets.terminal_output import driver_writing_drawn_text, install_missing_glyph_marks
from tui.widgets.toast_expiry import install_toast_expiry_guard

FALLBACK_THEME = "briefing-night"
STYLES = Path(__file__).parent / "styles"

install_grapheme_split()  # before any line is drawn: cut lines between graphemes only
install_toast_expiry_guard()  # before any notification: Textual 8.2.8 freezes on a late toast


class ReadingNotSaved(Message):
    """A reading position could not be written (posted by the writer thread)."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class BriefingApp(App[None]):
    TITLE = "briefing"
    CSS_PATH = "styles/app.tcss"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS = [
        TaskBinding("q", "quit", "Quit", id="app.quit", task=GO),
        TaskBinding("question_mark,f1", "help", "Help", id="app.help", task=GO),
        TaskBinding("ctrl+p", "command_palette", "Commands", show=False, id="app.command_palette", task=GO),
        TaskBinding("B", "bookmarks", "Bookmarks", show=False, id="app.bookmarks", task=GO),
        TaskBinding(
            "X", "export_bookmarks", "Export bookmarks", show=False, id="app.export_bookmarks", task=KEEP
        ),
    ]

    def __init__(self, folders: list[Path], paths: StatePaths | None = None) -> None:
        # Textual's __init__ asks for CSS variables before our themes exist; they are set
        # once the chosen theme is (_register_themes), and nothing is parsed before that.
        self._themes_registered = False
        # Choosing the theme below queues a CSS refresh; it would run before the first parse
        # and only repeat it (twice: the refresh re-parses in a new stylesheet, losing its cache).
        self._skip_css_refresh = False
        super().__init__()
        # The library is the first screen: its stylesheet is read with the app's. Pushing a
        # screen that brings a new file makes Textual parse every stylesheet again (~10 ms).
        self.css_path.append((STYLES / "library.tcss").resolve())
        paths = paths or state_paths()
        self.context = ReaderContext(paths=paths, folders=folders, settings=load_settings(paths.config_file))
        # Before anything is measured: spacing marks as wide as this terminal will draw them.
        install_spacing_mark_widths(spacing_marks_for(self.context.settings.spacing_marks, os.environ))
        install_emoji_sequence_widths(emoji_sequences_for(self.context.settings.emoji_sequences, os.environ))
        install_missing_glyph_marks(inside_multiplexer(os.environ))
        self.context.start_prefetch()  # overlaps with Textual's start-up
        # Positions are written (and fsynced) on a thread: leaving a briefing does not wait.
        self.context.reading.write_in_background(self._position_not_saved)
        self._startup_warnings: list[tuple[str, str]] = []
        # Before the first stylesheet parse, so our variables exist from the first frame.
        self._register_themes()

    def get_driver_class(self) -> type[Driver]:
        # Emoji sequences measured apart are written apart (tui/widgets/terminal_output.py).
        return driver_writing_drawn_text(super().get_driver_class())

    def get_css_variables(self) -> dict[str, str]:
        if not self._themes_registered:
            return {}
        return super().get_css_variables()

    def refresh_css(self, animate: bool = True) -> None:
        if self._skip_css_refresh:
            self._skip_css_refresh = False
            return
        super().refresh_css(animate)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        from tui.themes import REQUIRED_VARIABLES, app_variables_for

        defaults = super().get_theme_variable_defaults()
        theme = self.current_theme
        if theme.variables.keys() >= REQUIRED_VARIABLES:  # ours: complete already
            return defaults
        # A safety net for themes registered later without our variables; theirs win.
        return {**defaults, **app_variables_for(theme)}

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
        if not self.is_headless:
            self._install_signal_handlers()
        self.call_after_refresh(self._after_first_frame)

    def get_default_screen(self) -> Screen[None]:
        # The library is the bottom screen itself: no empty screen under it to compose, lay
        # out and paint before it.
        return LibraryScreen(self.context)

    def _after_first_frame(self) -> None:
        if not gc.isenabled():  # paused for start-up by the command line (tui.cli.main)
            # What start-up made lives as long as the app: out of the collector's way, so
            # that its first pass now is short; then the collector runs as usual.
            gc.freeze()
            gc.enable()
        self._load_bookmarks()

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
        self._skip_css_refresh = wanted != self.theme  # the theme's watcher queues a refresh
        self.theme = wanted
        self._themes_registered = True
        # The stylesheet has no variables yet (see get_css_variables): the chosen theme's now.
        self.stylesheet.set_variables(self.get_css_variables())

    def _position_not_saved(self, error: OSError) -> None:
        # On the writer thread: post_message is thread-safe; the app shows it whatever screen is up.
        self.post_message(ReadingNotSaved(error.strerror or str(error)))

    def on_reading_not_saved(self, message: ReadingNotSaved) -> None:
        text = f"Could not save the reading position: {message.reason}"
        self.notify(text, severity="warning", markup=False)

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name == self.context.settings.theme:
            return
        self.context.settings.theme = theme.name
        try:
            save_theme(self.context.paths.config_file, theme.name)
        except OSError as error:
            self.notify(f"Could not save the theme choice: {error.strerror}", severity="warning")

    def on_app_focus(self) -> None:
        """Back in the terminal: files may have changed meanwhile (terminals that report focus)."""
        if isinstance(self.screen, LibraryScreen) and self.screen.entries:
            self.screen.rescan()

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        self.push_screen(HelpScreen(self.screen))

    def action_open_library(self) -> None:
        while len(self.screen_stack) > 1:
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
        for command in super().get_system_commands(screen):
            # "Keys" would repeat our Help (with Textual's internals); Screenshot is ours below.
            if command.title not in ("Keys", "Screenshot"):
                yield command
        yield SystemCommand(
            "Screenshot",
            f"Save an SVG picture of the screen in {self.screenshot_folder}",
            lambda: self.set_timer(0.1, self.action_save_screenshot),
        )
        yield SystemCommand("Library", "Go back to the library of briefings", self.action_open_library)
        yield SystemCommand("Bookmarks", "List bookmarks grouped by briefing", self.action_bookmarks)
        yield SystemCommand(
            "Export bookmarks",
            f"Write bookmarks as markdown to {self.context.export_path}",
            self.action_export_bookmarks,
        )
        yield SystemCommand("Import article…", "Make a draft briefing from a page or URL", self.action_import)
        yield SystemCommand("Help", "Show the keys of this screen", self.action_help)

    @property
    def screenshot_folder(self) -> Path:
        return self.context.paths.data / "screenshots"

    def action_save_screenshot(self) -> None:
        from tui.handoff import save_screenshot

        message, saved = save_screenshot(self, self.screenshot_folder)
        self.notify(message, severity="information" if saved else "error", timeout=8, markup=False)

    def action_import(self) -> None:
        from tui.screens.import_article import ImportArticleScreen

        self.push_screen(ImportArticleScreen(self.context))

    async def action_quit(self) -> None:
        self.save_reading_positions()
        self.context.reading.flush()  # on disk before the app is gone
        self.exit()

    def save_reading_positions(self) -> None:
        """Each open briefing's position, written by the topmost screen showing it: a reader
        opened from Bookmarks on top of the same briefing holds the newer place."""
        from tui.screens.briefing import BriefingScreen

        written: set[str] = set()
        for screen in reversed(self.screen_stack):
            if isinstance(screen, BriefingScreen) and screen.briefing_id not in written:
                written.add(screen.briefing_id)
                screen.save_position()

    def _install_signal_handlers(self) -> None:
        """A closed terminal (SIGHUP) or a polite kill (SIGTERM) keeps the reading positions."""
        import asyncio
        import signal

        loop = asyncio.get_running_loop()
        for number in (signal.SIGHUP, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(number, self._hang_up)

    def _hang_up(self) -> None:
        with contextlib.suppress(Exception):  # the terminal may already be gone: saving is what matters
            self.save_reading_positions()
            self.context.reading.flush()
        self.exit()


# Textual hands each frame to its writer thread. While the main thread goes on working (as it
# does right after the first frame), that thread waits for the GIL up to the interpreter's
# switch interval, 5 ms by default, before the frame reaches the terminal: 0.5 ms instead.
SWITCH_INTERVAL = 0.0005


def run_reader(folders: list[Path]) -> int:
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    app = BriefingApp(folders)
    try:
        app.run()
    finally:
        sys.setswitchinterval(switch_interval)
        app.context.reading.flush()  # however the app ended, positions being written get written
        # Fold the bookmark journal into bookmarks.toml, so the file is whole while we are not running.
        app.context.bookmarks.close()
    for message in app.context.bookmarks.take_messages():
        print(f"briefing: {message}", file=sys.stderr)
    return 0
