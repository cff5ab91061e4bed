"""The analysis of an article, kept going past a fault in one of its rules.

The rules are many and pages are endless, so a rule may still raise on some sentence. That must not
cost the user the article: the paragraphs the analysis fails on are found one by one and left out of
the analysis (their text stays in the draft's body), and an editor's note says which ones, so the
reviewer adds their claims by hand. A fault that only shows with the whole article leaves a draft with
the body and no claims, with the same note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tui.model.ingest.article import Analysis, Article, ArticleSection

Analyzer = Callable[[Article], Analysis]


def analyse_guarded(article: Article, analyze: Analyzer) -> Analysis:
    """`analyze(article)`, or, when it raises, the analysis without the paragraphs it fails on."""
    try:
        return analyze(article)
    except Exception as error:  # a rule's fault; the text is still the user's article
        fault = type(error).__name__
    failing = [
        (s, p)
        for s, section in enumerate(article.sections)
        for p, paragraph in enumerate(section.paragraphs)
        if _fails(analyze, article, section.heading, paragraph)
    ]
    try:
        analysis = analyze(_without(article, set(failing))) if failing else Analysis()
    except Exception:  # the fault needs the paragraphs together: no claims, the body still stands
        analysis, failing = Analysis(), []
    return replace(analysis, editor_notes=(*analysis.editor_notes, _note(article, failing, fault)))


def _fails(analyze: Analyzer, article: Article, heading: str, paragraph: str) -> bool:
    alone = replace(article, sections=(ArticleSection(heading=heading, paragraphs=(paragraph,)),))
    try:
        analyze(alone)
    except Exception:
        return True
    return False


def _without(article: Article, failing: set[tuple[int, int]]) -> Article:
    """The article with the failing paragraphs emptied, so every other paragraph keeps its number."""
    sections = tuple(
        replace(
            section,
            paragraphs=tuple("" if (s, p) in failing else text for p, text in enumerate(section.paragraphs)),
        )
        for s, section in enumerate(article.sections)
    )
    return replace(article, sections=sections)


def _note(article: Article, failing: list[tuple[int, int]], fault: str) -> str:
    if not failing:
        return (
            f"The claim and figure analysis failed on this article ({fault}), so the draft has its body "
            "and no claims: add them by hand."
        )
    places = ", ".join(_place(article, s, p) for s, p in failing)
    return (
        f"The claim and figure analysis failed on {places} ({fault}); their claims and figures are "
        "missing from this draft: add them by hand."
    )


def _place(article: Article, section: int, paragraph: int) -> str:
    heading = article.sections[section].heading
    where = f"section “{heading}”" if heading else f"section {section + 1}"
    return f"paragraph {paragraph + 1} of {where}"
