"""`benchmarks/ingest.py --no-speed` runs end to end and prints every corpus row (figures not asserted)."""

from __future__ import annotations

from pathlib import Path

from helpers import run_python

REPO = Path(__file__).resolve().parents[1]


def test_ingest_benchmark_prints_the_corpus_table() -> None:
    result = run_python(str(REPO / "benchmarks" / "ingest.py"), "--no-speed")
    assert result.returncode == 0, result.stderr
    for row in ("not-article refusal", "body (snippets)", "headings", "meta: published", "attribution"):
        assert row in result.stdout
