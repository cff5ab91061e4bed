"""`benchmarks/claims_diff.py`: the claims two versions of the analysis give the same pages, diffed."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import benchmark_script

claims_diff = benchmark_script("claims_diff")

PAGE = """\
Harbour bridge to close for repairs

The Larkfield harbour bridge will close for six weeks from Monday, the city council said on Friday.

"The deck is worn through in places," council engineer Tomas Reyna told reporters at the quay.

Shop owners on the quay said they feared losing trade while the bridge was shut for the summer.
"""


def test_dump_lists_each_pages_attributed_claims_with_chain_names(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "bridge.txt").write_text(PAGE, encoding="utf-8")
    (pages / "notes.md").write_text("not a page", encoding="utf-8")
    out = tmp_path / "dump.jsonl"
    assert claims_diff.main(["dump", str(pages), "--out", str(out), "--jobs", "1"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["page"]).name for r in records] == ["bridge.txt"]
    chains = {quote: chain for quote, chain in records[0]["claims"]}
    assert any("worn through" in quote and chain == ["Tomas Reyna"] for quote, chain in chains.items())


def test_diff_prints_claims_only_before_and_only_after(tmp_path: Path) -> None:
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    same = {"page": "a.html", "claims": [["kept", ["X"]]]}
    old.write_text(
        "\n".join(
            json.dumps(r) for r in [same, {"page": "b.html", "claims": [["moved", ["X"]], ["gone", ["Y"]]]}]
        ),
        encoding="utf-8",
    )
    new.write_text(
        "\n".join(json.dumps(r) for r in [same, {"page": "b.html", "claims": [["moved", ["Z", "X"]]]}]),
        encoding="utf-8",
    )
    lines = claims_diff.diff(old, new)
    assert lines == [
        "=== b.html",
        "  - [Y] gone",
        "  - [X] moved",
        "  + [Z > X] moved",
        "1 of 2 pages changed: 2 claims only before, 1 only after",
    ]
