"""The Source records of an article's speakers: country metonyms merged into their government body.

Split from sources.py (SourceBook reads the article; this finishes what it found, ids given).
"""

from __future__ import annotations

from tui.model.format.records import Source, SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import slugify, unique_ids
from tui.model.ingest.kinds import normalise, rule_kind
from tui.model.ingest.names import SourceEntry
from tui.model.ingest.places import countries_named_in, country_of_metonym
from tui.model.ingest.speaker_evidence import NATIONAL_KINDS, about_own_country


def source_records(entries: list[SourceEntry], title: str = "") -> dict[int, Source]:
    """Merge country metonyms into their government body; Source records by id(entry).

    A country's government, military or state media is a party to a story whose
    title names that country ("North Korean troops killed …": Pyongyang's ministry).
    """
    _merge_metonyms(entries)
    # "…, Seoul Says": who the headline cites is not what the story is about.
    title = re.sub(r",\s+[^,]*\b(?:says?|said|claims?|reports?)\s*$", "", title, flags=re.IGNORECASE)
    for entry in entries:
        if entry.kind in NATIONAL_KINDS and about_own_country(entry.name, title):
            entry.root().party = True
    roots = [e for e in entries if e.merged_into is None]
    ids = unique_ids([slugify(normalise(e.name) or e.name, fallback="source", limit=40) for e in roots])
    by_entry: dict[int, Source] = {}
    for entry, source_id in zip(roots, ids, strict=True):
        description = entry.description
        if not description and rule_kind(entry.name) is None:
            # A name alone ("Jamie Werner", "Vesk"), not "indigenous elders": the reviewer should know
            # the kind is a guess.
            if entry.kind is SourceKind.PERSON:
                description = "Kind guessed: the article gives no role."
            elif entry.kind is SourceKind.COMPANY:
                description = "Kind guessed: the article does not say what this is."
        by_entry[id(entry)] = Source(
            id=source_id,
            name=entry.name,
            kind=entry.kind,
            description=_clip(description),
            party=entry.party,
        )
    for entry in entries:
        by_entry[id(entry)] = by_entry[id(entry.root())]
    return by_entry


def _merge_metonyms(entries: list[SourceEntry]) -> None:
    bodies = [e for e in entries if e.merged_into is None and e.kind is SourceKind.GOVERNMENT]
    for entry in entries:
        if entry.merged_into is not None:
            continue
        country = country_of_metonym(entry.name)
        if country is None:
            continue
        matches = [b for b in bodies if b is not entry and not country_of_metonym(b.name)
                   and country in countries_named_in(b.name) and not b.person]  # fmt: skip
        if len(matches) == 1:
            entry.merged_into = matches[0]
            matches[0].aliases |= entry.aliases
            matches[0].party |= entry.party


def _clip(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
