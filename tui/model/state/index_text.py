"""What the library index holds of a briefing: its body text, its search columns, its sort keys."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Final

from tui.model.format.records import Briefing
from tui.model.state.library import Entry

# Column weights for ranking: a word in the title counts most.
_WEIGHTS: Final = {"title": 10.0, "dek": 4.0, "outlet": 5.0, "tags": 6.0}
_COLUMNS: Final = tuple(_WEIGHTS)

_WORD = re.compile(r"[^\W_]+")  # runs of letters and digits
MAX_QUERY_WORDS: Final = 32


def body_text(briefing: Briefing) -> str:
    """The words searched beyond the summary: headings, paragraphs and claims."""
    parts: list[str] = []
    for section in briefing.sections:
        parts.append(section.heading)
        parts.extend(section.paragraphs)
    parts.extend(claim.text for claim in briefing.claims)
    return "\n".join(parts)


def _meta_columns(entry: Entry) -> tuple[str, str, str, str]:
    """The fts_meta columns of an entry: always the same for the same stored entry."""
    summary = entry.summary
    if summary is None:
        return (Path(entry.path).name, "", "", "")
    return (summary.title, summary.dek, summary.outlet, " ".join(summary.tags))


def _fold(text: str) -> str:
    """Lower case without accents, as the FTS5 tokenizer compares words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _match_summaries(entries: list[Entry], words: list[str], limit: int | None) -> list[str]:
    """Search without FTS5: every word a prefix of a word in the title, dek, outlet or tags."""
    wanted = [_fold(w) for w in words]
    scored: list[tuple[float, int, str]] = []
    for number, entry in enumerate(entries):
        columns = _meta_columns(entry)
        fields = [
            (weight, _WORD.findall(_fold(text)))
            for weight, text in zip(_WEIGHTS.values(), columns, strict=True)
        ]
        score = 0.0
        for word in wanted:
            best = max(
                (weight for weight, found in fields if any(f.startswith(word) for f in found)), default=0.0
            )
            if not best:
                break
            score += best
        else:
            scored.append((-score, number, entry.path))
    scored.sort()
    return [path for _score, _number, path in scored[:limit]]
