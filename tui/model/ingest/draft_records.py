"""From finished drafts to the briefing's records: claims with their chains and corroborating
sources, figures tied to their claims, sources in the order the article names them, and what the
headings and title rest on.
"""

from __future__ import annotations

from tui.model.format.records import Claim, ClaimStatus, Figure, ReviewState, Source
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Analysis, Article, slugify, unique_ids
from tui.model.ingest.claim_kinds import claim_kind
from tui.model.ingest.drafts import Draft
from tui.model.ingest.figures import FigureMention
from tui.model.ingest.headings import heading_links
from tui.model.ingest.quotes import without_lone_marks
from tui.model.ingest.sources import SourceBook
from tui.model.ingest.unnamed import unnamed_note
from tui.model.text import as_sentence


def finish_analysis(article: Article, drafts: list[Draft], book: SourceBook) -> Analysis:
    """The analysis a list of drafts makes, with ids unique within the article."""
    sources_by_entry = book.finish(article.meta.title)
    claim_ids = unique_ids([slugify(_claim_words(d), fallback="claim", limit=40) for d in drafts])
    claims: list[Claim] = []
    figures: list[Figure] = []
    figure_bases: list[str] = []
    figure_parts: list[tuple[FigureMention, str]] = []
    used: dict[str, Source] = {}
    for draft, claim_id in zip(drafts, claim_ids, strict=True):
        chain: list[str] = []
        for entry in draft.chain:
            source = sources_by_entry[id(entry)]
            if source.id not in chain:
                chain.append(source.id)
                used[source.id] = source
        backing: list[str] = []
        for entry in draft.joint if chain else ():
            source = sources_by_entry[id(entry)]
            if source.id not in chain and source.id not in backing:
                backing.append(source.id)
                used[source.id] = source
        claims.append(
            Claim(
                id=claim_id,
                text=_claim_text(draft.quote_text),
                section=draft.section,
                paragraph=draft.paragraph,
                quote=without_lone_marks(draft.quote_text),
                attribution=tuple(chain),
                corroborated_by=tuple(backing),
                status=draft.status if chain else ClaimStatus.ASSERTED,
                kind=claim_kind(draft.quote_text),
                review=ReviewState.DRAFT,
            )
        )
        for mention in draft.figures:
            figure_bases.append(slugify(f"{mention.label} {mention.display}", fallback="figure", limit=40))
            figure_parts.append((mention, claim_id))
    for (mention, claim_id), figure_id in zip(figure_parts, unique_ids(figure_bases), strict=True):
        figures.append(
            Figure(
                id=figure_id,
                value=mention.value,
                display=mention.display,
                unit=mention.unit,
                label=mention.label or mention.unit or "number",
                approximate=mention.approximate,
                period=mention.period,
                claim=claim_id,
                note=mention.note,
            )
        )
    # Sources in the order the article first names them.
    ordered = [s for s in dict.fromkeys(sources_by_entry.values()) if s.id in used]
    links = heading_links(article, claims, {s.id: s for s in ordered})
    return Analysis(
        sources=tuple(ordered),
        claims=tuple(claims),
        figures=tuple(figures),
        title_rests_on=links.title_rests_on,
        section_rests_on=links.section_rests_on,
        editor_notes=(*links.notes, *unnamed_note(ordered, claims)),
    )


def _claim_words(draft: Draft) -> str:
    return " ".join(re.findall(r"[\w’'-]+", draft.quote_text)[:7])


def _claim_text(quote: str) -> str:
    """The claim's words as a sentence a reader can take in alone: capitalised, its quotation
    marks balanced (a quotation cut at a sentence boundary opens or closes in another sentence)
    and ending in a full stop where the quote broke off at a comma."""
    text = quote.strip(" ,;:")
    if not text:
        return quote
    text = text[0].upper() + text[1:]
    opened, closed = text.count("“"), text.count("”")
    if opened > closed and not text.endswith("”"):
        text = _end_sentence(text) + "”"
    elif closed > opened and not text.startswith("“"):
        text = "“" + text
    # “We will win,” breaks off at the comma before its speech tag.
    text = re.sub(r"[,;:](?=[”\"’]+$)", ".", text)
    return as_sentence(text)


def _end_sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."
