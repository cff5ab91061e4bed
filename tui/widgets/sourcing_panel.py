"""Who says so: the focused claim's attribution chain, or the briefing's overview."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.model.format.records import Claim, ClaimStatus, Source, SourceKind
from tui.model.format.sourcing import Sourcing
from tui.model.state.marks import FLAG, Marks

ContentPart = str | Content | tuple[str, str]


def status_badge(status: ClaimStatus) -> Content:
    return Content.assemble((f" {status.value.upper()} ", f"bold reverse $status-{status.value}"))


def _source_lines(source: Source, role: str) -> list[ContentPart]:
    parts: list[ContentPart] = [
        ("● ", f"$kind-{source.kind.value}"),
        (f"{role}: " if role else "", "dim"),
        (source.name, "bold"),
        "\n  ",
        (source.kind.label, f"$kind-{source.kind.value}"),
    ]
    if source.party:
        parts += ["\n  ", ("▲ party to the story", "bold $party-marker")]
    if source.description:
        parts += ["\n  ", (source.description, "dim italic")]
    parts.append("\n")
    return parts


def claim_sourcing(sourcing: Sourcing, claim: Claim, *, bookmarked: bool = False) -> Content:
    """The claim, its status, its chain drawn origin → … → this outlet, and warnings."""
    outlet = sourcing.briefing.meta.outlet or "this outlet (not named)"
    position = sourcing.reading_position[claim.id] + 1
    total = len(sourcing.briefing.claims)
    parts: list[ContentPart] = [
        (f"Claim {position} of {total}", "dim"),
        (f"  {FLAG} bookmarked" if bookmarked else "", "$bookmark-marker"),
        "\n",
        (claim.text, "bold"),
        "\n\n",
        status_badge(claim.status),
        "\n\n",
        ("Who says so", "bold underline"),
        "\n",
    ]
    chain = sourcing.chain(claim)
    if not chain:
        parts += [("● ", "$kind-self"), (outlet, "bold"), (" asserts this itself", "dim"), "\n"]
    for number, source in enumerate(chain):
        role = "origin" if number == 0 else "via"
        parts += _source_lines(source, role)
        parts.append(("  │\n  ▼\n", "dim"))
    if chain:
        parts += [("● ", "$kind-self"), ("reported by: ", "dim"), (outlet, "bold"), "\n"]
    corroboration = sourcing.corroboration(claim)
    if corroboration:
        parts += ["\n", ("Also backed by", "bold underline"), "\n"]
        for source in corroboration:
            parts += _source_lines(source, "")
    if claim.note:
        parts += ["\n", ("Note: ", "bold"), claim.note, "\n"]
    for warning in sourcing.warnings(claim):
        parts += [
            "\n",
            ("⚠ ", "$warning-text"),
            (warning.value, "bold $warning-text"),
            f" — {warning.explanation}",
        ]
    figures = sourcing.figures_by_claim.get(claim.id, [])
    if figures:
        parts += ["\n\n", ("Figures from this claim", "bold underline")]
        for figure in figures:
            parts += ["\n  ", (figure.display, "bold $figure-value"), f" {figure.label}"]
    return Content.assemble(*parts)


def overview(sourcing: Sourcing) -> Content:
    """Sources by kind, claims by status, warnings, and the editor's notes."""
    data = sourcing.overview
    parts: list[ContentPart] = [("Sourcing overview", "bold underline"), "\n", (data.one_line, "dim"), "\n\n"]
    parts += [("Sources by kind", "bold"), "\n"]
    for kind in SourceKind:
        count = data.sources_by_kind.get(kind, 0)
        if count:
            names = ", ".join(s.name for s in sourcing.briefing.sources if s.kind is kind)
            parts += [
                (f"  {count} ", "bold"),
                (kind.label, f"$kind-{kind.value}"),
                (f"  {names}", "dim"),
                "\n",
            ]
    parts += ["\n", ("Claims by status", "bold"), "\n"]
    for status in ClaimStatus:
        count = data.claims_by_status.get(status, 0)
        if count:
            parts += [f"  {count:>3} ", status_badge(status), "\n"]
    if data.warnings:
        parts += ["\n", ("Warnings", "bold"), "\n"]
        for warning, count in data.warnings.most_common():
            parts += [f"  {count:>3} ", ("⚠ ", "$warning-text"), (warning.value, "$warning-text"), "\n"]
    notes = sourcing.briefing.editor_notes
    if notes:
        parts += ["\n", ("Editor's notes", "bold"), "\n"]
        for note in notes:
            parts += ["  • ", note, "\n"]
    parts += ["\n", ("n / p step through the claims", "dim italic")]
    return Content.assemble(*parts)


class SourcingPanel(VerticalScroll):
    """Shows the focused claim's sourcing, or the overview when none is focused."""

    claim: reactive[Claim | None] = reactive(None, init=False)
    """The focused claim (bound to the screen's)."""
    marks: reactive[Marks] = reactive(Marks, init=False)

    def __init__(self, sourcing: Sourcing, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sourcing = sourcing
        self.border_title = "Sourcing"

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(self._body(), id="sourcing-body", markup=False)

    def _body(self) -> Content:
        claim = self.claim
        if claim is None:
            return overview(self.sourcing)
        return claim_sourcing(self.sourcing, claim, bookmarked=self.marks.has("claim", claim.id))

    def _redraw(self) -> None:
        for body in self.query("#sourcing-body").results(Static):
            body.update(self._body())

    def watch_claim(self, old: Claim | None, new: Claim | None) -> None:
        if old is new:
            return  # the binding's first call: compose drew this already
        self.border_title = "Who says so" if new is not None else "Sourcing overview"
        self._redraw()
        self.scroll_home(animate=False)

    def watch_marks(self, old: Marks, new: Marks) -> None:
        claim = self.claim
        if claim is not None and old.has("claim", claim.id) != new.has("claim", claim.id):
            self._redraw()
