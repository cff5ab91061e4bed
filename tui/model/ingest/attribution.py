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

import re
from dataclasses import replace

from tui.model.format.records import ClaimStatus
from tui.model.ingest.according import according_to, in_words_of
from tui.model.ingest.appositives import unclosed_description
from tui.model.ingest.as_tags import as_tag
from tui.model.ingest.belief_cues import Cue, belief, progressive, verbless_tag, view
from tui.model.ingest.cited import cited_finding
from tui.model.ingest.clauses import named_quote, parenthetical, quote_before, second_clause
from tui.model.ingest.colon_quotes import colon_quotation
from tui.model.ingest.concessive import concessive_cues
from tui.model.ingest.coordinated import conjoined_subject, joint_speakers
from tui.model.ingest.demands import demand
from tui.model.ingest.documents import FINDERS, document_by, document_subject
from tui.model.ingest.estimates import estimate_at
from tui.model.ingest.inverted import inverted, tag_between_commas
from tui.model.ingest.nested_speakers import nested
from tui.model.ingest.participles import participle
from tui.model.ingest.passive_speech import claim_noun, criticised_by, heard_saying, told_by
from tui.model.ingest.phrases import (
    DATELINE,
    Mention,
    inside,
    quoted_spans,
    sane,
    subject_before,
    trim_end,
)
from tui.model.ingest.places import country_of_metonym
from tui.model.ingest.quote_spans import inside_test
from tui.model.ingest.relay_rules import anaphoric_relay, by_phrase, quoted_as_saying, statement_from
from tui.model.ingest.relays import after_verb, outer_tag_after_quote, with_relays, without_relay_tail
from tui.model.ingest.speech import (
    ASKED,
    ASKING,
    DEMONSTRATIVE_THAT,
    DOCUMENT_VERBS,
    GUESS,
    INTENDS,
    LISTENER_THAT,
    NAMING_VERBS,
    NEEDS_THAT,
    OBJECT_RELATIVE,
    OPENING_TEXT,
    PASSIVE_BEFORE,
    QUOTE_ONLY,
    REPORTING_VERBS,
    SAYING,
    TAG_END,
    TELL_VERBS,
    THAT_SAID,
    THINKING,
    VERB_STATUS,
    WENT_ON,
    ZERO_THAT,
    ZERO_THAT_PRONOUN,
    as_said,
)
from tui.model.ingest.speech_acts import speech_act
from tui.model.ingest.speech_forms import (
    ANNOUNCING,
    ASIDE_AFTER_VERB,
    WHEN_ONLY,
    blank_how_said,
    fronted_claim,
)
from tui.model.ingest.subordinate import with_subordinate_report
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
    quote_then_speaker,
    said_of_something,
)

# "Tam reported to her.": who answers to whom (no words follow the listener).
_REPORTS_TO = (
    r"\s+(?:directly\s+)?to\s+(?:him|her|them|me|us|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
    r"\s*(?:[.;]|$)"
)
_CITED_THEN_THAT = re.compile(r"(?:citing|quoting)\s+[^,“”\"]{2,80},\s+that\s+")


def find_cues(sentence: str) -> list[Cue]:
    """The attributions a sentence carries: one, two for "X called it … and said …", or a report in a
    subordinate clause ("…, after the council reported …") besides the main one."""
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
        r"noted|stressed)\s+(?:that\s+)?"
    )
    match = conjoined.search(sentence, start)
    if match is None or cue.relays_previous or inside(quoted_spans(sentence), match.start()):
        return second_clause(sentence, cue, _later_clause) or [cue]
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
    return _subject_verb(clause) or (
        _according_to(clause) if clause.startswith(("according", "per ")) else None
    )


def find_cue(sentence: str) -> Cue | None:
    """The attribution a sentence carries, if any."""
    idiom = THAT_SAID.match(sentence)
    if idiom is not None:
        # "That said, the government have argued …": an idiom, not speech; offsets stay the sentence's.
        sentence = " " * idiom.end() + sentence[idiom.end() :]
    # "X went on to say that …", "“…,” X went on.": read as "said", in place, so offsets stay the sentence's.
    sentence = WENT_ON.sub(as_said, sentence)
    # "said by phone the pier would close", "said via email that …": how it was said, blanked in place.
    sentence = blank_how_said(sentence)
    opener = OPENING_TEXT.match(sentence)
    if opener is not None:  # "In a post at the time she said …": the comma the opener lacks, in place
        sentence = sentence[: opener.end() - 1] + "," + sentence[opener.end() :]
    for rule in _RULES:
        cue = rule(sentence)
        if cue is not None:
            cue = _named_body(sentence, cue)
            cue = outer_tag_after_quote(sentence, without_relay_tail(sentence, cue))
            content = None if cue.relays_previous else cue.content
            cue = replace(cue, speakers=with_relays(sentence, cue.speakers, content))
            cue = nested(sentence, cue, _subject_verb)
            dateline = DATELINE.match(sentence)
            if dateline is not None and cue.content[0] < dateline.end() < cue.content[1]:
                # "KINSALA, June 12 (AFP) - Rebels agreed …": the dateline is not part of the claim.
                cue = replace(cue, content=(dateline.end(), cue.content[1]))
            return cue
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
    return according_to(sentence, lambda before: _subject_verb(before) or demand(before))


def _subject_verb(sentence: str) -> Cue | None:
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
        act = PURPOSE.search(sentence, max(0, match.start() - 60), match.start())
        purpose = act is not None
        if not purpose and re.search(r"\bto\s+$", sentence[max(0, match.start() - 4) : match.start()]):
            continue  # "led employees to believe …", "expected to announce": no one has said it yet
        after = sentence[match.end() :]
        said_of = said_of_something(verb, sentence[: match.start()], after)
        passive = re.match(r"\s+(?:by|to\s+be|to\s+have|of|for\s+the)\b", after) and not said_of
        if verb in ("report", "reports", "reported") and (
            re.match(_REPORTS_TO, after) or re.match(r"\s+(?:to|for)\s(?![^“\"]*\bthat\b)[^“\"]*$", after)
        ):
            continue  # "Tam reported to her.", "reported for duty": who answers to whom, not a report
        if passive or re.match(r"\s*(?:-|—|–\s)", after):
            continue  # passive or not speech: "reported by", "said to be", "claims of"
        if re.match(r"\s+(?:nothing|little|no\s+more|no\s+word)\b|\s+(?:that|this|it)\s*[.!?]?\s*$", after):
            continue  # "said nothing about the plan", "Engineers dispute that.": no words of theirs here
        if verb in THINKING and re.match(r"\s+in\s", after):
            continue  # "still believes in sedans": a faith in something, not a statement
        if verb in INTENDS and re.match(r"\s+(?:not\s+)?to\s", after):
            continue  # "they expect to come into contact …": an intention, not a statement
        if tag_between_commas(sentence, match.start(), match.end()):
            continue  # "…, said Director Jane Smith, and …": the speaker follows the verb
        # "Figures from the agency revealed a surge": data shows without "that"; people reveal "that …".
        document = document_before(sentence, match.start()) or document_subject_before(
            sentence, match.start()
        )
        needs_that = verb in NEEDS_THAT and not (verb in DOCUMENT_VERBS | REPORTING_VERBS and document)
        adverb = (
            r"(?:on\s+\w+|before|again|previously|also|publicly|privately|out(?=\s+that\b)|\w+ly|today|"
            r"yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
            r"(?:earlier|later|last|this)\s+(?:this\s+|last\s+)?\w+|"
            # "said after the game that …", "wrote in a letter to staff that …": where or when, then a clause.
            r"(?:after|during|at|in|outside|before|following|of)\s+(?:the|a|an|his|her|its|their|this|last)\s+"
            r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+(?=\s+that\b))"
        )
        listener = r"(?:\s+(?:[\w’'-]+\s+){1,3}?(?=that\b))?" if verb in LISTENER_THAT else ""
        tag_after_quote = quote_then_speaker(sentence[: match.start()])
        # "The issue, Lee notes, matters as much to …": a tag between commas inside the claim.
        tag_after_quote = tag_after_quote or (
            re.search(r",\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+$", sentence[: match.start()]) is not None
            and after.startswith(",")
        )
        tag_after_quote = tag_after_quote or bare_tag(verb, match.start(), after)
        if verb in QUOTE_ONLY and not tag_after_quote:
            continue  # "She read that the plant had closed": what she learnt, not a text's words
        if not tag_after_quote and act_not_speech(verb, sentence[: match.start()], after):
            continue  # "The index added 0.4%", "released two reports that …": no one says anything
        that_follows = (
            re.match(rf"(?:\s+{adverb}|{ASIDE_AFTER_VERB})?{listener}(?:\s*that\b|\s*,?\s*[:“\"])", after)
            is not None
        )
        if DEMONSTRATIVE_THAT.match(after) or (
            verb in ASKING and not tag_after_quote and not re.match(r"\s*[,:]?\s*[“\"]", after)
        ):
            that_follows = False  # "shared that sentiment", "asked that the county provide …" (a request)
        that_follows = that_follows or ZERO_THAT.match(after) is not None
        pronoun_clause = ZERO_THAT_PRONOUN.match(after) is not None and verb not in DOCUMENT_VERBS
        that_follows = that_follows or pronoun_clause or advice(verb, after)
        if (
            needs_that
            and not tag_after_quote
            and not that_follows
            and not closing_tag(sentence, match.start(), after, verb)
        ):
            continue  # "agreed to a ceasefire" is an act, "agreed that …" a statement
        if GUESS.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # "officials probably hoped that …": the writer's guess at what they think
        if PASSIVE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
            continue  # "It was reported that …", "the figures were estimated": nobody speaks
        if purpose and not that_follows and named_quote(sentence, match.end(), verb) is None:
            continue  # "took to the stage to announce the winners": an act, not a statement
        found = (
            subject_before(sentence, act.start())
            if act is not None
            else subject_before(sentence, match.start()) or conjoined_subject(sentence, match.start())
        )
        unclosed = unclosed_description(sentence[: match.start()])
        if unclosed is not None and (found is None or found[0].text != unclosed[0]):
            found = (
                Mention(unclosed[0], unclosed[1]),
                unclosed[2],
            )  # "“…,” Lina Moor, a researcher at X, Y and Z told …"
        if found is None:
            continue
        mention, np_start = found
        if ends_in_a_verb(mention.text) or noun_before_verb(sentence, match.start(), match.end()):
            continue  # "advised caution on …", "a police report states …": a noun, not the verb
        if CONDITIONAL_BEFORE.search(sentence[max(0, np_start - 12) : np_start]):
            continue  # "If the mayor says the bridge is safe, it opens": speech that may come, none made
        if re.search(r"\s(?:heard|saw|watched|let|made|helped)\s", mention.text):
            continue  # "The court heard Hartley admit …": Hartley's act, reported by the court
        if verb in THINKING and OBJECT_RELATIVE.search(sentence[:np_start]):
            continue  # "the direction that they thought the dots had moved": a noun, not their claim
        mention = document_by(mention)
        finder = FINDERS.search(found[0].text) is not None and verb in ("find", "finds", "found")
        if verb in DOCUMENT_VERBS and not document_subject(found[0].text) and not that_follows and not finder:
            continue
        if re.search(r"\b(?:when|after|before|while|because|if|until|unless|once|whether)\s+$",
                     sentence[:np_start]) and not clause_follows(sentence, match.end()):  # fmt: skip
            continue  # "… when he announced the lineup": a circumstance, not the statement
        speakers = [mention]
        content_start, recipient = after_verb(sentence, match.end(), verb)
        addressed = re.match(
            r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*|(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)"
            r"\s*:\s*(?=[“\"‘'])",
            sentence[content_start:],
        )
        if addressed is not None:  # "warns Mr Johnson: '…'": the words after the colon are the claim
            content_start += addressed.end()
        that = re.match(rf"(?:\s+{adverb}|{ASIDE_AFTER_VERB})?{listener}\s*that\s+", after)
        if that is not None:  # "indicated earlier this week that …", "assured members that …"
            content_start = max(content_start, match.end() + that.end())
        if verb in TELL_VERBS and re.search(
            r"\s(?:about|of)\s*$|^\s*(?:about|of)\b", sentence[match.end() : content_start + 6]
        ):
            continue  # "She told Harry about the ordeal": an act; what she said comes elsewhere
        if recipient is not None:
            speakers.append(recipient)
        quoted_name = named_quote(sentence, match.end(), verb)
        if verb in NAMING_VERBS and quoted_name is None and not quote_then_speaker(sentence[: match.start()]):
            continue  # "called for talks", "described the scene": no words of theirs to quote
        described = re.match(r"[\s,]*(?:which|whose)\s[^,“”\"]{1,80},\s+that\s+", sentence[content_start:])
        content_start += described.end() if described else 0  # "wrote in the paper, which …, that …"
        quote_first = quote_before(sentence, np_start, quoted)
        saying = SAYING.search(sentence[match.end() :])
        also: tuple[int, int] | None = None
        quotation_follows = re.match(r"\s*[,:]\s*[“\"]", sentence[match.end() :]) is not None
        relay_next = re.match(r"(?:citing|quoting|according\s+to)\b", sentence[content_start:]) or (
            sentence[:np_start].rstrip().endswith(",")
            and TAG_END.match(sentence[match.end() :])
            and not quotation_follows  # "Asked why, Scott said, “Because …”": the quotation is the claim
        )
        if quoted_name is not None:
            content = quoted_name
        elif quote_first is not None:
            # "“…,” the director said on Thursday, a day before …": the quotation is the claim.
            content = quote_first
            if saying is not None and not quoted_spans(sentence[match.end() : match.end() + saying.start()]):
                # "“…,” Hasib said, adding that he was scared …": what they went on to say.
                also = (match.end() + saying.end(), trim_end(sentence, len(sentence)))
        elif saying is not None and not quoted_spans(sentence[match.end() : match.end() + saying.start()]):
            # "rejected that account, saying local officials had acted …": the act, then what they said;
            # "The roads will reopen, the mayor said, adding that …": the clause before the tag, then more.
            content = (np_start, trim_end(sentence, match.end() + saying.start()))
            if clause_before_tag(sentence, np_start) and circumstance_only(
                sentence[: match.end() + saying.start()], content_start
            ):
                content = (0, trim_end(sentence, np_start))
            also = (match.end() + saying.end(), trim_end(sentence, len(sentence)))
            if len(sentence[content[0] : content[1]].split()) < 3:
                content, also = also, None
        elif relay_next and (cited := _CITED_THEN_THAT.match(sentence, content_start)):
            # "The minister said, citing figures from the agency, that exports fell": the clause after "that".
            content = (cited.end(), trim_end(sentence, len(sentence)))
        elif relay_next and parenthetical(sentence, match.end()):
            # "… camera, which, he said, scared the man off.": the tag sits inside the claim.
            content = (0, trim_end(sentence, len(sentence)))
        elif (
            trim_end(sentence, len(sentence)) - content_start < 4
            or relay_next
            or (clause_before_tag(sentence, np_start) and circumstance_only(sentence, content_start))
            # "…, Lund wrote in the paper, which was published today.": what follows describes the paper.
            or re.match(r"[\s,]*(?:which|whose)\s", sentence[content_start:])
        ):
            # The tag comes last: "The dam will open, the ministry said."
            content = (0, trim_end(sentence, np_start))
        else:
            content = (content_start, trim_end(sentence, len(sentence)))
            if verb in ANNOUNCING and not that_follows and not quoted_spans(sentence[content_start:]):
                if WHEN_ONLY.fullmatch(sentence[content_start : content[1]]):
                    continue  # "the lander, which Bezos announced earlier this year": no news in the clause
                if len(sentence[content_start : content[1]].split()) >= 3:  # not "announced Wednesday night"
                    # "announced the tour": the act with what it made known.
                    content = (match.start(), content[1])
        cue = Cue(tuple(speakers), VERB_STATUS[verb], sane(sentence, content), also=also)
        return joint_speakers(sentence, np_start, cue)
    return None


# In order: the first rule that reads the sentence decides.
_RULES = (
    anaphoric_relay,
    quoted_as_saying,
    told_by,
    heard_saying,
    _according_to,
    in_words_of,
    as_tag,
    _subject_verb,
    estimate_at,
    cited_finding,
    demand,
    speech_act,
    belief,
    progressive,
    verbless_tag,
    inverted,
    colon_quotation,
    participle,
    statement_from,
    by_phrase,
    claim_noun,
    criticised_by,
    view,  # last: a stated view gives way to any tag that names a speaker
)
