"""What extraction hands to analysis: an article's metadata and its body.

Extraction (HTML, scraped text, URLs) produces an `Article`; analysis
(sentences, attribution, figures) turns it into an `Analysis`; the draft
builder writes both as a briefing file. Section ids are derived here, once,
so both halves refer to sections the same way.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from tui.model.format.records import Claim, Figure, Source
from tui.model.text import slug_words

LEAD_SECTION_ID = "lead"
_ID_LIMIT = 48


@dataclass(frozen=True)
class ArticleMeta:
    """Page metadata; unknown stays empty, never invented."""

    title: str = ""
    dek: str = ""
    outlet: str = ""
    authors: tuple[str, ...] = ()
    published: datetime.date | None = None
    url: str = ""
    language: str = ""
    image_credit: str = ""
    category: str = ""


@dataclass(frozen=True)
class ArticleSection:
    """A heading (empty for a lead before the first heading) and its paragraphs, verbatim."""

    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    meta: ArticleMeta
    sections: tuple[ArticleSection, ...]
    # Paragraphs the page set as items of a list (HTML `<li>`): a speaker's colon tag over them sets out
    # each one, as a run of bulleted lines does in scraped text.
    list_items: frozenset[str] = frozenset()

    def section_ids(self) -> tuple[str, ...]:
        return section_ids(self.sections)


@dataclass(frozen=True)
class Analysis:
    """Claims (review = draft), the sources their chains name, figures tied to claims."""

    sources: tuple[Source, ...] = ()
    claims: tuple[Claim, ...] = ()
    figures: tuple[Figure, ...] = ()
    # Claims the title states, and per section id the claims its heading states.
    title_rests_on: tuple[str, ...] = ()
    section_rests_on: dict[str, tuple[str, ...]] = field(default_factory=dict)
    editor_notes: tuple[str, ...] = ()


def slugify(text: str, *, fallback: str = "item", limit: int = _ID_LIMIT) -> str:
    """A format id (`[a-z0-9][a-z0-9_-]{0,63}`) made from `text`."""
    return slug_words(text, limit) or fallback


def unique_ids(bases: list[str]) -> tuple[str, ...]:
    """`bases` with -2, -3… appended to repeats, in order."""
    seen: dict[str, int] = {}
    result: list[str] = []
    taken = set(bases)
    for base in bases:
        count = seen.get(base, 0) + 1
        seen[base] = count
        candidate = base if count == 1 else f"{base}-{count}"
        while count > 1 and candidate in taken:
            count += 1
            seen[base] = count
            candidate = f"{base}-{count}"
        taken.add(candidate)
        result.append(candidate)
    return tuple(result)


def section_ids(sections: tuple[ArticleSection, ...]) -> tuple[str, ...]:
    """One id per section: a slug of its heading, `lead` for a section with none."""
    return unique_ids(
        [slugify(s.heading, fallback="section") if s.heading.strip() else LEAD_SECTION_ID for s in sections]
    )
