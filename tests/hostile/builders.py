"""Build briefings, bookmarks, configs and themes that carry hostile text in every string field."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import tomli_w

from tui.model.format.clean import clean_text


def hostile_briefing_data(briefing_id: str, text: str, *, claims: int = 3) -> dict[str, Any]:
    """A valid briefing whose every string field holds `text` (ids stay valid ids)."""
    paragraph = f"Lead. {text} tail."
    # The quote is checked against the cleaned paragraph.
    quote = clean_text(paragraph).strip() or "Lead."
    return {
        "format": 2,
        "briefing": {
            "id": briefing_id,
            "title": f"{briefing_id} {text}",
            "dek": text,
            "outlet": text,
            "category": text,
            "published": datetime.date(2024, 1, 2),
            "url": f"https://example.com/{text}",
            "authors": [text, text],
            "language": text[:20] or "en",
            "image_credit": text,
            "tags": [text, "tag"],
        },
        "sources": [
            {"id": "src-a", "name": f"A {text}", "kind": "anonymous", "description": text, "url": text},
            {"id": "src-b", "name": f"B {text}", "kind": "wire", "description": text, "party": True},
        ],
        "sections": [
            {"id": "s-one", "heading": text, "paragraphs": [paragraph, text + " second"]},
            {"id": "s-two", "heading": "", "paragraphs": [paragraph]},
        ],
        "claims": [
            {
                "id": f"c{n}",
                "text": f"Claim {n} {text}",
                "section": "s-one" if n % 2 == 0 else "s-two",
                "paragraph": 1,
                "quote": quote,
                "attribution": ["src-a", "src-b"] if n % 2 == 0 else [],
                "status": ["alleged", "disputed", "confirmed"][n % 3],
                "kind": ["factual", "opinion", "prediction"][n % 3],
                "note": text,
            }
            for n in range(claims)
        ],
        "figures": [
            {
                "id": "f-one",
                "value": 600,
                "display": f"600 {text}",
                "unit": text,
                "label": text,
                "period": text,
                "claim": "c0",
                "note": text,
                "approximate": True,
            }
        ],
        "editor_notes": [text],
    }


def write_briefing(folder: Path, briefing_id: str, text: str, **kwargs: Any) -> Path:
    path = folder / f"{briefing_id}.toml"
    path.write_text(tomli_w.dumps(hostile_briefing_data(briefing_id, text, **kwargs)), "utf-8")
    return path


def hostile_config(text: str) -> str:
    """A config whose strings hold `text`: theme name, export path and keymap values."""
    return tomli_w.dumps(
        {"theme": text, "export": {"path": f"/nonexistent/{text}"}, "keymap": {"app.help": text}}
    )


def hostile_theme(text: str) -> str:
    return tomli_w.dumps({"name": text, "dark": True, "variables": {"primary": text}})
