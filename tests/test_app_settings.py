"""App-level settings: theme choice persists, bad theme and config files never crash."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from reader_helpers import make_app, wait_for_library
from rich.cells import cell_len

from tui.screens.library import LibraryScreen
from tui.widgets.cell_widths import installed_spacing_marks


async def test_chosen_theme_is_saved_and_used_next_time(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_library(pilot)
        assert app.theme == "briefing-night"
        app.theme = "newsprint"
        await pilot.pause()
    config = briefing_home / "config" / "config.toml"
    assert tomllib.loads(config.read_text("utf-8"))["theme"] == "newsprint"
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await wait_for_library(pilot)
        assert again.theme == "newsprint"


async def test_saving_the_theme_keeps_the_rest_of_the_config(briefing_home: Path) -> None:
    config = briefing_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[keymap]\n"briefing.next_claim" = "x"\n', "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_library(pilot)
        app.theme = "nord"
        await pilot.pause()
    saved = tomllib.loads(config.read_text("utf-8"))
    assert saved == {"theme": "nord", "keymap": {"briefing.next_claim": "x"}}


async def test_a_broken_user_theme_is_reported_and_skipped(briefing_home: Path) -> None:
    themes = briefing_home / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "bad.toml").write_text('name = "bad"\ndark = true\nprimary = "not-a-colour"\n', "utf-8")
    (themes / "good.toml").write_text('name = "mine"\ndark = true\nprimary = "#3366cc"\n', "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_library(pilot)
        assert isinstance(app.screen, LibraryScreen)
        messages = app.notified
        assert any("bad.toml" in m and "primary" in m for _, m in messages)
        assert "mine" in app.available_themes
        app.theme = "mine"  # a user theme without our variables still renders
        await pilot.pause()
        assert app.is_running


async def test_unknown_theme_and_broken_config_fall_back(briefing_home: Path) -> None:
    config = briefing_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('theme = "no-such-theme"\n[keymap]\n"briefing.next_claim" = 3\n', "utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_library(pilot)
        assert app.theme == "briefing-night"
        messages = " ".join(message for _, message in app.notified)
        assert "no-such-theme" in messages
        assert "keymap.briefing.next_claim" in messages
    config.write_text("theme = [unclosed\n", "utf-8")
    again = make_app()
    async with again.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_library(pilot)
        assert again.theme == "briefing-night"
        assert any("using defaults" in message for _, message in again.notified)


async def test_spacing_marks_setting_sets_the_widths_the_reader_measures(
    briefing_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """zero-cell: Rich's own count; auto: one cell in xterm, zero in kitty; a typo is reported
    and auto used. Each app picks its widths anew (each step changes them)."""
    hindi = "\u0939\u093f\u0928\u094d\u0926\u0940"  # हिन्दी: 3 letters, 2 spacing marks
    config = briefing_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    monkeypatch.setenv("TERM", "xterm-256color")
    for setting, term, widths, cells in [
        ('spacing_marks = "zero-cell"', "xterm-256color", "zero-cell", 3),
        ("", "xterm-256color", "one-cell", 5),
        ('spacing_marks = "one cell"', "xterm-kitty", "zero-cell", 3),
        ('spacing_marks = "one-cell"', "xterm-kitty", "one-cell", 5),
    ]:
        config.write_text(setting + "\n", "utf-8")
        monkeypatch.setenv("TERM", term)
        app = make_app()
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await wait_for_library(pilot)
            assert (installed_spacing_marks(), cell_len(hindi)) == (widths, cells), setting
            reported = any("spacing_marks must be one of" in message for _, message in app.notified)
            assert reported == (setting == 'spacing_marks = "one cell"')
