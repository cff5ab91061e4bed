"""A note saying where the article ran in print: the outlet's, not the story's.

Magazines and newspapers close an article with the issue or page it appeared in ("This article
appears in the March 3, 2024 issue of …", "A version of this article appears in print on …,
Section A, Page 1", "Appeared in the March 5, 2020, print edition as …", "Dieser Artikel stammt
aus der … Nr. 12/2019", "Cet article est paru dans l'édition du …"). The note is known by its
subject (this article, a version of it) and by naming the print issue or edition, so a story's
sentence about another publication ("The study appeared in the March issue of Nature") stays.
A syndication credit ("Originally published on …") says who first published the text
and is kept: the public golds keep it, and it names a source.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

_NOTE_LENGTH = 300
_THIS_TEXT = (
    r"(?:an? (?:\w+ )?version of )?this (?:article|story|piece|essay|review|interview|column|report"
    r"|feature|commentary|op-ed)"
)
_EDITION_NOTE = re.compile(
    r"^[*†\s]*(?:"
    + _THIS_TEXT
    + r" (?:also |first |originally )?(?:appears|appeared|was published|is published|ran|will appear)"
    r"(?: online)? (?:in print\b|in (?:the )?(?:[^.]{0,80}\s)?(?:print )?(?:issue|edition|magazine issue)\b)"
    r"|appeared in the [^.]{0,60}print edition\b"
    r"|published in the print edition of\b"
    r"|(?:dieser|der) (?:artikel|text|beitrag) (?:ist |erschien |stammt )?(?:zuerst |erstmals |auch )?"
    r"(?:aus|in) (?:der|dem) [^.]{0,60}(?:ausgabe|heft|nr\.\s*\d)"
    r"|erschienen in (?:der |dem )?[^.]{0,60}(?:ausgabe\b|heft\b|nr\.\s*\d|\b\d{1,2}/\d{4}\b)"
    r"|cet article (?:est paru|a été publié|est publié|paraît) dans (?:l['’]édition|le numéro|le magazine"
    r"|la version imprimée|notre édition)"
    r"|este (?:artículo|texto|reportaje) (?:se publicó|fue publicado|apareció|se publica)(?: originalmente)?"
    r" en (?:la edición|el número|la versión impresa)"
    r"|publicado en la edición impresa\b"
    r")",
    re.IGNORECASE,
)


def is_edition_note(paragraph: str) -> bool:
    """Whether a short paragraph is the note of the print issue or edition the article ran in."""
    return len(paragraph) <= _NOTE_LENGTH and _EDITION_NOTE.match(paragraph) is not None
