"""Handing things to the world outside the terminal app: a browser, the clipboard, a file.

Each returns what actually happened, in words, so no message claims a success it cannot know:
a terminal may ignore OSC 52 (tmux does by default), a server has no browser, a folder may be
missing.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import webbrowser
from pathlib import Path
from typing import Any

from textual.app import App

from tui.model.state.atomic import write_atomic

# Console browsers would take over the terminal the reader is drawing in.
_CONSOLE_BROWSERS = {"www-browser", "links", "elinks", "lynx", "w3m", "links2"}


def graphical_browser() -> webbrowser.BaseBrowser | None:
    """The browser `webbrowser` would use, unless there is none or it runs in this terminal."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return None
    name = getattr(browser, "name", "")
    console = isinstance(browser, webbrowser.GenericBrowser) and not isinstance(
        browser, webbrowser.BackgroundBrowser
    )
    if console or Path(name).name in _CONSOLE_BROWSERS:
        return None
    return browser


def open_url(app: App[Any], url: str) -> tuple[str, bool]:
    """Ask a browser to open `url`; (message, whether a browser took it)."""
    browser = graphical_browser()
    if browser is not None:
        try:
            if browser.open(url):
                return f"Asked your browser to open {url}", True
        except (OSError, webbrowser.Error):
            pass
    copied = copy_text(app, url, "the address")
    return f"No web browser to open it from here. {copied}\n{url}", False


def _clipboard_commands() -> list[list[str]]:
    """System clipboard tools that can work in this session, most direct first."""
    commands = []
    if shutil.which("pbcopy"):
        commands.append(["pbcopy"])
    if os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-copy"):
        commands.append(["wl-copy"])
    if os.environ.get("DISPLAY"):
        if shutil.which("xclip"):
            commands.append(["xclip", "-selection", "clipboard"])
        if shutil.which("xsel"):
            commands.append(["xsel", "--clipboard", "--input"])
    return commands


def _run(command: list[str], text: str) -> bool:
    try:
        done = subprocess.run(command, input=text.encode(), capture_output=True, timeout=2, check=False)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0


def copy_text(app: App[Any], text: str, what: str) -> str:
    """Copy `text` every way that may work; say which one surely did."""
    app.copy_to_clipboard(text)  # OSC 52: works where the terminal honours it; we cannot tell
    for command in _clipboard_commands():
        if _run(command, text):
            return f"Copied {what} to the clipboard."
    if os.environ.get("TMUX") and shutil.which("tmux") and _run(["tmux", "load-buffer", "-"], text):
        return f"Copied {what} to tmux's paste buffer (prefix ] pastes it)."
    return (
        f"Sent {what} to the terminal's clipboard (OSC 52); if nothing pastes, this terminal ignores OSC 52."
    )


def save_screenshot(app: App[Any], folder: Path) -> tuple[str, bool]:
    """Save an SVG of the screen under `folder`; (message naming the file or the reason, saved?)."""
    stamp = datetime.datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    target = folder / f"briefing_{stamp}.svg"
    try:
        write_atomic(target, app.export_screenshot().encode("utf-8"))
    except OSError as error:
        return f"Screenshot not saved: {target.parent}: {error.strerror}", False
    return f"Screenshot saved to {target}", True
