"""Review mode, continued: a claim's chain, text, status and kind, its figures, the metadata and notes.

A second mixin for BriefingScreen (see briefing_review.py), kept apart so each module stays short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from tui.model.edit.vocabulary import KIND_MEANING, STATUS_WORDING
from tui.model.format.records import ClaimKind, ClaimStatus
from tui.model.text import in_quotes

if TYPE_CHECKING:
    from tui.screens.briefing_review import ReviewMode
    from tui.screens.edit_form import FormValues

    Base = ReviewMode
else:
    Base = object


class ReviewDetails(Base):
    """Chain, text, pickers, figure and metadata actions; ReviewMode provides the editor, forms and
    redraws."""

    def action_review_chain(self) -> None:
        claim = self._claim()
        if claim is not None:
            self._open_chain(claim.id)

    def _open_chain(self, claim_id: str, *, ask_status: bool = False) -> None:
        """`ask_status`: a new claim just attributed is no longer the outlet's own assertion,
        so the status picker follows."""
        from tui.screens.chain_editor import ChainEditor

        def closed(changed: bool | None) -> None:
            claim = next((c for c in self.editor.briefing.claims if c.id == claim_id), None)
            attributed = claim is not None and claim.attribution and claim.status is ClaimStatus.ASSERTED
            then = self.action_review_status if ask_status and attributed else None
            if changed:
                self.adopt(self.editor.briefing, claim_id, then=then)

        self.app.push_screen(ChainEditor(self.editor, claim_id), closed)

    def action_review_edit(self) -> None:
        from tui.screens.edit_form import EditForm
        from tui.screens.review_forms import claim_fields

        claim = self._claim()
        if claim is None:
            return

        def save(values: FormValues) -> None:
            self.editor.edit_claim(claim.id, text=str(values["text"]), note=str(values["note"]))

        self._form(
            EditForm("Edit claim", claim_fields(claim), save, subject=f"quote: {in_quotes(claim.quote)}"),
            lambda: claim.id,
        )

    def action_review_claim_from_words(self) -> None:
        from tui.screens.edit_form import EditForm
        from tui.screens.review_forms import claim_fields
        from tui.screens.review_words import picked_words

        words = picked_words(self, self.sourcing, self.article)
        if words is None:
            return
        section, paragraph, quote = words
        section_id = self.sourcing.briefing.sections[section].id
        new_id = self._attempt(lambda: self.editor.new_claim(section_id, paragraph + 1, quote))
        if new_id is None:
            return
        made = next(c for c in self.editor.briefing.claims if c.id == new_id)

        def save(values: FormValues) -> None:
            self.editor.edit_claim(new_id, text=str(values["text"]), note=str(values["note"]))

        def start() -> None:
            form = EditForm(
                "New claim: say it in one sentence",
                claim_fields(made),
                save,
                subject=f"quote: {in_quotes(quote)}",
            )
            self._form(form, lambda: new_id, then=lambda: self._open_chain(new_id, ask_status=True))

        self.adopt(self.editor.briefing, new_id, then=start)

    def action_review_status(self) -> None:
        from tui.screens.choice import ChoiceScreen

        claim = self._claim()
        if claim is None:
            return
        options = [
            (
                status.value,
                Content.assemble(
                    (f" {status.value.upper()} ", f"bold reverse $status-{status.value}"),
                    "  ",
                    (STATUS_WORDING[status], "dim"),
                ),
            )
            for status in ClaimStatus
        ]

        def chosen(value: str | None) -> None:
            if value is not None and value != claim.status.value:
                self._save_and_adopt(lambda: self.editor.set_status(claim.id, ClaimStatus(value)), claim.id)

        self.app.push_screen(
            ChoiceScreen("Status: how the article presents it", options, current=claim.status.value), chosen
        )

    def action_review_kind(self) -> None:
        from tui.screens.choice import ChoiceScreen

        claim = self._claim()
        if claim is None:
            return
        options = [
            (k.value, Content.assemble((k.value, "bold"), "  ", (KIND_MEANING[k], "dim"))) for k in ClaimKind
        ]

        def chosen(value: str | None) -> None:
            if value is not None and value != claim.kind.value:
                self._save_and_adopt(lambda: self.editor.set_kind(claim.id, ClaimKind(value)), claim.id)

        self.app.push_screen(ChoiceScreen("Kind of claim", options, current=claim.kind.value), chosen)

    # --------------------------------------------------------- figures

    def action_review_figure(self) -> None:
        from tui.screens.choice import ChoiceScreen
        from tui.screens.edit_form import EditForm
        from tui.screens.review_forms import figure_fields, figure_values

        claim = self._claim()
        if claim is None:
            return
        figures = self.sourcing.figures_by_claim.get(claim.id, [])
        if not figures:
            self.notify(
                "This claim has no figures. Select words (or find them) and press W to make one.",
                severity="warning",
            )
            return
        options: list[tuple[str, Content]] = []
        for figure in figures:
            options.append(
                (
                    f"edit:{figure.id}",
                    Content.assemble("Edit  ", (figure.display, "bold"), f"  {figure.label}"),
                )
            )
            options.append(
                (
                    f"delete:{figure.id}",
                    Content.assemble(
                        ("Delete", "$error"), "  ", (figure.display, "bold"), f"  {figure.label}"
                    ),
                )
            )

        def chosen(value: str | None) -> None:
            if value is None:
                return
            action, figure_id = value.split(":", 1)
            if action == "delete":
                self._save_and_adopt(lambda: self.editor.delete_figure(figure_id), claim.id)
                return
            figure = next(f for f in self.sourcing.briefing.figures if f.id == figure_id)

            def save(values: FormValues) -> None:
                self.editor.edit_figure(figure_id, **figure_values(values))

            fields = figure_fields(self.sourcing, figure=figure)
            self._form(
                EditForm("Edit figure", fields, save, subject=f"figure id: {figure_id}"),
                lambda: self._focused_id(),
            )

        self.app.push_screen(ChoiceScreen("Figures of this claim", options), chosen)

    def action_review_figure_from_words(self) -> None:
        from tui.screens.edit_form import EditForm
        from tui.screens.review_forms import figure_fields, figure_values
        from tui.screens.review_words import picked_words

        words = picked_words(self, self.sourcing, self.article)
        if words is None:
            return
        section, paragraph, text = words
        here = [
            c
            for c in self.sourcing.briefing.claims
            if self.sourcing.section_index[c.section] == section and c.paragraph == paragraph + 1
        ]
        holder = next((c for c in here if text in c.quote or c.quote in text), None)
        if holder is None and self.focused_claim in here:
            holder = self.focused_claim
        holder = holder or (here[0] if here else None)
        if holder is None:
            self.notify(
                "No claim in this paragraph: make one first (w), then its figure.", severity="warning"
            )
            return

        def save(values: FormValues) -> None:
            made = dict(figure_values(values))
            claim_id = str(made.pop("claim"))
            self.editor.new_figure(claim_id, **made)

        fields = figure_fields(self.sourcing, words=text, claim=holder)
        self._form(
            EditForm("New figure", fields, save, subject=f"from: {in_quotes(text)}"), lambda: holder.id
        )

    # ------------------------------------------------------ briefing

    def action_review_meta(self) -> None:
        from tui.screens.edit_form import EditForm
        from tui.screens.review_forms import meta_fields, save_meta

        def save(values: FormValues) -> None:
            save_meta(self.editor, values)

        self._form(
            EditForm("Metadata and editor's notes", meta_fields(self.sourcing.briefing), save),
            self._focused_id,
        )
