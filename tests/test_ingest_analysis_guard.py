"""A fault in one analysis rule costs the user the claims of the paragraphs it hits, never the article."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import tui.model.ingest.analyze as analyze_module
from tui.model.ingest.analysis_guard import analyse_guarded
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Analysis, Article, ArticleMeta, ArticleSection

REAL_ANALYZE = analyze
TRIGGER = "the rule that breaks"


def faulty(article: Article) -> Analysis:
    """The real analysis, raising as a buggy rule would on any paragraph holding TRIGGER."""
    if any(TRIGGER in p for s in article.sections for p in s.paragraphs):
        raise IndexError("list index out of range")
    return REAL_ANALYZE(article)


def two_sections() -> Article:
    return Article(
        ArticleMeta(title="Port plan"),
        (
            ArticleSection("", ("The mayor said the port would reopen in May.",)),
            ArticleSection(
                "Costs",
                (
                    f"Officials said {TRIGGER} cost 40 jobs.",
                    "The union said about 300 workers would return.",
                ),
            ),
        ),
    )


def test_a_sound_analysis_is_returned_as_it_is() -> None:
    article = two_sections()
    assert analyse_guarded(article, REAL_ANALYZE) == REAL_ANALYZE(article)


def test_the_failing_paragraph_is_left_out_and_named_and_the_others_keep_their_claims() -> None:
    analysis = analyse_guarded(two_sections(), faulty)
    # The other two paragraphs keep their claims, under their own paragraph numbers.
    assert sorted((c.section, c.paragraph) for c in analysis.claims) == [("costs", 2), ("lead", 1)]
    assert not any(TRIGGER in c.quote for c in analysis.claims)
    assert [f.display for f in analysis.figures] == ["about 300"]
    (note,) = [n for n in analysis.editor_notes if "failed" in n]
    assert "paragraph 1 of section “Costs”" in note and "IndexError" in note


def test_a_fault_only_the_whole_article_shows_leaves_the_body_and_a_note() -> None:
    def whole_only(article: Article) -> Analysis:
        if sum(len(s.paragraphs) for s in article.sections) > 1:
            raise KeyError("x")
        return REAL_ANALYZE(article)

    analysis = analyse_guarded(two_sections(), whole_only)
    assert analysis.claims == () and analysis.figures == ()
    assert len(analysis.editor_notes) == 1 and "KeyError" in analysis.editor_notes[0]


def test_ingest_writes_a_checked_draft_when_a_rule_fails(
    tmp_path: Path, briefing_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.model.ingest.pipeline import ingest_source

    source = tmp_path / "story.txt"
    source.write_text(
        "Port plan\n\nThe mayor said the port would reopen in May.\n\n"
        f"Officials said {TRIGGER} cost 40 jobs.\n\nThe union said about 300 workers would return.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(analyze_module, "analyze", faulty)
    out = tmp_path / "draft.toml"
    ingest_source(str(source), output=out, into=None, default_folder=tmp_path, force=False)
    text = out.read_text(encoding="utf-8")
    assert f"Officials said {TRIGGER} cost 40 jobs." in text  # the body is whole
    assert "The claim and figure analysis failed on paragraph" in text
    check = subprocess.run(
        [sys.executable, "-m", "tui", "check", str(out)], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
