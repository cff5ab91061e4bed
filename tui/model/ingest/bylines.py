"""The authors a page names, cleaned of what a byline or its markup puts beside the names.

A page's metadata gives authors as its template wrote them: the byline's own word ("Por Ana Ruiz",
"Beitrag von Jo"), the author's title after the name ("Ann Stone Senior Washington Correspondent"),
the outlet credited beside the writer ("Rob Pike", "CNN"; alone, the site is its own author), a
profile link's domain read as a name ("Facebook Com", "Lefigaro Fr"), a URL, or a label with no
name ("Posted", "Datum", "No Author").
The reader shows authors in every briefing's header; an author that is not a person's or a desk's
name is worse than none ("unknown stays empty").
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

# A byline's own word before the names, in the languages the pages come in.
_LEADING = re.compile(
    r"^(?:(?:posted|written|words|reporting|story)\s+by|by|von|vom|beitrag\s+von|autor(?:in)?|auteur|"
    r"author|par|por|(?-i:door|di|av))\s*:?\s+(?=\S)",  # "Di Lund" is a name, "di Ada Lund" a byline
    re.IGNORECASE,
)
# What stands where a name should: labels, placeholders, a sign-in menu.
_NO_NAME = frozenset(
    {
        "by", "written by", "words by", "von", "par", "por", "di", "door", "av", "posted", "posted by",
        "author", "authors", "autor", "auteur", "datum", "date", "no author", "unknown", "username",
        "user name", "user", "guest", "admin", "administrator", "my account", "you're logged",
    }
)  # fmt: skip
_MONTH_ABBREVIATION = re.compile(r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?", re.IGNORECASE)
# A domain read as a name: "Lefigaro Fr", "Facebook Com", "Wien Orf At" (a profile link's host).
_DOMAIN_AS_NAME = re.compile(
    r"(?:www\s+)?(?:[\w-]+\s+){1,3}(?:com|net|org|de|fr|es|it|at|ch|nl|be|co\s+uk|uk|ru|pl|info|io)",
    re.IGNORECASE,
)
_URL = re.compile(r"^(?:https?://|www\.)|\.(?:com|net|org|de|fr)/", re.IGNORECASE)
# A title after the name: "… Senior Washington Correspondent", "… Staff Writer".
_ROLE_NOUN = re.compile(
    r"(?:correspondent|reporter|writer|editor|columnist|contributor|producer|journalist|"
    r"photographer|intern|staff)s?",
    re.IGNORECASE,
)
_ROLE_START = re.compile(
    r"(?:senior|staff|chief|special|contributing|associate|deputy|managing|executive|political|"
    r"foreign|national|investigative|sports|business|news|{noun})".replace("{noun}", _ROLE_NOUN.pattern),
    re.IGNORECASE,
)
_INITIAL = re.compile(r"[A-Z]")  # a name's initial, its dot lost: "Logan C Ritchie"
_NAME_WORDS = 2  # a title starts after the name: at the third word or later
_DESK_WORD = re.compile(r".+[’']s|editorial|news|desk|the", re.IGNORECASE)


def clean_authors(names: tuple[str, ...] | list[str], outlet: str = "") -> tuple[str, ...]:
    """The names worth showing, in order, once each; () when none is a name."""
    kept = dict.fromkeys(
        name for name in (_without_title(_LEADING.sub("", raw.strip())) for raw in names) if _is_name(name)
    )
    # The outlet credited beside its writer goes; alone, it is the author (a society's or a person's
    # own site: "Wolfgang Schmale" on wolfgangschmale.eu).
    writers = [name for name in kept if not outlet or _key(name) != _key(outlet)]
    return tuple(writers) if writers else tuple(kept)


def as_spelled(names: tuple[str, ...], page: str) -> tuple[str, ...]:
    """Each name with its initials' dots as the page writes them: trafilatura turns a byline's dots
    into spaces ("Logan C Ritchie", "T V Raman"), and the reader shows what the page says."""
    return tuple(_spelled(name, page) for name in names)


def _spelled(name: str, page: str) -> str:
    words = name.split()
    if not any(_INITIAL.fullmatch(word) for word in words):
        return name
    pattern = ""
    for index, word in enumerate(words):
        initial = bool(_INITIAL.fullmatch(word))
        pattern += re.escape(word) + (r"\.?" if initial else "")
        if index < len(words) - 1:
            pattern += r"\s*" if initial else r"\s+"
    # Searched as a literal-led pattern made once per author (a page names a handful).
    found = re.search(r"(?<![\w.])" + pattern + r"(?!\w)", page)
    if found is None or "." not in found.group():
        return name
    return " ".join(found.group().split())


def _is_name(name: str) -> bool:
    lowered = name.lower().rstrip(":")
    return bool(
        sum(c.isalpha() for c in name) >= 2
        and lowered not in _NO_NAME
        and not _MONTH_ABBREVIATION.fullmatch(name)
        and not _URL.search(name)
        and not _DOMAIN_AS_NAME.fullmatch(name)
    )


def _without_title(name: str) -> str:
    """ "Ann Stone Senior Washington Correspondent" → "Ann Stone": a run of title words closing it."""
    words = name.split()
    if len(words) <= _NAME_WORDS or not _ROLE_NOUN.fullmatch(words[-1]):
        return name
    for index in range(_NAME_WORDS, len(words)):
        if _ROLE_START.fullmatch(words[index]):
            before = words[:index]
            # "World's Editorial Writers" names a desk: no person's name stands before its title.
            if any(_DESK_WORD.fullmatch(word) for word in before):
                return name
            return " ".join(before)
    return name


def _key(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())
