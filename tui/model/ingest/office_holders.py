""" "The president" in a story that names a President: the one with the capitalised title.

"President Vance met the envoy. … Dana Ruiz, the president of the Farm League, said … The president
announced the deal." A bare "the president" is the person the article titles "President X" before
the name, not the nearest one described as some body's president. Only when one person carries
the title: with two, the description does not say which.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

# Office (as a description says it) -> the title set before a name, and the title as written out.
_TITLES = {
    "president": (r"President", "President"),
    "prime minister": (r"Prime\s+Minister", "Prime Minister"),
    "chancellor": (r"Chancellor", "Chancellor"),
    "governor": (r"(?:Governor|Gov\.)", "Governor"),
    "mayor": (r"Mayor", "Mayor"),
}
_NAME = r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*[a-z])"
# "Vice President …", "former President …": another office, or a past holder.
_HOLDER = {
    office: re.compile(r"(?<![Vv]ice\s)(?<![Vv]ice-)(?<![Ff]ormer\s)(?<![Ee]x-)\b" + title + r"\s+" + _NAME)
    for office, (title, _written) in _TITLES.items()
}
_BARE = re.compile(r"the\s+(" + "|".join(_TITLES) + r")", re.IGNORECASE)


def note_office_holders(holders: dict[str, set[str]], sentence: str) -> None:
    """Add the surnames that `sentence` gives a capitalised office title ("President Ana Vance")."""
    for office, pattern in _HOLDER.items():
        if office.split()[0].capitalize() not in sentence and office != "governor":
            continue  # the title's first word is absent: no search (long articles stay linear)
        for match in pattern.finditer(sentence):
            # "Mayor Okafor's June budget": the name ends at its possessive.
            name = re.split(r"[’']s\b", match.group(1))[0]
            holders.setdefault(office, set()).add(name.split()[-1])


def office_holder(holders: dict[str, set[str]], description: str) -> tuple[str, str] | None:
    """ "the president" -> ("Vance", "President") when one person has that title, else None."""
    bare = _BARE.fullmatch(re.sub(r"\s+", " ", description.strip()))
    if bare is None:
        return None
    office = bare.group(1).lower()
    names = holders.get(office, set())
    if len(names) != 1:
        return None
    return next(iter(names)), _TITLES[office][1]
