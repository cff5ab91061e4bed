"""Who "he" or "she" means when no speaker or subject fits: the one person named just before it.

A mixin of SourceBook (sources.py), kept apart so each file stays readable. "When the aides proposed …,
Mayor Lund was not pleased. In a speech, she said …": the one person named in this sentence (before the
pronoun) or the last. "Ivo Lund walked in. … “Wow,” he whispers.": a man named a few sentences back and
no other person since, when the article shows him as a he (a first name, "Mr").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import classify
from tui.model.ingest.names import SourceEntry
from tui.model.ingest.source_names import named_as_place
from tui.model.ingest.speaker_evidence import never_he_or_she, pronoun_fits


class PeopleInView:
    """SourceBook's last resort for he and she; SourceBook provides what is declared below."""

    if TYPE_CHECKING:
        _people: dict[str, str]
        _people_by_surname: dict[str, list[tuple[int, str]]]
        _named_people: list[tuple[int, str]]
        _recent: list[SourceEntry | str]
        _sentence: int
        things: set[str]
        previous_sentence: str
        current_sentence: str

        def _named(self, text: str, role: str) -> SourceEntry: ...
        def _fresh_subjects(self, window: int = 1) -> set[str]: ...
        def gender_of(self, name: str) -> str: ...
        def lookup(self, text: str, role: str = "") -> SourceEntry | None: ...
        def known_person(self, name: str) -> bool: ...

    def named_in_full_before(self, name: str) -> bool:
        """`name` is the end of a person's full name met before ("El Haddad" after "Omar El Haddad")."""
        name = name.strip(" ,.;:")
        return " " in name and any(full != name and full.endswith(f" {name}") for full in self._people)

    def _last_person_in_view(self, pronoun: str) -> SourceEntry | None:
        """The one person in view whose known gender fits the pronoun, or None."""
        alone = self._only_person_named(pronoun)
        if alone is not None and self.gender_of(alone) and self._before(alone, pronoun):
            return self._named(alone, self._people[alone])
        # Each person once, by the source they are ("Vole" is "Ada Vole"), with that source's gender first.
        people: dict[str, str] = {}
        for item in reversed(self._recent[-6:]):
            entry = self.lookup(item) if isinstance(item, str) else item.root()
            name = entry.root().name if entry is not None else str(item)
            person = entry.person if entry is not None else (classify(name)[1] and name not in self.things)
            if person and not never_he_or_she(name) and name not in people:
                people[name] = (entry.root().gender if entry is not None else "") or self.gender_of(name)
        fitting = [n for n, gender in people.items() if gender and pronoun_fits(pronoun, gender)]
        # Two people or more in view is a guess.
        if len(fitting) == 1 and len(people) <= 2:
            return self._named(fitting[0], "")
        return None

    def _before(self, name: str, pronoun: str) -> bool:
        """`name` is named before the pronoun: in the sentence before, or earlier in this one. A name after
        it is someone it speaks of ("she hoped to be the next Ada Lund")."""
        said = re.search(rf"\b{pronoun}\b", self.current_sentence, re.IGNORECASE)
        before = self.current_sentence[: said.start()] if said is not None else self.current_sentence
        return name.split()[-1] in f"{self.previous_sentence} {before}"

    def _shown_as_person(self, name: str) -> bool:
        """A he or she the article shows, not a body: a first name, pronouns, or "Mr. Varga" just now."""
        honorific = rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{re.escape(name.split()[-1])}\b"
        context = f"{self.previous_sentence} {self.current_sentence}"
        return bool(self.gender_of(name)) or re.search(honorific, context) is not None

    def _only_person_named(self, pronoun: str) -> str | None:
        """The one person named in this sentence or the one before whose gender fits the pronoun."""
        context = f"{self.previous_sentence} {self.current_sentence}"
        for window in (0, 1):  # this sentence first: "When Patrick walked in, … he apologised"
            names = {n for index, n in self._named_people if index >= self._sentence - window}
            names = {n for n in names if not named_as_place(n, context)}  # "a stop in Iowa": a place
            fitting = [n for n in names if pronoun_fits(pronoun, self.gender_of(n))]
            if fitting:
                alone = len(fitting) == 1 and not self._other_subject_fits(pronoun, fitting[0])
                return fitting[0] if alone else None
        return None

    def _other_subject_fits(self, pronoun: str, name: str) -> bool:
        """A subject of this sentence or the one before, someone else the pronoun fits by gender: "Sir Tom
        dodged questions on gifts from Lord Reyes. He said …" is Sir Tom, though only Reyes was in full."""
        for subject in self._fresh_subjects():
            gender = self.gender_of(subject)
            if gender and pronoun_fits(pronoun, gender) and subject not in name and name not in subject:
                return True
        return False

    def met_by_surname(self, name: str) -> bool:
        """ "El Nouri" after "videographer Omar El Nouri": the end of a full name met before (a surname of
        up to three words, its particle with it), so a person, whatever kind the short name alone reads as."""
        words = name.rstrip(".").split()
        met = self._people_by_surname.get(words[-1], ()) if 0 < len(words) <= 3 else ()
        return any(full.endswith(f" {' '.join(words)}") for _order, full in met)

    def fronted_for(self, name: str, pronoun: str) -> bool:
        """ "Though Neema is unsure of the cause, she says …": a clause fronted by a subordinator has `name`
        for its subject, and the main clause opens on the pronoun, which is that name's."""
        return (
            re.match(
                rf"(?:When|After|As|Once|Before|While|Although|Though|Because|Since|Until|If)\s+{re.escape(name)}"
                rf"\s[^,;“”\"]{{1,160}},\s+{pronoun}\s",
                self.current_sentence,
            )
            is not None
        )

    def other_subject(self, item: SourceEntry | str, speaker: SourceEntry) -> bool:
        """`item` is this sentence's subject, or a known person who opened the sentence before ("Lund
        scoffed at the plan. “…,” he said."), and names someone other than `speaker`."""
        if not isinstance(item, str) or self.lookup(item) is speaker:
            return False
        just_before = item in self._fresh_subjects(1) and self.known_person(item)
        return item in self._fresh_subjects(0) or just_before
