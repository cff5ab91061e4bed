"""The fields of review mode's forms, and turning their values into editor calls."""

from __future__ import annotations

from typing import Any

from tui.model.edit.editor import BriefingEditor
from tui.model.edit.words import guess_figure
from tui.model.format.records import Briefing, Claim, Figure
from tui.model.format.sourcing import Sourcing
from tui.screens.edit_form import FormField, FormValues

_CLAIM_LABEL = 70


def claim_fields(claim: Claim) -> list[FormField]:
    return [
        FormField("text", "The claim in one plain sentence", claim.text),
        FormField("note", "Note for the reader (optional)", claim.note),
    ]


def _short(text: str) -> str:
    return text if len(text) <= _CLAIM_LABEL else text[: _CLAIM_LABEL - 1] + "…"


def figure_fields(
    sourcing: Sourcing, *, figure: Figure | None = None, words: str = "", claim: Claim | None = None
) -> list[FormField]:
    """For an existing figure, or a new one guessed from `words` and tied to `claim`."""
    if figure is not None:
        display, value, unit, label = figure.display, figure.value, figure.unit, figure.label
        approximate, period, note, claim_id = figure.approximate, figure.period, figure.note, figure.claim
    else:
        guess = guess_figure(words)
        display, unit, label, approximate = guess.display, guess.unit, guess.label, guess.approximate
        value = guess.value if guess.value is not None else 0.0
        period, note, claim_id = "", "", claim.id if claim else ""
    claims = tuple((_short(c.text), c.id) for c in sourcing.claims_in_reading_order)
    return [
        FormField("display", "As written in the article", display),
        FormField("value", "Value in digits", f"{value:g}" if value == int(value) else str(value)),
        FormField("unit", "Unit: what is counted", unit),
        FormField("label", "Label: a short description", label),
        FormField("period", "Period the figure covers", period),
        FormField("approximate", "Approximate (around, about, thousands…)", approximate, "bool"),
        FormField("claim", "Tied to the claim", claim_id, "choice", claims),
        FormField("note", "How a vague figure was read (optional)", note),
    ]


def figure_values(values: FormValues) -> dict[str, Any]:
    keys = ("display", "value", "unit", "label", "period", "approximate", "claim", "note")
    return {key: values[key] for key in keys}


def _listed(value: list[str] | str | bool) -> list[str]:
    text = value if isinstance(value, str) else ""
    return [part.strip() for part in text.split(",") if part.strip()]


def meta_fields(briefing: Briefing) -> list[FormField]:
    meta = briefing.meta
    return [
        FormField("title", "Title, exactly as published", meta.title),
        FormField("dek", "Dek / standfirst", meta.dek),
        FormField("outlet", "Outlet (empty if the page does not say)", meta.outlet),
        FormField("published", "Published (YYYY-MM-DD, empty if unknown)", str(meta.published or "")),
        FormField("authors", "Authors, comma-separated", ", ".join(meta.authors)),
        FormField("url", "URL", meta.url),
        FormField("category", "Category", meta.category),
        FormField("language", "Language", meta.language),
        FormField("image_credit", "Image credit", meta.image_credit),
        FormField("tags", "Tags, comma-separated", ", ".join(meta.tags)),
        FormField(
            "editor_notes",
            "Editor's notes, one a line",
            list(briefing.editor_notes),
            "lines",
            hint="What a careful reader should know that the article does not say.",
        ),
    ]


def save_meta(editor: BriefingEditor, values: FormValues) -> None:
    """Save what changed: the metadata and the notes are one change each (one undo each)."""
    meta = editor.briefing.meta
    fields: dict[str, str | list[str]] = {}
    for key in ("title", "dek", "outlet", "url", "category", "language", "image_credit", "published"):
        current = getattr(meta, key)
        now = str(values[key]).strip()
        if now != (current.isoformat() if key == "published" and current else (current or "")):
            fields[key] = now
    for key in ("authors", "tags"):
        listed = _listed(values[key])
        if tuple(listed) != getattr(meta, key):
            fields[key] = listed
    notes = values["editor_notes"]
    notes = [n.strip() for n in notes] if isinstance(notes, list) else []
    if fields:
        editor.set_meta(**fields)
    if [n for n in notes if n] != list(editor.briefing.editor_notes):
        editor.set_editor_notes(notes)
