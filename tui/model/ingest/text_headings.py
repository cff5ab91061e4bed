"""Short lines a paragraph follows that are not a section's heading, read by the text path only.

A heading is a short line without closing punctuation that a paragraph follows; so, in a whole
page's text, are the page's labels, stamps and captions. Each rule here is a shape such a line
has, in any site's template, or a place it stands in:
- a counter of pictures or a numbered ad slot ("View 6 Images", "Advertisement 2");
- a time stamp counted back from now ("3 hours ago", "Ann Lee2 minutes ago", "/ 10 h ago") or a
  date with its update ("3 May 2031 9:15 am(Updated 11:40 am)");
- a shop's button: a price and where to pay it ("$45 at Example Store");
- a control's label ("Save", "Bookmark", "Large"), a follow button ("Instagram"), a paywall's or
  a form's message, a call for tips (an e-mail address), a fact ("Weight: 2.5 kg");
- the author's name: under a lone "By", over a date, under "Related" and a link's title, or
  before the first paragraph; and the role or outlet under a byline's name;
- a caption: a position in the picture ("(left)"), a credit in it, a picture counter above it,
  or a credit under it or a bare agency's above it on a line of a sentence's length;
- an advertiser's title under "Sponsored"; a list's header over cut teaser titles;
- a label the template repeats: one line heading two or more stretches of text;
- the last of a list of link titles (two short lines right above it), or a label in a grid of
  teasers (title, label, summary, three times or more);
- one entry of a share bar, between two the phrase lists name.
An embedded post's signature ("— Ann Lee (@ann) May 3, 2031") is no heading either; it stays as
the text's own line (`could_head`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from tui.model.ingest import furniture, text_asks
from tui.model.ingest import lazy_re as re
from tui.model.ingest.text_blocks import (
    LIST_RUN,
    in_labelled_run,
    introduced_item,
    is_labelled_figure,
    is_prose,
    is_short_line,
)
from tui.model.ingest.text_furniture import in_cut_titles, is_date_stamp, is_lone_credit

_PICTURE_COUNTER = re.compile(
    r"^(?:(?:view|see|show|open|browse)(?: all)? )?\d+ (?:images?|photos?|pictures?|pics|slides|videos?)$",
    re.IGNORECASE,
)
_AD_SLOT = re.compile(
    r"^(?:advertisement|anzeige|publicité|publicidad|pubblicità|ad|sponsored)\s*\d+$", re.IGNORECASE
)
_AGO_UNITS = (
    r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)"
)
# "3 hours ago" alone, after a separator, glued to a name or after "Published": never a heading's
# end ("Ten years ago" spells its number, and a heading "… 20 years ago" has words before it).
_AGO = re.compile(
    r"(?:^|[|/·•]\s*|(?<=[^\W\d_])|\b(?:published|updated|posted)\s+)\d+\s*" + _AGO_UNITS + r"(?:\s+ago)?$",
    re.IGNORECASE,
)
# Glued to the date before it as often as not ("20 Apr 2026Updated 12:44, 20 Apr 2026").
_STAMP_WORDS = re.compile(r"(?:updated|published|posted)\b", re.IGNORECASE)
_PRICE_BUTTON = re.compile(
    r"^(?:[$£€¥]|(?:US|A|C|NZ)\$)\s?\d[\d,.]*\s+(?:at|from|@)\s+\S.{0,60}$", re.IGNORECASE
)
_CONTROL = re.compile(
    r"^(?:save|saved|bookmark|bookmarked|story saved|unsave|large|medium|small|larger|smaller"
    r"|up next|listen|print|follow|close|expand|collapse|open in app|link copied|skip advertisement"
    r"|gift (?:this )?(?:article|story)|(?:show|hide|toggle) caption|enlarge (?:this )?image"
    r"|photos|gallery|video"
    r"|this (?:article|story|content) is (?:more than|over) (?:a|an|one|\w+) (?:years?|months?) old"
    r"|add (?:us |[\w.]+ )?as (?:a )?preferred(?: source)?(?: on google)?"  # a search engine's button
    r"|(?:create|open|register)\b.{0,40}\baccount to (?:continue|keep) reading.{0,20}"  # a paywall's
    r"|.{0,80}\b(?:please )?try again(?: later)?)$",  # a form's failure
    re.IGNORECASE,
)
# A follow button: a network the share bars' phrase lists leave out, alone on its line.
_NETWORK = re.compile(r"^(?:instagram|youtube|tiktok|vk|snapchat|tumblr|xing|weibo|wechat|twitch|rss)$", re.I)
# A label over paid content: the line under it is an advertiser's title.
_PAID_LABEL = re.compile(
    r"^(?:sponsored|promoted|advertisement|paid (?:content|post)|partner content|in partnership with"
    r"|anzeige|publicité|publicidad|patrocinado|sponsorisé)(?: (?:content|post|story|links?))?:?$",
    re.I,
)
# An address to write to: a call for tips or a contact box, never a section's title.
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# A caption's signs: a position in the picture ("Ann Lee (left) with …"), a credit closing it,
# bracketed ("(Courtesy of Ann Lee)", "(Ann Lee / AP)") or glued to its last word ("…quayCredit: AP").
_CAPTION_SIGN = re.compile(
    r"\((?:left|right|centre|center|middle|top|bottom|above|below|pictured|inset|l|r|c"
    r"|(?:second |third |far )(?:left|right)|(?:top|bottom) (?:left|right)|from left)\)"
    r"|\((?:courtesy(?: of)?|photo(?:graph)?s? (?:by|courtesy(?: of)?)|credit:?)\b[^()]{1,60}\)$"
    r"|^\([^()]{2,60} ?/ ?[^()]{1,40}\)$"
    r"|[^\W\d_](?:Credit|Photo|Picture|Image)s?:\s?\S[^.]{0,50}$",
    re.IGNORECASE,
)
# A tweet's or a post's signature under the embedded words: a dash, a name, a handle in brackets.
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)")
_LONE_BY = re.compile(r"^(?:by|von|par|por|door|av|di|da)\s*:?$", re.IGNORECASE)
# A person's name, or two joined by "and", "&" or "/": two to four capitalised words each, in
# title case or in capitals ("ANN LEE").
_PERSON = r"[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:[A-ZÀ-Þ][\w.'’-]*|van|von|de|der|del|da|di|le|la|bin|al)){1,3}"
_JOINED = re.compile(r"\s*(?:/|&|\band\b)\s*")
_PERSONS = re.compile(r"^" + _PERSON + r"(?:\s*(?:/|&|\band\b|,)\s*" + _PERSON + r")*$")
# Lines no link list holds: a live report's entry stamp ("19:48 Ann Lee", "17:35KEY EVENT"), a
# label's colon ("Image:"), a credit broken over two lines ("Ann Lee/Example Post)").
_STAMP_OR_CREDIT_PART = re.compile(r"^\d{1,2}[:.]\d{2}(?!\d)|:$|^[^(]*\)$")
_LINK_RUN = 2  # short lines right above a heading that make it the last of a list of links
_GRID = 3  # teasers in a row that make a grid of other stories
_CAPTION_WORDS = 6  # a caption describes in a sentence; a heading under a picture is shorter
_FACT_WORDS = 5  # a fact's value is a few words; a teaser's "More: <title>" is longer


def is_embed_signature(unit: str) -> bool:
    """An embedded post's signature: it says who posted the words above, so it stays text."""
    return bool(_EMBED_SIGNATURE.match(unit))


def _is_stamp(unit: str) -> bool:
    """A picture counter, an ad slot, a time stamp, an address, a fact: no link list holds one."""
    return bool(
        _PICTURE_COUNTER.match(unit)
        or _AD_SLOT.match(unit)
        or _AGO.search(unit)
        or (_STAMP_WORDS.search(unit) and is_date_stamp(_STAMP_WORDS.sub(" ", unit)))
        or _EMAIL.search(unit)
        or (is_labelled_figure(unit) and len(unit.split(":", 1)[1].split()) <= _FACT_WORDS)
    )


def _is_control(unit: str) -> bool:
    """A shop's button, a control's or a follow button's label: a menu's entries, as links are."""
    return bool(_PRICE_BUTTON.match(unit) or _CONTROL.match(unit) or _NETWORK.match(unit))


def _is_name(unit: str) -> bool:
    """Shaped as a person's name; title-case headings are too, so only a name's place tells."""
    return len(unit) <= 80 and bool(_PERSONS.match(unit))


def _is_dated(unit: str) -> bool:
    return bool(furniture.dateline(unit) or is_date_stamp(unit) or _AGO.search(unit))


def _is_furniture(unit: str) -> bool:
    return bool(
        furniture.LINE_FURNITURE.match(unit)
        or furniture.is_credit(unit)
        or is_lone_credit(unit)
        or text_asks.speaks_to_reader(unit)
    )


class HeadingCheck:
    """Whether a short line a paragraph follows, in units[start:high], heads no section.

    `followed_by_prose` is the reader's own test of a heading, so that a label counts as
    repeated only where it would have headed text each time."""

    def __init__(
        self,
        units: list[str],
        span: tuple[int, int],
        skip: set[str],
        followed_by_prose: Callable[[int], bool],
    ):
        self.units = units
        self.skip = skip  # the title and the dek: the header above the text, not a link list
        self.start, self.high = span
        self.followed_by_prose = followed_by_prose
        self._places: defaultdict[str, list[int]] | None = None
        self._counts: dict[str, int] = {}
        self._rejected: set[int] = set()

    def _heading_count(self, unit: str) -> int:
        """How many places in the text `unit` stands at over a paragraph."""
        if self._places is None:  # found on first need; only a repeated line's places are read
            self._places = defaultdict(list)
            for index in range(self.start, self.high):
                self._places[self.units[index]].append(index)
        if unit not in self._counts:
            places = self._places.get(unit, [])
            heads = sum(self.followed_by_prose(i) for i in places) if len(places) > 1 else len(places)
            self._counts[unit] = heads
        return self._counts[unit]

    def _closes_link_run(self, index: int) -> bool:
        """Whether short unpunctuated lines stand right above the line: a list of link titles."""
        # A list the text introduced ("You will need:") may end on a heading: the items stay items.
        if (
            index < _LINK_RUN
            or self._after_links_marker(index)
            or introduced_item(self.units, index, self.high)
        ):
            return False
        return not any(self._no_link(above) for above in range(index - _LINK_RUN, index))

    def _no_link(self, index: int) -> bool:
        """A line no list of links holds: text, the header, furniture, a stamp, a fact."""
        unit = self.units[index]
        return bool(
            is_prose(unit)
            or unit in self.skip
            or _is_furniture(unit)
            or _is_stamp(unit)
            or _STAMP_OR_CREDIT_PART.search(unit)
            or is_embed_signature(unit)
            or furniture.byline_names(unit)
            or furniture.dateline(unit)
            or (in_labelled_run(self.units, index) and len(unit.split(":", 1)[1].split()) <= _FACT_WORDS)
            or self._heading_count(unit) > 1
        )

    def _teaser_shape(self, index: int) -> bool:
        """A teaser's line: a short line under another (the teaser's title) over one paragraph
        (its summary), and the next teaser's title under that."""
        units = self.units
        if not 0 < index < len(units) - 2:
            return False
        above, below, after = units[index - 1], units[index + 1], units[index + 2]
        return (
            is_short_line(units[index])
            and is_short_line(above)
            and not _is_furniture(above)
            and is_prose(below)
            and not is_prose(after)
        )

    def _in_teaser_grid(self, index: int) -> bool:
        """One of three teasers or more in a row, each a title, a label and a summary: a grid of
        other stories ("Holidays" over a teaser's summary), not the text's sections."""
        shaped = [self._teaser_shape(index + step) for step in range(-6, 7, 3)]
        return any(all(shaped[first : first + _GRID]) for first in range(len(shaped) - _GRID + 1))

    def _after_links_marker(self, index: int) -> bool:
        """Whether the short lines above start at a "Read more" or "Related": the reader takes the
        last title before a paragraph for the text's next heading there (text.py)."""
        for above in range(index - 1, max(index - 1 - LIST_RUN, -1), -1):
            unit = self.units[above]
            if text_asks.opens_links(unit):
                return True
            if is_prose(unit):
                return False
        return False

    def _is_caption(self, index: int) -> bool:
        """A caption: a sign of one in the line, a picture counter right above it ("View 6
        Images"), or a credit right under it or a bare agency's right above it, on a line of a
        sentence's length (a heading is shorter, and a picture under it may show only a credit)."""
        units = self.units
        unit = units[index]
        above = units[index - 1] if index > 0 else ""
        below = units[index + 1] if index + 1 < len(units) else ""
        return bool(
            _CAPTION_SIGN.search(unit)
            or _PICTURE_COUNTER.match(above)
            or (
                len(unit.split()) >= _CAPTION_WORDS
                and (is_lone_credit(above) or is_lone_credit(below) or furniture.is_credit(below))
            )
        )

    def _is_byline(self, index: int, text_begun: bool) -> bool:
        """The author's name: under a lone "By", by a date, or above the text with another; and
        under a byline's name (not a paragraph's end: a quote's speaker), the author's role or
        outlet ("Ann Lee" / "Harbour Post")."""
        units = self.units
        previous = units[index - 1] if index > 0 else ""
        following = units[index + 1] if index + 1 < len(units) else ""
        if (
            _is_name(previous)
            and previous not in self.skip  # a title in title case, not a name
            and not (text_begun and index > 1 and is_prose(units[index - 2]))
        ):
            return True
        name = units[index]
        if not _is_name(name):
            return False
        if any(text_asks.opens_links(unit) for unit in units[max(index - _LINK_RUN, 0) : index]):
            return True  # "Related" over a link's title and its author
        if _LONE_BY.match(previous) or _is_dated(following):
            return True
        # Above the text a name is the author's (or a credit, a kicker), unless right under the
        # title alone: there a title-case line may be the first heading ("Key Facts").
        return not text_begun and (previous not in self.skip or bool(_JOINED.search(name)))

    def _heads_teasers(self, index: int) -> bool:
        """A list's header ("Latest articles") over titles cut to fit teaser boxes."""
        return index + 1 < len(self.units) and in_cut_titles(self.units, index + 1)

    def _in_bar(self, index: int) -> bool:
        """One entry of a share bar: a network the phrase lists do not name, between two they do."""
        units = self.units
        return 0 < index < len(units) - 1 and all(
            furniture.LINE_FURNITURE.match(units[i]) for i in (index - 1, index + 1)
        )

    def rejected(self, index: int) -> bool:
        """Whether `rejects` said so of the line at `index`."""
        return index in self._rejected

    def rejects(self, index: int, text_begun: bool) -> bool:
        """True if the line at `index` is no heading; `text_begun` once a paragraph was read."""
        if self._rejects(index, text_begun):
            self._rejected.add(index)
            return True
        return False

    def _rejects(self, index: int, text_begun: bool) -> bool:
        unit = self.units[index]
        return bool(
            _is_stamp(unit)
            or _is_control(unit)
            or self._is_caption(index)
            or self._is_byline(index, text_begun)
            or self._heads_teasers(index)
            or (index > 0 and _PAID_LABEL.match(self.units[index - 1]))  # an advertiser's title
            or in_labelled_run(self.units, index)  # "Fill: down": a fact box's entry, kept as such
            or self._in_bar(index)
            or self._heading_count(unit) > 1
            or self._closes_link_run(index)
            or self._in_teaser_grid(index)
        )


# "What is Nato?", "Who pays for the repairs?": a short question, not quoted, not a label.
_QUESTION_HEADING = re.compile(r"[A-Z][^.!?\"“”:]{2,60}\?")


def is_question_heading(unit: str) -> bool:
    """A short question a section answers. Read only once the text has begun and where a
    paragraph follows: a question over a page's text is a teaser's or a poll's."""
    return _QUESTION_HEADING.fullmatch(unit) is not None


def could_head(unit: str) -> bool:
    """A short line with a word in it (a line of figures, "85%", is a table's cell or a counter),
    not introducing what follows with a colon, not an embedded post's signature."""
    return (
        is_short_line(unit)
        and any(character.isalpha() for character in unit)
        and not unit.endswith(":")
        and not is_embed_signature(unit)
    )
