"""Sections from trafilatura's XML body: headings split it, and the rules for what is not the
article's text (a repeated title, a "Related" list, a comments heading, bylines, datelines, credits,
labels, prompts, trailing asides) apply block by block.
"""

from __future__ import annotations

from typing import Any

from tui.model.ingest import boilerplate, edition_notes, furniture, reader_asks
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import ArticleSection
from tui.model.ingest.shown_headlines import squeezed
from tui.model.ingest.text import is_short_line
from tui.model.ingest.xml_blocks import blocks as read_blocks

_FOOTER_LENGTH = 200
_HEADING_LENGTH = 200
_ASIDE_LENGTH = 500
_LABEL_LENGTH = 120
_BARE_LABEL = re.compile(r"[^\W\d][\w'’ -]{0,40}:")
_LABEL_WORDS = 3
_ORPHAN_LABEL_WORDS = 4
# A longer label that offers more of the site: "More articles you may like:", "Weitere Beiträge zum Thema:".
_MORE = re.compile(
    r"^(?:more|further|other|related|mehr|weitere|andere|plus d|d'autres|más|otr[oa]s|altri|altre"
    r"|więcej|mais)\b",
    re.IGNORECASE,
)
ASIDE_MIN_KEPT = 3
_FOOTNOTE_MARKS = ("*", "¹", "²", "³", "†")


def sections_of(
    body: Any,
    title: str,
    site: str = "",
    headlines: frozenset[str] = frozenset(),
    kicked: frozenset[str] = frozenset(),
) -> tuple[ArticleSection, ...]:
    """`headlines`: the texts of the page's `<h1>` elements, read before trafilatura pruned it; one
    of them before the story's first paragraph is the headline again (the page's `<title>` may
    word it otherwise), not a heading of the text. So is one of `kicked`, the headlines the page
    shows in parts (`shown_headlines.py`), squeezed."""
    blocks = _closing_lists_dropped(list(read_blocks(body, site)))
    sections: list[tuple[str, list[str]]] = [("", [])]
    related = False
    seen: dict[str, int] = {}
    emphasised: set[str] = set()
    # Sections whose heading a subheading followed at once ("Plan A" over "Breakfast", "Lunch"):
    # a heading over headings, kept though it holds no paragraph of its own.
    parents: set[int] = set()
    since_heading = 0  # blocks read since the last heading, kept or not
    for position, (kind, value) in enumerate(blocks):
        if kind == "italic":
            kind = "p"
            emphasised.add(value)
        if kind == "bold" and not _story_begun(sections) and _is_name_line(value, blocks):
            continue  # the reporters' names in bold over the story: a byline
        if kind == "bold":
            following = blocks[position + 1] if position + 1 < len(blocks) else None
            # A bold line that reads like a heading, with text after it, is a subheading; "The letter
            # warned:" in bold over the words it sets out is the story's tag for them.
            heading = is_short_line(value) and following is not None and following[0] == "p"
            kind = "head" if heading and not speech_tag(value) else "p"
        if kind == "link" or _is_teaser_excerpt(blocks, position):
            continue
        if kind == "head" and len(value) > _HEADING_LENGTH:
            kind = "p"  # a paragraph the template set as a heading: headings are a line
        if kind == "head":
            if _is_headline(value, title, headlines) and not any(p for _, p in sections):
                continue  # the page repeating its title
            if squeezed(value) in kicked and not _story_begun(sections):
                continue  # the headline shown in parts, past a caption or a date line
            if furniture.RELATED_MARKER.match(value):
                related = True
                continue
            if furniture.END_MARKER.match(value):
                if _story_begun(sections):
                    break
                continue  # a comment count or copyright line in the page's header, above the story
            if boilerplate.is_boilerplate(value) or _is_pointer_label(value) or not _has_word(value):
                continue  # a link, prompt or pointer set as a heading: its text stays in the section above
            related = False
            if len(sections) > 1 and not sections[-1][1] and sections[-1][0] and not since_heading:
                parents.add(len(sections) - 1)
            sections.append((value, []))
            since_heading = 0
            continue
        since_heading += 1
        if _ends_article(value):
            if _story_begun(sections):
                break
            continue  # "12 comments" beside the date in the header: the story is still to come
        if _is_headline(value, title, headlines) and not any(p for _, p in sections):
            continue  # the headline set as a paragraph (a layout table's cell), before any text
        if furniture.RELATED_MARKER.match(value):
            related = True
            continue
        if related and is_short_line(value):
            continue  # a link title under "Related"
        related = False
        if (
            _repeats(value, seen, len(sections) - 1)
            or not any(c.isalnum() for c in value)  # a separator: "***", "—"
            or _is_bare_label(value)
            or furniture.LINE_FURNITURE.match(value)
            or furniture.is_credit(value)
            or furniture.is_staff_credit(value)
            or furniture.byline_names(value) is not None
            or (furniture.dateline(value) is not None and not _is_dated_entry(value))
            or boilerplate.is_boilerplate(value)
            or reader_asks.is_reader_ask(value)
            or edition_notes.is_edition_note(value)
        ):
            continue
        seen.setdefault(value, len(sections) - 1)
        sections[-1][1].append(value)
    _drop_trailing_asides(sections, emphasised)
    _drop_orphan_labels(sections)
    last_text = max((i for i, (_, p) in enumerate(sections) if p), default=-1)
    kept = [i for i, (_, p) in enumerate(sections) if p or (i in parents and i < last_text)]
    return tuple(ArticleSection(sections[i][0], tuple(sections[i][1])) for i in kept)


def refuses_heading(value: str, title: str, headlines: frozenset[str] = frozenset()) -> bool:
    """Whether a heading is one the rules above leave out wherever it stands: the headline again, a
    "Related" or comments marker, a link or prompt, a pointer label, a byline or a date."""
    return (
        len(value) > _HEADING_LENGTH
        or not _has_word(value)
        or _is_headline(value, title, headlines)
        or furniture.RELATED_MARKER.match(value) is not None
        or furniture.END_MARKER.match(value) is not None
        or boilerplate.is_boilerplate(value)
        or _is_pointer_label(value)
        or furniture.LINE_FURNITURE.match(value) is not None
        or furniture.byline_names(value) is not None
        or furniture.dateline(value) is not None
    )


_EXCERPT_LENGTH = 300


def _is_teaser_excerpt(blocks: list[tuple[str, str]], position: int) -> bool:
    """A short paragraph in a run of other stories' titles, one under each title (a teaser's
    excerpt): between two titles, or the last block after a title that closes such a card."""

    def kind(at: int) -> str:
        return blocks[at][0] if 0 <= at < len(blocks) else ""

    if kind(position) not in ("p", "italic", "bold") or len(blocks[position][1]) > _EXCERPT_LENGTH:
        return False
    if kind(position - 1) != "link":
        return False
    if kind(position + 1) == "link":
        return True
    return position + 1 == len(blocks) and kind(position - 3) == "link" and kind(position - 2) != "link"


def _has_word(value: str) -> bool:
    """Whether a line holds a letter or digit: "___" or "* * *" separates, it heads nothing."""
    return any(c.isalnum() for c in value)


_NAMES = re.compile(r"\s*(?:/|,|&|\band\b)\s*")


def _is_name_line(value: str, blocks: list[tuple[str, str]]) -> bool:
    """Whether a line is only people's names ("Ann Sample/Bo Person"): capitalised words, none of
    which the text writes in lower case (a label such as "Key Points" uses words of the text)."""
    names = [name for name in _NAMES.split(value) if name]
    if not names or not all(furniture.NAME_SHAPE.match(name) and len(name.split()) <= 4 for name in names):
        return False
    words = {word.lower() for name in names for word in _WORDS.findall(name)}
    lower = {word for kind, text in blocks if kind == "p" for word in _WORDS.findall(text) if word.islower()}
    return not words & lower


def _closing_lists_dropped(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Items of link lists ("listed") in the run of such lists, links and headings that closes
    the text are other stories of the site; anywhere else they are the text's own list."""
    end = len(blocks)
    while end and blocks[end - 1][0] in {"listed", "link", "head"}:
        end -= 1
    kept = [("p" if kind == "listed" else kind, value) for kind, value in blocks[:end]]
    return kept + [block for block in blocks[end:] if block[0] != "listed"]


def _repeats(value: str, seen: dict[str, int], section: int) -> bool:
    """A paragraph the text already holds: a pull quote or a caption set twice. A short line under
    another heading is the text's own (a menu's "Eat every 2–3 hours" under each meal)."""
    first = seen.get(value)
    return first is not None and (first == section or not is_short_line(value))


_TITLE_SEPARATOR = re.compile(r"\s+[|–—·-]\s+|\s*\|\s*")


_WORDS = re.compile(r"\w+")
_HEADLINE_SHARE = 0.5


def _is_headline(value: str, title: str, headlines: frozenset[str]) -> bool:
    """The page's title, or its `<h1>` when that shares half its words with the title (the same
    headline worded for the window; an `<h1>` that shares none heads a page's part)."""
    if _is_title(value, title):
        return True
    if value not in headlines:
        return False
    words = {w.lower() for w in _WORDS.findall(value)}
    shared = words & {w.lower() for w in _WORDS.findall(title)}
    return bool(words) and len(shared) >= _HEADLINE_SHARE * len(words)


def _is_title(heading: str, title: str) -> bool:
    """The page's headline: the title, or one part of a title that also names the site or the
    date ("Headline | Site", "14.03.2019 | Headline")."""
    return heading == title or heading in _TITLE_SEPARATOR.split(title)


def _drop_trailing_asides(sections: list[tuple[str, list[str]]], emphasised: set[str]) -> None:
    """Short paragraphs set wholly in italics after the story's last paragraph are the outlet
    talking (an author's bio, an editor's note, a prompt), not the story. A footnote ("*", "¹")
    belongs to the text it annotates and stays."""
    paragraphs = sum(len(p) for _, p in sections)
    last = next((p for _, p in reversed(sections) if p), None)
    while (
        last
        and last[-1] in emphasised
        and len(last[-1]) <= _ASIDE_LENGTH
        and not last[-1].startswith(_FOOTNOTE_MARKS)
        and paragraphs > ASIDE_MIN_KEPT
    ):
        last.pop()
        paragraphs -= 1


def _drop_orphan_labels(sections: list[tuple[str, list[str]]]) -> None:
    """A label ending in a colon at the end of the story introduces what is no longer there
    ("More information:", "Sources:", "More articles you may like:" over a list of links that went
    as teasers). A sentence ("The full report is published here:") is the story's, link or not."""
    last = next((p for _, p in reversed(sections) if p), None)
    while (
        last
        and len(last[-1]) <= _LABEL_LENGTH
        and last[-1].endswith(":")
        and (len(last[-1].split()) <= _ORPHAN_LABEL_WORDS or _MORE.match(last[-1]) is not None)
    ):
        last.pop()


_ENTRY_LABEL = re.compile(r"^([^\W\d]+(?:\s[^\W\d]+)?)\s*:")
_PUBLISHING_LABELS = frozenset(
    {"published", "updated", "posted", "last updated", "first published", "date", "veröffentlicht"}
    | {"stand", "aktualisiert", "erstellt", "datum", "publié", "publié le", "créé", "modifié", "mis à jour"}
    | {"fecha", "publicado", "actualizado", "data", "pubblicato", "aggiornato", "atualizado", "opublikowano"}
)


def _is_dated_entry(paragraph: str) -> bool:
    """A date under a label of its own ("Termin: 14.03.2024, 18 Uhr", "Deadline: 3 May 2024"): an
    entry of the text, where "Published: 3 May 2024" or a bare date is the page's furniture."""
    label = _ENTRY_LABEL.match(paragraph)
    return label is not None and label.group(1).lower() not in _PUBLISHING_LABELS


def _is_bare_label(paragraph: str) -> bool:
    """A line that is only a label ("Contact:", "Release date:", "More information:"): a form's or
    a fact box's, with nothing of its own to say. "He said:" or "The letter warned:" before the words
    it introduces is the story's."""
    return (
        len(paragraph.split()) <= _LABEL_WORDS
        and _BARE_LABEL.fullmatch(paragraph) is not None
        and not boilerplate.reports(paragraph)
        and not speech_tag(paragraph)
    )


# "The letter warned:", "Lund added:": a short line ending in a verb of saying and a colon. "What he
# said:" or "Here's what they said:" heads the words as a title does.
_SPEECH_TAG = re.compile(
    r"(?!(?:What|Why|How|Here|This|That)\b)[A-Z][^:]{0,60}\s(?:said|says|told|warned|warns|added|adds|"
    r"explained|explains|wrote|writes|stated|states|noted|notes|insisted|argued|argues|urged|declared|"
    r"continued|concluded|stressed|cautioned|remarked|replied|responded)(?:\s+that)?\s*:"
)


def speech_tag(line: str) -> bool:
    """Whether a short line is a speech tag over the words it sets out."""
    return _SPEECH_TAG.fullmatch(line.strip()) is not None


# Labels that point away from the story: to more of the site, to sources, links or a contact.
_POINTER_LABEL = re.compile(
    r"^(?:more|further|weitere|mehr|plus d'|más|sources?|quellen\w*|references|referencias|fuentes"
    r"|links?|internet|homepage|website|(?:press |media )?contacts?|(?:presse)?kontakt|infos?"
    r"|informationen|information|rechtliche hinweise|disclaimer)\b[\w'’ -]{0,30}:$",
    re.IGNORECASE,
)


def _is_pointer_label(heading: str) -> bool:
    """A heading that is a label pointing away from the story ("More:", "Weitere Informationen:",
    "Quellenangaben:", "Pressekontakt:"): the site's, not a section of the text. A label that
    heads the text's own part ("Fazit:", "Results:") stays a heading."""
    return len(heading.split()) <= _ORPHAN_LABEL_WORDS and _POINTER_LABEL.match(heading) is not None


# A paragraph this long is the story's text; shorter lines above it are the page's header.
_STORY_PARAGRAPH = 80


def _story_begun(sections: list[tuple[str, list[str]]]) -> bool:
    """Whether a paragraph of the story has been kept. A comments or copyright line before that
    is the header's (a comment count beside the date, a toolbar link): the article cannot end
    before it starts."""
    return any(len(p) >= _STORY_PARAGRAPH for _, paragraphs in sections for p in paragraphs)


def _ends_article(paragraph: str) -> bool:
    """A comments heading or copyright footer: short. A page that trafilatura gives as one long
    paragraph may end in "All rights reserved" and is still text."""
    return len(paragraph) <= _FOOTER_LENGTH and bool(furniture.END_MARKER.match(paragraph))
