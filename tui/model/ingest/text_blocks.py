"""Blocks of scraped page text: which lines are prose, and where a page's article lies.

A whole-page scrape is menus, the article, link lists, teasers and footers, one after the
other. Runs of short lines (menu entries, link titles, a bio's name and role) separate its
blocks; the article is the block with the most prose, and it ends where the prose thins out.
"""

from __future__ import annotations

from tui.model.ingest import boilerplate, furniture, text_asks, text_comments
from tui.model.ingest import lazy_re as re

SENTENCE_END = re.compile(r"[.!?…:;。！？।؟۔](?:[\"'”’»)\]」』]+)?$")
_PROSE_LENGTH = 150
_HEADING_WORDS = 20
# A run of this many short lines (menu, link list, footer) separates blocks of a page.
_GAP = 8
_GAP_WORDS = 6  # menu entries and link titles are short; longer lines are text, even unpunctuated
_NEIGHBOUR_SHARE = 0.4
# The article's header (title, dek, byline, date) above its block: how far up its byline or
# date line may stand, and how many lines of title, kicker and dek may stand above that.
_HEADER_REACH = 12
_HEADER_LINES = 4
# After the article's densest stretch, two short lines in a row (a link list, a bio's name and
# role, a "Related" header and a title) end it unless the text after them holds this share of
# that stretch's prose: the site's tail of teasers, bios and comments is thin, an article's last
# section after a subheading is not.
_TAIL_GAP = 2
_TAIL_SHARE = 0.25
# A dense stretch after a thin one (a gallery's labels, a chart's axis, a pull quote's credit)
# goes on with the text when it holds a few paragraphs: a login box's or a consent dialog's
# blurb under a short article is dense beside it, but shorter than this.
_BRIDGED_PROSE = 800
LIST_RUN = 25  # items of one list, at most
_LABEL_WORDS = 4


def is_label(unit: str) -> bool:
    """A few words and a colon ("Popular posts:", "Sources:", "Contact:"): it introduces a list."""
    return unit.endswith(":") and len(unit.split()) <= _LABEL_WORDS


# The headings a recipe or a how-to puts above its lists, colon or not: "Ingredients", "Method".
_LIST_HEADING = re.compile(
    r"^(?:ingredients?|zutaten|ingrédients|ingredientes|ingredienti|składniki|ingrediënten"
    r"|instructions|directions|method|zubereitung|anleitung|préparation|preparación|preparazione"
    r"|you(?:'ll| will) need|what you(?:'ll)? need|materials|equipment)\s*:?$",
    re.I,
)


def introduces_list(unit: str) -> bool:
    """A line ending in a colon opens a list of the text's own ("You will need:"), unless it is
    the site's: a share bar's "Share this:", a "Related:" or "Our picks:" list of links. A
    recipe's "Ingredients" and "Method" open theirs without one."""
    if _LIST_HEADING.match(unit):
        return True
    return unit.endswith(":") and not (
        furniture.LINE_FURNITURE.match(unit) or text_asks.opens_links(unit) or _PICKS.match(unit)
    )


# "Our picks:", "Editor's choice:", "Popular:": the site's selection, never the article's list.
_PICKS = re.compile(
    r"^(?:(?:our|editor'?s'?|staff) (?:picks?|choices?|favou?rites|recommendations)"
    r"|(?:popular|trending|featured|sponsored)(?: (?:posts|stories|articles|now|content))?):$",
    re.I,
)


# One long run of letters and digits with no space, no stop, no colon: a base64 blob, a hash, a
# token (a consent manager's embed placeholders), not prose. URLs and CJK text are left alone.
_ENCODED = re.compile(r"[A-Za-z0-9+/=_-]{60,}")


def _prose_shape(unit: str) -> bool:
    return len(unit) > _PROSE_LENGTH or (bool(SENTENCE_END.search(unit)) and not is_label(unit))


def is_prose(unit: str) -> bool:
    return _prose_shape(unit) and not (len(unit) >= 60 and _ENCODED.fullmatch(unit))


_EXCERPT = re.compile(r"\w[\"'”’»)]?\s?(?:\.{3}|…)$")
_EXCERPT_LENGTH = 60


def is_excerpt(unit: str) -> bool:
    """A teaser's excerpt: text cut off mid-sentence with an ellipsis ("… may soon..."), as
    lists of other articles show their openings. (A sentence that trails off ends in a word
    and "..." too; only the block choice reads this, so such an article still wins by its
    other paragraphs.)"""
    return len(unit) >= _EXCERPT_LENGTH and bool(_EXCERPT.search(unit))


def is_short_line(unit: str) -> bool:
    """A heading, a menu entry, a link title. (An encoded blob is neither prose nor this; the
    HTML path reads this too, and is unchanged by the blob rule.)"""
    return not _prose_shape(unit) and len(unit.split()) <= _HEADING_WORDS


# Program code, shell sessions, formulas: short lines that belong to the text around them, as
# data lines do; neither splits blocks.
_CODE_LINE = re.compile(r"^(?:>>>|\.\.\.|\$\s|#|//)|\w\(|[=;{}<>]|\[.*\]")
# Data: a "Key: value" pair or an amount with its unit or currency ("31 g", "4.5 %", "$ 100")
# in specifications, prices, nutrition, tables of results. A bare number ("Top 10", "Formula 1")
# is common in menus and is not data. (Dev: whole-page F1 0.901 -> 0.906, story 0.925 -> 0.932.)
# An amount may name its currency in words ("15.000 Euro", "900 dollars"): a comparison table's
# cells then join the text around them too (round 12: one dev page, two snippets won, none lost).
_DATA_LINE = re.compile(
    r"^[^:]{1,40}:\s*\S|\d\s?(?:[%€$£°]|[a-zA-Zµ]{1,3}\b)|[€$£]\s?\d"
    r"|\d\s?(?i:euros?|dollars?|pounds?|francs?|franken|rupees?|yen|yuan|rubel|rubles?|złotych|kronor|kroner)\b"
)


_LABELLED_FIGURE = re.compile(r"^[^:\d]{1,40}:\s+(?=[^\s\[(]).*\d")


def is_labelled_figure(unit: str) -> bool:
    """A label, a colon and a value with a figure ("Price: 3 €", "Opening hours: 9 to 17",
    "Solution: m = 210 g"): a fact of the text, kept where the article has begun. A label that
    is the site's (tags, category, a share bar) is furniture."""
    return (
        bool(_LABELLED_FIGURE.match(unit))
        and len(unit.split()) <= _HEADING_WORDS
        and not (furniture.LINE_FURNITURE.match(unit) or furniture.is_credit(unit))
    )


# One word, a colon, a value: "Venue: Town hall". (A teaser's kicker, "Eating well: five tips for
# breakfast", has two or more words before its colon.)
_LABELLED_ENTRY = re.compile(r"^(?P<label>[^:\s]{1,30}):\s+\S")


def _is_labelled(unit: str) -> bool:
    match = _LABELLED_ENTRY.match(unit)
    return (
        match is not None
        and len(unit.split()) <= _HEADING_WORDS
        and not (furniture.LINE_FURNITURE.match(unit) or furniture.is_credit(unit))
        and not furniture.RELATED_MARKER.match(match.group("label") + ":")
    )


def in_labelled_run(units: list[str], index: int) -> bool:
    """A "Label: value" line next to another ("Venue: Town hall" above "Entry: free"): an
    entry of the article's fact box (a programme, a specification, a game's quest), kept
    where the article has begun; one such line alone is as often the site's."""
    return _is_labelled(units[index]) and any(
        0 <= other < len(units) and _is_labelled(units[other]) for other in (index - 1, index + 1)
    )


_TOC_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s*(?:#\d{1,2}\s*)?")


def _heading_lines(units: list[str], low: int, high: int) -> dict[str, int]:
    """Short lines a paragraph follows (the text's headings), numbering aside, each with its last
    position."""
    return {
        _TOC_NUMBER.sub("", unit): index
        for index, unit in enumerate(units[low : high - 1], start=low)
        if is_short_line(unit) and is_prose(units[index + 1])
    }


def _is_contents(units: list[str], start: int, end: int, headings: dict[str, int]) -> bool:
    """Whether units[start:end] is the article's table of contents: most of its entries (their
    numbering aside) come back further down as headings above paragraphs. A site's menu comes
    back, if at all, in the footer's menu, above no paragraph."""
    entries = [(_TOC_NUMBER.sub("", units[index]), index) for index in range(start, end)]
    found = sum(headings.get(entry, -1) > index for entry, index in entries)
    return found >= 3 and found * 2 >= len(entries)


def _split_blocks(
    units: list[str],
    low: int,
    high: int,
    gap: int,
    repeated: frozenset[str] = frozenset(),
    comments: frozenset[int] = frozenset(),
) -> list[tuple[int, int, int]]:
    """units[low:high] split at runs of `gap` or more short lines: (start, end, prose characters).

    A cookie dialog's paragraphs are prose of the site, not of an article: they split blocks
    as text does but weigh nothing; so do paragraphs the page repeats and readers' comments
    (`comments`, by index). A run that a line ending in a colon opens is a list the text
    introduced, not a gap."""
    blocks: list[tuple[int, int, int]] = []
    start, short_run, prose, any_prose = low, 0, 0, False
    opener_at = -1  # a list heading inside the current run of short lines ("Ingredients")
    headings: dict[str, int] | None = None
    for index in range(low, high):
        unit = units[index]
        texty = len(unit.split()) > _GAP_WORDS or is_prose(unit)
        if texty or _CODE_LINE.search(unit) or _DATA_LINE.search(unit):
            introduced = index - short_run > low and introduces_list(units[index - short_run - 1])
            # A list heading in the run ("Ingredients") makes it the article's list, as a colon does.
            introduced = introduced or (opener_at >= 0 and index - opener_at <= LIST_RUN)
            split = short_run >= gap and any_prose and not (introduced and short_run <= LIST_RUN)
            if split:
                headings = _heading_lines(units, low, high) if headings is None else headings
                split = not _is_contents(units, index - short_run, index, headings)  # the text's own
            if split:
                blocks.append((start, index - short_run, prose))
                start, prose, any_prose = index - short_run, 0, False
            short_run, opener_at = 0, -1
            if is_prose(unit):
                any_prose = True
                weightless = (
                    boilerplate.is_consent_text(unit)
                    or is_excerpt(unit)
                    or unit in repeated
                    or index in comments
                )
                prose += 0 if weightless else len(unit)
        else:
            short_run += 1
            if _LIST_HEADING.match(unit):
                opener_at = index
    blocks.append((start, high, prose))
    return blocks


def repeated_prose(units: list[str]) -> frozenset[str]:
    """Paragraphs the page shows more than once: a teaser carousel drawn twice (one for wide
    screens, one for narrow ones), a ticker. An article's paragraphs are on the page once."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for unit in units:
        if len(unit) > _PROSE_LENGTH:
            (repeated if unit in seen else seen).add(unit)
    return frozenset(repeated)


def is_repeated_lead(units: list[str], index: int, repeated: frozenset[str]) -> bool:
    """A paragraph the page shows twice (`repeated_prose`), read before the article's text has
    begun: a fact box or a ticker of teasers drawn for two layouts above the story. The story's
    lede may stand in a teaser too; a repeated paragraph that a paragraph shown once follows
    right away is that lede, the story going on."""
    if units[index] not in repeated:
        return False
    following = units[index + 1] if index + 1 < len(units) else ""
    return not (is_prose(following) and following not in repeated)


def in_repeated_run(units: list[str], index: int, repeated: frozenset[str]) -> bool:
    """A repeated paragraph with another within two lines of it: a ticker's teasers (a title
    and an opening each), never the story's dek, though a dek may be shown twice."""
    if units[index] not in repeated:
        return False
    near = [*units[max(0, index - 2) : index], *units[index + 1 : index + 3]]
    return any(unit in repeated for unit in near)


def main_block(units: list[str]) -> tuple[int, int]:
    """The stretch of a whole-page scrape that holds the article: [low, high).

    Menus, link lists and footers are runs of short lines; runs of _GAP or more split the
    page into blocks. The article is the block with the most prose, widened over neighbours
    with a good share of prose of their own (a section after a long list stays). A comment
    thread's paragraphs weigh nothing in that choice: a long thread outweighed the story above it.
    """
    repeated = repeated_prose(units)
    blocks = _split_blocks(units, 0, len(units), _GAP, repeated)
    main = max(range(len(blocks)), key=lambda b: blocks[b][2])
    comments = text_comments.comment_prose(units, is_prose)
    if comments:
        # The same blocks, comments weighing nothing: a thread does not make its block the
        # article's, but the story's neighbours are still weighed against its whole block (a
        # short post's block holds its thread; without it a sidebar's blurbs counted as its own).
        thread_free = _split_blocks(units, 0, len(units), _GAP, repeated, comments)
        main = max(range(len(thread_free)), key=lambda b: thread_free[b][2])
    first = last = main
    while first > 0 and blocks[first - 1][2] >= _NEIGHBOUR_SHARE * blocks[main][2]:
        first -= 1
    while last + 1 < len(blocks) and blocks[last + 1][2] >= _NEIGHBOUR_SHARE * blocks[main][2]:
        last += 1
    low = blocks[first][0]
    if first > 0:
        low = _header_start(units, low, blocks[last][1], blocks[first - 1][0])
    return low, blocks[last][1]


def _header_start(units: list[str], start: int, end: int, floor: int) -> int:
    """Where the article's header begins when a run of short lines (a table of contents, a
    gallery's labels) cuts it off from the article's block units[start:end]: the block's first
    byline or date line above its first prose, or one at most `_HEADER_REACH` lines above the
    block, with room for a title, kicker and dek above it. `floor` is the previous block's start."""
    first_prose = next((index for index in range(start, end) if is_prose(units[index])), end)
    for index in range(max(floor, start - _HEADER_REACH), first_prose):
        unit = units[index]
        if furniture.byline_names(unit) is not None or furniture.dateline(unit) is not None:
            return min(start, max(floor, index - _HEADER_LINES))
    return start


def article_end(units: list[str], low: int, high: int) -> int:
    """Where the article in units[low:high] ends: after its densest stretch of prose and the
    stretches that follow it with at least _TAIL_SHARE of its prose each, split at runs of
    _TAIL_GAP short lines. (Dev half of the public pages, scraped text: F1 0.857 -> 0.880.)
    A thin stretch goes too when a dense one follows it (a gallery or a chart inside the text),
    and so do thin ones while a listicle's numbering goes on."""
    stretches = _split_blocks(units, low, high, _TAIL_GAP)
    core = max(range(len(stretches)), key=lambda s: stretches[s][2])
    share = _TAIL_SHARE * stretches[core][2]
    last = core
    numbered = _item_numbers(units, *stretches[core][:2])
    while last + 1 < len(stretches):
        step = 1
        if stretches[last + 1][2] < share and last + 2 < len(stretches):
            after = stretches[last + 2][2]
            step = 2 if after >= share and after >= _BRIDGED_PROSE else 1
        taken = stretches[last + 1 : last + 1 + step]
        following = [number for stretch in taken for number in _item_numbers(units, *stretch[:2])]
        if not (taken[-1][2] >= share or _numbering_goes_on(numbered, following)):
            break
        numbered += following
        last += step
    return stretches[last][1] if last + 1 < len(stretches) else high


# An item's number at the start of a line: "12.", "12)", "#12", "Nr. 12". The text of a listicle.
_ITEM_NUMBER = re.compile(r"^(?:#|nr\.? ?|no\.? ?)?(\d{1,3})[.):]?\s", re.I)


def _item_numbers(units: list[str], start: int, end: int) -> list[int]:
    found = (_ITEM_NUMBER.match(units[index]) for index in range(start, end))
    return [int(match.group(1)) for match in found if match]


def _numbering_goes_on(above: list[int], below: list[int]) -> bool:
    """Whether the items numbered `below` a cut go on with those numbered `above` it: a
    listicle's item 185 after its item 184 is the same article, however thin its lines are (a
    joke and its answer, a product and its price). The list is the text's when two items stand
    above the cut, and the first below it counts on by one."""
    return len(above) >= 2 and bool(below) and below[0] == above[-1] + 1


# An item of a numbered list with its separator: "1) …", "2. …", "#3 …" (a year or a count, "12
# comments", has none).
_LIST_ITEM = re.compile(r"^(?:#\s?)?(\d{1,3})[.)]\s+\S")
_NUMBERED_RUN = 3  # items counted on from 1 in a row, at least
_ITEM_GAP = 4  # lines from one item to the next at most (a link, a price, a credit between)


def numbered_items(units: list[str], low: int, high: int) -> frozenset[int]:
    """Indices of the lines in units[low:high] that count a list on from 1: "1) …", "2) …",
    "3) …", each a few lines at most after the one before. A listicle's or a ranking's items
    are the text's, however short; a menu's entries are not numbered 1, 2, 3 in order."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(low, high):
        match = _LIST_ITEM.match(units[index])
        if match is None:
            continue
        number = int(match.group(1))
        if run and number == len(run) + 1 and index - run[-1] <= _ITEM_GAP:
            run.append(index)
            continue
        if len(run) >= _NUMBERED_RUN:
            found.update(run)
        run = [index] if number == 1 else []
    if len(run) >= _NUMBERED_RUN:
        found.update(run)
    return frozenset(found)


def introduced_item(units: list[str], index: int, high: int) -> bool:
    """A short line in a run that a line ending in a colon opens and prose closes: a list the
    article introduced ("You will need:", "Ingredients:"; steps, specifications), not a menu.
    (Dev half: whole-page F1 0.888 -> 0.891, story-element 0.920 -> 0.923, precision unchanged.)"""
    start = index
    while (
        start > 0
        and not is_prose(units[start - 1])
        and not units[start - 1].endswith(":")
        and not _LIST_HEADING.match(units[start - 1])
        and index - start < LIST_RUN
    ):
        start -= 1
    opener = units[start - 1] if start > 0 else ""
    if not introduces_list(opener):
        return False
    end = index
    while end < high and not is_prose(units[end]) and end - start < LIST_RUN:
        end += 1
    return end < high and is_prose(units[end])
