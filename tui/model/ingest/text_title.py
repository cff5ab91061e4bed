"""Where a scraped page's title is, and what the lines above it say: breadcrumbs, labels, kickers.

Read by `text.py`: the title is a line the page echoes close by, else the last title-like line
above the first text; a breadcrumb's last step that is not the title names the section.
"""

from __future__ import annotations

from tui.model.ingest import furniture, text_asks
from tui.model.ingest import lazy_re as re
from tui.model.ingest.text_blocks import is_prose, is_short_line

_BREADCRUMB_HOME = re.compile(r"^(?:home(?:page)?|start(?:seite)?|accueil|inicio|front page)\b\s*(.*)$", re.I)
_BREADCRUMB_SPLIT = re.compile(r"\s+(?:[›»>/|·•]|->)\s+")
_TITLE_ZONE = 8  # lines above the first text where a title is looked for
_ECHO_WINDOW = 10


def breadcrumb(unit: str) -> list[str] | None:
    """The trail of a breadcrumb line (home left out), or None if `unit` is not one."""
    parts = _BREADCRUMB_SPLIT.split(unit)
    if len(parts) >= 3 and all(len(p.split()) <= 8 for p in parts[:-1]):
        return [p for p in parts if not _BREADCRUMB_HOME.fullmatch(p)]
    home = _BREADCRUMB_HOME.match(unit)
    if home and home.group(1) and (not is_prose(unit) or unit.endswith(("...", "…"))):
        return [home.group(1)]
    return None


def crumb_category(trail: list[str], title: str) -> str:
    """The section a breadcrumb names: its last step that is not the (truncated) title."""
    if len(trail) == 1:
        crumb = trail[0].rstrip(".… ")
        words = crumb.split()
        for start in range(len(words)):  # "World Kim Jong Un Makes…" → "World"
            if title and title.startswith(" ".join(words[start:])):
                return " ".join(words[:start])
        return crumb if len(words) <= 3 else ""
    steps = list(trail)
    last = steps[-1].rstrip(".… ")
    if title and last and title.startswith(last):
        steps.pop()
    return steps[-1] if steps else ""


def is_label(unit: str, units: list[str]) -> bool:
    """A one- or two-word line before the title: a section label, a menu entry."""
    return is_short_line(unit) and len(unit.split()) <= 2 and units.count(unit) == 1


def echoed(units: list[str], index: int) -> bool:
    """Whether the page repeats this line close by, as pages echo their title."""
    return units[index] in units[index + 1 : index + 1 + _ECHO_WINDOW]


def opens_text(units: list[str], index: int) -> bool:
    """Prose, a byline, a credit or a date: the title is above this line."""
    unit = units[index]
    if breadcrumb(unit) is not None:
        return False
    if is_prose(unit):
        return not furniture.LINE_FURNITURE.match(unit) and not (len(unit) <= 250 and echoed(units, index))
    return bool(furniture.byline_names(unit) or furniture.is_credit(unit) or furniture.dateline(unit))


def title_zone(units: list[str], low: int) -> int:
    """Where to look for the title: a few lines above the article block's first text."""
    first = next((i for i in range(low, len(units)) if opens_text(units, i)), len(units))
    return max(low, first - _TITLE_ZONE)


def find_title(units: list[str], start: int) -> int | None:
    """The title: a line the page echoes, else the last title-like line above the first text."""
    first = next((i for i in range(start, len(units)) if opens_text(units, i)), len(units))
    candidates = [
        i
        for i in range(start, first)
        if breadcrumb(units[i]) is None
        and not furniture.LINE_FURNITURE.match(units[i])
        and not text_asks.opens_links(units[i])
        and not furniture.ends_text(units[i])
        and (
            (is_short_line(units[i]) and len(units[i].split()) >= 3)
            or (len(units[i]) <= 250 and echoed(units, i))
        )
    ]
    repeated = [i for i in candidates if echoed(units, i)]
    if repeated:
        return repeated[0]
    if not candidates:
        return None
    last = candidates[-1]
    if last == first - 1 and last - 1 in candidates and _reads_as_dek(units[last], units[last - 1]):
        return last - 1  # a title, then its longer standfirst right above the text or byline
    return last


DEK_WORDS = 12  # a standfirst without a stop has a sentence's length of words
_TITLE_WORDS = 5  # a kicker above a title ("Storm season") has fewer


def _reads_as_dek(line: str, above: str) -> bool:
    """Whether `line`, under a title-like line `above`, is a standfirst: longer than it and a
    sentence's length of words, while `above` is a title's length, not a kicker's."""
    words, above_words = len(line.split()), len(above.split())
    return words >= DEK_WORDS and above_words >= _TITLE_WORDS and words > above_words
