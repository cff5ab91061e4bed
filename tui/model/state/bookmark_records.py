"""Bookmark records: what a bookmark is, how one is made from a briefing, and their order.

Each bookmark carries a snapshot of what it points at (title, outlet, text,
chain, status), so it can still be shown and exported after its briefing has
left the library: such a bookmark is *stale*, shown and never dropped.
Storage is in bookmark_store (see tui.model.state.bookmarks).
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import Annotated, Any

import msgspec

from tui.model.format.records import SOURCE_KIND_LABELS, Briefing, Claim, Figure, Section, SourceKind
from tui.model.format.sourcing import Sourcing

BOOKMARKS_FORMAT = 1


class BookmarkKind(enum.StrEnum):
    BRIEFING = "briefing"
    SECTION = "section"
    CLAIM = "claim"
    FIGURE = "figure"


# Within one reading position: the briefing first, then a section heading,
# then the claim, then the claim's figures.
_KIND_RANK = {
    BookmarkKind.BRIEFING: 0,
    BookmarkKind.SECTION: 1,
    BookmarkKind.CLAIM: 2,
    BookmarkKind.FIGURE: 3,
}

# (briefing_id, kind, item_id); item_id is "" for a whole briefing.
Key = tuple[str, str, str]


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


class ChainLink(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One source in an attribution chain, as it was when bookmarked."""

    name: str
    # A SourceKind value; kept as text so a kind added later does not make
    # an older file unreadable.
    kind: str

    @property
    def kind_label(self) -> str:
        """'intelligence service' for 'intelligence'; unknown kinds as written."""
        try:
            return SOURCE_KIND_LABELS[SourceKind(self.kind)]
        except ValueError:
            return self.kind


class Bookmark(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True, omit_defaults=True):
    """A bookmark and a snapshot of what it points at. Field order is file order."""

    kind: BookmarkKind
    briefing_id: Annotated[str, msgspec.Meta(min_length=1)]
    item_id: str = ""  # "" for a whole briefing
    created: datetime.datetime  # UTC
    note: str = ""
    # Claim sentence, figure display text, section heading or briefing title.
    text: str = ""
    quote: str = ""  # a claim's words as the article puts them
    label: str = ""  # figures
    period: str = ""  # figures
    value: float | None = None  # figures
    status: str = ""  # a claim's status, or a figure's claim's; "" otherwise
    # From the original claimant to the source the outlet cites; a figure's
    # chain is its claim's. Empty: the outlet asserts it.
    chain: tuple[ChainLink, ...] = ()
    # The briefing as it was when bookmarked.
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: datetime.date | None = None
    # Reading order inside the briefing: section index (0-based), paragraph
    # (1-based; 0 for a heading or the whole briefing), character offset.
    section_index: int = 0
    paragraph: int = 0
    offset: int = 0

    @property
    def key(self) -> Key:
        return (self.briefing_id, self.kind.value, self.item_id)

    @property
    def position(self) -> tuple[int, int, int]:
        return (self.section_index, self.paragraph, self.offset)

    @property
    def reading_key(self) -> tuple[int, int, int, int, str]:
        """Sort key for reading order inside one briefing."""
        return (self.section_index, self.paragraph, self.offset, _KIND_RANK[self.kind], self.item_id)


OWN_ASSERTION = "the outlet’s own assertion"


def chain_text(bookmark: Bookmark) -> str:
    """Plain text: 'South Korean intelligence (intelligence service) → …', or the
    outlet's own assertion for an empty chain. Not escaped for any markup."""
    if not bookmark.chain:
        return OWN_ASSERTION
    return " → ".join(f"{link.name} ({link.kind_label})" for link in bookmark.chain)


# ------------------------------------------------------------- constructors


def _utc(now: datetime.datetime | None) -> datetime.datetime:
    moment = utc_now() if now is None else now
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC).replace(microsecond=0)


def _snapshot(sourcing: Sourcing) -> dict[str, Any]:
    meta = sourcing.briefing.meta
    return {
        "briefing_id": meta.id,
        "title": meta.title,
        "outlet": meta.outlet,
        "url": meta.url,
        "published": meta.published,
    }


def _claim_anchor(sourcing: Sourcing, claim: Claim | None) -> dict[str, Any]:
    """What a claim or figure bookmark takes from its claim: status, chain and where the quote is."""
    if claim is None:
        return {"status": "", "chain": (), "section_index": 0, "paragraph": 0, "offset": 0}
    section_index = sourcing.section_index.get(claim.section, len(sourcing.briefing.sections))
    section = sourcing.sections.get(claim.section)
    offset = 0
    if section is not None and 1 <= claim.paragraph <= len(section.paragraphs):
        offset = max(section.paragraphs[claim.paragraph - 1].find(claim.quote), 0)
    return {
        "status": claim.status.value,
        "chain": tuple(ChainLink(name=s.name, kind=s.kind.value) for s in sourcing.chain(claim)),
        "section_index": section_index,
        "paragraph": claim.paragraph,
        "offset": offset,
    }


def bookmark_for_briefing(sourcing: Sourcing, *, now: datetime.datetime | None = None) -> Bookmark:
    meta = sourcing.briefing.meta
    return Bookmark(kind=BookmarkKind.BRIEFING, created=_utc(now), text=meta.title, **_snapshot(sourcing))


def bookmark_for_section(
    sourcing: Sourcing, section: Section, *, now: datetime.datetime | None = None
) -> Bookmark:
    index = sourcing.section_index.get(section.id, 0)
    return Bookmark(
        kind=BookmarkKind.SECTION,
        item_id=section.id,
        created=_utc(now),
        text=section.heading,
        section_index=index,
        **_snapshot(sourcing),
    )


def bookmark_for_claim(sourcing: Sourcing, claim: Claim, *, now: datetime.datetime | None = None) -> Bookmark:
    fields: dict[str, Any] = {"text": claim.text, "quote": claim.quote}
    return _anchored(sourcing, claim, BookmarkKind.CLAIM, claim.id, now, fields)


def bookmark_for_figure(
    sourcing: Sourcing, figure: Figure, *, now: datetime.datetime | None = None
) -> Bookmark:
    fields: dict[str, Any] = {
        "text": figure.display,
        "label": figure.label,
        "period": figure.period,
        "value": figure.value,
    }
    claim = sourcing.claims.get(figure.claim)
    return _anchored(sourcing, claim, BookmarkKind.FIGURE, figure.id, now, fields)


def _anchored(
    sourcing: Sourcing,
    claim: Claim | None,
    kind: BookmarkKind,
    item_id: str,
    now: datetime.datetime | None,
    fields: dict[str, Any],
) -> Bookmark:
    """A claim or figure bookmark: its own fields, then what it takes from its claim and briefing."""
    anchor = _claim_anchor(sourcing, claim)
    return Bookmark(kind=kind, item_id=item_id, created=_utc(now), **fields, **anchor, **_snapshot(sourcing))


# ---------------------------------------------------- staleness and order


def item_keys(briefing: Briefing | Sourcing) -> frozenset[tuple[str, str]]:
    """Every (kind, item_id) a bookmark into `briefing` may point at."""
    b = briefing.briefing if isinstance(briefing, Sourcing) else briefing
    keys = {(BookmarkKind.BRIEFING.value, "")}
    keys.update((BookmarkKind.SECTION.value, s.id) for s in b.sections)
    keys.update((BookmarkKind.CLAIM.value, c.id) for c in b.claims)
    keys.update((BookmarkKind.FIGURE.value, f.id) for f in b.figures)
    return frozenset(keys)


def stale_keys(bookmarks: Iterable[Bookmark], library: Mapping[str, Briefing | Sourcing | None]) -> set[Key]:
    """Keys of bookmarks whose briefing or item is gone from `library`.

    `library` maps briefing ids to loaded briefings; a briefing known only by
    its summary maps to None, and then only the briefing id is checked.
    """
    items: dict[str, frozenset[tuple[str, str]]] = {}
    stale: set[Key] = set()
    for bookmark in bookmarks:
        if bookmark.briefing_id not in library:
            stale.add(bookmark.key)
            continue
        loaded = library[bookmark.briefing_id]
        if loaded is None:
            continue
        if bookmark.briefing_id not in items:
            items[bookmark.briefing_id] = item_keys(loaded)
        if (bookmark.kind.value, bookmark.item_id) not in items[bookmark.briefing_id]:
            stale.add(bookmark.key)
    return stale


def sort_bookmarks(
    bookmarks: Iterable[Bookmark], library_order: Sequence[str] | None = None
) -> list[Bookmark]:
    """Briefings in library order (unknown ones after, by title), then reading order."""
    rank: dict[str, int] = {}
    for briefing_id in library_order or ():
        rank.setdefault(briefing_id, len(rank))
    known = len(rank)
    bookmarks = list(bookmarks)
    titles = briefing_titles(bookmarks)

    def key(bookmark: Bookmark) -> tuple[int, str, str, tuple[int, int, int, int, str]]:
        if bookmark.briefing_id in rank:
            return (rank[bookmark.briefing_id], "", "", bookmark.reading_key)
        title = titles[bookmark.briefing_id]
        return (known, title.casefold(), bookmark.briefing_id, bookmark.reading_key)

    return sorted(bookmarks, key=key)


def briefing_titles(bookmarks: Iterable[Bookmark]) -> dict[str, str]:
    """Each briefing's title from its most recently made bookmark's snapshot."""
    newest: dict[str, Bookmark] = {}
    for bookmark in bookmarks:
        seen = newest.get(bookmark.briefing_id)
        if seen is None or bookmark.created > seen.created:
            newest[bookmark.briefing_id] = bookmark
    return {bid: b.title or bid for bid, b in newest.items()}


def group_by_briefing(bookmarks: Iterable[Bookmark]) -> list[tuple[str, list[Bookmark]]]:
    """Consecutive runs of one briefing's bookmarks, in the order given."""
    groups: list[tuple[str, list[Bookmark]]] = []
    for bookmark in bookmarks:
        if groups and groups[-1][0] == bookmark.briefing_id:
            groups[-1][1].append(bookmark)
        else:
            groups.append((bookmark.briefing_id, [bookmark]))
    return groups
