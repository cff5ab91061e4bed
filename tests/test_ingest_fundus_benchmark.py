"""`benchmarks/ingest_fundus.py` reads fundus's test-data layout, keeps English bodies, scores.

The folder is built here from the project's own corpus pages (never third-party text): each
page gzipped as `<Publisher>_<date>.html.gz` beside a `<Publisher>.json` whose one parser
version holds the page's gold paragraphs as fundus would give them, plus a publisher whose body
is not English and one whose version matches no saved page."""

from __future__ import annotations

import gzip
import json
import tomllib
from pathlib import Path
from types import ModuleType

from helpers import benchmark_script, run_python

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "ingest_corpus"
SCRIPT = REPO / "benchmarks" / "ingest_fundus.py"


def _script() -> ModuleType:
    return benchmark_script("ingest_fundus")


def _fundus_entry(name: str) -> dict[str, object]:
    gold = tomllib.loads((CORPUS / f"{name}.gold.toml").read_text("utf-8"))
    sections = [
        {"headline": [section["heading"]] if section["heading"] else [], "paragraphs": section["paragraphs"]}
        for section in gold["sections"]
    ]
    return {"title": gold.get("title", ""), "body": {"summary": [], "sections": sections}}


def _fundus_folder(root: Path) -> Path:
    english = root / "uk"
    english.mkdir(parents=True)
    for publisher, name in (("Opinion", "opinion"), ("LongRead", "long_article")):
        page = (CORPUS / f"{name}.html").read_bytes()
        (english / f"{publisher}_2024_01_02.html.gz").write_bytes(gzip.compress(page))
        (english / f"{publisher}.json").write_text(json.dumps({"V1": _fundus_entry(name)}), "utf-8")
    other = root / "de"
    other.mkdir()
    body = {"summary": [], "sections": [{"headline": [], "paragraphs": ["Der Rat hat heute getagt. " * 40]}]}
    (other / "Blatt.json").write_text(json.dumps({"V1": {"title": "Rat", "body": body}}), "utf-8")
    (other / "Blatt_2024_01_02.html.gz").write_bytes(gzip.compress(b"<p>Der Rat hat heute getagt.</p>"))
    lost = root / "us"
    lost.mkdir()
    (lost / "Lost.json").write_text(json.dumps({"V1": _fundus_entry("opinion")}), "utf-8")
    return root


def test_english_share_tells_an_english_body_from_a_german_one() -> None:
    script = _script()
    assert script.english_share("The council said that it was ready for the vote.") > 0.3
    assert script.english_share("Der Rat hat heute getagt und die Wahl verschoben.") < 0.15


def test_pages_are_english_versions_matched_to_their_saved_page(tmp_path: Path) -> None:
    script = _script()
    pages = script.english_pages(_fundus_folder(tmp_path / "fundus"))
    # The German body is left out, and a version with no saved page beside it too.
    assert [page.name for page in pages] == ["uk/LongRead/V1", "uk/Opinion/V1"]
    assert all(page.path.endswith("_2024_01_02.html.gz") for page in pages)


def test_benchmark_scores_our_own_pages(tmp_path: Path) -> None:
    data = _fundus_folder(tmp_path / "fundus")
    result = run_python(str(SCRIPT), "--data", str(data), "--text")
    assert result.returncode == 0, result.stderr
    assert "pages: 2 English parser versions of 2 publishers" in result.stdout
    rows = {line[:48].strip(): line[48:].split() for line in result.stdout.splitlines()[2:]}
    script = _script()
    assert set(rows) == {label for label, _extractor, _gold in (*script.ROWS, script.TEXT_ROW)}
    # Our body is exactly the gold on these pages.
    pages, precision, recall, f1, empty, _seconds = rows["briefing ingest: body without dek vs body"]
    assert (pages, precision, recall, f1, empty) == ("2", "1.000", "1.000", "1.000", "0")


def test_all_languages_keeps_the_german_version(tmp_path: Path) -> None:
    script = _script()
    pages = script.fundus_pages(_fundus_folder(tmp_path / "fundus"), english=False)
    assert [page.name for page in pages] == ["de/Blatt/V1", "uk/LongRead/V1", "uk/Opinion/V1"]
