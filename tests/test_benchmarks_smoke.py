"""`benchmarks/run.py --quick` runs end to end and prints every row with a figure.

A smoke test only: it asserts no speed target, since figures depend on the
machine. Everything it writes (library, homes, byte code) goes under tmp_path.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="times the app on a pty and reads /proc/<pid>/status"
)

# Every row the table must have (keys as in the JSON results).
ROWS = {
    "first_frame_hello",
    "first_frame_seed",
    "first_frame_warm",
    "first_frame_cold",
    "ratio_seed_hello",
    "ratio_warm_seed",
    "peak_rss",
    "filter_key_median",
    "filter_key_max",
    "filter_refresh_median",
    "filter_refresh_max",
    "filter_search_median",
    "filter_pilot_median",
    "next_claim_action",
    "next_claim_painted",
    "next_claim_pilot",
    "open_huge",
    "open_huge_painted",
    "export",
    "bookmarks_load_10k",
    "bookmarks_toggle_10k",
    "index_cold_build",
    "ingest_article",
    "ingest_article_command",
    "ingest_100_pages",
    "calibration",
}
NUMBER = re.compile(r"^\d[\d,]*(\.\d+)?(×| ms| s| MiB)$")


def table_rows(output: str) -> dict[str, tuple[str, str, str]]:
    """label -> (figure, target, met?) for each row of the printed table."""
    rows = {}
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 4 and cells[0] != "benchmark":
            rows[cells[0]] = (cells[1], cells[2], cells[3])
    return rows


def test_quick_run_prints_every_benchmark_with_a_figure(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    env["BRIEFING_HOME"] = str(tmp_path / "briefing-home")
    env.pop("BRIEFING_LIBRARY", None)
    results_file = tmp_path / "results.json"
    command = [sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--out", str(tmp_path / "out")]
    done = subprocess.run(
        [*command, "--json", str(results_file)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,  # a hang guard only: a loaded 2-core machine needs minutes
    )
    assert done.returncode == 0, done.stderr[-3000:]

    results = {r["key"]: r for r in json.loads(results_file.read_text())["results"]}
    assert set(results) == ROWS
    rows = table_rows(done.stdout)
    for key, result in results.items():
        assert isinstance(result["value"], int | float) and result["value"] > 0, result
        figure, target, met = rows[result["label"]]
        assert NUMBER.match(figure), (result["label"], figure)
        assert met in ("yes", "NO", "info")
        assert (target == "—") == (result["target"] is None), (key, target)
    assert re.search(r"machine: \d+ CPUs · .+ · Python 3\.\d+\.\d+ · Textual \d", done.stdout)
    # Nothing escaped the temporary folder.
    assert not (tmp_path / "briefing-home").exists()
