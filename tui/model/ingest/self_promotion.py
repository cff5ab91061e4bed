"""Closing lines in which the outlet talks about itself: "Follow the Gazette on…", "the Gazette app".

A paragraph that names the outlet (its site name, or its domain's label) and carries
one prompt cue is the site's furniture, when it is short and at the end of the text.
"""

from __future__ import annotations

from tui.model.ingest import boilerplate
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import ArticleMeta, ArticleSection

_SELF_PROMOTION_LENGTH = 300


def _outlet_names(meta: ArticleMeta) -> list[str]:
    names = [meta.outlet] if len(meta.outlet) >= 3 else []
    host = re.sub(r"^https?://(?:www\.)?", "", meta.url).split("/")[0]
    label = host.rsplit(".", 2)[-2] if host.count(".") >= 1 else ""
    if len(label) >= 4:
        names.append(label)
    return names


def _names_outlet(paragraph: str, names: list[str]) -> bool:
    flat = re.sub(r"[\s.-]", "", paragraph.lower())
    return any(re.sub(r"[\s.-]", "", n.lower()) in flat for n in names)


def without_self_promotion(
    sections: tuple[ArticleSection, ...], meta: ArticleMeta, *, min_kept: int
) -> tuple[ArticleSection, ...]:
    """Short paragraphs at the end of the article that name the outlet itself ("Follow the Gazette
    on…", "Subscribe to the Gazette", "the Gazette app") are the site talking about itself. At least
    `min_kept` paragraphs stay."""
    names = _outlet_names(meta)
    if not names:
        return sections
    kept = [list(s.paragraphs) for s in sections]
    total = sum(len(p) for p in kept)
    for paragraphs in reversed(kept):
        while paragraphs and total > min_kept:
            last = paragraphs[-1]
            if (
                len(last) > _SELF_PROMOTION_LENGTH
                or boilerplate.reports(last)
                or not boilerplate.cue_count(last)
                or not _names_outlet(last, names)
            ):
                break
            paragraphs.pop()
            total -= 1
        if paragraphs:
            break
    result = (ArticleSection(s.heading, tuple(p)) for s, p in zip(sections, kept, strict=True))
    return tuple(s for s in result if s.paragraphs or s.heading)
