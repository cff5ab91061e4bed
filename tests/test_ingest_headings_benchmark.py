"""`benchmarks/ingest_headings.py` scores our section headings against fundus's parser headlines.

The fundus-shaped folder is built from the project's own corpus pages (never third-party text), as
in `test_ingest_fundus_benchmark.py`: their gold headings are the parser's headlines, so our HTML
path must find them all; a second, German publisher counts only with `--all-languages`."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType

from helpers import benchmark_script, run_python
from test_ingest_fundus_benchmark import _fundus_folder

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "benchmarks" / "ingest_headings.py"
CORPUS = REPO / "tests" / "ingest_corpus"


def _script() -> ModuleType:
    return benchmark_script("ingest_headings")


def test_a_found_heading_takes_one_equal_gold_headline_at_most_once() -> None:
    script = _script()
    gold = ["Reforms", "Reforms", "What comes next:"]
    assert script.matched(gold, ["Reforms", "What comes next", "Extra"], script.exact_form) == (1, 2, 2)
    assert script.matched(gold, ["REFORMS", "What comes next", "Reforms"], script.loose_form) == (3, 0, 0)
    assert script.scores((3, 1, 0)) == (0.75, 1.0, 2 * 0.75 / 1.75)
    assert script.scores((0, 0, 0)) == (1.0, 1.0, 1.0)


def test_gold_headlines_are_each_sections_lines_in_order() -> None:
    entry = {"body": {"sections": [{"headline": []}, {"headline": [" Water  woes "]}, {"headline": ["B"]}]}}
    assert _script().gold_headings(entry) == ["Water woes", "B"]


def test_a_publisher_stays_in_one_half_whatever_its_versions() -> None:
    script = _script()
    halves = {script.half_of(name) for name in ("Opinion", "LongRead", "Blatt", "Lost")}
    assert halves <= {"dev", "held"}
    assert script.half_of("Opinion") == script.half_of("Opinion")


def _html_rows(stdout: str) -> dict[str, list[str]]:
    """Each HTML row's match label -> found, precision, recall, F1."""
    return {line.split()[1]: line.split()[2:] for line in stdout.splitlines() if line.startswith("HTML ")}


def test_benchmark_finds_every_heading_of_our_own_pages(tmp_path: Path) -> None:
    data = _fundus_folder(tmp_path / "fundus")
    headings = [
        section["heading"]
        for name in ("opinion", "long_article")
        for section in tomllib.loads((CORPUS / f"{name}.gold.toml").read_text("utf-8"))["sections"]
        if section["heading"]
    ]
    result = run_python(str(SCRIPT), "--data", str(data), "--half", "both")
    assert result.returncode == 0, result.stderr
    assert (
        f"both: 2 English parser versions; 2 with section headlines ({len(headings)} in all)" in result.stdout
    )
    rows = _html_rows(result.stdout)
    for label in ("exact", "exact*", "loose", "loose*"):
        assert rows[label] == [str(len(headings)), "1.000", "1.000", "1.000"]
    every = run_python(str(SCRIPT), "--data", str(data), "--half", "both", "--all-languages")
    assert every.returncode == 0, every.stderr
    # The German page's parser reads no headline: it counts in all pages, not in the starred rows.
    assert f"both: 3 parser versions; 2 with section headlines ({len(headings)} in all)" in every.stdout


def test_misses_are_refused_on_the_held_half(tmp_path: Path) -> None:
    data = _fundus_folder(tmp_path / "fundus")
    result = run_python(str(SCRIPT), "--data", str(data), "--half", "held", "--misses")
    assert result.returncode != 0
    assert "the dev half only" in result.stderr
