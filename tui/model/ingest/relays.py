"""Relays in an attribution: who passed a claim on ("reported by AFP and cited by Agerpres",
"citing officials", ", Reuters reported") and the outlet a speaker told it to ("told Reuters").
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.documents import document_by, document_subject
from tui.model.ingest.kinds import classify, rule_kind
from tui.model.ingest.name_patterns import WEEKDAY
from tui.model.ingest.phrases import Mention, trim_end
from tui.model.ingest.speaker_after import np_after
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import RELAY, TELL_VERBS, THE_FACT

# ---------------------------------------------------------------- relays


def with_relays(
    sentence: str, speakers_so_far: tuple[Mention, ...], content: tuple[int, int] | None
) -> tuple[Mention, ...]:
    """Add what else the sentence says about the chain: "citing X", trailing ", Reuters reported".

    `content` is the claim's span, or None when the cue relays the previous claim (nothing to add).
    """
    speakers = list(speakers_so_far)
    if content is not None:
        start, end = content
        closing = sentence[end - 1 : end] if sentence[end - 1 : end] in ("”", '"') else ""
        blanked = sentence[:start] + " " * (end - start - len(closing)) + closing + sentence[end:]
        for extra in by_chain(blanked, 0):
            speakers.append(extra)
        writing = re.match(
            r"^(?:(?:Writing|Speaking|Interviewed)\s+(?:in|to|on|for|by)|In\s+(?:(?:a|an|the|her|his|their|its)\s+)?"
            r"(?:[\w-]+\s+)?(?:paper|article|op-ed|column|essay|interview|letter|post|study|report|editorial|"
            r"email|e-mail|comments|remarks|statement|message)\s+"
            r"(?:in|for|with|on|to|published\s+in))\s+",
            sentence,
        )
        if writing is not None:
            # "Writing in Variety, critic X described …": the publication relays the critic.
            found = np_after(sentence, writing.end())
            name = found[0].text if found is not None else ""
            when = _WHEN.match(name)  # "Speaking on Monday, …": a day, not a publication
            if (
                found is not None
                and when is None
                and (name[:1].isupper() or (name.startswith("the ") and _outlet_name(name[4:])))
            ):
                speakers.append(found[0])
        interview = re.search(
            rf",\s+(?:in\s+an\s+interview\s+with|speaking\s+(?:to|with)|in\s+an?\s+{_TEXT_ADJECTIVE}(?:e-?mail|statement|message)"
            r"\s+to)\s+",
            sentence,
        )
        if interview is not None and not start <= interview.start() < end:
            # "…,” said des Cars, the museum's director, in an interview with Le Figaro.
            found = np_after(sentence, interview.end())
            if found is not None and _relay_name(found[0].text):
                speakers.append(found[0])
        aired = _AIRED_ON.search(sentence)
        outlet = (aired.group(1) or aired.group(2)) if aired is not None else ""
        known = _outlet_name(outlet) or _OUTLET_HEAD.search(outlet) is not None
        if aired is not None and not start <= aired.start() < end and known:
            # "…,” Vance said Tuesday on Harbor News Network's morning show; "…, first reported by the
            # Courier": the outlet that aired or printed the words passes them on.
            speakers.append(Mention(outlet))
        via = re.search(r",\s+via\s+", sentence)
        if via is not None and not start <= via.start() < end:
            # "Richardson, via USA Today, said …": the outlet that carried the words.
            found = np_after(sentence, via.end())
            if found is not None and valid_speaker(found[0].text):
                speakers.append(found[0])
        reached = re.search(
            r"\b(?:when|after)\s+(?:being\s+)?(?:contacted|reached|asked|approached)\s+by\s+", sentence
        )
        if reached is not None and not start <= reached.start() < end:
            # "…,” a spokesperson said when contacted by the Ledger: the outlet that asked passes it on.
            found = np_after(sentence, reached.end())
            if found is not None and _relay_name(found[0].text):
                speakers.append(found[0])
        citing = re.search(r"\b[Cc]iting\s+", sentence)
        if citing is not None:
            found = np_after(sentence, citing.end())
            if found is not None and valid_speaker(found[0].text):
                speakers.insert(0, document_by(found[0]))
        papers = sentence.find(speakers[0].text) + len(speakers[0].text) if speakers else -1
        seen = _SEEN_BY.match(sentence, papers) if papers > 0 else None
        if seen is not None and document_subject(speakers[0].text):
            # "Intelligence reports seen by Reuters suggest …": the papers speak, the wire that saw them
            # passes it on. A paper's name ("obtained by the Ledger") is most often the page's own scoop.
            wire = _NAME_AT.match(sentence, seen.end())
            if wire is not None and classify(wire.group(1))[0] is SourceKind.WIRE:
                speakers.append(Mention(wire.group(1)))
        tail = RELAY_TAIL.search(sentence)
        if tail is not None and tail.start() >= end - 1 and len(speakers) >= 1:
            outer = Mention(tail.group(1))
            if valid_speaker(outer.text) and outer.text.lower() != speakers[-1].text.lower():
                speakers.append(outer)
    unique: list[Mention] = []
    for speaker in speakers:
        if all(speaker.text.lower() != u.text.lower() for u in unique):
            unique.append(speaker)
    return tuple(unique)


# "said Tuesday on Harbor News Network's morning show", "in comments to Foreign Policy magazine", ", first
# reported by Sky News": the outlet that aired or printed the words.
_OUTLET_WORDS = r"(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:\s+(?:magazine|newspaper))?"
_AIRED_ON = re.compile(
    r"\b(?:said|says|added|told\s+[\w’'.-]+(?:\s+[\w’'.-]+)?)\s+"
    rf"(?:(?:on\s+)?{WEEKDAY}\s+|(?:last|this)\s+\w+\s+)?"
    rf"(?:on|in\s+comments\s+to|in\s+remarks\s+to)\s+({_OUTLET_WORDS})"
    rf"|,\s+(?:first\s+)?reported\s+by\s+({_OUTLET_WORDS})"
)
# A broadcaster or paper by its own name's last word, when the kind rules do not know the name.
_OUTLET_HEAD = re.compile(r"\b(?:Network|Channel|Radio|TV|Television|magazine|newspaper)$")
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed)\s+by\s+")
_NAME_AT = re.compile(r"((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})")
# "in a separate statement to Rolling Stone": a word about the text between the article and the text.
_TEXT_ADJECTIVE = r"(?:(?:separate|brief|short|written|joint|new|later|further|second|follow-up|lengthy)\s+)?"
# "told the paper", "told the station": a news organisation the article named before.
GENERIC_OUTLET = (
    r"the\s+(?:magazine|paper|newspaper|station|network|broadcaster|outlet|publication|website|"
    r"news\s+agency|news\s+organi[sz]ation|news\s+site|wire\s+service|daily|channel)"
)
_WEEKDAY = rf"{WEEKDAY}\b"
# "told the newspaper The Courier that …" names the outlet: not a generic one to look back for.
GENERIC_OUTLET_TOLD = re.compile(
    rf"\s+(?:to\s+)?({GENERIC_OUTLET})\b(?![’'-])(?!\s+(?!{_WEEKDAY}|(?:That|It|He|She|They|We)\b)[A-Z])"
)
# The outlet's own name after its description: "the newspaper The Courier" -> "The Courier".
_DESCRIBED_OUTLET = re.compile(
    r"the\s+(?:[a-z]+\s+){0,2}(?:magazine|paper|newspaper|station|network|broadcaster|outlet|publication|"
    r"website|agency|daily|channel|radio|site)\s+(?P<name>[A-Z].*)"
)


# "the New Yorker’s Jane Mayer", "NBC News' Today": an outlet's own journalist or show, by the outlet's name.
_OUTLET_OWNS = re.compile(r"(?P<outlet>.+?)(?:[’']s|(?<=s)[’'])\s+[A-Z].*")
# "VOA Pentagon" before "correspondent": the outlet, then the beat its journalist covers.
_OUTLET_BEAT = re.compile(r"(?P<outlet>.+?)\s+[A-Z][\w-]+")
_JOURNALIST_NOUN = r"(?:interviewer|reporter|correspondent|journalist|host|presenter|anchor)\b"
_JOURNALIST = re.compile(rf"\s+{_JOURNALIST_NOUN}")
# The outlet's show, paper or journalist after its name; a journalist's name may follow ("CNN host Jo Bell").
_OUTLET_PART = re.compile(
    r"\s+(?:(?:programme|program|show|podcast|newsletter|broadcast|newspaper|magazine|website|documentary)\b"
    rf"|(?:[A-Z][\w-]+\s+)?{_JOURNALIST_NOUN}(?:\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,2}})?)"
)


# "said in an interview with CNN", "said in an email to the Ledger": the outlet the words went to.
_IN_A_TEXT_TO = re.compile(
    # "said in a statement emailed to NBC News": the way it was sent sits between the text and the outlet.
    rf"\s+in\s+an?\s+{_TEXT_ADJECTIVE}(?:interview|statement|post|briefing|report|e-?mail|message|letter)\s+"
    r"(?:(?:sent|emailed|e-mailed|given|provided|released|issued)\s+)?(?:with|to|on)\s+"
    r"((?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})"
)
# "the French newspaper Le Monde", "the broadcaster RTV": a kind of publication, then its name.
_NAMED_OUTLET = re.compile(
    r"\s+(?:to\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:newspaper|paper|daily|weekly|"
    r"magazine|broadcaster|station|channel|network|news\s+agency|news\s+site|radio|tabloid|outlet|website)\s+"
    r"(?P<name>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})"
)
# ", Reuters reported." closing a sentence whose claim someone else made: the outlet that relays it.
# When may follow the verb: ", Yahoo Finance reported earlier this year.", ", the Gazette reported on Monday."
RELAY_TAIL = re.compile(
    r",\s+([^,“”\"]{2,60}?)\s+(reported|said|wrote|says)"
    r"(?:\s+(?:on\s+\w+day|last\s+\w+|earlier\s+this\s+\w+|(?:earlier|later|this|last)\s+\w+|\w+day|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)))?"
    r"\s*[.!?]?[”\"]?$"
)


def without_relay_tail(sentence: str, cue: Cue) -> Cue:
    """ "The governor told reporters he had no regrets, Reuters reported.": the closing tag is a relay
    (`with_relays` adds it to the chain), not part of what the governor said."""
    start, end = cue.content
    tail = RELAY_TAIL.search(sentence)
    if cue.relays_previous or tail is None or not start < tail.start() < end or not valid_speaker(tail[1]):
        return cue
    if len(sentence[start : tail.start()].split()) < 3:
        return cue
    return replace(cue, content=(start, trim_end(sentence, tail.start())))


# "He said, “…,” police said.": a speaker's words quoted inside a sentence that a closing tag attributes.
_QUOTE_THEN_OUTER_TAG = re.compile(
    r"(?:said|says|told\s+[^,“”\"]{1,40}|asked|added),?\s*(?P<quote>[“\"][^“”\"]{8,}[,.?!]?[”\"])[,]?\s+"
    r"(?P<np>[^,“”\"]{2,60}?)\s+(?:said|says|reported|added|wrote)\s*[.!?]?\s*$"
)


def outer_tag_after_quote(sentence: str, cue: Cue) -> Cue:
    """ "During the call he said, “…,” the clerk's office said.": the quotation is the first speaker's,
    and the office that closes the sentence passed it on (the chain ends with it)."""
    found = _QUOTE_THEN_OUTER_TAG.search(sentence)
    if cue.relays_previous or found is None or not valid_speaker(found["np"]):
        return cue
    if found["np"].lower() in {m.text.lower() for m in cue.speakers}:
        return cue
    start, end = cue.content
    if not start <= found.start("quote") < end:
        return cue  # the cue's claim is elsewhere in the sentence
    return replace(cue, content=found.span("quote"), speakers=(*cue.speakers, Mention(found["np"])))


def by_chain(sentence: str, start: int) -> list[Mention]:
    """Agents of relay participles in order: "reported by AFP and cited by Agerpres" -> AFP, Agerpres."""
    speakers: list[Mention] = []
    position = start
    while True:
        match = RELAY.search(sentence, position)
        if match is None:
            return speakers
        if re.search(r"[”\"]\s+(?:\w+ly\s+)?$", sentence[: match.start("verb")]):
            position = (
                match.end()
            )  # "“… the harbour funds” shared by both towns": the quoted noun's, no relay
            continue
        found = np_after(sentence, match.end())
        if found is None:
            return speakers
        mention, position = found
        if match.group("verb") == "seen" and re.match(r",?\s+as\s", sentence[position:]):
            continue  # "still seen by many voters as a hero": how they see him, no text of theirs
        if valid_speaker(mention.text):
            speakers.append(mention)


# ---------------------------------------------------------------- noun phrases


def after_verb(sentence: str, position: int, verb: str = "said") -> tuple[int, Mention | None]:
    """Where the reported content starts after a speech verb, and a news outlet it was told to."""
    rest = sentence[position:]
    recipient: Mention | None = None
    # "confirmed to the Gazette", "explained to Reuters that …": a listener after "to", as "told" has one.
    takes_recipient = verb in TELL_VERBS or re.match(r"\s+to\s+(?:the\s+)?[A-Z]", rest) is not None
    told = re.match(
        # "told the jury Roof stood over her": a jury or a court hears, it passes nothing on, so the name
        # after it opens the clause told.
        r"\s+(?:to\s+)?((?:the\s+(?!(?:jury|court|judge|panel|committee|audience|crowd|hearing)\s)(?:[a-z]+\s+){0,3}?|(?:[a-z]+\s+){0,2}(?:station|newspaper|broadcaster|"
        r"channel|agency|radio|network|daily|magazine|site|outlet)\s+)?[A-Z][\w.&’'-]*"
        # "told the Gazette Monday afternoon": the day is when, not part of the name.
        rf"(?:\s+(?!{_WEEKDAY})[A-Z][\w.&’'-]*){{0,4}}"
        # "told Voice of America", "told Rest of World": a name joined by "of"; not "told Reuters of
        # Tesla’s plan", where what follows "of" is what they told about.
        rf"(?:\s+of\s+[A-Z][\w.&-]*(?![\w.&-]*[’']s?\b)(?:\s+(?!{_WEEKDAY})[A-Z][\w.&-]*(?![’']s?\b)){{0,2}})?)",
        rest,
    )
    said_to = verb not in TELL_VERBS  # "said to Walter": a person spoken to passes nothing on; an outlet does
    named_outlet = _NAMED_OUTLET.match(rest) if verb in TELL_VERBS else None
    if named_outlet is not None:
        # "told the French newspaper Le Monde that …": the paper by its name, which publishes what it hears.
        recipient, told, takes_recipient = Mention(named_outlet["name"]), None, False
        position += named_outlet.end()
        rest = sentence[position:]
    generic = GENERIC_OUTLET_TOLD.match(rest) if named_outlet is None else None
    if generic is not None and verb not in TELL_VERBS and not rest.lstrip().startswith("to "):
        generic = None  # "claimed to the outlet" as "told the outlet"; "said the paper" names no listener
    if generic is not None:
        # "She told the magazine that …": the outlet named before (chains.py finds it in the book).
        recipient, told, takes_recipient = Mention(generic.group(1)), None, False
        position += generic.end()
        rest = sentence[position:]
    if told and takes_recipient:
        described = _DESCRIBED_OUTLET.fullmatch(told.group(1))
        name = described["name"] if described else told.group(1)
        owner = _OUTLET_OWNS.fullmatch(name)
        # "VOA Pentagon" is an outlet and a beat only before "correspondent".
        journalist = owner is None and _JOURNALIST.match(sentence, position + told.end()) is not None
        owner = _OUTLET_BEAT.fullmatch(name) if journalist else owner
        # A beat before "correspondent" tells an outlet by itself (when the whole is none); before a
        # possessive the name must be an outlet's.
        if journalist:
            known = owner is not None and _relay_name(owner["outlet"]) and not _relay_name(name)
        else:
            known = owner is not None and _outlet_name(owner["outlet"])
        if owner is not None and known:
            # "told the New Yorker’s Jane Mayer", "told NBC News' Today show", "told VOA Pentagon
            # correspondent Carla Babb": the outlet publishes what its journalist or show heard.
            name = owner["outlet"]
        if _outlet_name(name) if said_to else _relay_name(name):
            recipient = Mention(name)
    if told and takes_recipient:
        position += told.end()
        # "told the BBC's Today programme that …", "told the BBC interviewer:", "told The Telegraph
        # newspaper, “…”": the outlet's show, its paper or its journalist is part of the listener.
        show = _OUTLET_PART.match(sentence, position) if recipient is not None else None
        position = show.end() if show else position
        rest = sentence[position:]
    said_of = re.match(r"\s+of\s+[^:“\",]{2,80}(?=:)", rest)
    if said_of and not takes_recipient:
        # "As she said of the court building: “…”": what it was said of is not the claim.
        position += said_of.end()
        rest = sentence[position:]
    interview = _IN_A_TEXT_TO.match(rest)
    if interview and recipient is None and _outlet_name(interview.group(1)):
        recipient = Mention(interview.group(1))
    heard_where = _NAMED_LISTENER_THAT.match(rest) if verb in TELL_VERBS else None
    if heard_where is not None:
        # "told freelance videographer Omar Dar in Rafah that …": the listener and where, then the clause.
        return position + heard_where.end(), recipient
    listener = r"reporters|journalists|the\s+press|parliament|lawmakers|the\s+\w+|an?\s+\w+|\w+"
    skip = re.match(
        # "told Reuters the deal …": the listener is already read; "the deal" begins the claim.
        rf"(?:\s*,)?(?:\s+(?:{listener})(?=\s|,|:))?" if takes_recipient and not told else r"(?:\s*,)?",
        rest,
    )
    position += skip.end() if skip else 0
    rest = sentence[position:]
    bare_day = re.match(
        r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)(?=\s+(?!that\b)[a-zA-Z])", rest
    )
    when = bare_day or _WHEN_THEN_CLAUSE.match(rest)
    if when is not None:  # "said Tuesday the plan …", "said in a statement it would …": then the clause
        position += when.end()
        rest = sentence[position:]
    skip = re.match(
        r"(?:\s+(?:on|last|this|in|at|during|late|early|via|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
        r"[^,:“\"]*?(?=,|:|\s+that\b|\s+“|$))?"
        # "told the jury how his daughter had …", "lamented the fact that …"
        rf"(?:\s*[,:])?(?:{THE_FACT}?\s+(?:that|how)\b)?\s*",
        rest,
    )
    return position + (skip.end() if skip else 0), recipient


_CAPS = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
# A listener named by up to three lower-case role words and a name, where they heard it, then "that".
_NAMED_LISTENER_THAT = re.compile(
    rf"(?:\s*,)?\s+(?:[a-z][\w-]*\s+){{0,3}}{_CAPS}(?:\s+(?:in|at|from)\s+{_CAPS})?(?:\s+on\s+{_WEEKDAY})?"
    r"\s+that\s+"
)


# "said on Monday it would close", "said in a filing on Friday the plant …": when or where, then a
# clause without "that" (a subject, then an auxiliary within a few words).
_WHEN_THEN_CLAUSE = re.compile(
    r"\s+(?:(?:on|in|at|during|late|early)\b[^,:;“\"]{2,40}?|(?:last|this)\s+(?:week|month|year|morning|"
    r"afternoon|evening|weekend|\w+day)\b)"
    r"(?=\s+(?:it|he|she|they|we|there|the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:would|will|was|were|is|are|had|has|have|could|must|can|might|may|should|did)\b)"
)


_WHEN = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d"
)


def _relay_name(text: str) -> bool:
    """A name someone told something to that passes it on: a news organisation, or a name of no known kind."""
    kind, person = classify(text)
    if kind in (SourceKind.WIRE, SourceKind.OUTLET, SourceKind.STATE_MEDIA):
        return True
    return kind is SourceKind.COMPANY and not person and rule_kind(text) is None


def _outlet_name(text: str) -> bool:
    kind, _person = classify(text)
    return kind in (SourceKind.WIRE, SourceKind.OUTLET, SourceKind.STATE_MEDIA)
