"""Help and the messages about things handed outside the app (issue 9: items 4 and 9)."""

from __future__ import annotations

import re
import webbrowser
from pathlib import Path

import pytest
from reader_helpers import BUNDLED, SEED_ID, make_app, open_first_briefing, wait_for_library
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.model.state.settings import load_settings
from tui.screens.help import HelpScreen, binding_rows


def help_text(app: object) -> str:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, HelpScreen)
    return str(screen.query_one("#help-body").query_one(Static).render())


async def test_help_is_grouped_by_task_with_our_keys_and_their_aliases() -> None:
    from tui.key_groups import ORDER

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        rows = binding_rows(screen)
        ids = [row.binding_id for row in rows]
        # Only our bindings: no Textual internals (they have no id).
        assert all(binding_id for binding_id in ids)
        keys = {row.binding_id: row.keys for row in rows}
        # Aliases the README lists are shown even where a widget's own binding handles the key.
        assert keys["briefing.scroll_down"] == ["j", "↓"]
        assert keys["briefing.top"] == ["g", "home"]
        assert keys["briefing.bottom"] == ["G", "end"]
        # Groups come in task order, each once.
        seen = [row.group for row in rows]
        groups = list(dict.fromkeys(seen))
        assert seen == sorted(seen, key=groups.index)
        known = list(ORDER)
        assert [g for g in groups if g in known] == [g for g in known if g in groups]
        await pilot.press("question_mark")
        await pilot.pause()
        text = help_text(app)
        for internal in ("Page Left", "Copy selected text", "Focus Next", "super+c"):
            assert internal not in text
        assert "Move around" in text and "Bookmarks, notes, copies" in text


async def test_help_keymap_example_is_valid_config(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = help_text(app)
    example = re.search(r"\[keymap\]\n\s*(.+)\n", text)
    assert example is not None
    config = tmp_path / "config.toml"
    config.write_text(f"[keymap]\n{example[1].strip()}\n", encoding="utf-8")
    settings = load_settings(config)
    assert settings.problems == []
    assert settings.keymap == {"briefing.next_claim": "n,right"}


async def test_j_and_k_scroll_help() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_first_briefing(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        body = app.screen.query_one("#help-body", VerticalScroll)
        assert body.max_scroll_y > 0
        await pilot.press("j", "j", "j")
        assert body.scroll_y == 3
        await pilot.press("k")
        assert body.scroll_y == 2
        await pilot.press("G")
        assert body.scroll_y == body.max_scroll_y


async def test_palette_has_one_help_and_our_screenshot(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_library(pilot)
        commands = {command.title: command for command in app.get_system_commands(app.screen)}
        assert "Keys" not in commands and "Help" in commands
        assert str(briefing_home / "data" / "screenshots") in commands["Screenshot"].help
        app.action_save_screenshot()
        await pilot.pause()
        [saved] = (briefing_home / "data" / "screenshots").glob("briefing_*.svg")
        assert saved.read_text(encoding="utf-8").startswith("<svg")
        assert any(n.message == f"Screenshot saved to {saved}" for n in app._notifications)


async def test_screenshot_that_cannot_be_saved_says_where_and_why(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_library(pilot)
        (briefing_home / "data").mkdir(parents=True, exist_ok=True)
        (briefing_home / "data" / "screenshots").write_text("a file, not a folder", encoding="utf-8")
        app.action_save_screenshot()
        await pilot.pause()
        [message] = [n.message for n in app._notifications if "Screenshot" in n.message]
        assert message.startswith(f"Screenshot not saved: {briefing_home / 'data' / 'screenshots'}")


@pytest.fixture
def no_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal with no clipboard tool and not in tmux: OSC 52 is all there is."""
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "TMUX"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("shutil.which", lambda _name: None)


async def test_y_does_not_claim_a_copy_it_cannot_know_of(no_clipboard: None) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_first_briefing(pilot)
        await pilot.press("n", "y")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert not any(m.startswith("Copied") for m in messages)
        assert any("OSC 52" in m and "ignores" in m for m in messages)


async def test_o_without_a_browser_says_so(
    no_clipboard: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url = "https://example.com/story"
    seed = (BUNDLED / f"{SEED_ID}.toml").read_text(encoding="utf-8")
    (tmp_path / "with-url.toml").write_text(seed.replace('url = ""', f'url = "{url}"', 1), encoding="utf-8")

    def no_browser(using: str | None = None) -> webbrowser.BaseBrowser:
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await open_first_briefing(pilot)
        assert screen.sourcing.briefing.meta.url == url
        await pilot.press("o")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert not any(m.startswith("Opening") for m in messages)
        assert any(m.startswith("No web browser") and url in m for m in messages)
