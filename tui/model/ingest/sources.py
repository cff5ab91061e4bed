"""Who speaks: one source per distinct speaker or body, its kind, and mentions resolved to it.

A mention is the words an article uses for a speaker ("Bong Joon Ho", "Bong",
"he", "the ministry", "the same Foreign Ministry spokesperson"). `SourceBook`
resolves each to a source named before it, or opens a new one; `finish()`
merges a country or capital that speaks into the one government body of that
country the article names, then gives every source a slug id.
"""

from __future__ import annotations

from itertools import islice

from tui.model.format.records import Source, SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.businesses import business_kind
from tui.model.ingest.coordinated import pair_subject
from tui.model.ingest.described_subjects import subject_described
from tui.model.ingest.descriptions import DescriptionResolver
from tui.model.ingest.dialogue import kin_speaker
from tui.model.ingest.first_names import honorific_gender, name_gender
from tui.model.ingest.introduced import introduced_speaker
from tui.model.ingest.kinds import classify, normalise, rule_kind
from tui.model.ingest.mention_repair import repaired_mention
from tui.model.ingest.names import SourceEntry, display_name, plural_looking, same_speaker
from tui.model.ingest.office_holders import note_office_holders
from tui.model.ingest.people_in_view import PeopleInView
from tui.model.ingest.person_titles import full_name_for, honorific_surname, note_people, things_named
from tui.model.ingest.plain_people import unnamed_people
from tui.model.ingest.possessives import named_after_role, spoken_for
from tui.model.ingest.role_references import AGED_NAME, without_title
from tui.model.ingest.source_names import could_name, mended_time_words, names_a_time, pronoun_owner
from tui.model.ingest.source_records import source_records
from tui.model.ingest.speaker_evidence import (
    GenderNotes,
    gender_of_words,
    group_of_share,
    learn,
    never_he_or_she,
    plural_speakers_in,
    pronoun_fits,
)
from tui.model.ingest.surname_speakers import full_name_of, surname_speaker, take_as_person
from tui.model.ingest.title_split import split_title

PRONOUNS_PERSON = {"he", "she", "him", "her"}
# "the mayor", "the commissioner": a description naming one office, which a person of another lacks.
_OFFICE = re.compile(
    r"(?i)the\s+(mayor|governor|president|prime\s+minister|chancellor|commissioner|senator|sheriff|"
    r"ambassador|premier|minister)"
)
PRONOUNS_OTHER = {"it"}
PRONOUNS_PLURAL = {"they", "them"}
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_OTHER | PRONOUNS_PLURAL


_RECENT_LIMIT = 64


class SourceBook(DescriptionResolver, PeopleInView):
    """Sources in the order the article names them, and the most recent one for pronouns."""

    def __init__(self) -> None:
        self.entries: list[SourceEntry] = []
        # Most recent last: sources that spoke, and names that opened a sentence (str).
        self._recent: list[SourceEntry | str] = []
        self._subjects: list[tuple[int, str]] = []
        self._sentence = 0
        # Full names met anywhere, with their titles, so "Kim" can be "Kim Jong Un" (leader).
        self._people: dict[str, str] = {}
        self.unnamed_people: set[str] = set()
        self._ages: dict[str, str] = {}  # "Tilda Marr, 45,": full name -> age, for "the 45-year-old"
        # The same names by their last word, each with its place in _people, filled as names arrive:
        # looking each sentence's capitalised words up here keeps long articles linear.
        self._people_by_surname: dict[str, list[tuple[int, str]]] = {}
        self._people_indexed = 0
        self._office_holders: dict[str, set[str]] = {}  # "president" -> {"Vance"}: capitalised titles
        self.things: set[str] = set()  # names referred back to with "which": not people
        self.businesses: set[str] = set()  # names written with a firm's shares, board, "Inc.": things
        # Words capitalised somewhere other than at a sentence's start: names, not sentence openers.
        self.proper_words: set[str] | None = None
        # Words the article writes in lower case: "Search" in "Google Search" is no surname there.
        self.common_words: set[str] = set()
        # The sentence before the one being read: "they" may mean people it names.
        self.previous_sentence = ""
        self.earlier_sentence = ""
        self.current_sentence = ""
        self.genders = GenderNotes()
        # The article's own outlet (page metadata): a listener or reporter of its own is no source.
        self.outlet = ""
        # The last claimant who told an outlet something, and that outlet: "she added" goes on to it.
        self.told: tuple[SourceEntry, SourceEntry] | None = None
        self.relayed: list[SourceEntry] = []  # relays named in chains so far, the last one last
        self.last_relay: SourceEntry | None = None  # the relay of the claim just attributed, if it had one
        # (sentence, full name) of people named in recent sentences, by full name or surname.
        self._named_people: list[tuple[int, str]] = []
        # The last sentence each full name was written out in: a surname alone means the one named last.
        self._full_name_seen: dict[str, int] = {}

    def resolve(self, mention: str, role: str = "") -> SourceEntry | None:
        """The source a mention refers to, opening a new one for a new name; None if it names no one."""
        # "WASHINGTON (Reuters) - Scientists said": the dash closes a dateline, it opens no name.
        text = re.sub(r"\s+", " ", mention).strip(' ,.;:“”"').lstrip("-–—•* ")
        text = repaired_mention(text, self.current_sentence) or "" if text else ""
        if not text or not could_name(text):
            return None
        text, role = named_after_role(text, role)  # "the firm’s new chair Dana Ruiz": Dana Ruiz, chair
        share = group_of_share(text, self.current_sentence, self.previous_sentence)
        speaks_as_share = share == text  # "Some said …" with no group in reach: the share as written
        if share is not None:
            text = share  # "Many of them", "Some", "one": of the people just named
            if not text:
                return None
        if not speaks_as_share:
            text = mended_time_words(text, self.current_sentence, self._known_name)
        if not text:
            return None
        if role and names_a_time(role):
            role = ""  # "half a year later the White House said": when, not who they are
        text = pronoun_owner(text) or text  # "His statement continued: …": his words
        lowered = text.lower()
        possessive = spoken_for(text)
        if possessive is not None:
            # "The White House's press secretary", "Barlow's spokesman": the body or person they speak for.
            text, role = possessive
            lowered = text.lower()
        pair = self._pair_before() if lowered in PRONOUNS_PLURAL else None
        entry: SourceEntry | None
        if pair is not None:
            entry = self._named(pair, "")  # "Vance and council leaders have … They said": the first named
        elif speaks_as_share:
            entry = self._named(text, role)
        elif lowered in PRONOUNS:
            entry = self._pronoun(lowered)
            if entry is not None and lowered in ("he", "she") and not entry.root().gender:
                entry.root().gender = "f" if lowered == "she" else "m"  # "…,” she said": the speaker is a she
            if entry is None and lowered in PRONOUNS_PLURAL:
                # "… left the state's energy experts bewildered. They said …": the people just named.
                group = plural_speakers_in(self.previous_sentence)
                entry = self._description(group, "") if group else None
        elif re.match(r"^(?:the|this|that|these|those)\s", lowered) or lowered.startswith("same "):
            entry = self._description(text, role)
        else:
            entry = self._named(text, role)
        if entry is not None:
            entry = entry.root()
            if role and not entry.description:
                entry.description = role
            if entry.person and not entry.gender:
                # "Ms. Gonzales", "a spokeswoman", or "Montoya-Lewis was born … She attended …".
                entry.gender = gender_of_words(f"{mention} {role}") or self.gender_of(entry.name)
            self._remember(entry)
        return entry

    def observe_subject(self, name: str, described: bool = False) -> None:
        """A name that opens a sentence ("Bong, 56, laughed …"): a pronoun or description may mean it.

        `described`: an appositive follows ("Nordstahl, Europe's largest steelmaker, …"), so it is a name.
        """
        if not could_name(name):
            return  # "I’m honestly impartial": a pronoun and its verb, which "it" never means
        known_name = self.proper_words is not None and name in self.proper_words
        if plural_looking(name) and not known_name:
            return  # "Residents", "Shares": a common noun capitalised at the start ("Simmons" is a name)
        single = " " not in name and not name.isupper()
        unknown = single and not described and self.proper_words is not None and name not in self.proper_words
        if unknown and not self.genders.note_owner(self.current_sentence, name, self.common_words):
            return  # "Revenue rose …": capitalised as it opens the sentence ("Okafor sits in her office")
        self._remember(name)
        self._subjects.append((self._sentence, name))

    def known_person(self, name: str) -> bool:
        """`name` is a person the article shows as one: a source known to be a person, or the surname of
        a full name met before ("Vindman" after "Lt Col Alexander Vindman")."""
        entry = self.lookup(name)
        if entry is not None:
            return entry.root().person
        return " " not in name and any(full != name for _order, full in self._people_by_surname.get(name, ()))

    def _known_name(self, word: str) -> bool:
        """`word` is someone's name here: a known person, or the first name of a full name met ("June" after
        "June Pell")."""
        return self.known_person(word) or any(full.split()[0] == word != full for full in self._people)

    def observe_people(self, sentence: str) -> None:
        """Remember full names with their titles ("North Korean leader Kim Jong Un") for later surnames."""
        self.current_sentence = sentence
        note_people(self._people, sentence)
        self.unnamed_people |= unnamed_people(sentence)  # "a man walked in": whom "the man" may mean
        self._ages.update((without_title(name), age) for name, age in AGED_NAME.findall(sentence))
        self.genders.note_roles(sentence)
        for order, name in enumerate(islice(self._people, self._people_indexed, None), self._people_indexed):
            self._people_by_surname.setdefault(name.split()[-1].rstrip("."), []).append((order, name))
        self._people_indexed = len(self._people)
        words = set(re.findall(r"[A-Z][\w’'-]+", sentence))
        named = sorted(found for word in words for found in self._people_by_surname.get(word, ()))
        self._named_people.extend((self._sentence, name) for _order, name in named)
        for _order, name in named:
            if name in sentence:  # named in full here, not only by a surname others share
                self._full_name_seen[name] = self._sentence
        del self._named_people[:-8]
        note_office_holders(self._office_holders, sentence)
        self.things.update(things_named(sentence))

    def _remember(self, item: SourceEntry | str) -> None:
        # Pronouns and descriptions look back a few sentences: a bounded list keeps long articles linear.
        self._recent.append(item)
        if len(self._recent) > _RECENT_LIMIT:
            del self._recent[: -_RECENT_LIMIT // 2]

    def mentioned(self, entry: SourceEntry) -> None:
        """Make `entry` the most recent source, for pronouns that follow."""
        self._remember(entry.root())

    def gender_of(self, name: str) -> str:
        """A name's gender: its first name's or honorific's ("Mr Lund"), else the article's pronouns'."""
        return name_gender(name) or self.genders.of(name)

    def _pronoun(self, pronoun: str) -> SourceEntry | None:
        if pronoun in ("he", "she"):
            introduced = self._introduced(pronoun)
            if introduced is not None:
                return self._named(introduced, "")
            speaker = self._speaker_for(pronoun)
            if speaker is not None:
                return speaker
            surname = surname_speaker(self._recent, self.things)  # "Hale said … “…,” she added"
            # Not a he for "she"; nor when this sentence has a subject of its own ("Though Neema is …, she").
            other = surname is not None and any(self.other_subject(i, surname) for i in self._recent[-3:])
            if surname is not None and not other and pronoun_fits(pronoun, surname.gender):
                return take_as_person(surname)
            alone = self._only_person_named(pronoun)
            if alone is not None and not any(isinstance(i, SourceEntry) for i in self._recent[-6:]):
                # "When Patrick walked in, the women turned as he apologised": no speaker yet, and the one
                # person named in this sentence or the last is who "he" is.
                return self._named(alone, self._people[alone])
        for item in reversed(self._recent):
            if isinstance(item, str):
                # "It said …" two sentences after the body was the subject: a thing may be "it" further on.
                window = 3 if pronoun == "it" and (item in self.things or not classify(item)[1]) else 1
                if item not in self._fresh_subjects(window):
                    continue
                known = self.lookup(item)
                person = known.person if known is not None else classify(item)[1] and item not in self.things
                # "Tom Berrow was charged. … When Berrow was stopped, he said …": a full name's surname.
                person = person or (" " not in item and any(n.endswith(f" {item}") for n in self._people))
                gender = self.gender_of(item) or self.genders.owned(item)  # "Okafor sits in her office"
                if gender and not pronoun_fits(pronoun, gender):
                    continue
                if pronoun in PRONOUNS_PERSON and never_he_or_she(item):
                    continue  # "The aides wanted less. … she said": not the aides
                # "Dion … her son": the article calls Dion "she" (before this sentence's own "He …").
                person = person or bool(name_gender(item) or self.genders.before_this_sentence(item))
                person = person or self.fronted_for(item, pronoun)  # "Though Neema is unsure, she says …"
                # "Hale Records have denied it. “…,” they said": the body that opened the last sentence.
                if (pronoun in PRONOUNS_PERSON and person) or (pronoun not in PRONOUNS_PERSON and not person):
                    return self._named(item, "")
                continue
            entry = item.root()
            if pronoun in PRONOUNS_PERSON and not pronoun_fits(pronoun, entry.gender):
                continue  # "she" is not the Harry who spoke last
            if pronoun in PRONOUNS_PERSON and never_he_or_she(entry.name):
                continue  # nor the officials who spoke last
            if pronoun in PRONOUNS_PERSON and entry.person and entry.kind is not SourceKind.ANONYMOUS:
                return entry
            if pronoun in PRONOUNS_OTHER and not entry.person:
                return entry
            if pronoun in PRONOUNS_PLURAL:
                return entry
        if pronoun in ("he", "she"):
            # "When the aides proposed …, Mayor Lund was not pleased. In a speech, she said …": no speaker
            # fits, so the one person named in this sentence or the last is who "she" is.
            shown = {n for i, n in self._named_people if i >= self._sentence - 1 and self._shown_as_person(n)}
            fitting = [n for n in shown if pronoun_fits(pronoun, self.gender_of(n))]
            if len(fitting) == 1:
                return self._named(fitting[0], self._people[fitting[0]])
            return self._last_person_in_view(pronoun)
        return None

    def _speaker_for(self, pronoun: str) -> SourceEntry | None:
        """The nearest person who spoke and whom "he"/"she" fits: not the Tom just quoted for "she"
        ("Maria Lund" is a she before the article says so: first_names.py), nor the officials."""
        for item in reversed(self._recent[-6:]):
            if isinstance(item, str):
                if item in self._fresh_subjects():
                    break  # "Zhaksylykov pays little heed. “…,” he said": the fresh subject
                continue
            root = item.root()
            if not root.person and not root.kind_from_rule:
                break  # "Hale added …": a name only guessed to be a body may be the one (surname_speaker)
            if root.person and pronoun_fits(pronoun, root.gender) and not never_he_or_she(root.name):
                return root
        return None

    def _introduced(self, pronoun: str) -> str | None:
        """The one person this sentence or the one before introduces with a role, not a speaker yet."""
        in_view = [e.name.split()[-1] for e in self._recent_entries()[:3] if e.person and e.name]

        def new_and_fitting(name: str) -> bool:
            return self.lookup(name) is None and pronoun_fits(pronoun, self.gender_of(name))

        return introduced_speaker(self.current_sentence, self.previous_sentence, in_view, new_and_fitting)

    def earlier_outlet(self) -> SourceEntry | None:
        """The news organisation named most recently: "told the magazine" points back to it."""
        if self.relayed:  # "in an interview with Vogue": a relay already, whatever its kind
            return self.relayed[-1].root()
        outlets = (SourceKind.OUTLET, SourceKind.WIRE, SourceKind.STATE_MEDIA)
        return next((e for e in self._recent_entries() if e.kind in outlets), None)

    def _recent_entries(self) -> list[SourceEntry]:
        """Sources, most recently mentioned first, then the rest newest first."""
        seen: dict[int, SourceEntry] = {}
        for item in reversed(self._recent):
            if not isinstance(item, str):
                seen.setdefault(id(item.root()), item.root())
        for entry in reversed(self.entries):
            seen.setdefault(id(entry.root()), entry.root())
        return list(seen.values())

    def _subject_for(self, text: str) -> SourceEntry | None:
        """An unresolved description ("the company", "the director") names a recent subject like it."""
        names = [item for item in self._recent[-8:] if isinstance(item, str)]
        found = subject_described(text, names, self._fresh_subjects(), self.things)
        known = self.lookup(found) if found is not None else None
        office = _OFFICE.fullmatch(text.strip())
        if (
            known is not None
            and office is not None
            and known.description
            and office.group(1).lower() not in f"{known.name} {known.description}".lower()
        ):
            return None  # "Dan Orr, the police commissioner, said … The mayor said …": another person
        return None if found is None else self._named(found, "")

    def _fresh_subjects(self, window: int = 1) -> set[str]:
        """Subjects of this sentence and the one before: further back, a description means someone else."""
        return {name for index, name in self._subjects if index >= self._sentence - window}

    def next_sentence(self, previous: str = "") -> None:
        self._sentence += 1
        self.earlier_sentence, self.previous_sentence = self.previous_sentence, previous

    def _pair_before(self) -> str | None:
        """Two subjects joined by "and" opening one of the two sentences before ("they" means them)."""
        return pair_subject(self.previous_sentence) or pair_subject(self.earlier_sentence)

    def _named(self, text: str, role: str) -> SourceEntry:
        text, title = split_title(text)
        if title and names_a_time(title):
            title = ""  # "half a year later the White House": when it spoke, no title
        if title:
            role = f"{title}, {role}" if role else title
        surname, gender = honorific_surname(text), honorific_gender(text)
        full = full_name_for(self._people, surname) if surname else None  # kin by the surname alone
        kin = kin_speaker(text, gender, full, self._recent_entries(), self.gender_of)
        if kin is not None:
            return kin  # "Mr Varn's daughter Ada said … Ms Varn added": not Mr Varn
        full = full_name_for(self._people, surname, gender) if surname else None  # "Mrs Eze" is Linda Eze
        if full is not None and self.lookup(text, role) is None:
            role = role or text.split()[0]  # "Ms Lund" is "Vera Lund", and the honorific says she is a she
            text = full
        existing = self.lookup(text, role)
        if existing is not None:
            return existing
        chosen = full_name_of(text.strip(), self._people, self._full_name_seen, self.common_words)
        if chosen is not None:
            text, role = chosen, role or self._people[chosen]  # a surname alone: the full name, its title
        kind, person = business_kind(text, role, self.businesses) or classify(text, role)
        person = person and text not in self.things
        entry = SourceEntry(
            name=display_name(text, self.proper_words),
            kind=kind,
            person=person,
            aliases={normalise(text) or text.lower()},
        )
        entry.kind_from_rule = rule_kind(f"{text} {role}") is not None or person
        if role:
            entry.description = role
        entry.gender = (gender_of_words(role) or self.gender_of(text)) if person else ""
        self.entries.append(entry)
        return entry

    def learn(self, entry: SourceEntry, quote: str, content: str) -> None:
        """What a claim tells about its speaker (person, pronoun, party): speaker_evidence.learn."""
        learn(entry.root(), quote, content)

    def lookup(self, text: str, role: str = "") -> SourceEntry | None:
        """The source already named `text` or a variant of it, without opening a new one."""
        key, gender = normalise(text) or text.lower(), honorific_gender(text)  # "Mrs Eze" is not Mr Eze
        entries = [e for e in self.entries if e.merged_into is None and e.gender in ("", gender or e.gender)]
        for entry in entries:
            if key in entry.aliases:
                return entry
        kind, person = classify(text, role)
        for entry in reversed(entries):
            if same_speaker(entry, key, person, kind, text):
                entry.aliases.add(key)
                return entry
        return None

    def finish(self, title: str = "") -> dict[int, Source]:
        """Source records by id(entry), country metonyms merged (source_records.py)."""
        return source_records(self.entries, title)
