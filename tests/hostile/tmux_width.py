"""How many cells tmux draws a string in: the width a real terminal gives it, not Rich's count.

A probe program runs in a pane of a private tmux server (its own socket, so no one else's
sessions are touched). For each sample it returns the cursor to column 0, writes the sample and
asks the terminal where the cursor is (DSR 6n); tmux answers on the pane's input with the column,
after it has placed the sample in its grid, so the answer is what tmux drew, in order, with no
timing guesses. Run as a script, it prints the measured table:

    .venv/bin/python -m tests.hostile.tmux_width
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# Run inside the pane: argv[1] holds the samples (JSON: each a list of the pieces to write, each
# piece read by tmux on its own), argv[2] receives the widths. "burst": every sample, each followed
# by its question, in one write (tmux reads it in pieces of its own choosing).
_PROBE = r"""
import json, os, re, sys, time, tty
samples = json.loads(open(sys.argv[1], encoding="utf-8").read())
burst = sys.argv[3] == "burst"
fd = sys.stdin.fileno()
tty.setraw(fd)

def write(text):
    data = text.encode("utf-8")
    while data:
        data = data[os.write(1, data):]

def answers(count):
    answer = b""
    while answer.count(b"R") < count:
        answer += os.read(fd, 4096)
    return [int(m[2]) - 1 for m in re.finditer(rb"\[(\d+);(\d+)R", answer)]

if burst:
    write("".join("\r\x1b[2K" + "".join(pieces) + "\x1b[6n" for pieces in samples))
    widths = answers(len(samples))
else:
    widths = []
    for pieces in samples:
        write("\r\x1b[2K")
        for index, piece in enumerate(pieces):
            write(piece)
            if len(pieces) > 1:
                time.sleep(0.005)  # tmux reads each piece on its own
        write("\x1b[6n")
        widths += answers(1)
out = sys.argv[2]
with open(out + ".part", "w", encoding="utf-8") as file:
    json.dump(widths, file)
os.replace(out + ".part", out)
"""

PANE_COLUMNS = 400  # wider than any sample, so nothing wraps


def tmux_available() -> bool:
    return shutil.which("tmux") is not None


def tmux_widths(
    samples: list[str], *, one_read_each: bool = False, timeout: float = 30.0, columns: int = PANE_COLUMNS
) -> list[int]:
    """The number of cells tmux advances the cursor by for each of `samples`.

    `one_read_each`: each code point is written on its own, so tmux reads it on its own, as
    happens to any code point where a long frame is split between two reads of the terminal's
    input. tmux 3.3a joins an emoji ZWJ sequence only when the joiner and the emoji after it
    arrive in one read: one read each, 👨‍👩‍👧 is drawn 6 cells wide, not 2."""
    return tmux_widths_of_reads(
        [list(s) if one_read_each else [s] for s in samples], timeout=timeout, columns=columns
    )


def tmux_widths_of_reads(
    samples: list[list[str]], *, timeout: float = 30.0, columns: int = PANE_COLUMNS
) -> list[int]:
    """The cells tmux advances by for each sample, written as the given pieces, each read alone."""
    return _probe(samples, "reads", timeout=timeout, columns=columns)


def tmux_widths_in_one_write(
    samples: list[str], *, timeout: float = 60.0, columns: int = PANE_COLUMNS
) -> list[int]:
    """The cells tmux advances by for each sample, all written at once, as a long frame is:
    where tmux's reads of it end is up to tmux."""
    return _probe([[s] for s in samples], "burst", timeout=timeout, columns=columns)


def _probe(samples: list[list[str]], mode: str, *, timeout: float, columns: int) -> list[int]:
    with tempfile.TemporaryDirectory(prefix="briefing-tmux-width-") as folder:
        base = Path(folder)
        probe = base / "probe.py"
        probe.write_text(_PROBE, encoding="utf-8")
        sample_file = base / "samples.json"
        sample_file.write_text(json.dumps(samples), encoding="utf-8")
        out = base / "widths.json"
        command = [sys.executable, str(probe), str(sample_file), str(out), mode]
        widths: list[int] = _run_in_tmux(command, out, columns=columns, timeout=timeout)
        return widths


# The variables tui/widgets/cell_widths.py chooses its widths from.
_TERMINAL_VARIABLES = ("TMUX", "STY", "TERM", "TERM_PROGRAM")
_ENVIRONMENT_PROBE = f"""
import json, os, sys
names = {_TERMINAL_VARIABLES!r}
with open(sys.argv[1] + ".part", "w", encoding="utf-8") as file:
    json.dump({{name: os.environ[name] for name in names if name in os.environ}}, file)
os.replace(sys.argv[1] + ".part", sys.argv[1])
"""


def tmux_pane_environment(timeout: float = 30.0) -> dict[str, str]:
    """TMUX, STY, TERM and TERM_PROGRAM as a program run in the probe's tmux pane sees them:
    what the reader would choose its widths (spacing marks, emoji sequences) from there."""
    with tempfile.TemporaryDirectory(prefix="briefing-tmux-env-") as folder:
        out = Path(folder) / "environment.json"
        command = [sys.executable, "-c", _ENVIRONMENT_PROBE, str(out)]
        environment: dict[str, str] = _run_in_tmux(command, out, columns=80, timeout=timeout)
        return environment


def _run_in_tmux(command: list[str], out: Path, *, columns: int, timeout: float) -> Any:
    """Run `command` in a pane of a private tmux server and return the JSON it writes to `out`."""
    socket = str(out.parent / "tmux.sock")
    # tmux measures characters with the C library's wcwidth in its own locale: a UTF-8 one,
    # as a reader's terminal has (under C/POSIX every non-ASCII character is unknown to it).
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    env.pop("TMUX", None)
    subprocess.run(
        ["tmux", "-S", socket, "-f", "/dev/null", "new-session", "-d", "-x", str(columns),
         "-y", "10", "--", *command],
        env=env,
        check=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + timeout
        while not out.exists():  # waits on the probe's result, bounded
            if time.monotonic() > deadline:
                raise TimeoutError(f"tmux probe gave no answer in {timeout} s")
            time.sleep(0.02)
        return json.loads(out.read_text(encoding="utf-8"))
    finally:
        subprocess.run(["tmux", "-S", socket, "kill-server"], env=env, check=False, capture_output=True)


# Emoji ZWJ sequences for the burst count, and what precedes each copy (it moves the
# sequence's bytes against tmux's read boundaries).
ZWJ_SEQUENCES = {
    "family": "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "woman technologist": "\U0001f469\u200d\U0001f4bb",
    "handshake": "\U0001faf1\u200d\U0001faf2",
    "man red hair": "\U0001f468\u200d\U0001f9b0",
    "rainbow flag": "\U0001f3f3\ufe0f\u200d\U0001f308",
    "pirate flag": "\U0001f3f4\u200d\u2620\ufe0f",
    "couple with heart": "\U0001f469\u200d\u2764\ufe0f\u200d\U0001f468",
}
PREFIXES = ["", "a", "ab", "abc", "\u5317", "x" * 37, "\U0001f44d", "y" * 101, "\u00e9" * 7]


def burst_lines(sequence: str, copies: int) -> list[str]:
    """`copies` lines of `sequence` after prefixes of every length from 0 to 60-odd cells."""
    return [PREFIXES[n % len(PREFIXES)] + "z" * (n * 7 % 50) + sequence for n in range(copies)]


def _main() -> None:
    from collections import Counter

    from rich.cells import cell_len

    from tests.hostile.width_samples import WIDTH_SAMPLES
    from tui.model.format.clean import clean_text
    from tui.widgets.cell_widths import (
        emoji_sequences_for,
        install_emoji_sequence_widths,
        install_spacing_mark_widths,
        spacing_marks_for,
    )
    from tui.widgets.terminal_output import drawn_text

    environment = tmux_pane_environment()
    rows = [(s.name, clean_text(s.text)) for s in WIDTH_SAMPLES]
    cleaned = [text for _, text in rows]
    # Rich's count (spacing marks as auto in the pane), then the reader's auto inside tmux.
    install_spacing_mark_widths(spacing_marks_for("auto", environment))
    install_emoji_sequence_widths("joined")
    joined = [cell_len(text) for text in cleaned]
    sent_whole, sent_each = tmux_widths(cleaned), tmux_widths(cleaned, one_read_each=True)
    install_emoji_sequence_widths(emoji_sequences_for("auto", environment))
    auto = [cell_len(text) for text in cleaned]
    drawn = [drawn_text(text) for text in cleaned]
    drawn_whole, drawn_each = tmux_widths(drawn), tmux_widths(drawn, one_read_each=True)
    print(f"emoji sequences in tmux's pane (auto): {emoji_sequences_for('auto', environment)}")
    print(
        f"{'class':30} {'joined':>6} {'tmux':>4} {'each':>4} | {'auto':>4} {'tmux':>4} {'each':>4}  cleaned"
    )
    for index, (name, text) in enumerate(rows):
        measured, whole, each = auto[index], drawn_whole[index], drawn_each[index]
        flag = "" if measured == whole == each else "  OFF"
        shown = text.encode("unicode_escape").decode("ascii")[:40]
        print(
            f"{name:30} {joined[index]:6} {sent_whole[index]:4} {sent_each[index]:4} |"
            f" {measured:4} {whole:4} {each:4}  {shown}{flag}"
        )
    copies = 1500
    print(f"\nZWJ sequences, {copies} copies each in one write (widths drawn: count)")
    for name, sequence in ZWJ_SEQUENCES.items():
        counts = []
        for sent in (sequence, drawn_text(sequence)):
            lines = burst_lines(sent, copies)
            columns = tmux_widths_in_one_write(lines, timeout=300)
            counts.append(
                Counter(c - cell_len(line[: -len(sent)]) for c, line in zip(columns, lines, strict=True))
            )
        measured = cell_len(sequence)
        print(f"  {name:20} joiner sent: {dict(counts[0])}  apart: {dict(counts[1])} (measured {measured})")


if __name__ == "__main__":
    _main()
