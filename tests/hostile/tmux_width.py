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

# Run inside the pane: argv[1] holds the samples (JSON), argv[2] receives the widths.
_PROBE = r"""
import json, os, re, sys, termios, tty
samples = json.loads(open(sys.argv[1], encoding="utf-8").read())
fd = sys.stdin.fileno()
tty.setraw(fd)
widths = []
for sample in samples:
    os.write(1, ("\r\x1b[2K" + sample + "\x1b[6n").encode("utf-8"))
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


def tmux_widths(samples: list[str], *, timeout: float = 30.0) -> list[int]:
    """The number of cells tmux advances the cursor by for each of `samples`."""
    with tempfile.TemporaryDirectory(prefix="briefing-tmux-width-") as folder:
        base = Path(folder)
        probe = base / "probe.py"
        probe.write_text(_PROBE, encoding="utf-8")
        sample_file = base / "samples.json"
        sample_file.write_text(json.dumps(samples), encoding="utf-8")
        out = base / "widths.json"
        socket = str(base / "tmux.sock")
        # tmux measures characters with the C library's wcwidth in its own locale: a UTF-8 one,
        # as a reader's terminal has (under C/POSIX every non-ASCII character is unknown to it).
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        env.pop("TMUX", None)
        command = [sys.executable, str(probe), str(sample_file), str(out)]
        subprocess.run(
            ["tmux", "-S", socket, "-f", "/dev/null", "new-session", "-d", "-x", str(PANE_COLUMNS),
             "-y", "10", "--", *command],
            env=env,
            check=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + timeout
            while not out.exists():  # waits on the probe's result, bounded
                if time.monotonic() > deadline:
                    raise TimeoutError(f"tmux width probe gave no answer in {timeout} s")
                time.sleep(0.02)
            widths: list[int] = json.loads(out.read_text(encoding="utf-8"))
        finally:
            subprocess.run(["tmux", "-S", socket, "kill-server"], env=env, check=False, capture_output=True)
        return widths


def _main() -> None:
    from rich.cells import cell_len

    from tests.hostile.width_samples import WIDTH_SAMPLES
    from tui.model.format.clean import clean_text

    rows = [(s.name, s.text, clean_text(s.text)) for s in WIDTH_SAMPLES]
    drawn = tmux_widths([raw for _, raw, _ in rows] + [cleaned for _, _, cleaned in rows])
    raw_drawn, cleaned_drawn = drawn[: len(rows)], drawn[len(rows) :]
    print(f"{'class':28} {'raw rich':>8} {'raw tmux':>8} {'clean rich':>10} {'clean tmux':>10}  cleaned")
    for (name, raw, cleaned), raw_tmux, clean_tmux in zip(rows, raw_drawn, cleaned_drawn, strict=True):
        flag = "  SPILL" if clean_tmux > cell_len(cleaned) else ""
        shown = cleaned.encode("unicode_escape").decode("ascii")[:48]
        print(
            f"{name:28} {cell_len(raw):8} {raw_tmux:8} {cell_len(cleaned):10} {clean_tmux:10}  {shown}{flag}"
        )


if __name__ == "__main__":
    _main()
