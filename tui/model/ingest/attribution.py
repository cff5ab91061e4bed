"""Attribution cues in a sentence: who says so, through whom, and in what words.

Each `find_cue` rule reads one way English news attributes a statement:
"according to X", "X said/claimed/told Y …", "X, who …, said", "“…,” said X",
"X defended … by claiming …", "in a statement from X", "figures shared by X",
and relays that pass a claim on ("reported by X and cited by Y", "told
Reuters", "citing officials"). A sentence that refers back to the previous
claim ("The claim, reported by AFP and cited by Agerpres, …", "These figures
were shared by a lawmaker") extends that claim's chain instead of making a new
claim. Speakers come back as the article's words; `sources.SourceBook`
resolves them.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.according import according_to, in_words_of
from tui.model.ingest.as_tags import as_tag
from tui.model.ingest.belief_cues import Cue, belief, progressive, verbless_tag, view
from tui.model.ingest.called_what import called_what
from tui.model.ingest.caused_speech import caused_speech
from tui.model.ingest.charges import charge
from tui.model.ingest.cited import cited_finding
from tui.model.ingest.clauses import earlier_clause, second_clause
from tui.model.ingest.closing_tags import closing_tag, quoted_saying_by
from tui.model.ingest.colon_quotes import colon_quotation
from tui.model.ingest.concessive import concessive_cues
from tui.model.ingest.demands import demand
from tui.model.ingest.estimate_nouns import estimate_noun
from tui.model.ingest.estimates import estimate_at
from tui.model.ingest.hearings import hearing_heard
from tui.model.ingest.inverted import inverted
from tui.model.ingest.judged_labels import judged_label
from tui.model.ingest.mention_repair import denied_content_tail
from tui.model.ingest.nested_speakers import nested
from tui.model.ingest.participles import participle
from tui.model.ingest.passive_speech import claim_noun, criticised_by, heard_saying, told_by
from tui.model.ingest.phrases import (
    DATELINE,
    inside,
    quoted_spans,
    trim_end,
)
from tui.model.ingest.places import country_of_metonym
from tui.model.ingest.posted_quotes import posted_quote
from tui.model.ingest.recounted import recounted, recounted_then_said
from tui.model.ingest.relative_pronoun_speech import pronoun_speaker
from tui.model.ingest.relative_speech import relative_report, restrictive_report
from tui.model.ingest.relay_rules import anaphoric_relay, by_phrase, quoted_as_saying, statement_from
from tui.model.ingest.relays import outer_tag_after_quote, with_relays, without_relay_tail
from tui.model.ingest.speech import (
    OPENING_TEXT,
    OPENING_TIME,
    THAT_SAID,
    VERB_STATUS,
    WENT_ON,
    as_said,
)
from tui.model.ingest.speech_acts import speech_act
from tui.model.ingest.speech_forms import (
    as_past_saying,
    blank_how_said,
    fronted_claim,
    unquoted_titles,
)
from tui.model.ingest.subject_verb import subject_verb
from tui.model.ingest.subordinate import with_subordinate_report
from tui.model.ingest.tag_tails import tail_after_tag
from tui.model.ingest.text_reads import text_reads


def find_cues(sentence: str) -> list[Cue]:
    """The attributions a sentence carries: one, two for "X called it … and said …", or a report in a
    subordinate clause ("…, after the council reported …") besides the main one."""
    if _SAMPLE_SIZE.search(sentence) is None:
        return _find_cues(sentence)
    # "A poll of 1,500 voters found …": the comma of the sample's size would end the speaker's phrase
    # there ("500 voters"). It is read as a joiner, in place, and given back in the speakers' names.
    joined = _SAMPLE_SIZE.sub(lambda m: m.group(0).replace(",", _JOINER), sentence)
    return [
        replace(cue, speakers=tuple(replace(m, text=m.text.replace(_JOINER, ",")) for m in cue.speakers))
        for cue in _find_cues(joined)
    ]


# The size of a poll's or a study's sample, written with a thousands separator: "a survey of 2,000
# adults", "one study in over 40,000 adults". Only there: elsewhere a numeral's comma is left alone
# ("reported at least 5,000 people entered …" reads as it did).
_SAMPLE_SIZE = re.compile(
    r"\b(?:poll|survey|study|census|questionnaire|analysis|review|trial)s?\s+(?:of|in|among)\s+"
    r"(?:(?:over|more\s+than|nearly|almost|about|around|some|roughly)\s+)?\d{1,3}(?:,\d{3})+\b",
    re.IGNORECASE,
)
_JOINER = "\u2060"  # word joiner: no space, no punctuation, so the phrase runs through it


def _find_cues(sentence: str) -> list[Cue]:
    denial = denied_content_tail(sentence)
    if denial is not None:
        # "…, said Ruiz, … – a charge his family denies.": the denial's object is a noun, not words of
        # the sentence; the rest is read without it, offsets kept.
        sentence = sentence[:denial] + " " * (len(sentence) - denial)
    related = relative_report(sentence)  # "…, the source, who said he had spoken to …, told Reuters"
    if related is None:
        main = _main_cues(sentence)
        # "… outraged local officials who accused the utility of overkill": a restrictive clause's
        # speakers, unless a reader already gave its words a speaker ("opposed by a group of nurses who …").
        related = restrictive_report(sentence)
        if related is None or any(cue.content[1] > related[1][0] for cue in main):
            return main
    aside, (start, end) = related
    # The main clause is read without the aside, offsets kept: "…, the source told Reuters".
    cues = _main_cues(sentence[:start] + " " * (end - start) + sentence[end:])
    # The speaker of the main clause too ("the source, who said …, told Reuters"): the same chain.
    same = [cue for cue in cues if cue.speakers[0].text == aside.speakers[0].text]
    return [*cues, replace(aside, speakers=same[0].speakers) if same else aside]


def _main_cues(sentence: str) -> list[Cue]:
    both = concessive_cues(sentence, _clause_cues)  # "Although X suggested …, Y told lawmakers …"
    return both if both is not None else _clause_cues(sentence)


def _clause_cues(sentence: str) -> list[Cue]:
    return [part for cue in _cues(sentence) for part in with_subordinate_report(sentence, cue)]


def _cues(sentence: str) -> list[Cue]:
    cue = find_cue(sentence)
    held = fronted_claim(sentence, cue)
    if held is not None:
        return [held] if cue is None else [*_cues_of(sentence, cue), held]
    if cue is None:
        return []
    return _cues_of(sentence, cue)


def _cues_of(sentence: str, cue: Cue) -> list[Cue]:
    if cue.also is not None:
        return [cue, Cue(cue.speakers, ClaimStatus.UNVERIFIED, cue.also)]
    start, end = cue.content
    conjoined = re.compile(
        r"\s(?:and|but)\s+(?:also\s+|later\s+|then\s+)?(said|says|added|warned|insisted|claimed|argued|denied|"
        r"noted|stressed|asserted|alleged|admitted|acknowledged|explained|predicted|conceded)\s+(?:that\s+)?"
    )
    match = conjoined.search(sentence, start)
    if match is None or cue.relays_previous or inside(quoted_spans(sentence), match.start()):
        return second_clause(sentence, cue, _later_clause) or earlier_clause(sentence, cue, find_cue) or [cue]
    first_end = min(end, trim_end(sentence, match.start()))
    second = (match.end(), max(end, trim_end(sentence, len(sentence))))
    if len(sentence[start:first_end].split()) < 2 or len(sentence[second[0] : second[1]].split()) < 3:
        return [cue]
    return [
        Cue(cue.speakers, cue.status, (start, first_end), False, cue.main_clause),
        Cue(cue.speakers, VERB_STATUS[match.group(1)], second),
    ]


def _later_clause(clause: str) -> Cue | None:
    """A later clause's own attribution: "…, and according to the trust, repairs will start"."""
    # "…, but most owners believe it will flood, a survey showed": the later clause's own speaker.
    return subject_verb(clause, closing=False) or (
        _according_to(clause) if clause.startswith(("according", "per ")) else None
    )


def find_cue(sentence: str) -> Cue | None:
    """The attribution a sentence carries, if any."""
    cue = _find_cue(sentence)
    opener = OPENING_TIME.match(sentence) if cue is None else None
    if opener is not None:
        # "Last week Pell revealed the plan, saying …": read again with the comma the time opener lacks
        # (in place); only when nothing was read, so sentences read as they are stay as they were.
        cue = _find_cue(sentence[: opener.end() - 1] + "," + sentence[opener.end() :])
    return cue


def _find_cue(sentence: str) -> Cue | None:
    idiom = THAT_SAID.match(sentence)
    if idiom is not None:
        # "That said, the government have argued …": an idiom, not speech; offsets stay the sentence's.
        sentence = " " * idiom.end() + sentence[idiom.end() :]
    # "X went on to say that …", "“…,” X went on.": read as "said", in place, so offsets stay the sentence's.
    sentence = WENT_ON.sub(as_said, sentence)
    # "said by phone the pier would close", "said via email that …": how it was said, blanked in place.
    sentence = blank_how_said(sentence)
    sentence = unquoted_titles(sentence)  # "The bureau’s “Roads 2024” report shows …": a name, no quotation
    sentence = as_past_saying(sentence)  # "X tried to suggest that …" reads as "X suggested that …"
    opener = OPENING_TEXT.match(sentence)
    if opener is not None:  # "In a post at the time she said …": the comma the opener lacks, in place
        sentence = sentence[: opener.end() - 1] + "," + sentence[opener.end() :]
    for rule in _RULES:
        cue = rule(sentence)
        if cue is not None:
            cue = _named_body(sentence, cue)
            cue = pronoun_speaker(sentence, cue)  # "the man who they say ran it": they speak
            cue = outer_tag_after_quote(sentence, without_relay_tail(sentence, cue))
            cue = closing_tag(sentence, cue)  # "The Kremlin believes …, observers say.": a report in a report
            content = None if cue.relays_previous else cue.content
            cue = replace(cue, speakers=with_relays(sentence, cue.speakers, content))
            cue = nested(sentence, cue, subject_verb)
            dateline = DATELINE.match(sentence)
            if dateline is not None and cue.content[0] < dateline.end() < cue.content[1]:
                # "KINSALA, June 12 (AFP) - Rebels agreed …": the dateline is not part of the claim.
                cue = replace(cue, content=(dateline.end(), cue.content[1]))
            return tail_after_tag(sentence, cue)  # "“…,” Pell said, but more money is needed."
    return None


def _named_body(sentence: str, cue: Cue) -> Cue:
    """In a statement from the Foreign Ministry, Pyongyang claimed …": the ministry is the claimant."""
    first = cue.speakers[0].text
    if cue.relays_previous or not (first.lower() in ("it", "they") or country_of_metonym(first)):
        return cue
    statement = statement_from(sentence)
    if statement is None or statement.speakers[0].text == first:
        return cue
    return replace(cue, speakers=(statement.speakers[0], *cue.speakers[1:]))


# ---------------------------------------------------------------- rules


def _according_to(sentence: str) -> Cue | None:
    return according_to(sentence, lambda before: subject_verb(before) or demand(before))


def _quoted_saying_by(sentence: str) -> Cue | None:
    return quoted_saying_by(sentence, subject_verb)


# In order: the first rule that reads the sentence decides.
_RULES = (
    anaphoric_relay,
    _quoted_saying_by,
    quoted_as_saying,
    told_by,
    heard_saying,
    _according_to,
    in_words_of,
    as_tag,
    recounted_then_said,
    subject_verb,
    hearing_heard,
    text_reads,
    estimate_at,
    cited_finding,
    demand,
    speech_act,
    belief,
    progressive,
    verbless_tag,
    inverted,
    posted_quote,
    colon_quotation,
    judged_label,
    participle,
    caused_speech,
    statement_from,
    by_phrase,
    called_what,
    claim_noun,
    estimate_noun,
    criticised_by,
    charge,
    recounted,
    view,  # last: a stated view gives way to any tag that names a speaker
)
