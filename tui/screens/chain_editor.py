"""Edit one claim's attribution chain: remove, reorder and add links, make or fix a source.

Every change is saved at once through the BriefingEditor (so `u` here, or on the
briefing screen, undoes it); the list redraws from the saved briefing.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.model.edit.editor import BriefingEditor
from tui.model.edit.session import EditError
from tui.model.format.records import Claim, Source, SourceKind
from tui.screens.choice import ChoiceScreen
from tui.screens.edit_form import EditForm, FormField, FormValues

KIND_CHOICES = tuple((f"{kind.value} — {kind.label}", kind.value) for kind in SourceKind)


def source_fields(source: Source | None = None) -> list[FormField]:
    return [
        FormField("name", "Name, as the article gives it", source.name if source else ""),
        FormField(
            "kind",
            "Kind",
            source.kind.value if source else SourceKind.GOVERNMENT.value,
            "choice",
            KIND_CHOICES,
        ),
        FormField("party", "Party to the story", source.party if source else False, "bool"),
        FormField(
            "description", "Who they are, how the article uses them", source.description if source else ""
        ),
    ]


def _source_args(values: FormValues) -> tuple[str, SourceKind, bool, str]:
    return (
        str(values["name"]),
        SourceKind(str(values["kind"])),
        bool(values["party"]),
        str(values["description"]),
    )


class ChainEditor(ModalScreen[bool]):
    """Returns True if anything was saved."""

    CSS_PATH = "../styles/review.tcss"
    BINDINGS = [
        Binding("x,delete", "remove", "Remove", id="chain.remove"),
        Binding("K,shift+up", "move(-1)", "Move up", id="chain.move_up"),
        Binding("J,shift+down", "move(1)", "Move down", id="chain.move_down"),
        Binding("a", "add", "Add source", id="chain.add"),
        Binding("n", "new_source", "New source", id="chain.new_source"),
        Binding("e", "edit_source", "Edit source", id="chain.edit_source"),
        Binding("u", "undo", "Undo", id="chain.undo"),
        Binding("escape", "done", "Done", id="chain.done"),
    ]

    def __init__(self, editor: BriefingEditor, claim_id: str) -> None:
        super().__init__()
        self.editor = editor
        self.claim_id = claim_id
        self.changed = False

    @property
    def claim(self) -> Claim | None:
        return next((c for c in self.editor.briefing.claims if c.id == self.claim_id), None)

    @property
    def chain(self) -> list[Source]:
        sources = {s.id: s for s in self.editor.briefing.sources}
        claim = self.claim
        return [sources[s] for s in claim.attribution if s in sources] if claim else []

    def compose(self) -> ComposeResult:
        with Vertical(id="chain-dialog", classes="review-dialog"):
            yield Static(id="chain-claim", markup=False)
            yield OptionList(id="chain-links")
            yield Static(id="chain-error", classes="field-error", markup=False)
            yield Static(
                Content("first: the original claimant · last: the source the outlet cites"),
                classes="dialog-help",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#chain-dialog").border_title = "Who says so — edit the chain"
        self.query_one("#chain-error").display = False
        self.redraw()
        self.query_one(OptionList).focus()

    def redraw(self, highlight: int | None = None) -> None:
        claim = self.claim
        self.query_one("#chain-claim", Static).update(Content(claim.text if claim else "(claim removed)"))
        links = self.query_one(OptionList)
        current = links.highlighted if highlight is None else highlight
        links.clear_options()
        chain = self.chain
        for number, source in enumerate(chain):
            role = "origin" if number == 0 else "via"
            party = "  ▲ party" if source.party else ""
            label = Content.assemble(
                (f"{number + 1}. {role}: ", "dim"), (source.name, "bold"), f"  ({source.kind.label}){party}"
            )
            links.add_option(Option(label, id=source.id))
        if not chain:
            links.add_option(
                Option(Content("the outlet asserts this itself — a adds a source"), disabled=True)
            )
        if chain:
            links.highlighted = max(0, min(len(chain) - 1, current or 0))

    def _run(self, change: object) -> bool:
        """Call `change()` (an editor call); show an EditError here instead of raising."""
        error_box = self.query_one("#chain-error", Static)
        try:
            change()  # type: ignore[operator]
        except EditError as error:
            error_box.update(Content(f"⚠ {error}"))
            error_box.display = True
            return False
        error_box.display = False
        self.changed = True
        return True

    @property
    def highlighted(self) -> int | None:
        index = self.query_one(OptionList).highlighted
        return index if index is not None and index < len(self.chain) else None

    def action_remove(self) -> None:
        index = self.highlighted
        if index is not None and self._run(lambda: self.editor.remove_link(self.claim_id, index)):
            self.redraw()

    def action_move(self, step: int) -> None:
        index = self.highlighted
        if index is not None and self._run(lambda: self.editor.move_link(self.claim_id, index, step)):
            self.redraw(max(0, min(len(self.chain) - 1, index + step)))

    def action_add(self) -> None:
        in_chain = {s.id for s in self.chain}
        options = [
            (s.id, Content.assemble((s.name, "bold"), f"  ({s.kind.label})"))
            for s in self.editor.briefing.sources
            if s.id not in in_chain
        ]
        if not options:
            self.action_new_source()
            return
        options.append(("", Content("＋ a new source…")))

        def chosen(source_id: str | None) -> None:
            if source_id == "":
                self.action_new_source()
            elif source_id is not None and self._run(lambda: self.editor.add_link(self.claim_id, source_id)):
                self.redraw(len(self.chain) - 1)

        self.app.push_screen(ChoiceScreen("Add which source to the end of the chain?", options), chosen)

    def action_new_source(self) -> None:
        def save(values: FormValues) -> None:
            name, kind, party, description = _source_args(values)
            self.editor.add_source(name, kind, party=party, description=description, link_to=self.claim_id)
            self.changed = True

        def closed(saved: bool | None) -> None:
            if saved:
                self.redraw(len(self.chain) - 1)

        form = EditForm("New source (added to the end of the chain)", source_fields(), save)
        self.app.push_screen(form, closed)

    def action_edit_source(self) -> None:
        index = self.highlighted
        if index is None:
            return
        source = self.chain[index]

        def save(values: FormValues) -> None:
            name, kind, party, description = _source_args(values)
            self.editor.edit_source(source.id, name=name, kind=kind, party=party, description=description)
            self.changed = True

        form = EditForm(
            "Edit source (everywhere it is used)",
            source_fields(source),
            save,
            subject=f"source id: {source.id}",
        )
        self.app.push_screen(form, lambda saved: self.redraw() if saved else None)

    def on_option_list_option_selected(self) -> None:
        self.action_edit_source()

    def action_undo(self) -> None:
        def undo() -> None:
            self.editor.undo()

        if self._run(undo):
            self.redraw()

    def action_done(self) -> None:
        self.dismiss(self.changed)
