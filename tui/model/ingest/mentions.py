"""A speaker as the article words it, the one record every speaker rule hands on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A speaker as the article words it, with the role an appositive gives ("a professor at …")."""

    text: str
    role: str = ""
