"""A page title without the site's or the author's name tacked on: "Storm hits coast | The Herald".

Sites append their name to the title they give sharing cards and browser tabs ("… - Reuters",
"… | Foxy Kitchen", "… – example.de"), and some append the author ("… | Jane Roe"). The reader
shows the outlet and authors on their own line, so the tail only repeats them. A tail is dropped
only when it names the outlet, the page's own domain or an author; "Budget talks - part 2" keeps
its tail.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from tui.model.ingest import lazy_re as re

# The separators sites put before their name; a hyphen only with spaces round it ("Jean-Paul" stays).
# Korean sites write the bar as the vowel "ㅣ", with or without spaces: no word is that letter alone.
_SEPARATOR = re.compile(r"\s+(?:[|·•»]|::|[-–—])\s+|\s*ㅣ\s*")
_WORDS_LEFT = 3  # a title is never cut to fewer words than this
_DOMAIN_ENDINGS = re.compile(r"\.(?:com|net|org|info|news|co\.uk|co|[a-z]{2})$")


def _key(text: str) -> str:
    """Letters and digits in lower case, without "www." and the domain ending: "www.Foo-Bar.de" → "foobar"."""
    text = text.strip().lower().removeprefix("www.")
    return re.sub(r"[\W_]+", "", _DOMAIN_ENDINGS.sub("", text))


def _names_the_site(tail: str, outlet: str, host: str) -> bool:
    key = _key(tail)
    if len(key) < 2:
        return False
    for name in (_key(outlet), _key(host)):
        if not name:
            continue
        if key == name or (len(key) >= 4 and key in name):  # "Teufel Blog" of "Das Lautsprecher Teufel Blog"
            return True
        if (
            len(name) >= 4 and name in key and len(key) <= len(name) + 6
        ):  # "Backen.de" of "Rezept von Backen.de"
            return True
    return False


def without_site_suffix(
    title: str, outlet: str, authors: tuple[str, ...], url: str, category: str = ""
) -> str:
    """The title without trailing parts that name the outlet, the site's domain or an author, and
    the section named before the site's name ("… | World news | The Guardian")."""
    host = (urlsplit(url).hostname or "") if url else ""
    author_keys = {_key(a) for a in authors if len(_key(a)) >= 4}
    cut = False
    while True:
        separators = list(_SEPARATOR.finditer(title))
        if not separators:
            return title
        separator = separators[-1]
        head, tail = title[: separator.start()].rstrip(), title[separator.end() :]
        if len(head.split()) < _WORDS_LEFT:
            return title
        section = cut and bool(category) and _key(tail) == _key(category)
        if not (_names_the_site(tail, outlet, host) or _key(tail) in author_keys or section):
            return title
        title, cut = head, True
