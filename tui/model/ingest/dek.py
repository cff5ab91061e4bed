"""Which text is the dek (the standfirst under the headline), and that it is shown only once.

Two candidates: the page's meta description and the lead the page shows under
its headline (`standfirst.visible_lead`). The description is the dek when the
page shows it as one; the visible lead is the dek when the description is not
shown, when it is shown only as the article's own first paragraph, or when it
is a cut of the lead (the same words, stopped short with "…").

Whichever it is, the reader sees it once: a dek whose words the body already
holds (a summary copied from the first paragraphs, trimmed or reworded at the
edges) is text, not a dek.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from tui.model.ingest import boilerplate
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import ArticleMeta, ArticleSection

_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…)$")
# A cut description keeps at least this much of the lead it was cut from.
_MIN_CUT = 40
_WORD = re.compile(r"\w+")
# Runs of this many words compare a dek with the body, and this share of the dek's runs
# found in the body makes it a repeat of the text (a copied summary, not a standfirst).
_RUN = 4
_REPEATED_SHARE = 0.8


def is_cut_of(description: str, lead: str) -> bool:
    """Whether the description is the start of the lead, cut short with an ellipsis."""
    if not _ELLIPSIS.search(description):
        return False
    stem = _ELLIPSIS.sub("", description).rstrip(" .,;:")
    return len(stem) >= _MIN_CUT and len(lead) > len(stem) and lead.startswith(stem)


def holds(sections: tuple[ArticleSection, ...], text: str) -> bool:
    return any(text in paragraph or paragraph in text for s in sections for paragraph in s.paragraphs)


def _is_text(sections: tuple[ArticleSection, ...], text: str) -> bool:
    return any(text in paragraph for s in sections for paragraph in s.paragraphs)


def settle(
    meta: ArticleMeta,
    sections: tuple[ArticleSection, ...],
    *,
    lead: str,
    description: str,
    description_shown: bool,
    standfirsts: set[str],
) -> tuple[ArticleMeta, tuple[ArticleSection, ...]]:
    """The metadata with its dek chosen, and the sections without the dek repeated as text.

    `lead` is the visible lead ("" if none), `description` the page's meta description,
    `description_shown` whether the page's visible text holds it, `standfirsts` the texts the
    page sets as a standfirst."""
    description = boilerplate.without_share_text(boilerplate.without_markup(description))
    meta = replace(meta, dek=boilerplate.without_share_text(boilerplate.without_markup(meta.dek)))
    if (
        description_shown
        and not is_cut_of(description, lead)
        and not (description and _is_text(sections, description))
    ):
        lead = ""  # the page shows its own description, and not as the article's text: the dek
        if description != meta.dek and not _site_text(description):
            meta = replace(meta, dek=description)  # the shown one, not another (og:) description
    shown = meta.dek in standfirsts
    if lead and not shown and lead != meta.dek and not holds(sections, lead) and not _site_text(lead):
        # The page shows this lead, not its meta description: the lead is the dek.
        meta, shown = replace(meta, dek=lead), True
    meta, sections = dek_once(meta, sections, standfirst=shown)
    if meta.dek and sections and sections[0].heading.casefold() == meta.dek.casefold():
        # The standfirst set as a heading over the story's first paragraph: the dek, if it is one.
        unheaded = (ArticleSection("", sections[0].paragraphs), *sections[1:])
        if not _refused(meta, unheaded):
            return meta, unheaded
    if meta.dek and _refused(meta, sections):
        meta = replace(meta, dek="")
    return meta, sections


def _refused(meta: ArticleMeta, sections: tuple[ArticleSection, ...]) -> bool:
    """Whether the dek is no standfirst: the text's own words, another subject, the site's notice."""
    return (
        repeats_text(meta.dek, sections)
        or is_unrelated(meta.dek, meta.title, sections)
        or boilerplate.is_site_notice(meta.dek)
    )


def _site_text(text: str) -> bool:
    """A prompt, link or notice of the site's: never the dek (the next candidate, or none, is)."""
    return boilerplate.is_boilerplate(text) or boilerplate.is_site_notice(text)


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# Below this much body text a dek may well share no word with it (a photo page, a short notice).
_UNRELATED_MIN_BODY = 400
_STEM = 5


def is_unrelated(dek: str, title: str, sections: tuple[ArticleSection, ...]) -> bool:
    """A description that shares no word of four letters or more with the title and the body is the
    site's (a slogan, "Home", a domain, a rights notice set as every page's description), not this
    article's standfirst: a standfirst sums up the story in the story's own words."""
    body = " ".join(p for s in sections for p in (s.heading, *s.paragraphs) if p)
    if len(body) < _UNRELATED_MIN_BODY:
        return False
    # Words compared by their first letters, so that "islanders" meets "island".
    words = {w.casefold()[:_STEM] for w in _CONTENT_WORD.findall(dek)}
    known = {w.casefold()[:_STEM] for w in _CONTENT_WORD.findall(f"{title} {body}")}
    return bool(words) and not words & known


def _runs(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return Counter(tuple(words[i : i + _RUN]) for i in range(max(1, len(words) - _RUN + 1)))


def repeats_text(dek: str, sections: tuple[ArticleSection, ...]) -> bool:
    """Whether the body already holds most of the dek's words in the dek's order: a summary
    copied from the text (perhaps trimmed or reworded at the edges), not a standfirst."""
    wanted = _runs(dek)
    if not any(wanted):
        return False
    body = _runs("\n".join(p for s in sections for p in (s.heading, *s.paragraphs) if p))
    return sum((wanted & body).values()) >= _REPEATED_SHARE * sum(wanted.values())


def dek_once(
    meta: ArticleMeta, sections: tuple[ArticleSection, ...], *, standfirst: bool
) -> tuple[ArticleMeta, tuple[ArticleSection, ...]]:
    """The dek shown once. A standfirst repeated as the first paragraph is the dek, not text;
    a page summary copied or cut from the first paragraph is text, not a dek."""
    if not (meta.dek and sections and sections[0].paragraphs):
        return meta, sections
    first = sections[0].paragraphs[0]
    paragraphs = sum(len(s.paragraphs) for s in sections)
    if first == meta.dek and paragraphs > 1 and standfirst:
        rest = ArticleSection(sections[0].heading, sections[0].paragraphs[1:])
        return meta, tuple(s for s in (rest, *sections[1:]) if s.paragraphs or s.heading)
    if first.startswith(meta.dek.rstrip(".… ")):
        return replace(meta, dek=""), sections
    return meta, sections
