"""The briefing format as typed, frozen records.

msgspec validates types, required fields and unknown fields in one pass and
reports the exact path of a bad value; cross-references are checked in
`validate.py`, which types cannot express.
"""

from __future__ import annotations

import datetime
import enum
from typing import Annotated

import msgspec

# Format 2 added claim `kind` and `review`, `rests_on` for the title and
# headings, and sections with no heading (a lead); format 3 the source kind
# `person`. Older files load as is.
FORMAT_VERSION = 3

# An id is a short slug: it appears in references, bookmarks and block ids.
Id = Annotated[str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]


class SourceKind(enum.StrEnum):
    """Who a source is; documented in briefings/README.md."""

    GOVERNMENT = "government"
    STATE_MEDIA = "state-media"
    INTELLIGENCE = "intelligence"
    MILITARY = "military"
    WIRE = "wire"
    OUTLET = "news-outlet"
    WATCHDOG = "watchdog"
    NGO = "ngo"
    EXPERT = "expert"
    COMPANY = "company"
    PERSON = "person"  # format 3: people who speak for themselves, not for a body or a field
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"
    SELF = "self"

    @property
    def label(self) -> str:
        return SOURCE_KIND_LABELS[self]


SOURCE_KIND_LABELS: dict[SourceKind, str] = {
    SourceKind.GOVERNMENT: "government or official body",
    SourceKind.STATE_MEDIA: "state media",
    SourceKind.INTELLIGENCE: "intelligence service",
    SourceKind.MILITARY: "military",
    SourceKind.WIRE: "wire agency",
    SourceKind.OUTLET: "news outlet",
    SourceKind.WATCHDOG: "monitoring body / watchdog",
    SourceKind.NGO: "NGO",
    SourceKind.EXPERT: "expert or analyst",
    SourceKind.COMPANY: "company",
    SourceKind.PERSON: "person or community",
    SourceKind.DOCUMENT: "document or report",
    SourceKind.ANONYMOUS: "anonymous / unnamed",
    SourceKind.SELF: "the outlet itself",
}


class ClaimStatus(enum.StrEnum):
    """How the article presents a claim; documented in briefings/README.md."""

    ASSERTED = "asserted"  # the outlet states it in its own voice
    CONFIRMED = "confirmed"
    UNVERIFIED = "unverified"  # attributed ("according to", "reported")
    ALLEGED = "alleged"  # "claimed", "alleges"
    DISPUTED = "disputed"
    DENIED = "denied"


class ClaimKind(enum.StrEnum):
    """Fact or opinion; documented in briefings/README.md."""

    FACTUAL = "factual"  # a checkable statement of what is or happened
    OPINION = "opinion"  # a judgement or characterisation
    PREDICTION = "prediction"  # about the future


class ReviewState(enum.StrEnum):
    """Whether a person has checked a claim; ingest writes drafts."""

    DRAFT = "draft"
    CHECKED = "checked"


class Record(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Base for every record: immutable, strict about unknown fields."""


class Meta(Record, frozen=True, kw_only=True):
    id: Id
    title: NonEmpty
    dek: str = ""
    outlet: str = ""
    category: str = ""
    published: datetime.date | None = None
    url: str = ""
    authors: tuple[str, ...] = ()
    language: str = "en"
    image_credit: str = ""
    tags: tuple[str, ...] = ()
    # Claims the title states; see Section.rests_on.
    rests_on: tuple[Id, ...] = ()


class Source(Record, frozen=True, kw_only=True):
    id: Id
    name: NonEmpty
    kind: SourceKind
    description: str = ""
    url: str = ""
    party: bool = False


class Section(Record, frozen=True, kw_only=True):
    id: Id
    # Empty for a lead before the first heading.
    heading: str = ""
    paragraphs: tuple[NonEmpty, ...]
    # Claims the heading states: an attributed claim stated as fact here is
    # an overstated heading.
    rests_on: tuple[Id, ...] = ()


class Claim(Record, frozen=True, kw_only=True):
    id: Id
    text: NonEmpty
    section: Id
    # 1-based, as a person counts paragraphs.
    paragraph: Annotated[int, msgspec.Meta(ge=1)]
    quote: NonEmpty
    # From the original claimant to the source the outlet cites; empty means
    # the outlet asserts the claim itself.
    attribution: tuple[Id, ...] = ()
    # Sources that back the claim independently of the chain.
    corroborated_by: tuple[Id, ...] = ()
    status: ClaimStatus
    kind: ClaimKind = ClaimKind.FACTUAL
    # Absent means a person wrote or checked it.
    review: ReviewState = ReviewState.CHECKED
    note: str = ""


class Figure(Record, frozen=True, kw_only=True):
    id: Id
    value: float
    display: NonEmpty
    unit: str = ""
    label: NonEmpty
    approximate: bool = False
    period: str = ""
    claim: Id
    note: str = ""


class Briefing(Record, frozen=True, kw_only=True):
    format: Annotated[int, msgspec.Meta(ge=1)]
    briefing: Meta
    sources: tuple[Source, ...] = ()
    sections: tuple[Section, ...]
    claims: tuple[Claim, ...] = ()
    figures: tuple[Figure, ...] = ()
    editor_notes: tuple[NonEmpty, ...] = ()

    @property
    def meta(self) -> Meta:
        return self.briefing
