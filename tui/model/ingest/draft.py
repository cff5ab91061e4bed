"""An `Article` and its `Analysis` as a briefing TOML file (format 2, or 3 with a `person` source): the draft.

Every claim is written with `review = "draft"`; the draft is parsed and
validated before it is written, so a file ingest writes always passes
`briefing check`. Writing is atomic and never replaces a file unless asked.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from tui.model.format.clean import clean_text
from tui.model.format.loader import parse_briefing
from tui.model.format.problems import BriefingError
from tui.model.format.records import FORMAT_VERSION, Briefing, Record, ReviewState
from tui.model.format.validate import lowest_format
from tui.model.ingest.article import Analysis, Article, slugify
from tui.model.ingest.errors import IngestError
from tui.model.state.atomic import write_atomic

_TITLE_WORDS = 12


@dataclass(frozen=True)
class Draft:
    briefing: Briefing
    text: str

    @property
    def id(self) -> str:
        return self.briefing.meta.id


def briefing_id(article: Article, fallback: str) -> str:
    return slugify(article.meta.title or fallback, fallback="article")


def missing_metadata_note(article: Article) -> str | None:
    meta = article.meta
    missing = [
        name
        for name, present in (
            ("outlet", meta.outlet),
            ("author", meta.authors),
            ("publication date", meta.published),
        )
        if not present
    ]
    if not missing:
        return None
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " or " + missing[-1]
    return f"The page gives no {listed}."


def _title(article: Article) -> tuple[str, str | None]:
    """The title, and an editor's note when the page had none and one was made up from the text."""
    if article.meta.title:
        return article.meta.title, None
    first = next((p for s in article.sections for p in s.paragraphs), "")
    words = first.split()
    made = " ".join(words[:_TITLE_WORDS]) + ("…" if len(words) > _TITLE_WORDS else "")
    return made or "Untitled article", "The page gives no title; this one is the first words of its text."


def _record_dict(record: Record) -> dict[str, Any]:
    """A record's fields without those left at their defaults (what a person would write)."""
    fields = msgspec.structs.fields(record)
    result: dict[str, Any] = {}
    for field in fields:
        value = getattr(record, field.name)
        if field.default is not msgspec.NODEFAULT and value == field.default:
            continue
        result[field.name] = msgspec.to_builtins(value)
    return result


def build_draft(article: Article, analysis: Analysis, *, briefing_id: str, source: str) -> Draft:
    """The draft briefing; IngestError if it would not pass `briefing check` (a bug, said plainly)."""
    meta = article.meta
    title, title_note = _title(article)
    notes = [n for n in (title_note, missing_metadata_note(article)) if n]
    notes += [n for n in analysis.editor_notes if n and n not in notes]
    header: dict[str, Any] = {"id": briefing_id, "title": title}
    for key, value in (
        ("dek", meta.dek),
        ("outlet", meta.outlet),
        ("category", meta.category),
        ("published", meta.published),
        ("url", meta.url),
        ("authors", list(meta.authors)),
        ("language", meta.language),
        ("image_credit", meta.image_credit),
        ("rests_on", list(analysis.title_rests_on)),
    ):
        if value:
            header[key] = value
    # The format defaults language to "en"; an unknown language stays visibly empty.
    header.setdefault("language", "")
    section_ids = article.section_ids()
    sections = []
    for section_id, section in zip(section_ids, article.sections, strict=True):
        entry: dict[str, Any] = {"id": section_id}
        if section.heading:
            entry["heading"] = section.heading
        entry["paragraphs"] = list(section.paragraphs)
        rests_on = analysis.section_rests_on.get(section_id, ())
        if rests_on:
            entry["rests_on"] = list(rests_on)
        sections.append(entry)
    claims = []
    for claim in analysis.claims:
        entry = _record_dict(claim)
        entry["review"] = ReviewState.DRAFT.value
        claims.append(entry)
    document: dict[str, Any] = {"format": FORMAT_VERSION}
    if notes:
        document["editor_notes"] = notes
    document["briefing"] = header
    if analysis.sources:
        document["sources"] = [_record_dict(s) for s in analysis.sources]
    document["sections"] = sections
    if claims:
        document["claims"] = claims
    if analysis.figures:
        document["figures"] = [_record_dict(f) for f in analysis.figures]
    text = _render(document, source)
    try:
        briefing = parse_briefing(text, f"draft of {source}")
    except BriefingError as error:
        first = str(error.problems[0]) if error.problems else str(error)
        raise IngestError(f"{source}: the draft made from it fails validation: {first}") from None
    # The draft says the oldest format that holds it, so an older reader opens it when it can.
    lowest = lowest_format(briefing)
    if lowest != briefing.format:
        document["format"] = lowest
        text = _render(document, source)
        briefing = msgspec.structs.replace(briefing, format=lowest)
    return Draft(briefing, text)


def _render(document: dict[str, Any], source: str) -> str:
    import tomli_w

    made = datetime.date.today().isoformat()
    shown = " ".join(clean_text(source).split())
    lines = [
        f"# Draft briefing made by `briefing ingest` from {shown} on {made}.",
        "# Paragraphs are the page's words; claims, sources and figures are machine-made:",
        '# each claim says review = "draft" until a person checks it and removes that line.',
        "",
    ]
    return "\n".join(lines) + tomli_w.dumps(document, multiline_strings=False, indent=2)


def write_draft(draft: Draft, path: Path, *, force: bool) -> None:
    """Write atomically; FileExistsError if `path` exists and not `force`."""
    write_atomic(path, draft.text.encode("utf-8"), overwrite=force)
