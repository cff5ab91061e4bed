"""The outlet's name as a page's metadata gives it, cleaned of what a template puts around it.

`og:site_name` and its kin hold what each site's template writes: a tagline after the name
("LinkNaija | Nigeria's popular news platform"), an article's title before it ("Cup preview: … -
Handball Schweiz"), a URL ("https://www.fr.de"), a handle ("@politifact", "Wday_"), a rating widget's
stars, a date, an unfilled template placeholder ("{$plugin.tx_news.opengraph.site_name}") or a
copyright line. The reader shows the outlet in every briefing's header and library row, and "told
<the outlet>" is read against it; unknown stays empty.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

_PLACEHOLDER = re.compile(r"\{\$?[\w.]+\}|\{\{.*\}\}|%\w+%")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_URL = re.compile(r"(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)+)/*", re.IGNORECASE)
# A name and its tagline (or a title and the name) parted by a spaced bar, dash or bullet.
_PARTS = re.compile(r"\s+[|–—•-]\s+|\s*\|\s*(?=\S+\s)")
_LEADING = re.compile(r"^[^\w\"'«(]+")  # stars, "@", ".::", "»"
_TRAILING = re.compile(r"[\s_/|:;,·•*☆★«»-]+$")
_NAME_WORDS = 5  # a first part longer than this is a title, not the name


def clean_site_name(name: str) -> str:
    """The outlet's name in `name`, or "" when it holds none."""
    name = " ".join(name.split())
    if not name or _PLACEHOLDER.search(name) or _DATE.fullmatch(name) or _COPYRIGHT.match(name):
        return ""
    name = _TRAILING.sub("", _LEADING.sub("", name))
    parts = [part for part in _PARTS.split(name) if re.search(r"[^\W\d_]", part)]
    if len(parts) > 1:
        first, last = parts[0], parts[-1]
        # "Land paid … for boars | MLUK": a title, then the site; else the name, then its tagline.
        long_title = len(first.split()) > _NAME_WORDS and len(last.split()) < _NAME_WORDS
        name = last if long_title else first
    url = _URL.fullmatch(name)
    if url is not None and (name.endswith("/") or name.lower().startswith(("http", "www."))):
        name = url["host"]
    return name
