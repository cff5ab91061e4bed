"""Definite descriptions resolved to a source named before: "the ministry", "the company" after the
one just accused, "the same Foreign Ministry spokesperson", "the former minister".

A mixin of SourceBook (sources.py), which holds the article's sources and recent mentions; it is
kept apart so each file stays readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.accused import accused_body
from tui.model.ingest.body_mentions import named_body
from tui.model.ingest.kinds import ROLE_WORDS, classify, normalise, rule_kind
from tui.model.ingest.names import (
    HEAD_SYNONYMS,
    NARROW_KINDS,
    SourceEntry,
    contains_words,
    describes_person,
    display_name,
    is_generic,
    is_head_of,
)
from tui.model.ingest.office_holders import office_holder
from tui.model.ingest.person_titles import title_holder
from tui.model.ingest.plain_people import means_unnamed, plain_person
from tui.model.ingest.relays import GENERIC_OUTLET
from tui.model.ingest.role_references import describes_role, role_holder
from tui.model.ingest.source_names import head_noun, plural_head, proper_name
from tui.model.ingest.source_names import lower_words as _lower
from tui.model.ingest.speaker_evidence import names_a_group
from tui.model.ingest.title_split import DESCRIBED_BODY

# "two of the executives", "some of those officials": part of a group named by the same noun.
_PARTITIVE = re.compile(r"(?i)^(?:\w+)\s+of\s+(?:the|these|those|its|their)\s")


class DescriptionResolver:
    """SourceBook's resolution of descriptions; SourceBook provides what is declared below."""

    if TYPE_CHECKING:
        _office_holders: dict[str, set[str]]
        _people: dict[str, str]
        _ages: dict[str, str]
        _named_people: list[tuple[int, str]]
        _subjects: list[tuple[int, str]]
        _sentence: int
        entries: list[SourceEntry]
        things: set[str]
        proper_words: set[str] | None
        previous_sentence: str
        earlier_sentence: str
        unnamed_people: set[str]

        def gender_of(self, name: str) -> str: ...
        def _named(self, text: str, role: str) -> SourceEntry: ...
        def _recent_entries(self) -> list[SourceEntry]: ...
        def _subject_for(self, text: str) -> SourceEntry | None: ...
        def earlier_outlet(self) -> SourceEntry | None: ...
        def known_person(self, name: str) -> bool: ...

    def _description(self, text: str, role: str) -> SourceEntry | None:
        """A definite description: "the ministry", "the same Foreign Ministry spokesperson"."""
        if DESCRIBED_BODY.match(text):
            return self._named(text, role)  # "the group Save the Vesk" names a body, new or known by name
        holder = office_holder(self._office_holders, text)  # "the president": President Vance
        titled = self._named(*holder) if holder is not None else self._titled_person(text)
        titled = titled or self._role_person(text)  # "the Pentagon chief": Defense Secretary Vey
        plain = plain_person(text, self._subjects, self._sentence, self.unnamed_people, self.gender_of)
        titled = titled or (self._named(plain, "") if plain is not None else None)  # "the woman": just named
        if titled is not None:
            return titled
        outlet = self.earlier_outlet() if re.fullmatch(GENERIC_OUTLET, text, re.IGNORECASE) else None
        if outlet is not None:
            return outlet  # "The news organization, citing …, reported": the outlet named before
        sentences = (self.previous_sentence, self.earlier_sentence)
        accused = accused_body(text, sentences, self.known_person) if is_generic(text) else None
        if accused is not None:  # "X accused Acme of … The company denied …": Acme, as named before
            key = normalise(accused) or accused.lower()
            known = [e for e in self._recent_entries() if any(contains_words(a, key) for a in e.aliases)]
            return known[0] if known else self._named(accused, "")
        core_words = [w for w in normalise(text).split() if w not in ROLE_WORDS]
        same = bool(re.search(r"\bsame\b", text, re.IGNORECASE))
        recent = self._recent_entries()
        if means_unnamed(text, self.unnamed_people):
            return self._named(text, role)  # "A man walked in. … the man said": that man, no one named
        if core_words:
            core = " ".join(core_words)
            for entry in recent:
                # One word must be the head ("the government" is not "a government negotiator").
                if len(core_words) > 1 and any(contains_words(alias, core) for alias in entry.aliases):
                    return entry
            head = core_words[-1]
            if not _PARTITIVE.match(text):
                # "the executives" are all of them, not "two of the executives" who spoke last.
                recent = [e for e in recent if not _PARTITIVE.match(e.name)] + [
                    e for e in recent if _PARTITIVE.match(e.name)
                ]
            for entry in recent:
                if _another_document(text, head, entry.name):
                    continue
                if (
                    # "the Department of Energy" is not the "Ministry of Industry and Energy": in a name
                    # "X of Y" the head is X, not the last word.
                    (is_head_of(head, entry.name) and not (proper_name(text) and " of " in text))
                    or HEAD_SYNONYMS.get(head, set()) & set(entry.name.split())
                    # "the watchdog group" after "a coalition of 11 nations" spoke.
                    or (not entry.person and head_noun(entry.name) in _lower(HEAD_SYNONYMS.get(head, set())))
                    # "the operator" = "grid operator X"; "the Centre for Disease Control" is a name of its
                    # own, not "deputy director of the control centre".
                    or (head in _role_heads(entry.description) and not proper_name(text))
                ):
                    return entry
            if same:
                kind, _person = classify(text, role)
                for entry in recent:
                    if entry.kind is kind:
                        return entry
        elif recent:
            # "the spokesperson", "the official": whoever spoke last, if a person can be them.
            people = [e for e in recent if e.person or e.name not in self.things]
            if plural_head(text):  # "the officials" are not the one "airport official" who spoke last
                # … nor the families who spoke last: a body, or people named by a role of their own.
                people = [e for e in people if plural_head(e.name) and _speak_for_others(e)]
                recent = people
            else:  # nor is "the official" the bomb technicians who spoke last
                people = [e for e in people if not names_a_group(e.name)]
                recent = [e for e in recent if not names_a_group(e.name)]
            if people or (recent and not describes_person(text)):
                return (people or recent)[0]
        if same and recent:
            return recent[0]
        if is_generic(text):
            subject = self._subject_for(text)
            if subject is not None:
                if not subject.description:
                    subject.description = display_name(text, self.proper_words)
                return subject
            wanted_kind = rule_kind(text)
            wants_person = describes_person(text)
            for entry in recent:
                if (
                    wanted_kind in NARROW_KINDS
                    and entry.kind is wanted_kind
                    and entry.kind_from_rule
                    and entry.person == wants_person
                    # "the mayor" is not the police commissioner who spoke last: a person's office must fit.
                    and (not wants_person or not core_words or _fits_office(core_words[-1], entry))
                ):
                    return entry  # "the company" after Nordstahl spoke
                if not wants_person and wanted_kind is not None and entry.name in self.things:
                    if (wanted_kind is SourceKind.DOCUMENT) != (entry.kind is SourceKind.DOCUMENT):
                        continue  # "the data show" is no company, "the company" no report
                    return entry  # "Acme Marine, which owns the pier, said …" then "the company added"
        body = named_body(text, (self.previous_sentence, self.earlier_sentence))
        if body is not None and not role:
            return self._named(body, "")  # "… at Oxbridge Labs. The lab said …": the body named just before
        return self._named(text, role)

    def _titled_person(self, text: str) -> SourceEntry | None:
        """ "the former minister" after "Former harbour minister Vera Lund": the one person named with
        that title; with two or more, the description does not say which."""
        holder = title_holder(self._people, text)
        return None if holder is None else self._named(holder, self._people[holder])

    def _role_person(self, text: str) -> SourceEntry | None:
        """ "the senator", "the 45-year-old", "the Acme founder": the one person met so far whose title,
        role or age the description names (role_references)."""
        if not describes_role(text):
            return None
        people = {name: (title, self._ages.get(name, "")) for name, title in self._people.items()}
        spoke: dict[str, SourceEntry] = {}
        for entry in self.entries:
            if entry.merged_into is None and entry.person and entry.name:
                title, age = people.get(entry.name, ("", self._ages.get(entry.name, "")))
                people[entry.name] = (f"{title} {entry.description}".strip(), age)
                spoke[entry.name] = entry
        for office, surnames in self._office_holders.items():  # "Gov. Ida Holm": a title note_people splits
            for name, (title, age) in people.items():
                if name.split()[-1] in surnames:
                    people[name] = (f"{office}, {title}".strip(", "), age)
        in_view = frozenset(name for index, name in self._named_people if index >= self._sentence - 2)
        recent = frozenset(name for index, name in self._named_people if index >= self._sentence - 6)
        holder = role_holder(text, people, in_view, recent)
        if holder is None:
            return None
        return spoke.get(holder) or self._named(holder, people[holder][0])


def _role_heads(description: str) -> set[str]:
    """The head nouns of a role and of the bodies it names: "commissioner" in "Tarvo’s new police
    commissioner" ("police" only modifies it, so "the city's police" are not him); "director" and "centre"
    in "deputy director of the control centre" ("the control centre" speaks through its director)."""
    parts = re.split(r"\s+(?:of|at|for|in|with|on|from|who)\s+|,", description.lower())
    return {part.split()[-1] for part in parts if part.split()}


def _fits_office(head: str, entry: SourceEntry) -> bool:
    """Whether the person's name or role carries the office a description names ("the mayor")."""
    return head in f"{entry.name} {entry.description}".lower().split()


def _speak_for_others(entry: SourceEntry) -> bool:
    """A body ("the council"), or people named by a role ("council officials"), whom "the officials" or
    "the spokespeople" may mean again; "the families" or "the nurses" are not them."""
    return not entry.person or any(word in ROLE_WORDS for word in entry.name.lower().split())


_DOCUMENT_HEADS = frozenset("report study survey census poll review analysis audit index".split())


def _another_document(text: str, head: str, name: str) -> bool:
    """ "the 2012 Housing Census report" after "the 2016 Energy Access report": a document named by words
    (a year, a title) the earlier one lacks is another document, though both are reports."""
    if head not in _DOCUMENT_HEADS:
        return False
    known = {word.lower() for word in re.findall(r"[\w’'-]+", name)}
    naming = re.findall(r"\b(?:[A-Z][\w’'-]*|\d{4})\b", text)
    return any(word.lower() not in known for word in naming if word not in ("The", "A", "An"))
