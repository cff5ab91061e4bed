"""The real reader in tmux keeps every pane border in its column with Hindi, Bengali and Tamil text.

Spacing marks (the vowel signs of those scripts, Unicode category Mc) are drawn one cell each by
tmux 3.3a, and Rich 15 counts them as none: before tui/widgets/cell_widths.py a row of Hindi was
drawn a cell per mark wider than it was laid out, and the rest of the row (the pane's right
border, the next pane) moved right or off the window. Here the reader opens a briefing written in
those scripts (indic_briefing.toml) in a private tmux server at 120×40 and 80×24, steps through
its claims, and each screen tmux holds is read back: every row's pane borders must sit in the
columns of the screen's pane corners. The same run with `spacing_marks = "zero-cell"` (Rich's own
count) shows that the check sees the spill. Full run only, and only where tmux is installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

from .conftest import FULL
from .tmux_width import tmux_available

pytestmark = [
    pytest.mark.skipif(not FULL, reason="full hostile run only: set BRIEFING_HOSTILE_FULL=1"),
    pytest.mark.skipif(not tmux_available(), reason="needs tmux on PATH"),
]

BRIEFING = Path(__file__).with_name("indic_briefing.toml")
BORDERS = frozenset("│╭╮╰╯")
CORNERS = frozenset("╭╮╰╯")
CLAIMS = 5


def _border_columns(line: str) -> tuple[list[tuple[int, str]], int]:
    """The (column, glyph) of each border glyph in `line` as tmux placed it, and the row's width.
    Columns are counted with the widths the test process measures with: conftest installs one
    cell per spacing mark, what tmux 3.3a draws (test_terminal_width.py checks that)."""
    found, column = [], 0
    for character in line:
        if character in BORDERS:
            found.append((column, character))
        column += cell_len(character)
    return found, column


def _is_plain(line: str) -> bool:
    """Only ASCII, Latin-1 and box drawing: measured alike by every terminal and by Rich."""
    return all(ord(c) < 0x250 or 0x2500 <= ord(c) <= 0x259F for c in line)


def rows_off(screen: str, width: int) -> tuple[int, int]:
    """(rows whose pane borders are off their columns, rows with borders) in one screen.

    The panes' columns are those of the corners (╭╮╰╯) in the screen's plain rows; a row is off
    when it is wider than the window or lacks a border glyph in one of those columns (a glyph in
    another column, a chain's line in the sourcing pane, is content)."""
    lines = screen.split("\n")
    corners = {
        column
        for line in lines
        if _is_plain(line)
        for column, glyph in _border_columns(line)[0]
        if glyph in CORNERS
    }
    off = bordered = 0
    for line in lines:
        glyphs, drawn = _border_columns(line)
        if not glyphs and drawn <= width:
            continue
        bordered += 1
        off += drawn > width or not corners <= {column for column, _ in glyphs}
    return off, bordered


class Reader:
    """The reader on a pty of its own tmux server (its own socket: no one else's sessions)."""

    def __init__(self, folder: Path, width: int, height: int, config: str, briefing: Path = BRIEFING) -> None:
        home = folder / "home"
        (home / "config").mkdir(parents=True)
        (home / "config" / "config.toml").write_text(config, encoding="utf-8")
        library = folder / "library"
        library.mkdir()
        (library / briefing.name).write_bytes(briefing.read_bytes())
        self.socket = str(folder / "tmux.sock")
        self.env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        self.env.pop("TMUX", None)
        command = ["env", f"BRIEFING_HOME={home}", sys.executable, "-m", "tui", "--library", str(library)]
        self._tmux("new-session", "-d", "-s", "reader", "-x", str(width), "-y", str(height), "--", *command)
        self.pid = int(self._tmux("display-message", "-p", "-t", "reader", "#{pane_pid}"))

    def _tmux(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-S", self.socket, "-f", "/dev/null", *args],
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "reader")

    def wait_for(self, shown: Callable[[str], bool], timeout: float = 30.0) -> str:
        """The screen once `shown` holds for it (polled, bounded)."""
        deadline = time.monotonic() + timeout
        while not shown(screen := self.screen()):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the reader did not show what was awaited:\n{screen}")
            time.sleep(0.05)
        return screen

    def settled(self, timeout: float = 30.0) -> str:
        """The screen once two captures in a row are the same (polled, bounded)."""
        deadline = time.monotonic() + timeout
        before, screen = None, self.screen()
        while screen != before:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the reader's screen kept changing:\n{screen}")
            time.sleep(0.05)
            before, screen = screen, self.screen()
        return screen

    def keys(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", "reader", *keys)

    def close(self, timeout: float = 30.0) -> None:
        """Stop the server, then wait for the reader to be gone: killed, it may still be writing
        its home (which the temporary folder's removal would then race)."""
        subprocess.run(
            ["tmux", "-S", self.socket, "kill-server"], env=self.env, check=False, capture_output=True
        )
        deadline = time.monotonic() + timeout
        while _running(self.pid):
            if time.monotonic() > deadline:
                raise TimeoutError(f"the reader (pid {self.pid}) did not exit")
            time.sleep(0.05)


def _running(pid: int) -> bool:
    """Whether `pid` is a live process (a zombie, killed and not yet reaped, is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state != "Z"


def screens_of(
    briefing: Path, title_word: str, claims: int, width: int, height: int, config: str
) -> list[str]:
    """The library, `briefing` opened (its library row shows `title_word`), and each of its
    `claims` stepped to, in the real reader in tmux."""
    with tempfile.TemporaryDirectory(prefix="briefing-tmux-rows-") as folder:
        reader = Reader(Path(folder), width, height, config, briefing)
        try:
            screens = [reader.wait_for(lambda s: title_word in s and "claims" in s)]
            reader.keys("Enter")
            screens.append(reader.wait_for(lambda s: "Key figures" in s and f"{claims} claims" in s))
            for claim in range(1, claims + 1):
                reader.keys("n")
                # The status line says "claim n/5" once the claim is focused and drawn; the
                # screen is read once two captures in a row agree (no frame half written).
                reader.wait_for(lambda s, n=claim: f"claim {n}/{claims}" in s)
                screens.append(reader.settled())
            return screens
        finally:
            reader.close()


def _screens(width: int, height: int, config: str = "") -> list[str]:
    return screens_of(BRIEFING, "मुंबई", CLAIMS, width, height, config)


@pytest.mark.parametrize(("width", "height"), [(120, 40), (80, 24)])
def test_indic_rows_keep_their_columns(width: int, height: int) -> None:
    counts = [rows_off(screen, width) for screen in _screens(width, height)]
    off = sum(o for o, _ in counts)
    bordered = sum(b for _, b in counts)
    print(f"\n{width}x{height}: {off} of {bordered} bordered rows off their columns ({len(counts)} screens)")
    assert bordered > 10 * len(counts) // 2  # the screens were read: panes with borders
    assert off == 0


def test_the_check_sees_a_spill_with_rich_s_own_count() -> None:
    """Measured as Rich counts (zero-cell), tmux draws the Hindi rows wider: the check must see it."""
    screens = _screens(120, 40, 'spacing_marks = "zero-cell"\n')
    off = sum(rows_off(screen, 120)[0] for screen in screens)
    print(f"\nzero-cell 120x40: {off} rows off their columns")
    assert off > 0
