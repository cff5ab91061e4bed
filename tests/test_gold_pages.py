"""`benchmarks/gold_pages.py`: hand annotations of public pages kept as positions, never as text.

The pages here are a fundus-shaped test-data folder written by the test (invented text), so the
round trip text → annotate → pack → unpack is exercised without any third-party page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, benchmark_script

gold_pages = benchmark_script("gold_pages")
ingest_analysis = benchmark_script("ingest_analysis")

PAGE = {
    "V1": {
        "title": "Harbour  bridge to close for repairs",
        "body": {
            "summary": ["A dek the analysis does not read."],
            "sections": [
                {
                    "headline": [],
                    "paragraphs": [
                        "The Larkfield harbour bridge will close for six weeks from Monday,"
                        " the city council said.",
                        "Repairs will cost about $4 million, according to council engineer Tomas Reyna. "
                        "\u201cThe deck is worn through in places,\u201d Reyna said.",
                    ],
                },
                {
                    "headline": ["Ferries", "added"],
                    "paragraphs": [
                        "Two extra ferries will run every   hour while the bridge is shut.",
                        "Shop owners on the quay said they feared losing trade.",
                    ],
                },
            ],
        },
    }
}

GOLD = """\
page = "xx/Larkfield:V1"
split = "heldout"
shape = "invented: council, engineer, shop owners"
outlet = "Larkfield Post"

[sources]
council = ["the city council"]
reyna = ["council engineer Tomas Reyna", "Tomas Reyna", "Reyna"]
owners = ["Shop owners on the quay"]

[[claims]]
quote = "The Larkfield harbour bridge will close for six weeks from Monday"
chain = ["council"]

[[claims]]
quote = "Repairs will cost about $4 million"
chain = ["reyna"]

[[claims]]
quote = "The deck is worn through in places"
chain = ["reyna"]

[[claims]]
quote = "they feared losing trade"
chain = ["owners"]

[[figures]]
display = "six weeks"
value = 6
unit = "weeks"

[[figures]]
display = "about $4 million"
value = 4000000
unit = "$"
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "test_data"
    (folder / "xx").mkdir(parents=True)
    (folder / "xx" / "Larkfield.json").write_text(json.dumps(PAGE), encoding="utf-8")
    return folder


def annotated_folder(tmp_path: Path, data: Path) -> Path:
    folder = tmp_path / "annotated"
    assert gold_pages.main(["text", "xx/Larkfield:V1", "--data", str(data), "--out", str(folder)]) == 0
    (folder / "a_larkfield_v1.attribution.toml").write_text(GOLD, encoding="utf-8")
    return folder


def test_text_gives_one_sentence_a_line_with_headings(tmp_path: Path, data: Path) -> None:
    folder = annotated_folder(tmp_path, data)
    lines = (folder / "a_larkfield_v1.paragraphs.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# Harbour bridge to close for repairs"
    assert "## Ferries added" in lines
    assert "Repairs will cost about $4 million, according to council engineer Tomas Reyna." in lines
    assert "Two extra ferries will run every hour while the bridge is shut." in lines
    assert not any("dek" in line for line in lines)


def test_text_cuts_at_the_paragraph_that_passes_the_limit(tmp_path: Path, data: Path) -> None:
    out = tmp_path / "cut"
    gold_pages.main(["text", "xx/Larkfield:V1", "--cut", "100", "--data", str(data), "--out", str(out)])
    text = (out / "a_larkfield_v1.paragraphs.txt").read_text(encoding="utf-8")
    assert "worn through" in text and "ferries" not in text


def test_pack_keeps_positions_not_text_and_unpack_restores_the_annotation(tmp_path: Path, data: Path) -> None:
    folder = annotated_folder(tmp_path, data)
    paragraphs_path = folder / "a_larkfield_v1.paragraphs.txt"
    # The annotator joins a sentence the splitter cut: line breaks are part of the gold.
    text = paragraphs_path.read_text(encoding="utf-8")
    joined = text.replace("Tomas Reyna.\n\u201cThe deck", "Tomas Reyna. \u201cThe deck")
    assert joined != text
    paragraphs_path.write_text(joined, encoding="utf-8")
    packed_path = tmp_path / "gold.json"
    assert gold_pages.main(["pack", str(folder), "--data", str(data), "--out", str(packed_path)]) == 0
    packed_text = packed_path.read_text(encoding="utf-8")
    packed: dict[str, Any] = json.loads(packed_text)
    for phrase in ("harbour bridge", "worn through", "Repairs will cost", "losing trade", "six weeks"):
        assert phrase not in packed_text
    assert packed["pages"][0]["claims"][1] == {"at": [1, 0, 34], "chain": ["reyna"]}

    out = tmp_path / "unpacked"
    assert gold_pages.main(["unpack", str(packed_path), "--data", str(data), "--out", str(out)]) == 0
    assert (out / "a_larkfield_v1.paragraphs.txt").read_text(encoding="utf-8") == joined
    restored = ingest_analysis.load_corpus(out)[0]
    original = ingest_analysis.load_corpus(folder)[0]
    assert restored.claims == original.claims
    assert restored.figures == original.figures
    assert restored.sources == original.sources
    assert restored.sentences == original.sentences
    assert restored.article.meta.outlet == "Larkfield Post"


def test_pack_refuses_a_quote_the_page_does_not_hold(tmp_path: Path, data: Path) -> None:
    folder = annotated_folder(tmp_path, data)
    gold_path = folder / "a_larkfield_v1.attribution.toml"
    gold_path.write_text(GOLD.replace("losing trade", "losing their trade"), encoding="utf-8")
    with pytest.raises(gold_pages.GoldError, match="claim not found"):
        gold_pages.pack(folder, data, "")


def test_pack_refuses_a_quote_two_paragraphs_hold(tmp_path: Path, data: Path) -> None:
    folder = annotated_folder(tmp_path, data)
    gold_path = folder / "a_larkfield_v1.attribution.toml"
    gold_path.write_text(GOLD.replace('"they feared losing trade"', '"council"'), encoding="utf-8")
    with pytest.raises(gold_pages.GoldError, match="in 2 paragraphs"):
        gold_pages.pack(folder, data, "")


def test_pack_refuses_text_the_annotator_changed(tmp_path: Path, data: Path) -> None:
    folder = annotated_folder(tmp_path, data)
    paragraphs_path = folder / "a_larkfield_v1.paragraphs.txt"
    text = paragraphs_path.read_text(encoding="utf-8")
    paragraphs_path.write_text(text.replace("extra ferries", "extra ferry"), encoding="utf-8")
    with pytest.raises(gold_pages.GoldError, match="not the page's"):
        gold_pages.pack(folder, data, "")


def test_a_deleted_paragraph_stays_deleted(tmp_path: Path, data: Path) -> None:
    folder = annotated_folder(tmp_path, data)
    paragraphs_path = folder / "a_larkfield_v1.paragraphs.txt"
    text = paragraphs_path.read_text(encoding="utf-8")
    paragraphs_path.write_text(
        text.replace("Two extra ferries will run every hour while the bridge is shut.\n", "")
    )
    packed = gold_pages.pack(folder, data, "")
    assert packed["pages"][0]["paragraphs"] == [0, 1, 3]
    out = tmp_path / "unpacked"
    gold_pages.unpack(packed, data, out)
    assert "ferries" not in (out / "a_larkfield_v1.paragraphs.txt").read_text(encoding="utf-8")


def test_unpack_refuses_a_page_whose_text_changed(tmp_path: Path, data: Path) -> None:
    packed = gold_pages.pack(annotated_folder(tmp_path, data), data, "")
    changed = json.loads(json.dumps(PAGE))
    changed["V1"]["body"]["sections"][0]["paragraphs"][0] = "The bridge stays open, the council said."
    (data / "xx" / "Larkfield.json").write_text(json.dumps(changed), encoding="utf-8")
    with pytest.raises(gold_pages.GoldError, match="not the text it was annotated on"):
        gold_pages.unpack(packed, data, tmp_path / "unpacked")


def test_the_analysis_benchmark_scores_a_packed_set(
    tmp_path: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packed_path = tmp_path / "gold.json"
    gold_pages.main(
        ["pack", str(annotated_folder(tmp_path, data)), "--data", str(data), "--out", str(packed_path)]
    )
    capsys.readouterr()
    assert ingest_analysis.main(["--gold", str(packed_path), "--data", str(data), "--per-page"]) == 0
    printed = capsys.readouterr().out
    assert "1 articles (all): a_larkfield_v1" in printed
    assert "a_larkfield_v1: pairs right" in printed and "of 4;" in printed and "of 2\n" in printed


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in [key, *_strings(item)]]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


@pytest.mark.parametrize("path", sorted((REPO / "benchmarks" / "gold").glob("*.json")), ids=lambda p: p.name)
def test_committed_sets_hold_positions_and_names_only(path: Path) -> None:
    packed = json.loads(path.read_text(encoding="utf-8"))
    assert packed["format"] == gold_pages.FORMAT
    assert len(packed["fundus_commit"]) == 40
    for page in packed["pages"]:
        assert len(page["sha256"]) == 64
        assert len(page["breaks"]) == len(page["paragraphs"])
        for item in page["claims"] + page["figures"]:
            paragraph, start, end = item["at"]
            assert 0 <= paragraph < len(page["paragraphs"]) and 0 <= start < end
        # Names (a role with them at most), units and a one-line description of the page: no prose.
        assert max(len(s) for s in _strings({k: v for k, v in page.items() if k != "shape"})) <= 160
        assert len(page.get("shape", "")) <= 400
