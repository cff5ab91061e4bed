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

# Run inside the pane: argv[1] holds the samples (JSON), argv[2] receives the widths.
_PROBE = r"""
import json, os, re, sys, time, tty
samples = json.loads(open(sys.argv[1], encoding="utf-8").read())
apart = sys.argv[3] == "apart"
fd = sys.stdin.fileno()
tty.setraw(fd)
widths = []
for sample in samples:
    os.write(1, b"\r\x1b[2K")
    for piece in (sample if apart else [sample]):
        os.write(1, piece.encode("utf-8"))
        if apart:
            time.sleep(0.005)  # tmux reads each piece on its own
    os.write(1, b"\x1b[6n")
    answer = b""
    while not answer.endswith(b"R"):
        answer += os.read(fd, 1)
    widths.append(int(re.search(rb"\[(\d+);(\d+)R", answer)[2]) - 1)
out = sys.argv[2]
with open(out + ".part", "w", encoding="utf-8") as file:
    json.dump(widths, file)
os.replace(out + ".part", out)
"""

PANE_COLUMNS = 400  # wider than any sample, so nothing wraps


def tmux_available() -> bool:
    return shutil.which("tmux") is not None


def tmux_widths(
    samples: list[str], *, apart: bool = False, timeout: float = 30.0, columns: int = PANE_COLUMNS
) -> list[int]:
    """The number of cells tmux advances the cursor by for each of `samples`.

    `apart`: each code point is written on its own, so tmux reads it on its own, as happens to
    any code point where a long frame is split between two reads of the terminal's input.
    tmux 3.3a joins an emoji ZWJ sequence only when the joiner and the emoji after it arrive
    in one read: apart, 👨‍👩‍👧 is drawn 6 cells wide, not 2."""
    with tempfile.TemporaryDirectory(prefix="briefing-tmux-width-") as folder:
        base = Path(folder)
        probe = base / "probe.py"
        probe.write_text(_PROBE, encoding="utf-8")
        sample_file = base / "samples.json"
        sample_file.write_text(json.dumps([list(s) if apart else s for s in samples]), encoding="utf-8")
        out = base / "widths.json"
        command = [sys.executable, str(probe), str(sample_file), str(out), "apart" if apart else "whole"]
        widths: list[int] = _run_in_tmux(command, out, columns=columns, timeout=timeout)
        return widths


# The variables tui/widgets/cell_widths.py chooses spacing-mark widths from.
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
    what the reader would choose its spacing-mark widths from there."""
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


def _main() -> None:
    from rich.cells import cell_len

    from tests.hostile.width_samples import WIDTH_SAMPLES
    from tui.model.format.clean import clean_text
    from tui.widgets.cell_widths import install_spacing_mark_widths, spacing_marks_for

    # Rich's counts as the reader measures inside tmux (spacing marks: one cell).
    install_spacing_mark_widths(spacing_marks_for("auto", tmux_pane_environment()))

    rows = [(s.name, s.text, clean_text(s.text)) for s in WIDTH_SAMPLES]
    drawn = tmux_widths([raw for _, raw, _ in rows] + [cleaned for _, _, cleaned in rows])
    raw_drawn, cleaned_drawn = drawn[: len(rows)], drawn[len(rows) :]
    apart = tmux_widths([cleaned for _, _, cleaned in rows], apart=True)
    print(
        f"{'class':28} {'raw rich':>8} {'raw tmux':>8} {'clean rich':>10} {'clean tmux':>10}"
        f" {'apart':>5}  cleaned"
    )
    for (name, raw, cleaned), raw_tmux, clean_tmux, clean_apart in zip(
        rows, raw_drawn, cleaned_drawn, apart, strict=True
    ):
        flag = "  SPILL" if max(clean_tmux, clean_apart) > cell_len(cleaned) else ""
        shown = cleaned.encode("unicode_escape").decode("ascii")[:48]
        print(
            f"{name:28} {cell_len(raw):8} {raw_tmux:8} {cell_len(cleaned):10} {clean_tmux:10} {clean_apart:5}"
            f"  {shown}{flag}"
        )


if __name__ == "__main__":
    _main()
