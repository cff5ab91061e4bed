"""Scraped page text (what a scraper saves from a news page) to an `Article`, by layout.

The rules read the page the way a person skims it, not one site's template:
- a breadcrumb opens the page ("Home > World > …", or "Homepage World <title>…");
- the first short line after it is the title; exact repeats of title and dek are the
  page's furniture echoing them;
- before the body come the dek, image credit, byline, date and "N min read";
- a heading is a short line without closing punctuation that a paragraph follows, unless it is
  a label, a stamp, a byline, a caption or a link by its shape or place (`text_headings.py`);
- "Also read"/"Related" introduce link titles, not text; comments and copyright end it;
- share, newsletter, cookie, subscription, ad and slideshow lines are never text, nor are
  date stamps, previous/next links, credited captions, lone picture credits, loading boxes,
  glued menus, cut teaser titles and an author's box closing the story (`text_furniture.py`),
  nor readers' comments, each over its reply button (`text_comments.py`);
- a line ending in a colon introduces what follows; it heads no section.
Paragraphs are kept verbatim; only whitespace is normalised.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass, field

from tui.model.ingest import boilerplate, furniture, text_asks, text_comments, text_furniture, text_headings
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.text_blocks import (
    SENTENCE_END,
    article_end,
    in_labelled_run,
    in_repeated_run,
    introduced_item,
    is_labelled_figure,
    is_prose,
    is_repeated_lead,
    main_block,
    numbered_items,
    repeated_prose,
)
from tui.model.ingest.text_blocks import is_short_line as is_short_line  # html.py reads it here
from tui.model.ingest.text_title import (
    DEK_WORDS,
    breadcrumb,
    crumb_category,
    find_title,
    is_label,
    title_zone,
)

_WRAP_WIDTH = 100
# Before this much text, a comment marker is a link in the header ("Add a comment", "5 comments").
_TEXT_BEGUN = 400


def normalise(line: str) -> str:
    """Whitespace runs to one space, soft hyphens and zero-width spaces (invisible layout hints)
    dropped; nothing else. (str.replace: str.translate is several times slower on a big page.)"""
    return " ".join(line.replace("\u00ad", "").replace("\u200b", "").split())


def split_units(text: str) -> list[str]:
    """Lines as units; blocks of a hard-wrapped text joined into one unit each. Text in Unicode's
    composed form (NFC), as the HTML path gives it: a page may spell "ä" or Bengali "য়" as two
    code points, and the same words must read, search and match alike."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    blocks = [[normalise(line) for line in block.split("\n")] for block in re.split(r"\n\s*\n", text)]
    blocks = [[line for line in block if line] for block in blocks]
    lines = [line for block in blocks for line in block]
    if not lines:
        return []
    width = max(len(line) for line in lines)
    # Hard-wrapped text: lines run to near one width and most of those break mid-sentence.
    # (One short paragraph per line also stays under the width, but its lines end sentences.)
    inner = [line for block in blocks for line in block[:-1] if len(line) >= 0.6 * width]
    wrapped = (
        width <= _WRAP_WIDTH
        and len(inner) >= 3
        and sum(not SENTENCE_END.search(line) for line in inner) >= 0.6 * len(inner)
    )
    if not wrapped:
        return _joined_breaks(lines)
    # Lines of a paragraph run to near the wrap width; a short line ends a unit.
    units: list[str] = []
    for block in blocks:
        current: list[str] = []
        for line in block:
            current.append(line)
            if len(line) < 0.6 * width:
                units.append(" ".join(current))
                current = []
        if current:
            units.append(" ".join(current))
    return units


# A line broken inside a sentence (a <br> in a paragraph, a <pre> block): long, no closing
# punctuation, and the next line goes on in lower case (scripts without case never join).
_BROKEN_LENGTH = 70


def _joined_breaks(lines: list[str]) -> list[str]:
    """Lines with the pieces of a sentence broken over lines joined back into one."""
    units: list[str] = []
    for line in lines:
        previous = units[-1] if units else ""
        if len(previous) >= _BROKEN_LENGTH and line[0].islower() and not SENTENCE_END.search(previous):
            units[-1] = f"{previous} {line}"
        else:
            units.append(line)
    return units


@dataclass
class _Reader:
    units: list[str]
    meta: dict[str, object] = field(default_factory=dict)
    authors: list[str] = field(default_factory=list)
    sections: list[tuple[str, list[str]]] = field(default_factory=list)
    skip: set[str] = field(default_factory=set)  # title and dek: their repeats are furniture
    repeated: frozenset[str] = frozenset()  # paragraphs the page shows twice

    def header_item(self, unit: str) -> bool:
        """Take `unit` into metadata if it is header furniture; True if it was."""
        names = furniture.byline_names(unit)
        if names is not None:
            self.authors.extend(n for n in names if n not in self.authors)
            return True
        if furniture.is_credit(unit):
            self.meta.setdefault("image_credit", unit)
            return True
        date = furniture.dateline(unit)
        if date is not None:
            self.meta.setdefault("published", date)
            return True
        return bool(furniture.LINE_FURNITURE.match(unit)) or text_asks.speaks_to_reader(unit)

    def next_text_unit(self, index: int) -> int | None:
        """The index of the first unit after `index` that is not furniture, credit or byline."""
        for later in range(index + 1, len(self.units)):
            unit = self.units[later]
            if (
                unit in self.skip
                or furniture.LINE_FURNITURE.match(unit)
                or furniture.is_credit(unit)
                or text_asks.speaks_to_reader(unit)
            ):
                continue
            return later
        return None

    def followed_by_prose(self, index: int) -> bool:
        later = self.next_text_unit(index)
        if later is None:
            return False
        unit = self.units[later]
        return is_prose(unit) and furniture.byline_names(unit) is None and not self.is_marker(unit)

    def is_marker(self, unit: str) -> bool:
        return bool(text_asks.opens_links(unit) or furniture.ends_text(unit))

    def skip_related(self, index: int, headings_seen: bool) -> int:
        """Past a related-links block that starts at `index`; returns the next index to read."""
        later = index + 1
        while later < len(self.units):
            unit = self.units[later]
            if furniture.LINE_FURNITURE.match(unit) or furniture.is_credit(unit):
                later += 1
                continue
            # A repeat of the title or dek is the page again, not a link title.
            if unit in self.skip or not is_short_line(unit) or self.is_marker(unit):
                break
            # The last title before a paragraph is the article's next heading when it has headings.
            if headings_seen and self.followed_by_prose(later):
                break
            later += 1
        return later


def extract_text(text: str) -> Article:
    """The article in scraped page text; no sections if it holds no article text."""
    units = split_units(text)
    reader = _Reader(units, repeated=repeated_prose(units))
    low, high = main_block(units)
    start = title_zone(units, low)
    title_at = find_title(units, start)
    trail: list[str] | None = None
    label_at = -1
    # Before the title: menus, breadcrumbs, labels, consent prompts.
    for index in range(start, len(units) if title_at is None else title_at):
        unit = units[index]
        found = breadcrumb(unit)
        if found is not None:
            trail = found
        elif is_label(unit, units):
            label_at = index
        elif not reader.header_item(unit) and title_at is None:
            break
    title = units[title_at] if title_at is not None else ""
    index = title_at + 1 if title_at is not None else start
    if title:
        reader.skip.add(title)
    category = crumb_category(trail, title) if trail else ""
    if not category and title and label_at >= 0 and label_at == index - 2:
        category = units[label_at]  # a kicker right above the title
    if category:
        reader.meta["category"] = category

    index = _read_header(reader, index)
    body_start = max(index, low)
    _read_body(reader, body_start, article_end(units, body_start, high))
    meta = ArticleMeta(
        title=title,
        dek=str(reader.meta.get("dek", "")),
        authors=tuple(reader.authors),
        published=_as_date(reader.meta.get("published")),
        image_credit=str(reader.meta.get("image_credit", "")),
        category=str(reader.meta.get("category", "")),
    )
    sections = tuple(ArticleSection(h, tuple(p)) for h, p in reader.sections if p)
    return Article(meta, sections)


def _as_date(value: object) -> datetime.date | None:
    return value if isinstance(value, datetime.date) else None


def _read_header(reader: _Reader, index: int) -> int:
    """Past the dek and header furniture; returns the index where the body starts."""
    units = reader.units
    while index < len(units):
        unit = units[index]
        if unit in reader.skip or reader.header_item(unit):
            index += 1
        elif text_asks.opens_links(unit):
            index = reader.skip_related(index, headings_seen=False)
        elif is_prose(unit):
            if "dek" in reader.meta or not _is_dek(reader, index):
                return index
            reader.meta["dek"] = unit
            reader.skip.add(unit)
            index += 1
        elif "dek" not in reader.meta and _unpunctuated_dek(reader, index):
            reader.meta["dek"] = unit
            reader.skip.add(unit)
            index += 1
        elif reader.followed_by_prose(index):
            return index  # the first heading
        else:
            index += 1  # a label, a bare name: furniture before the text
    return index


def _unpunctuated_dek(reader: _Reader, index: int) -> bool:
    """A standfirst without a closing stop: right under the title, a sentence's length of words,
    and header furniture (a byline, a date) under it."""
    above = reader.units[index - 1] if index > 0 else ""
    return above in reader.skip and len(reader.units[index].split()) >= DEK_WORDS and _is_dek(reader, index)


def _is_dek(reader: _Reader, index: int) -> bool:
    """Prose right under the title is the dek when the page repeats it or more header follows."""
    unit = reader.units[index]
    if in_repeated_run(reader.units, index, reader.repeated):
        return False  # a ticker's teaser
    if reader.units.count(unit) > 1 or len(unit) > 400:
        return reader.units.count(unit) > 1
    later = index + 1
    if later >= len(reader.units):
        return False
    following = reader.units[later]
    return bool(
        furniture.byline_names(following)
        or furniture.is_credit(following)
        or furniture.dateline(following)
        or furniture.LINE_FURNITURE.match(following)
        or text_asks.opens_links(following)
    )


def _prose_after(prose_before: list[int], units: list[str], index: int, high: int) -> int:
    """Characters of prose in units[index + 1 : high]; `prose_before` is filled on the first call
    (a page of many tag lines stays linear)."""
    if not prose_before:
        total = 0
        for unit in units:
            prose_before.append(total)
            total += len(unit) if is_prose(unit) else 0
        prose_before.append(total)
    return prose_before[high] - prose_before[index + 1]


def _read_body(reader: _Reader, index: int, high: int) -> None:
    units = reader.units
    heading = ""
    paragraphs: list[str] = []
    seen: set[str] = set()
    headings_seen = False
    read = 0  # characters of text in the sections done
    prose_before: list[int] = []  # prose characters above each unit, counted on first need
    start = index
    counted: list[int] = []
    comments = text_comments.comment_prose(units, is_prose)  # readers' posts, each over its reply button
    repeated = reader.repeated  # a fact box, a ticker drawn twice: not the story's opening
    items = numbered_items(units, index, high)  # "1) …", "2) …": a listicle's items, however short
    checks = text_headings.HeadingCheck(units, (index, high), reader.skip, reader.followed_by_prose)

    def boxes(units: list[str], high: int) -> int:
        """Author boxes in the body, counted on first need."""
        if not counted:
            counted.append(sum(bool(text_furniture.author_box(units, i)) for i in range(start, high)))
        return counted[0]

    while index < high:
        unit = units[index]
        closing = furniture.closes_post(unit)
        if closing or furniture.ends_text(unit):
            so_far = read + sum(map(len, paragraphs))
            # A post's footer comes after the post: most of the text is above it.
            if so_far >= _TEXT_BEGUN and not (
                closing and so_far < _prose_after(prose_before, units, index, high)
            ):
                break
            index += 1  # above the text, "Add a comment" / "5 comments" is a link in the header
            continue
        if not read and not paragraphs and is_repeated_lead(units, index, repeated):
            heading = ""  # a teaser's title heads the teaser, not the story after it
            index += 1
            continue
        credited = furniture.wire_credits(unit)
        if credited is not None:  # "(Reporting by …; Editing by …)" closes a wire story
            if not reader.authors:
                reader.authors.extend(credited)
            break
        if (
            index in comments
            or unit in reader.skip
            or unit in seen
            or reader.header_item(unit)
            or boilerplate.is_boilerplate(unit)
            or text_furniture.is_date_stamp(unit)
            or text_furniture.is_post_link(unit)
            or text_furniture.is_credited_caption(unit)
            or text_furniture.is_lone_credit(unit)
            or text_furniture.is_script_state(unit)
            or text_asks.is_affiliate_disclosure(unit)
            or text_asks.is_contribution_notice(unit)
            or text_furniture.is_glued_menu(unit)
            or text_furniture.in_cut_titles(units, index)
        ):
            index += 1
            continue
        if text_asks.opens_links(unit):
            index = reader.skip_related(index, headings_seen)
            continue
        box = text_furniture.author_box(units, index)
        if box:
            so_far = read + sum(map(len, paragraphs))
            # Closing the story, and the only one: the author's box. (A page of profiles, a name
            # and its paragraph each, holds many; a section on a person has text after it.)
            if (
                so_far >= _TEXT_BEGUN
                and not _prose_after(prose_before, units, index + box - 1, high)
                and boxes(units, high) == 1
            ):
                index += box
                continue
        if text_asks.is_author_bio(unit):
            so_far = read + sum(map(len, paragraphs))
            # Under the story (most of its text above): the author's bio. Higher up, a sentence.
            if so_far >= _TEXT_BEGUN and so_far >= _prose_after(prose_before, units, index, high):
                index += 1
                continue
        question = bool(read or paragraphs) and text_headings.is_question_heading(unit)
        if is_prose(unit) and not (question and reader.followed_by_prose(index)):
            paragraphs.append(unit)
            seen.add(unit)
        elif (
            (text_headings.could_head(unit) or question)
            and reader.followed_by_prose(index)
            and not checks.rejects(index, text_begun=bool(read or paragraphs))
        ):
            if paragraphs or heading:
                reader.sections.append((heading, paragraphs))
                read += sum(map(len, paragraphs))
            heading, paragraphs = unit, []
            headings_seen = True
        elif (
            len(unit.split()) >= 6
            and not checks.rejected(index)  # a caption, a link, a byline: an item below, or nothing
            and not text_furniture.in_link_list(units, index)
        ):
            paragraphs.append(unit)  # a paragraph without closing punctuation
            seen.add(unit)
        elif paragraphs and index in items:
            paragraphs.append(unit)  # an item of the text's numbered list
        elif paragraphs and introduced_item(units, index, high):
            paragraphs.append(unit)  # an item of a list the text introduced ("You need:")
        elif paragraphs and (is_labelled_figure(unit) or in_labelled_run(units, index)):
            paragraphs.append(unit)  # "Price: 3 €", "Deadline: 3 May 2024": the article's data
        index += 1
    reader.sections.append((heading, paragraphs))
