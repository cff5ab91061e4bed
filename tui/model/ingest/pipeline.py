"""One source to one draft file: read, extract, analyse, build, write.

Used by `briefing ingest` (once per source, in worker processes for several)
and by the reader's "Import article…" command.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui.model.ingest import lazy_re as re
from tui.model.ingest import pattern_store
from tui.model.ingest.article import Analysis, Article
from tui.model.ingest.decode import SIZE_LIMIT, decode_bytes, looks_like_html, too_large_message
from tui.model.ingest.draft import Draft, briefing_id, build_draft, write_draft
from tui.model.ingest.errors import IngestError
from tui.model.ingest.fetch import TIMEOUT_SECONDS, fetch_url

STDIN = "-"
_URL = re.compile(r"^https?://", re.IGNORECASE)
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
# A page with less sentence-ending prose than this, and little text, holds no article.
_MIN_PROSE_CHARS = 120
_MIN_TEXT_CHARS = 400
_SENTENCES = 3
# Full stops of scripts that set no space after them: CJK (。！？), Devanagari/Bengali (।), Arabic (؟).
_HAS_SENTENCE = re.compile(r"\w[.!?…][\"'”’»)\]]*(?:\s|$)|[。！？।؟]")
_ENDS_SENTENCE = re.compile(r"[.!?…:。！？।؟][\"'”’»)\]」』]*$")


@dataclass(frozen=True)
class Loaded:
    name: str  # as the user gave it, for messages
    text: str
    is_html: bool
    url: str = ""


@dataclass(frozen=True)
class Outcome:
    """What one source became."""

    source: str
    id: str
    path: Path
    sections: int
    paragraphs: int
    claims: int
    figures: int
    sources: int
    to_review: int

    def summary(self) -> str:
        return (
            f"{self.id} → {self.path}: {self.sections} sections, {self.paragraphs} paragraphs, "
            f"{self.claims} claims, {self.figures} figures, {self.sources} sources; "
            f"{self.to_review} claims await review"
        )

    def summary_line(self) -> str:
        """Shorter, for a notification: the folder is known."""
        return (
            f"{self.id}: {self.sections} sections, {self.claims} claims ({self.to_review} to review), "
            f"{self.figures} figures"
        )


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def load_source(source: str, stdin_data: bytes | None = None, *, timeout: float = TIMEOUT_SECONDS) -> Loaded:
    if source == STDIN:
        data = stdin_data or b""
        text = decode_bytes(data, "standard input")
        return Loaded("standard input", text, looks_like_html(text))
    if is_url(source):
        fetched = fetch_url(source, timeout=timeout)
        text = decode_bytes(fetched.data, source, fetched.charset)
        return Loaded(source, text, fetched.is_html or looks_like_html(text), fetched.url)
    path = Path(source)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IngestError(f"{source}: is a folder, not a file")
        if size > SIZE_LIMIT:
            raise IngestError(too_large_message(source, size))
        with path.open("rb") as handle:
            data = handle.read(SIZE_LIMIT + 1)
    except FileNotFoundError:
        raise IngestError(f"{source}: no such file") from None
    except OSError as error:
        raise IngestError(f"{source}: cannot read: {error.strerror}") from None
    text = decode_bytes(data, source)
    return Loaded(source, text, path.suffix.lower() in _HTML_SUFFIXES or looks_like_html(text))


def extract(loaded: Loaded) -> Article:
    """The article in a loaded source; IngestError if it holds none."""
    if loaded.is_html:
        from tui.model.ingest.html import extract_html

        article = extract_html(loaded.text, loaded.url)
    else:
        from tui.model.ingest.text import extract_text

        article = extract_text(loaded.text)
    if not holds_article_text(article):
        raise IngestError(f"no article text found in {loaded.name}")
    return article


def holds_article_text(article: Article) -> bool:
    """Sentences, or one real paragraph among enough text: not a menu, a list of links, a consent wall."""
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    # A paragraph of several sentences is prose even when its last one lacks a stop (a sign-off).
    prose = sum(
        len(p) for p in paragraphs if _ENDS_SENTENCE.search(p) or len(_HAS_SENTENCE.findall(p)) >= _SENTENCES
    )
    total = sum(len(p) for p in paragraphs)
    real = any(len(p) >= 100 and _HAS_SENTENCE.search(p) for p in paragraphs)
    return prose >= _MIN_PROSE_CHARS or (total >= _MIN_TEXT_CHARS and real)


def analyse(article: Article) -> Analysis:
    """Claims, sources and figures: tui.model.ingest.analyze, kept going past a fault in one of its rules."""
    from tui.model.ingest.analysis_guard import analyse_guarded
    from tui.model.ingest.analyze import analyze

    return analyse_guarded(article, analyze)


def make_draft(
    source: str,
    *,
    wanted_id: str | None = None,
    stdin_data: bytes | None = None,
    timeout: float = TIMEOUT_SECONDS,
) -> Draft:
    return _Prepared.read(source, stdin_data, timeout).draft(wanted_id)


@dataclass(frozen=True)
class _Prepared:
    """A source read, extracted and analysed: drafts under any id are cheap from here."""

    loaded: Loaded
    article: Article
    analysis: Analysis

    @classmethod
    def read(cls, source: str, stdin_data: bytes | None, timeout: float) -> _Prepared:
        loaded = load_source(source, stdin_data, timeout=timeout)
        article = extract(loaded)
        prepared = cls(loaded, article, analyse(article))
        pattern_store.save()  # the patterns this page compiled, for the next run
        return prepared

    def draft(self, wanted_id: str | None) -> Draft:
        name = self.loaded.name
        fallback = Path(self.loaded.url or name).stem if name != "standard input" else "article"
        draft_id = wanted_id or briefing_id(self.article, fallback)
        return build_draft(self.article, self.analysis, briefing_id=draft_id, source=name)


def target_path(draft_id: str, *, output: Path | None, into: Path | None, default_folder: Path) -> Path:
    if output is not None:
        return output
    return (into or default_folder) / f"{draft_id}.toml"


def ingest_source(
    source: str,
    *,
    output: Path | None,
    into: Path | None,
    default_folder: Path,
    force: bool,
    wanted_id: str | None = None,
    stdin_data: bytes | None = None,
    timeout: float = TIMEOUT_SECONDS,
    unique: bool = False,
) -> Outcome:
    """Make and write one draft; IngestError (one line) for anything that stops it.

    With `unique` (the reader's import), an id already taken in the folder gets -2, -3….
    """
    prepared = _Prepared.read(source, stdin_data, timeout)
    draft = prepared.draft(wanted_id)
    path = target_path(draft.id, output=output, into=into, default_folder=default_folder)
    if unique and output is None:
        base, number = draft.id[:60], 1
        while path.exists():
            number += 1
            draft = prepared.draft(f"{base}-{number}")
            path = target_path(draft.id, output=None, into=into, default_folder=default_folder)
    if path.exists() and not force:
        raise IngestError(f"{path} already exists; use --force to replace it")
    try:
        write_draft(draft, path, force=force)
    except FileExistsError:
        raise IngestError(f"{path} already exists; use --force to replace it") from None
    except OSError as error:
        raise IngestError(f"{path}: cannot write: {error.strerror}") from None
    briefing = draft.briefing
    return Outcome(
        source=source,
        id=draft.id,
        path=path,
        sections=len(briefing.sections),
        paragraphs=sum(len(s.paragraphs) for s in briefing.sections),
        claims=len(briefing.claims),
        figures=len(briefing.figures),
        sources=len(briefing.sources),
        to_review=sum(c.review == "draft" for c in briefing.claims),
    )
