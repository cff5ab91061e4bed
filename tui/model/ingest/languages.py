"""Whether an article is written in English, and its draft when it is not.

The attribution rules read English reporting ("said", "according to", "told"). On a page in German,
Italian or Polish they still match: a capitalised opening ("Zum Vergleich", "Mit Entsetzen") became
the speaker of twenty quotations. A reviewer is better served by no speakers than by wrong ones, so
a page that does not read as English keeps only what does not depend on the language's grammar: its
figures, each in a claim in the outlet's own voice, and an editor's note saying whose words they are
was not read.

English is told by its function words ("the", "of", "said", …) per letter of text: English news has
about 4 in every 100 letters (2.1 on a product list, the lowest of 280 English pages measured); German,
Italian, French and Polish pages 0.0–1.4, and a German page quoting English posts 1.9.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Analysis, Article
from tui.model.ingest.drafts import Draft, asserted
from tui.model.ingest.figure_ranges import FigureMention

# Words English uses in every sentence and other languages written in Latin letters do not (no "a",
# "in", "on", "i", "as": Italian, German and Portuguese have them too).
_FUNCTION_WORDS = frozenset(
    "the and of to is was that for it with at by from he she they said you your we this are be have "
    "has not but or his her their will can if its were been would which who".split()
)
_WORD = re.compile(r"[^\W\d_]+")
# "9.000", "1.250.000": a dot groups thousands in German, Italian, Spanish, Portuguese or Dutch, where
# the English reading made them 9 and 1.25.
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SAMPLE_CHARS = 4000  # the article's opening is enough to tell, and bounds the cost on long pages
_MIN_LETTERS = 200  # less text than this is too little to tell: it is read as English
_PER_100_LETTERS = 1.6  # English pages measured: 2.1 and up; others: 1.9 and down (see above)

NOT_ENGLISH_NOTE = (
    "This article does not read as English, and claims are drafted from English reporting only: no "
    "claim says whose words it is. Each figure stands in a claim in the outlet's own voice; add who "
    "says so by hand."
)


def reads_as_english(article: Article) -> bool:
    """Whether the article's text reads as English (or is too short to tell)."""
    sample = " ".join(p for s in article.sections for p in s.paragraphs)[:_SAMPLE_CHARS].lower()
    words = _WORD.findall(sample)
    letters = sum(len(word) for word in words)
    if letters < _MIN_LETTERS:
        return True
    function_words = sum(word in _FUNCTION_WORDS for word in words)
    return 100 * function_words / letters >= _PER_100_LETTERS


def in_outlet_voice(drafts: list[Draft]) -> list[Draft]:
    """The drafts of an article not in English: claims in the outlet's voice as they are; the figures
    of claims read with English rules in one claim of their sentence, in the outlet's voice; the
    rest of those claims left out."""
    kept: list[Draft] = []
    by_sentence: dict[int, Draft] = {}
    for draft in drafts:
        draft.figures = [_grouped_by_dots(figure) for figure in draft.figures]
        if not draft.chain:  # the outlet's own voice already
            kept.append(draft)
            continue
        if not draft.figures:
            continue
        whole = by_sentence.get(id(draft.sentence))
        if whole is None:
            text = draft.sentence.text
            whole = asserted(
                draft.section, draft.paragraph, draft.paragraph_text, draft.sentence,
                (0, len(text.rstrip())), [],
            )  # fmt: skip
            by_sentence[id(draft.sentence)] = whole
            kept.append(whole)
        whole.figures = [*whole.figures, *draft.figures]
    return kept


def _grouped_by_dots(figure: FigureMention) -> FigureMention:
    """ "9.000" read as 9 in English is 9,000; "1.250.000" already reads as 1,250,000."""
    digits = _DOT_THOUSANDS.search(figure.display)
    if digits is None or digits.group().count(".") != 1 or figure.value != float(digits.group()):
        return figure  # not one dot grouping, or its value was read with a scale word
    return replace(figure, value=float(digits.group().replace(".", "")))


def with_language_note(analysis: Analysis) -> Analysis:
    return replace(analysis, editor_notes=(*analysis.editor_notes, NOT_ENGLISH_NOTE))
