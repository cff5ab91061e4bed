"""Whether a link in an article leads to another page of the same site or off it.

A short paragraph that is all link is, on a news page, another article's title
("Read next" teasers between paragraphs): the site links to itself. A shopping
list, a list of sources or a deals post sets whole paragraphs as links to other
sites ("Get it at <shop> for $39"), and those are the article's text.
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Second-level labels under a country code that are not the site's own name (example.co.uk).
_PUBLIC_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go"})


def site_of(url: str) -> str:
    """The registered name of a URL's host ("news.example.co.uk" -> "example.co.uk"), "" if none."""
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""
    labels = host.split(".")
    if len(labels) < 2:
        return host
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _PUBLIC_SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def leaves_site(target: str, page_site: str) -> bool:
    """Whether a link's target is on another site than the page's ("" when unknown: not known to
    leave). Relative links, fragments and other schemes stay on the page's site."""
    if not page_site or not target.strip().lower().startswith(("http://", "https://", "//")):
        return False
    site = site_of(target if not target.strip().startswith("//") else "https:" + target.strip())
    return bool(site) and site != page_site
