"""The commonest attribution: a subject, a speech verb and what was said.

"The ministry said the dam will open", "“…,” Lee said", "The dam will open, the
ministry said, adding that …". Each word that can be a speech verb is read in
three steps: is it speech here (`_speech_verb`), who is its subject
(`_speaker`), and which words are the claim (`_claim`). The first word that
passes all three decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.appositives import unclosed_description
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.clauses import named_quote, parenthetical, quote_before
from tui.model.ingest.coordinated import conjoined_subject, joint_speakers
from tui.model.ingest.documents import FINDERS, document_by, document_subject
from tui.model.ingest.inverted import tag_between_commas
from tui.model.ingest.name_patterns import MONTH
from tui.model.ingest.phrases import Mention, quoted_spans, sane, subject_before, trim_end
from tui.model.ingest.quote_spans import inside_test
from tui.model.ingest.relays import after_verb
from tui.model.ingest.speech import (
    ASKED,
    ASKING,
    DEMONSTRATIVE_THAT,
    DOCUMENT_VERBS,
    FINDING_VERBS,
    GUESS,
    INTENDS,
    LISTENER_BEFORE_THAT,
    LISTENER_THAT,
    NAMING_VERBS,
    NEEDS_THAT,
    OBJECT_RELATIVE,
    PASSIVE_BEFORE,
    QUOTE_ONLY,
    REPORTING_VERBS,
    SAYING,
    TAG_END,
    TELL_VERBS,
    THE_FACT,
    THINKING,
    VERB_STATUS,
    ZERO_THAT,
    ZERO_THAT_PRONOUN,
)
from tui.model.ingest.speech_forms import ANNOUNCING, ASIDE_AFTER_VERB, JUDGED_ACT, WHEN_ONLY
from tui.model.ingest.tag_last import tag_takes_clause
from tui.model.ingest.verb_context import (
    CONDITIONAL_BEFORE,
    PURPOSE,
    act_not_speech,
    advice,
    bare_tag,
    circumstance_only,
    clause_before_tag,
    clause_follows,
    closing_tag,
    document_before,
    document_subject_before,
    ends_in_a_verb,
    noun_before_verb,
    pronoun_aside,
    quote_then_speaker,
    said_of_something,
    tag_verb_first,
)

# "…, which Lund said had …", "the money that officials say was stolen": a relative pronoun before the
# speaker, and a finite verb of the relative clause right after the speech verb (a time may come between).
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that)\s+$")
_FINITE_NEXT = re.compile(
    r"(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|earlier|later|previously|today|yesterday))?"
    r"\s+(?:was|were|is|are|had|has|have|would|will|could|might|may)\b"
)
# "Tam reported to her.": who answers to whom (no words follow the listener).
_REPORTS_TO = (
    r"\s+(?:directly\s+)?to\s+(?:him|her|them|me|us|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s*(?:[.;]|$)"
)
_NOUN_OF = re.compile(r"\s+(?:\w+ly\s+)?(?:for|of|about|from)\b(?![^,“”\"]{0,60}\bthat\b)")
_CITED_THEN_THAT = re.compile(r"(?:citing|quoting)\s+[^,“”\"]{2,80},\s+that\s+")
# Words that may sit between the verb and "that": "said on Monday that", "wrote in a letter to staff that".
_ADVERB = (
    r"(?:on\s+\w+|before|again|previously|also|publicly|privately|out(?=\s+that\b)|\w+ly|today|"
    r"yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    # "revealed in February that …", "projected in May 2019 that …": when, as "on Monday" is.
    r"in\s+(?:" + MONTH + r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})(?=\s+that\b)|"
    r"(?:earlier|later|last|this)\s+(?:this\s+|last\s+)?\w+|"
    r"(?:(?:a|one|two|three|four|five|six|several|a\s+few|few|some|many|\d+)\s+)?(?:days?|weeks?|months?|years?|"
    r"decades?)\s+ago|"  # "signaled months ago that …"
    r"(?:after|during|at|in|outside|before|following|of)\s+(?:the|a|an|his|her|its|their|this|last)\s+"
    r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s+that\b))"
)
_ADDRESSED = re.compile(
    r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)"
    r"\s*:\s*(?=[“\"‘'])"
)


@dataclass(frozen=True)
class _VerbReading:
    """A word read as a speech verb, with what its surroundings say about it."""

    verb: str
    match: re.Match[str]
    act: re.Match[str] | None  # "took to the stage to announce …": the purpose clause
    after: str
    listener: str
    that_follows: bool
    tag_after_quote: bool


# Speech verbs that are also nouns for what was said or written: after a determiner they are the noun.
_ALSO_NOUNS = frozenset(
    "estimate estimates report reports forecast forecasts post posts tweet tweets note notes".split()
)
_FINDING_NEXT = re.compile(
    r"\s+(?:shows|showed|finds|found|says|said|suggests|suggested|reveals|revealed|concludes|concluded|"
    r"states|stated|notes|noted|warns|warned|estimates|estimated|indicates|indicated)\b"
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Nn]o|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
    r"[Oo]ur)\s+$"
)


# A finite verb after "nothing"/"little" makes it a clause's subject: "said nothing had changed".
_CLAUSE_AUXILIARY = r"(?:had|has|have|was|were|is|are|will|would|could|can|should|might|may|must|changed)\b"


def subject_verb(sentence: str, closing: bool = True) -> Cue | None:
    """The attribution "X said …" / "…, X said" carries, if any; `closing`: a tag that closes the sentence
    after the first verb's object takes the clause (tag_last.py; off for a later clause read alone)."""
    readings = _verb_cues(sentence)
    first = next(readings, None)
    if first is None:
        return None
    verb_start, verb_end, cue = first
    if not closing:
        return cue
    return tag_takes_clause(sentence, (verb_start, verb_end), cue, (c for _s, _e, c in readings)) or cue


def _verb_cues(sentence: str) -> Iterator[tuple[int, int, Cue]]:
    """Each speech verb that reads as an attribution, where it stands, and its cue, in order."""
    quoted = quoted_spans(sentence)
    quoted_at = inside_test(quoted)  # each verb is looked up: a scan of every span per verb was quadratic
    asked = ASKED.match(sentence)
    for match in re.finditer(r"\b([A-Za-z]+)\b", sentence):
        verb = match.group(1).lower()
        if verb not in VERB_STATUS or match.start() == 0 or quoted_at(match.start()):
            continue
        if match.group(1)[0].isupper():
            continue  # "the Eurovision Song Contest", "Trump Says": a name or a headline, not a verb
        if asked is not None and match.start() < asked.end():
            continue  # "Asked why she called it that, Scott said …": the question is not the statement
        reading = _speech_verb(sentence, match, verb)
        if reading is None:
            continue
        found = _speaker(sentence, reading)
        if found is None:
            continue
        cue = _claim(sentence, reading, *found, quoted)
        if cue is not None:
            yield match.start(), match.end(), cue


def _speech_verb(sentence: str, match: re.Match[str], verb: str) -> _VerbReading | None:
    """The verb read in its place, or None where it is no speech: a passive, an act, an intention."""
    act = PURPOSE.search(sentence, max(0, match.start() - 60), match.start())
    if act is None and re.search(r"\bto\s+$", sentence[max(0, match.start() - 4) : match.start()]):
        return None  # "led employees to believe …", "expected to announce": no one has said it yet
    after = sentence[match.end() :]
    said_of = said_of_something(verb, sentence[: match.start()], after)
    passive = re.match(r"\s+(?:by|to\s+be|to\s+have|of|for\s+the)\b", after) and not said_of
    if verb in ("report", "reports", "reported") and (
        re.match(_REPORTS_TO, after) or re.match(r"\s+(?:to|for)\s(?![^“\"]*\bthat\b)[^“\"]*$", after)
    ):
        return None  # "Tam reported to her.", "reported for duty": who answers to whom, not a report
    if verb in _ALSO_NOUNS and _DETERMINER_BEFORE.search(sentence, max(0, match.start() - 12), match.start()):
        return None  # "One estimate put the loss at …", "the report found": a noun after its determiner
    if verb in _ALSO_NOUNS and _FINDING_NEXT.match(after):
        return None  # "The bureau's Roads 2024 report shows that …": the noun, its own verb next
    if verb.endswith("s") and _NOUN_OF.match(after):
        return None  # "monitor weather forecasts closely for …", "reports of shelling": a plural noun
    if re.match(
        r"\s+(?:seen|obtained|reviewed|viewed|released|published|issued|compiled|leaked)\s+by\b", after
    ):
        return None  # "reports seen by Reuters suggest …": a noun the papers' own verb comes after
    if passive or re.match(r"\s*(?:-|—|–\s)", after):
        return None  # passive or not speech: "reported by", "said to be", "claims of"
    if re.match(r"\s+(?:(?:nothing|little)\b(?!\s+(?:\w+ly\s+)?" + _CLAUSE_AUXILIARY + r")|no\s+more\b|"
                r"no\s+word\b)|\s+(?:that|this|it)\s*[.!?]?\s*$|\s+(?:no|yes)\s*[,;]", after):  # fmt: skip
        return None  # "said nothing about it", "Engineers dispute that.", "When she said no, …"
    if verb in THINKING and (re.match(r"\s+(?:\w+ly\s+)?in\s", after) or JUDGED_ACT.match(after)):
        return None  # "still believes in sedans", "thought it fine to …": a faith or a judgment, no statement
    if verb in INTENDS and re.match(r"\s+(?:not\s+)?to\s", after):
        return None  # "they expect to come into contact …": an intention, not a statement
    if tag_between_commas(sentence, match.start(), match.end()):
        return None  # "…, said Director Jane Smith, and …": the speaker follows the verb
    # "Figures from the agency revealed a surge": data shows without "that"; people reveal "that …".
    document = document_before(sentence, match.start()) or document_subject_before(sentence, match.start())
    needs_that = verb in NEEDS_THAT and not (verb in DOCUMENT_VERBS | REPORTING_VERBS and document)
    listener = LISTENER_BEFORE_THAT if verb in LISTENER_THAT else ""
    tag_after_quote = quote_then_speaker(sentence[: match.start()])
    # "The issue, Lee notes, matters as much to …": a tag between commas inside the claim.
    tag_after_quote = tag_after_quote or (
        re.search(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+$", sentence[: match.start()]) is not None
        and after.startswith(",")
    )
    tag_after_quote = tag_after_quote or bare_tag(verb, match.start(), after)
    tag_after_quote = tag_after_quote or (
        pronoun_aside(sentence, match.start(), after) and parenthetical(sentence, match.end())
    )
    if verb in QUOTE_ONLY and not tag_after_quote:
        return None  # "She read that the plant had closed": what she learnt, not a text's words
    if not tag_after_quote and act_not_speech(verb, sentence[: match.start()], after):
        return None  # "The index added 0.4%", "released two reports that …": no one says anything
    that_follows = _that_follows(verb, after, listener, tag_after_quote)
    speech_follows = tag_after_quote or that_follows or closing_tag(sentence, match.start(), after, verb)
    if needs_that and not speech_follows:
        return None  # "agreed to a ceasefire" is an act, "agreed that …" a statement
    if GUESS.search(sentence, max(0, match.start() - 30), match.start()):
        return None  # "officials probably hoped that …": the writer's guess at what they think
    if PASSIVE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        return None  # "It was reported that …", "the figures were estimated": nobody speaks
    if act is not None and not that_follows and named_quote(sentence, match.end(), verb) is None:
        return None  # "took to the stage to announce the winners": an act, not a statement
    return _VerbReading(verb, match, act, after, listener, that_follows, tag_after_quote)


def _that_follows(verb: str, after: str, listener: str, tag_after_quote: bool) -> bool:
    """Whether a clause or quotation of the speaker's words follows the verb."""
    follows = (
        re.match(
            rf"(?:\s+{_ADVERB}|{ASIDE_AFTER_VERB})?{listener}(?:{THE_FACT}?\s*that\b|\s*,?\s*[:“\"])", after
        )
        is not None
    )
    if DEMONSTRATIVE_THAT.match(after) or (
        verb in ASKING and not tag_after_quote and not re.match(r"\s*[,:]?\s*[“\"]", after)
    ):
        follows = False  # "shared that sentiment", "asked that the county provide …" (a request)
    follows = follows or ZERO_THAT.match(after) is not None
    pronoun_clause = ZERO_THAT_PRONOUN.match(after) is not None and verb not in FINDING_VERBS
    return follows or pronoun_clause or advice(verb, after)


def _speaker(sentence: str, reading: _VerbReading) -> tuple[Mention, int] | None:
    """The verb's subject and where its noun phrase starts, or None where it has none that speaks."""
    match, verb = reading.match, reading.verb
    found = (
        subject_before(sentence, reading.act.start())
        if reading.act is not None
        else subject_before(sentence, match.start()) or conjoined_subject(sentence, match.start())
    )
    unclosed = unclosed_description(sentence[: match.start()])
    if unclosed is not None and (found is None or found[0].text != unclosed[0]):
        found = (
            Mention(unclosed[0], unclosed[1]),
            unclosed[2],
        )  # "“…,” Lina Moor, a researcher at X, Y and Z told …"
    if found is None:
        return None
    mention, np_start = found
    if ends_in_a_verb(mention.text) or noun_before_verb(sentence, match.start(), match.end()):
        return None  # "advised caution on …", "a police report states …": a noun, not the verb
    if tag_verb_first(mention.text):
        return None  # "…,” wrote Fadem in a research report.": the tag's verb went first; "report" is a noun
    if CONDITIONAL_BEFORE.search(sentence[max(0, np_start - 12) : np_start]):
        return None  # "If the mayor says the bridge is safe, it opens": speech that may come, none made
    if re.search(r"\s(?:heard|saw|watched|let|made|helped)\s", mention.text):
        return None  # "The court heard Hartley admit …": Hartley's act, reported by the court
    if verb in THINKING and OBJECT_RELATIVE.search(sentence[:np_start]):
        return None  # "the direction that they thought the dots had moved": a noun, not their claim
    finder = FINDERS.search(mention.text) is not None and verb in ("find", "finds", "found")
    if (
        verb in DOCUMENT_VERBS
        and not document_subject(mention.text)
        and not reading.that_follows
        and not finder
    ):
        return None
    if re.search(r"\b(?:when|after|before|while|because|if|until|unless|once|whether)\s+$",
                 sentence[:np_start]) and not clause_follows(sentence, match.end()):  # fmt: skip
        return None  # "… when he announced the lineup": a circumstance, not the statement
    return document_by(mention), np_start


def _claim(
    sentence: str, reading: _VerbReading, mention: Mention, np_start: int, quoted: list[tuple[int, int]]
) -> Cue | None:
    """The cue with the words that are the claim, or None where the verb carries no words of theirs."""
    match, verb = reading.match, reading.verb
    speakers = [mention]
    content_start, recipient = after_verb(sentence, match.end(), verb)
    addressed = _ADDRESSED.match(sentence[content_start:])
    if addressed is not None:  # "warns Mr Johnson: '…'": the words after the colon are the claim
        content_start += addressed.end()
    that = re.match(rf"(?:\s+{_ADVERB}|{ASIDE_AFTER_VERB})?{reading.listener}\s*that\s+", reading.after)
    if that is not None:  # "indicated earlier this week that …", "assured members that …"
        content_start = max(content_start, match.end() + that.end())
    if verb in TELL_VERBS and re.search(
        r"\s(?:about|of)\s*$|^\s*(?:about|of)\b", sentence[match.end() : content_start + 6]
    ):
        return None  # "She told Harry about the ordeal": an act; what she said comes elsewhere
    if recipient is not None:
        speakers.append(recipient)
    quoted_name = named_quote(sentence, match.end(), verb)
    if verb in NAMING_VERBS and quoted_name is None and not quote_then_speaker(sentence[: match.start()]):
        return None  # "called for talks", "described the scene": no words of theirs to quote
    described = re.match(r"[\s,]*(?:which|whose)\s[^,“”\"]{1,80},\s+that\s+", sentence[content_start:])
    content_start += described.end() if described else 0  # "wrote in the paper, which …, that …"
    span = _claim_span(sentence, reading, np_start, content_start, quoted_name, quoted)
    if span is None:
        return None
    content, also = span
    cue = Cue(tuple(speakers), VERB_STATUS[verb], sane(sentence, content), also=also)
    return joint_speakers(sentence, np_start, cue)


def _claim_span(
    sentence: str,
    reading: _VerbReading,
    np_start: int,
    content_start: int,
    quoted_name: tuple[int, int] | None,
    quoted: list[tuple[int, int]],
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """Where the claim runs, and what the speaker went on to say ("…, adding that …"), if anything."""
    match, verb = reading.match, reading.verb
    quote_first = quote_before(sentence, np_start, quoted)
    relative = _RELATIVE_BEFORE.search(sentence, max(0, np_start - 8), np_start)
    if relative is not None and _FINITE_NEXT.match(sentence, match.end()):
        # "The ferry, which Ana Lund said last year had carried 2 million people": what he said is the
        # relative clause, from "which" to its end, not the words before the speaker.
        close = re.search(r"[,;]", sentence[match.end() :])
        end = match.end() + close.start() if close else len(sentence)
        return (relative.start(), trim_end(sentence, end)), None
    saying = SAYING.search(sentence[match.end() :])
    also: tuple[int, int] | None = None
    quotation_follows = re.match(r"\s*[,:]\s*[“\"]", sentence[match.end() :]) is not None
    relay_next = re.match(r"(?:citing|quoting|according\s+to)\b", sentence[content_start:]) or (
        sentence[:np_start].rstrip().endswith(",")
        and TAG_END.match(sentence[match.end() :])
        and not quotation_follows  # "Asked why, Scott said, “Because …”": the quotation is the claim
    )
    if quoted_name is not None:
        return quoted_name, None
    if quote_first is not None:
        # "“…,” the director said on Thursday, a day before …": the quotation is the claim.
        if saying is not None and not quoted_spans(sentence[match.end() : match.end() + saying.start()]):
            # "“…,” Hasib said, adding that he was scared …": what they went on to say.
            also = (match.end() + saying.end(), trim_end(sentence, len(sentence)))
        return quote_first, also
    if saying is not None and not quoted_spans(sentence[match.end() : match.end() + saying.start()]):
        # "rejected that account, saying local officials had acted …": the act, then what they said;
        # "The roads will reopen, the mayor said, adding that …": the clause before the tag, then more.
        # "Ruiz said rates would hold, adding that …": a clause said is the claim, without the speaker.
        said = verb in ("say", "says", "said", "tell", "tells", "told") or (  # not "rejected that account"
            reading.that_follows and VERB_STATUS[verb] is ClaimStatus.UNVERIFIED
        )
        content = (content_start if said else np_start, trim_end(sentence, match.end() + saying.start()))
        if clause_before_tag(sentence, np_start) and circumstance_only(
            sentence[: match.end() + saying.start()], content_start
        ):
            content = (0, trim_end(sentence, np_start))
        also = (match.end() + saying.end(), trim_end(sentence, len(sentence)))
        if len(sentence[content[0] : content[1]].split()) < 3:
            return also, None
        return content, also
    if relay_next and (cited := _CITED_THEN_THAT.match(sentence, content_start)):
        # "The minister said, citing figures from the agency, that exports fell": the clause after "that".
        return (cited.end(), trim_end(sentence, len(sentence))), None
    if relay_next and parenthetical(sentence, match.end()):
        # "… camera, which, he said, scared the man off.": the tag sits inside the claim.
        return (0, trim_end(sentence, len(sentence))), None
    if (
        trim_end(sentence, len(sentence)) - content_start < 4
        or relay_next
        or (clause_before_tag(sentence, np_start) and circumstance_only(sentence, content_start))
        # "…, Lund wrote in the paper, which was published today.": what follows describes the paper.
        or re.match(r"[\s,]*(?:which|whose)\s", sentence[content_start:])
    ):
        return (
            0,
            trim_end(sentence, np_start),
        ), None  # the tag comes last: "The dam will open, the ministry said."
    content = (content_start, trim_end(sentence, len(sentence)))
    if verb in ANNOUNCING and not reading.that_follows and not quoted_spans(sentence[content_start:]):
        if WHEN_ONLY.fullmatch(sentence[content_start : content[1]]):
            return None  # "the ferry, which Lund announced earlier this year": no news in the clause
        if len(sentence[content_start : content[1]].split()) >= 3:  # not "announced Wednesday night"
            content = (match.start(), content[1])  # "announced the tour": the act with what it made known
    return content, None
