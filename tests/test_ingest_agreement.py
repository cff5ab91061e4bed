"""`benchmarks/ingest_agreement.py`: one hand's annotation scored against another's on the same pages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import REPO, benchmark_script

ingest_agreement = benchmark_script("ingest_agreement")
CORPUS = REPO / "tests" / "ingest_corpus"


def hand(folder: Path, gold_text: str) -> Path:
    folder.mkdir()
    shutil.copy(CORPUS / "a_blind_police.paragraphs.txt", folder)
    (folder / "a_blind_police.attribution.toml").write_text(gold_text, encoding="utf-8")
    return folder


def test_a_hand_agrees_with_itself(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = (CORPUS / "a_blind_police.attribution.toml").read_text(encoding="utf-8")
    assert ingest_agreement.main([str(hand(tmp_path / "a", gold)), str(hand(tmp_path / "b", gold))]) == 0
    assert "pairs: precision 1.000, recall 1.000" in capsys.readouterr().out


def test_a_missed_claim_costs_recall_and_a_claim_of_its_own_costs_precision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = (CORPUS / "a_blind_police.attribution.toml").read_text(encoding="utf-8")
    first = hand(tmp_path / "a", gold)
    missed = 'quote = "The man\'s family disputed the police account"\nchain = ["family"]'
    assert missed in gold
    # The second hand leaves that claim out and gives the mayor's claim to the chief instead.
    second_gold = gold.replace(missed, 'quote = "The man\'s family disputed"\nchain = ["webb"]')
    review = 'quote = "he had asked for an independent review of the department\'s chase policy"\n'
    second_gold = second_gold.replace(review + 'chain = ["haddad"]', review + 'chain = ["stanton"]')
    assert ingest_agreement.main([str(first), str(hand(tmp_path / "b", second_gold))]) == 0
    printed = capsys.readouterr().out
    # 9 claims, 10 pairs (one chain relays through a station); two of them differ.
    assert "pairs 8 of the second's 10 matched, 8 of the first's 10 found" in printed
    assert "pairs: precision 0.800, recall 0.800" in printed
