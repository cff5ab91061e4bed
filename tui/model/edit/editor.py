"""The review operations on a briefing: accept, reject, status, chains, claims, figures, metadata.

Each operation checks its inputs first and says in plain words what is wrong
with which field (InvalidEdit); the session then validates the whole file as
`briefing check` would and saves it (see session.py). Text typed by a person
is cleaned like text read from a file, so no edit can write a terminal escape.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from tomlkit.items import Table
from tomlkit.toml_document import TOMLDocument

from tui.model.edit import document
from tui.model.edit.session import EditSession, FieldProblem, InvalidEdit
from tui.model.edit.words import is_id, parse_number, slug
from tui.model.format.clean import clean_text
from tui.model.format.records import (
    FORMAT_VERSION,
    Briefing,
    Claim,
    ClaimKind,
    ClaimStatus,
    ReviewState,
    SourceKind,
)

# A change that writes a newer format's value raises the file's version to that format:
# claim `kind`, `review` and `rests_on` came with format 2, the source kind `person` with 3.
_FORMAT_2_FIELDS = {"kind", "review", "rests_on"}

META_TEXT_FIELDS = ("title", "dek", "outlet", "category", "url", "language", "image_credit")
FIGURE_TEXT_FIELDS = ("display", "unit", "label", "period", "note")


def _clean(text: str) -> str:
    return clean_text(text).strip()


def _refuse(field: str, message: str) -> InvalidEdit:
    return InvalidEdit([FieldProblem(field, message)])


def _needs_format(doc: TOMLDocument, needed: int) -> None:
    version = doc.get("format")
    if isinstance(version, int) and version < needed:
        doc["format"] = min(needed, FORMAT_VERSION)


def _format_of(table_kind: str, fields: dict[str, Any]) -> int:
    """The format that the fields written to a `[[table_kind]]` table need."""
    if table_kind == "sources":
        return 3 if fields.get("kind") == SourceKind.PERSON.value else 1
    return 2 if _FORMAT_2_FIELDS & fields.keys() else 1


class BriefingEditor:
    """Review and correct the briefing an EditSession has open. Every method saves at once."""

    def __init__(self, session: EditSession) -> None:
        self.session = session

    @property
    def briefing(self) -> Briefing:
        return self.session.current

    def undo(self) -> str:
        return self.session.undo()

    # ------------------------------------------------------------ helpers

    def _claim(self, claim_id: str) -> Claim:
        for claim in self.briefing.claims:
            if claim.id == claim_id:
                return claim
        raise _refuse("", f"there is no claim '{claim_id}' (it may have been rejected)")

    def _set(self, description: str, kind: str, item_id: str, fields: dict[str, Any]) -> Briefing:
        """Set (None: remove) fields of one `[[kind]]` table."""

        def change(doc: TOMLDocument, _briefing: Briefing) -> None:
            _index, table = document.find_table(doc, kind, item_id)
            for key, value in fields.items():
                document.set_field(table, kind, key, value)
            _needs_format(doc, _format_of(kind, fields))

        return self.session.apply(description, change)

    # ------------------------------------------------------------- claims

    def accept(self, claim_id: str) -> Briefing:
        """Checked is the default: accepting removes `review = "draft"`, as a draft's header says."""
        claim = self._claim(claim_id)
        if claim.review is ReviewState.CHECKED:
            return self.briefing
        return self._set(f"accept {claim_id}", "claims", claim_id, {"review": None})

    def mark_draft(self, claim_id: str) -> Briefing:
        self._claim(claim_id)
        return self._set(f"mark {claim_id} draft", "claims", claim_id, {"review": ReviewState.DRAFT.value})

    def reject(self, claim_id: str) -> Briefing:
        """Remove the claim, its figures and the title's or headings' references to it."""
        self._claim(claim_id)

        def change(doc: TOMLDocument, _briefing: Briefing) -> None:
            index, _table = document.find_table(doc, "claims", claim_id)
            document.remove_table(doc, "claims", index)
            figures = document.tables(doc, "figures")
            if figures is not None:
                for number in reversed(range(len(figures))):
                    if figures[number].get("claim") == claim_id:
                        document.remove_table(doc, "figures", number)
            holders: list[tuple[str, Table]] = []
            meta = doc.get("briefing")
            if isinstance(meta, Table):
                holders.append(("briefing", meta))
            holders += [("sections", table) for table in document.tables(doc, "sections") or []]
            for kind, table in holders:
                rests_on = [str(c) for c in table.get("rests_on", [])]
                if claim_id in rests_on:
                    kept = [c for c in rests_on if c != claim_id]
                    document.set_field(table, kind, "rests_on", kept or None)

        return self.session.apply(f"reject {claim_id}", change)

    def figures_of(self, claim_id: str) -> list[str]:
        return [f.id for f in self.briefing.figures if f.claim == claim_id]

    def set_status(self, claim_id: str, status: ClaimStatus) -> Briefing:
        self._claim(claim_id)
        return self._set(
            f"status of {claim_id}: {status.value}", "claims", claim_id, {"status": status.value}
        )

    def set_kind(self, claim_id: str, kind: ClaimKind) -> Briefing:
        claim = self._claim(claim_id)
        # Factual is the default: say it only if the file already says something.
        value = None if kind is ClaimKind.FACTUAL and claim.kind is ClaimKind.FACTUAL else kind.value
        return self._set(f"kind of {claim_id}: {kind.value}", "claims", claim_id, {"kind": value})

    def edit_claim(self, claim_id: str, *, text: str, note: str) -> Briefing:
        self._claim(claim_id)
        text, note = _clean(text), _clean(note)
        if not text:
            raise _refuse("text", "a claim needs its one sentence; it cannot be empty")
        return self._set(f"edit {claim_id}", "claims", claim_id, {"text": text, "note": note or None})

    def new_claim(
        self,
        section_id: str,
        paragraph: int,
        quote: str,
        *,
        text: str = "",
        status: ClaimStatus = ClaimStatus.ASSERTED,
        claim_id: str = "",
    ) -> str:
        """A claim resting on `quote` (exact words of that paragraph); returns its id."""
        quote = clean_text(quote).strip()
        sections = {s.id: s for s in self.briefing.sections}
        section = sections.get(section_id)
        if section is None:
            raise _refuse("section", f"there is no section '{section_id}'")
        if not 1 <= paragraph <= len(section.paragraphs):
            raise _refuse("paragraph", f"section '{section_id}' has no paragraph {paragraph}")
        if not quote:
            raise _refuse("quote", "select the words the claim rests on")
        if quote not in section.paragraphs[paragraph - 1]:
            raise _refuse("quote", f"these words are not in paragraph {paragraph} of '{section_id}'")
        taken = {c.id for c in self.briefing.claims}
        claim_id = claim_id.strip() or slug(quote, taken, fallback="claim")
        if not is_id(claim_id):
            raise _refuse("id", "an id is lowercase letters, digits, - or _ (at most 64), e.g. troop-losses")
        if claim_id in taken:
            raise _refuse("id", f"a claim '{claim_id}' exists already; choose another id")
        fields: dict[str, Any] = {
            "id": claim_id,
            "text": _clean(text) or quote,
            "section": section_id,
            "paragraph": paragraph,
            "quote": quote,
            "status": status.value,
        }
        order = [s.id for s in self.briefing.sections]
        where = (order.index(section_id), paragraph)

        def change(doc: TOMLDocument, briefing: Briefing) -> None:
            # After the last claim at or before this place in the article.
            positions = [(order.index(c.section), c.paragraph) for c in briefing.claims]
            before = [n for n, p in enumerate(positions) if p <= where]
            index = before[-1] + 1 if before else 0
            same_section = bool(before) and briefing.claims[before[-1]].section == section_id
            table = document.new_table("claims", fields)
            document.insert_table(doc, "claims", index, table, joins_previous=same_section)

        self.session.apply(f"new claim {claim_id}", change)
        return claim_id

    # ------------------------------------------------------------- chains

    def set_chain(self, claim_id: str, chain: Sequence[str], description: str = "") -> Briefing:
        self._claim(claim_id)
        known = {s.id for s in self.briefing.sources}
        for source_id in chain:
            if source_id not in known:
                raise _refuse("attribution", f"there is no source '{source_id}'")
        if len(set(chain)) != len(chain):
            raise _refuse("attribution", "a source can appear in a chain only once")
        return self._set(
            description or f"chain of {claim_id}", "claims", claim_id, {"attribution": list(chain) or None}
        )

    def remove_link(self, claim_id: str, index: int) -> Briefing:
        chain = list(self._claim(claim_id).attribution)
        removed = chain.pop(index)
        return self.set_chain(claim_id, chain, f"remove {removed} from {claim_id}")

    def move_link(self, claim_id: str, index: int, step: int) -> Briefing:
        chain = list(self._claim(claim_id).attribution)
        target = index + step
        if not 0 <= target < len(chain):
            return self.briefing
        chain[index], chain[target] = chain[target], chain[index]
        return self.set_chain(claim_id, chain, f"move {chain[target]} in {claim_id}")

    def add_link(self, claim_id: str, source_id: str, index: int | None = None) -> Briefing:
        chain = list(self._claim(claim_id).attribution)
        if source_id in chain:
            raise _refuse("attribution", "this source is in the chain already")
        chain.insert(len(chain) if index is None else index, source_id)
        return self.set_chain(claim_id, chain, f"add {source_id} to {claim_id}")

    # ------------------------------------------------------------ sources

    def _source_fields(self, name: str, kind: SourceKind, party: bool, description: str) -> dict[str, Any]:
        name = _clean(name)
        if not name:
            raise _refuse("name", "a source needs a name; say “(unnamed)” for an unnamed one")
        return {
            "name": name,
            "kind": SourceKind(kind).value,
            "description": _clean(description) or None,
            "party": True if party else None,
        }

    def add_source(
        self,
        name: str,
        kind: SourceKind,
        *,
        party: bool = False,
        description: str = "",
        link_to: str | None = None,
    ) -> str:
        """A new source (optionally added to the end of a claim's chain, in the same step)."""
        fields = self._source_fields(name, kind, party, description)
        source_id = slug(fields["name"], {s.id for s in self.briefing.sources}, fallback="source")
        fields["id"] = source_id
        chain = [*self._claim(link_to).attribution, source_id] if link_to else None

        def change(doc: TOMLDocument, briefing: Briefing) -> None:
            table = document.new_table("sources", fields)
            document.insert_table(doc, "sources", len(briefing.sources), table)
            _needs_format(doc, _format_of("sources", fields))
            if link_to is not None and chain is not None:
                _index, claim = document.find_table(doc, "claims", link_to)
                document.set_field(claim, "claims", "attribution", chain)

        self.session.apply(f"new source {source_id}", change)
        return source_id

    def edit_source(
        self, source_id: str, *, name: str, kind: SourceKind, party: bool, description: str
    ) -> Briefing:
        source = next((s for s in self.briefing.sources if s.id == source_id), None)
        if source is None:
            raise _refuse("", f"there is no source '{source_id}'")
        fields = self._source_fields(name, kind, party, description)
        if source.party is False and not party:
            fields.pop("party")  # keep an explicit `party = false` as written
        return self._set(f"edit source {source_id}", "sources", source_id, fields)

    # ------------------------------------------------------------ figures

    def _figure_fields(self, fields: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in fields.items():
            if key in FIGURE_TEXT_FIELDS:
                text = _clean(str(value))
                if key in ("display", "label") and not text:
                    raise _refuse(key, f"a figure needs a {key}")
                out[key] = text or None
            elif key == "value":
                try:
                    out[key] = value if isinstance(value, int | float) else parse_number(str(value))
                except ValueError as error:
                    raise _refuse("value", str(error)) from None
            elif key == "approximate":
                out[key] = bool(value)
            elif key == "claim":
                self._claim(str(value))
                out[key] = str(value)
            else:
                raise _refuse(key, f"figures have no field '{key}'")
        return out

    def edit_figure(self, figure_id: str, **fields: Any) -> Briefing:
        figure = next((f for f in self.briefing.figures if f.id == figure_id), None)
        if figure is None:
            raise _refuse("", f"there is no figure '{figure_id}'")
        values = self._figure_fields(fields)
        if values.get("approximate") is False and not figure.approximate:
            values.pop("approximate")  # leave `approximate = false` or its absence as written
        return self._set(f"edit figure {figure_id}", "figures", figure_id, values)

    def delete_figure(self, figure_id: str) -> Briefing:
        def change(doc: TOMLDocument, _briefing: Briefing) -> None:
            index, _table = document.find_table(doc, "figures", figure_id)
            document.remove_table(doc, "figures", index)

        if not any(f.id == figure_id for f in self.briefing.figures):
            raise _refuse("", f"there is no figure '{figure_id}'")
        return self.session.apply(f"delete figure {figure_id}", change)

    def new_figure(self, claim_id: str, **fields: Any) -> str:
        """A figure tied to `claim_id`; fields as for edit_figure (display, value and label needed)."""
        for needed in ("display", "value", "label"):
            if not str(fields.get(needed, "")).strip():
                raise _refuse(needed, f"a figure needs a {needed}")
        values = self._figure_fields({**fields, "claim": claim_id})
        if not values.get("approximate"):
            values.pop("approximate", None)
        figure_id = slug(
            f"{values.get('label', '')}", {f.id for f in self.briefing.figures}, fallback="figure"
        )
        values["id"] = figure_id
        order = {c.id: n for n, c in enumerate(self.briefing.claims)}

        def change(doc: TOMLDocument, briefing: Briefing) -> None:
            # After the figures of claims written at or before this claim.
            before = [n for n, f in enumerate(briefing.figures) if order.get(f.claim, -1) <= order[claim_id]]
            index = before[-1] + 1 if before else 0
            document.insert_table(doc, "figures", index, document.new_table("figures", values))

        self.session.apply(f"new figure {figure_id}", change)
        return figure_id

    # ----------------------------------------------------------- metadata

    def set_meta(self, **fields: str | Sequence[str]) -> Briefing:
        """Text fields as in META_TEXT_FIELDS; 'published' as YYYY-MM-DD or ''; 'authors', 'tags' lists."""
        values: dict[str, Any] = {}
        for key, value in fields.items():
            if key in META_TEXT_FIELDS:
                values[key] = _clean(str(value))
                if key == "title" and not values[key]:
                    raise _refuse("title", "a briefing needs its title")
            elif key == "published":
                values[key] = _date(str(value))
            elif key in ("authors", "tags"):
                items = [_clean(v) for v in ([value] if isinstance(value, str) else value)]
                values[key] = [v for v in items if v]
            else:
                raise _refuse(key, f"the metadata has no field '{key}'")

        def change(doc: TOMLDocument, _briefing: Briefing) -> None:
            meta = doc["briefing"]
            assert isinstance(meta, Table)
            for key, value in values.items():
                if value == "" and key not in meta:
                    continue  # an empty optional field stays unwritten
                document.set_field(meta, "briefing", key, value)

        return self.session.apply("edit metadata", change)

    def set_editor_notes(self, notes: Sequence[str]) -> Briefing:
        kept = [_clean(n) for n in notes if _clean(n)]

        def change(doc: TOMLDocument, _briefing: Briefing) -> None:
            document.set_top_level_list(doc, "editor_notes", kept)

        return self.session.apply("edit editor's notes", change)


def _date(text: str) -> datetime.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise _refuse("published", f"'{text}' is not a date; write it as 2025-03-14") from None
