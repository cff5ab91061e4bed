"""`benchmarks/ingest_dragnet.py` reads the dragnet layout, keeps comments out of the gold, scores.

The folder is built here from the project's own corpus pages (never third-party text): a
page's HTML under HTML/, its gold paragraphs as the corrected text, a comment after the
data set's comments mark that must not count, and the two split listings."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType

from helpers import benchmark_script, run_python

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "ingest_corpus"
SCRIPT = REPO / "benchmarks" / "ingest_dragnet.py"


def _script() -> ModuleType:
    return benchmark_script("ingest_dragnet")


def _gold_paragraphs(name: str) -> str:
    gold = tomllib.loads((CORPUS / f"{name}.gold.toml").read_text("utf-8"))
    return "\n".join(
        part for section in gold["sections"] for part in (section["heading"], *section["paragraphs"]) if part
    )


def _dragnet_folder(root: Path) -> Path:
    (root / "HTML").mkdir(parents=True)
    (root / "Corrected").mkdir()
    for name in ("opinion", "long_article"):
        (root / "HTML" / f"{name}.html").write_bytes((CORPUS / f"{name}.html").read_bytes())
        corrected = f"{_gold_paragraphs(name)}\n!@#$%^&*()  COMMENTS\nA reader wrote in to disagree.\n"
        (root / "Corrected" / f"{name}.html.corrected.txt").write_text(corrected, "utf-8")
    (root / "training.txt").write_text("opinion\nmissing_page\n", "utf-8")
    (root / "test.txt").write_text("long_article\n", "utf-8")
    return root


def test_gold_text_keeps_the_article_before_the_comments_mark() -> None:
    script = _script()
    raw = "Prices rose \u2013 again.\n!@#$%^&*()  COMMENTS\nFirst!\n".encode("cp1252")
    assert script.gold_text(raw) == "Prices rose \u2013 again.\n"
    assert script.gold_text("Caf\u00e9 owners said so.".encode()) == "Caf\u00e9 owners said so."


def test_page_names_follow_the_data_sets_own_split(tmp_path: Path) -> None:
    script = _script()
    data = _dragnet_folder(tmp_path / "dragnet")
    assert script.page_names(data, "dev") == ["opinion"]  # a listed page without files is skipped
    assert script.page_names(data, "held") == ["long_article"]
    assert script.page_names(data, "all") == ["opinion", "long_article"]


def test_benchmark_scores_our_own_pages_and_refuses_misses_on_held(tmp_path: Path) -> None:
    data = _dragnet_folder(tmp_path / "dragnet")
    result = run_python(str(SCRIPT), "--data", str(data), "--half", "all", "--misses", "0")
    assert result.returncode == 0, result.stderr
    assert "half: all, pages: 2" in result.stdout
    rows = {line[:42].strip(): line[42:].split() for line in result.stdout.splitlines()[2:]}
    assert set(rows) == {
        "briefing ingest (HTML)",
        "briefing ingest (HTML, body without dek)",
        "trafilatura.extract (benchmark settings)",
    }
    # The body without the dek is exactly the gold on these pages, and the comment is not gold.
    pages, precision, recall, f1, empty, _seconds = rows["briefing ingest (HTML, body without dek)"]
    assert (pages, precision, recall, f1, empty) == ("2", "1.000", "1.000", "1.000", "0")
    refused = run_python(str(SCRIPT), "--data", str(data), "--half", "held", "--misses", "3")
    assert refused.returncode != 0
    assert "dev half only" in refused.stderr
