"""A cue's speakers as a chain of sources, claimant first.

Each speaker is resolved in the article's source book. An interviewer who heard
a claim ("she told Winfrey") passes nothing on; neither does the article's own
outlet ("told Axios" in Axios) or its own reporter. What a speaker "added" right
after telling an outlet something, they told that outlet too.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.kinds import looks_like_person
from tui.model.ingest.names import SourceEntry
from tui.model.ingest.phrases import Mention
from tui.model.ingest.relays import GENERIC_OUTLET
from tui.model.ingest.sources import SourceBook
from tui.model.ingest.speaker_context import listener, named_in_apposition


def speaker_chain(cue: Cue, sentence: str, book: SourceBook) -> list[SourceEntry]:
    """The sources of a cue's speakers in order, each once."""
    chain: list[SourceEntry] = []
    kept: list[str] = []  # the speakers' words, for the chain's entries
    for speaker in cue.speakers:
        if chain and re.fullmatch(GENERIC_OUTLET, speaker.text, re.IGNORECASE):
            # "She told the paper …": the outlet named before, if any, and never the page's own.
            outlet = book.earlier_outlet()
            if outlet is not None and outlet not in chain and not own_outlet(outlet.name, book.outlet):
                chain.append(outlet)
                kept.append(speaker.text)
            continue
        if own_outlet(speaker.text, book.outlet):
            continue  # "told Axios" in Axios, "Axios' Kaveh Waddell reports": the outlet's own reporting
        if chain and _heard_only(speaker.text) and listener(sentence, speaker.text):
            continue  # "told the jury", "told investigators": they heard it and publish nothing
        if chain and book.named_in_full_before(speaker.text) and listener(sentence, speaker.text):
            continue  # "told El Haddad" after "videographer Omar El Haddad": a person heard it
        known_author = _AUTHOR_BEFORE_PAPER.fullmatch(speaker.text.strip())
        if known_author is not None and book.lookup(known_author["author"]) is not None:
            # "an internal Parks Board analysis found …" once the board has been named: the board's words.
            speaker = Mention(known_author["author"], speaker.role)
        entry = book.resolve(named_in_apposition(sentence, speaker.text, cue), speaker.role)
        heard = entry is not None and (_a_listener(entry) or book.met_by_surname(speaker.text))
        if heard and chain and listener(sentence, speaker.text):
            continue  # "she told Winfrey": the interviewer heard it; she does not pass it on
        if entry is not None and entry not in chain:
            chain.append(entry)
            kept.append(speaker.text)
    carry_listener(book.told, chain, sentence)
    relay = book.last_relay
    if len(chain) == 1 and relay is not None and relay not in chain and _REPORTEDLY.search(sentence):
        chain.append(relay)  # "According to AFP, one user posted … Another reportedly said …": AFP again
    book.last_relay = chain[-1] if len(chain) > 1 and not chain[-1].root().person else None
    book.relayed += [e for e in chain[1:] if not e.root().person]
    if chain:  # "…, he told Reuters. He added, “…”": only the very next claim goes on to Reuters
        book.told = told_to(chain, sentence, kept)
    return chain


_NAME = r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}"
# "an internal Parks Board analysis", "the latest Acme report": a paper named by its author's name before it.
_AUTHOR_BEFORE_PAPER = re.compile(
    rf"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?P<author>{_NAME})\s+"
    r"(?:analysis|report|study|review|audit|survey|assessment|memo|briefing|presentation|slideshow|document)"
)
# "Vindman and Williams said", "both Vance and Lind told …": two people named before, one verb.
_NAMED_PAIR = re.compile(
    rf"(?:[Bb]oth\s+)?(?P<first>(?:the\s+)?{_NAME})\s+and\s+(?P<second>(?:the\s+)?{_NAME})"
)


def known_pair(cue: Cue, book: SourceBook) -> Cue:
    """The cue with a subject "X and Y" split when both are people, or bodies the article tells apart: X
    claims, Y says it too (joint), so neither "Vindman and Williams" becomes one source nor "Williams"
    alone is read as it later."""
    if not cue.speakers or cue.joint:
        return cue
    pair = _NAMED_PAIR.fullmatch(cue.speakers[0].text.strip())
    if pair is None:
        return cue

    def person(name: str) -> bool:
        return book.known_person(name) or looks_like_person(name)

    # "Procter and Gamble said", "Smith and Wesson said": one body's name. Two bodies when each spoke
    # alone before, or after "both" when one is known or "the" opens one ("both Roscosmos and the agency").
    names = (pair["first"], pair["second"])
    known = [book.lookup(name) is not None or name.startswith("the ") for name in names]
    both = re.match(r"[Bb]oth\s", cue.speakers[0].text.strip()) is not None and any(known)
    if not (both or all(known)) and not (person(pair["first"]) and person(pair["second"])):
        return cue
    first = Mention(pair["first"], cue.speakers[0].role)
    return replace(cue, speakers=(first, *cue.speakers[1:]), joint=(Mention(pair["second"]),))


def _a_listener(entry: SourceEntry) -> bool:
    """A person who heard the words, not a publication named like one ("told Rolling Stone")."""
    root = entry.root()
    return root.person and root.kind not in (SourceKind.OUTLET, SourceKind.WIRE, SourceKind.STATE_MEDIA)


# Who publishes what they are told: a listener named by one of these words may relay.
_PUBLISHER_WORDS = re.compile(
    r"\b(?:magazine|paper|newspaper|station|network|broadcaster|outlet|publication|web\s?site|site|agency|"
    r"daily|channel|show|programme|program|podcast|tabloid|radio|television|tv|blog|newsletter|wire)\b"
)


def _heard_only(text: str) -> bool:
    """A listener named by a common noun ("the jury", "investigators", "a grand jury"), not by a name
    ("Reuters") or a publication ("the magazine"): what it hears, it does not publish. ("Told the jury
    Roof stood …" reads the next clause's subject into the listener; the common noun still decides.)"""
    words = text.split()
    if words and words[0].lower() in ("the", "a", "an", "some"):
        words = words[1:]
    return bool(words) and words[0][:1].islower() and _PUBLISHER_WORDS.search(text.lower()) is None


def own_outlet(name: str, outlet: str) -> bool:
    """ "told Axios" in an Axios article, "Axios' Kaveh Waddell": the outlet itself or its own reporter,
    who pass on no one else's claim to the reader."""
    wanted = _plain(outlet)
    said = _plain(name)
    if not wanted:
        return False
    # "told TRD" in The Real Deal: the outlet by its initials.
    initials = "".join(word[0] for word in outlet.split() if word[:1].isalpha()).upper()
    if len(initials) >= 2 and name.strip() in (
        initials,
        initials.removeprefix("T") if outlet.startswith("The ") else "",
    ):
        return True
    # "told The Times" in the Los Angeles Times, "The Post" in The Washington Post: its short name.
    short = len(wanted.split()) >= 2 and re.fullmatch(r"[Tt]he\s+\S+", name.strip()) is not None
    if short and said == wanted.split()[-1]:
        return True
    return said == wanted or re.match(rf"{re.escape(wanted)}[’']s?\s", said) is not None


def _plain(text: str) -> str:
    text = re.sub(r"^the\s+", "", text.strip(' "“”‘’.,:').lower())
    return re.sub(r"\s+(?:news|online|magazine|newspaper)$|\.com$", "", text)


# "She added, “…”" goes on to the same listener; "added in a statement" or "later" does not.
# "Another reportedly said": reported by the outlet that relayed the claim just before.
_REPORTEDLY = re.compile(r"\breportedly\s+(?:said|says|wrote|posted|added|told|claimed)\b")
_ADDED = re.compile(r"\b(?:added|adds|adding|went\s+on|continued)\b")
_ELSEWHERE = re.compile(r"\b(?:statement|interview|tweet|post|later|separately|told|tells)\b")


def carry_listener(
    told: tuple[SourceEntry, SourceEntry] | None, chain: list[SourceEntry], sentence: str
) -> None:
    """ "Myers told Variety: “…” … But she added, “…”": what she added she told Variety too."""
    if told is None or len(chain) != 1 or chain[0].root() is not told[0].root():
        return
    if _ADDED.search(sentence) and not _ELSEWHERE.search(sentence) and told[1] not in chain:
        chain.append(told[1])


def told_to(
    chain: list[SourceEntry], sentence: str, names: list[str]
) -> tuple[SourceEntry, SourceEntry] | None:
    """(claimant, outlet) when the sentence has the claimant tell an outlet that relays it, else None."""
    if len(chain) == 2 and len(names) == 2 and listener(sentence, names[1]):
        return chain[0], chain[1]
    return None
