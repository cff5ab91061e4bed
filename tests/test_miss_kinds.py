"""`benchmarks/miss_kinds.py` counts attribution's misses and false pairs by kind, naming no page.

An invented article with one gold pair of each kind of miss, against an analysis built by hand."""

from __future__ import annotations

from types import ModuleType

import pytest
from helpers import benchmark_script

from tui.model.format.records import Claim, ClaimStatus, Source, SourceKind
from tui.model.ingest.article import Analysis, Article, ArticleMeta, ArticleSection

PARAGRAPHS = (
    "The port will close in May, the mayor said.",  # found, another source
    "Ferries are safe, the council said.",  # found in the outlet's voice
    "“We were lucky,” a pilot recalled.",  # not found, quoted
    "Repairs will cost millions, according to the board.",  # not found, a common cue
    "Engineers doubt the wall will hold.",  # not found, no common cue
    "The storm broke the wall, AFP reported, citing the coast guard.",  # relay: its later link missed
    "Rain is expected on Friday, the forecaster said.",  # a false pair where no gold claim is
)


@pytest.fixture(scope="module")
def kinds_module() -> ModuleType:
    benchmark_script("ingest_analysis")  # puts benchmarks/ on the path, as the script does
    return benchmark_script("miss_kinds")


def _claim(n: int, paragraph: int, quote: str, *sources: str) -> Claim:
    return Claim(
        id=f"c{n}",
        text=quote,
        section="lead",
        paragraph=paragraph,
        quote=quote,
        attribution=tuple(sources),
        status=ClaimStatus.ALLEGED if sources else ClaimStatus.ASSERTED,
    )


def test_each_kind_of_miss_and_false_pair_is_counted(kinds_module: ModuleType) -> None:
    analysis_module = benchmark_script("ingest_analysis")
    gold = analysis_module.GoldArticle(
        name="a_kinds",
        split="heldout",
        article=Article(ArticleMeta(title="T"), (ArticleSection("", PARAGRAPHS),)),
        sources={
            "mayor": ["the mayor"],
            "council": ["the council"],
            "pilot": ["a pilot"],
            "board": ["the board"],
            "engineers": ["Engineers"],
            "guard": ["the coast guard"],
            "afp": ["AFP"],
        },
        claims=[
            ("The port will close in May", ["mayor"]),
            ("Ferries are safe", ["council"]),
            ("We were lucky", ["pilot"]),
            ("Repairs will cost millions", ["board"]),
            ("the wall will hold", ["engineers"]),
            ("The storm broke the wall", ["guard", "afp"]),
        ],
        figures=[],
        sentences=[],
    )
    analysis = Analysis(
        sources=(
            Source(id="harbour-office", name="the harbour office", kind=SourceKind.GOVERNMENT),
            Source(id="forecaster", name="the forecaster", kind=SourceKind.EXPERT),
            Source(id="coast-guard", name="the coast guard", kind=SourceKind.GOVERNMENT),
        ),
        claims=(
            _claim(1, 1, "The port will close in May", "harbour-office"),
            _claim(2, 2, "Ferries are safe"),
            _claim(3, 7, "Rain is expected on Friday", "forecaster"),
            _claim(4, 6, "The storm broke the wall", "coast-guard"),
        ),
    )
    counts = kinds_module.miss_kinds(gold, analysis)
    kinds = kinds_module.MISS_KINDS
    assert [counts[kind] for kind in kinds] == [1, 1, 1, 1, 1, 1, 1, 0, 1, 1]


def test_a_found_source_sharing_a_capitalised_word_is_told_apart(kinds_module: ModuleType) -> None:
    assert kinds_module._shares_a_name(["Mayor Ann Lee"], ["Ann Lee", "Lee"])
    assert not kinds_module._shares_a_name(["the harbour office"], ["the mayor"])
