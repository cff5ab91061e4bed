"""Rules for claims passed on: "The claim, reported by AFP, …", "Kim was quoted by KCNA as saying …",
"Figures shared by the ministry show …", "in a statement from the Foreign Ministry, …"."""

from __future__ import annotations

from dataclasses import replace

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, sane, subject_before, trim_end
from tui.model.ingest.relays import by_chain
from tui.model.ingest.speaker_after import np_after
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import ANAPHORIC_SUBJECT

_OWN_FINDING = re.compile(
    r"\s(?:found|finds|shows?|showed|concluded|concludes|estimated|estimates|suggests|suggested|revealed|reveals)"
    r"\s+that\s"
)


def anaphoric_relay(sentence: str) -> Cue | None:
    if not ANAPHORIC_SUBJECT.match(sentence) or _OWN_FINDING.search(sentence):
        return None  # "The report released by the port authority found that …": a finding of its own
    speakers = by_chain(sentence, 0)
    if not speakers:
        return None
    return Cue(tuple(speakers), ClaimStatus.UNVERIFIED, (0, trim_end(sentence, len(sentence))), True)


def quoted_as_saying(sentence: str) -> Cue | None:
    """ "Kim was quoted (or cited) by KCNA as saying …": the speaker, relayed by whoever quoted them."""
    match = re.search(
        r"\s(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?(?:quoted|cited)\s+(?:by\s+(?P<by>[^,]+?)\s+|"
        # "is quoted in the book as saying": where the words appeared, a relay when it names an outlet.
        r"(?:in|on)\s+(?P<in>[^,]{2,60}?)\s+)?"
        r"as\s+(?:saying|telling\s+\S+)\s+(?:that\s+)?",
        sentence,
    )
    if match is None:
        return _quoted_someone(sentence)
    found = subject_before(sentence, match.start() + 1)
    if found is None:
        return None
    speakers = [found[0]]
    if match["by"] and valid_speaker(match["by"]):
        speakers.append(Mention(match["by"]))
    elif match["in"] and match["in"][:1].isupper() and valid_speaker(match["in"]):
        speakers.append(Mention(match["in"]))  # "quoted in Le Monde as saying"
    content = (match.end(), trim_end(sentence, len(sentence)))
    return Cue(tuple(speakers), ClaimStatus.UNVERIFIED, sane(sentence, content))


# "The Gazette quoted Defence Minister Paul Eriksen as saying …": the one quoted speaks, the subject relays.
_QUOTED_SOMEONE = re.compile(
    r"\s(?:quoted|quotes|cited|cites)\s+(?P<who>[^,;:“”\"]{2,80}?)\s+as\s+(?:saying|telling\s+\S+)\s+"
    r"(?:that\s+)?(?=\S)"
)


def _quoted_someone(sentence: str) -> Cue | None:
    match = _QUOTED_SOMEONE.search(sentence)
    if match is None or not valid_speaker(match["who"]):
        return None
    found = subject_before(sentence, match.start() + 1)
    if found is None:
        return None
    end = len(sentence)
    if re.search(r",\s+(?:which|who|that)$", sentence[: match.start()]):  # "The agency, which quoted …, said"
        comma = sentence.find(",", match.end())
        end = comma if comma >= 0 else end
    content = (match.end(), trim_end(sentence, end))
    return Cue((Mention(match["who"]), found[0]), ClaimStatus.UNVERIFIED, sane(sentence, content))


def statement_from(sentence: str) -> Cue | None:
    found = speaker_after(sentence, STATEMENT_FROM)
    if found is None:
        return None
    _match, mention, np_end = found
    verb = re.search(r"\s+(?:read|reads|said|says|stated|states|added|noted)$", mention.text)
    if verb is not None:
        # "A statement from the authority read: “…”": the verb ends the name; the words follow it.
        mention = replace(mention, text=mention.text[: verb.start()])
    comma = re.match(r"\s*[,:]\s*" if verb is not None else r"\s*,\s*", sentence[np_end:])
    start = np_end + comma.end() if comma else 0
    return Cue((mention,), ClaimStatus.UNVERIFIED, sane(sentence, (start, trim_end(sentence, len(sentence)))))


def by_phrase(sentence: str) -> Cue | None:
    """A relay verb with an agent outside an anaphor: "Figures shared by the ministry show …"."""
    speakers = by_chain(sentence, 0)
    if not speakers:
        return None
    return Cue(tuple(speakers), ClaimStatus.UNVERIFIED, (0, trim_end(sentence, len(sentence))))


def speaker_after(sentence: str, cue: re.Pattern[str]) -> tuple[re.Match[str], Mention, int] | None:
    """The first match of `cue` with the noun phrase right after it (and where that ends)."""
    match = cue.search(sentence)
    if match is None:
        return None
    found = np_after(sentence, match.end())
    if found is None:
        return None
    return match, found[0], found[1]


STATEMENT_FROM = re.compile(
    r"\b(?:statement|communiqué|press release|report|letter)\s+(?:from|by|issued by)\s+", re.IGNORECASE
)
