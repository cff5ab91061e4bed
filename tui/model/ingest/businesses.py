"""Names the article itself shows to be a business: "Apple Inc.", "Home Depot shares are up", "shares of
Home Depot", "Google’s senior executives", "Home Depot (ticker: HD)".

A capitalised name the article gives no role is guessed: one word is a company, two are a person, and a
pronoun after a lone word ("Apple said … “…,” he added") makes it a person too. A firm's shares, board,
executives, ticker or legal form are said of no person, so a name the article writes with one of them is
a company whatever its shape (`business_kind`), and no "he" or "she" is it.
"""

from __future__ import annotations

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Article
from tui.model.ingest.kinds import rule_kind

_NAME = r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3}"
# Words said of a firm after its possessive: a person has shares and investors too ("Musk’s shares"), but
# no board, shareholders, chief executive or headquarters.
_OWNED = (
    r"board|shareholders|stockholders|CEO|chief\s+(?:executive|operating|financial)|"
    r"(?:senior\s+|top\s+)?executives|headquarters|market\s+value"
)
# A trading verb after "Apple shares"/"Apple stock": the shares of a listed firm, not a person's.
_TRADED = r"rose|fell|climbed|dropped|jumped|slid|gained|lost|closed|traded|tumbled|surged|are|were|is|was"
_BUSINESS = re.compile(
    rf"(?<![\w’'-])(?P<name>{_NAME})(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|plc)\b"
    rf"|[’']s\s+(?:{_OWNED})\b"
    rf"|\s+(?:shares|stock)\s+(?:{_TRADED})\b"
    r"|\s+\((?:ticker|NYSE|NASDAQ|Nasdaq|LSE|TSX)\s*:)"
    rf"|\b[Ss]hares\s+of\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<held>{_NAME})"
)
# Capitalised only because they open a sentence or a clause: "In Apple’s board", "But Google’s executives".
_OPENERS = frozenset("The A An In At For But And Or So Still Yet Now Then When While As On By Of".split())


def businesses_named(article: Article) -> set[str]:
    """The names the article writes with a firm's shares, board, executives, ticker or legal form."""
    found: set[str] = set()
    for section in article.sections:
        for paragraph in section.paragraphs:
            for match in _BUSINESS.finditer(paragraph):
                words = (match["name"] or match["held"]).split()
                while words and words[0] in _OPENERS:
                    del words[0]
                if words and not re.search(r"[’']s$", words[-1]):  # "Elon Musk’s shares rose": his
                    found.add(" ".join(words))
    return found


def business_kind(text: str, role: str, businesses: set[str]) -> tuple[SourceKind, bool] | None:
    """(company, not a person) for a name the article shows as a business, unless a rule on the name or
    its role gives one ("Tarn Records", "Ada Vell, her mother"); None otherwise."""
    if text in businesses and rule_kind(f"{text} {role}") is None:
        return SourceKind.COMPANY, False
    return None
