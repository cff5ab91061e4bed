"""A speaker nested in a report: "The ministry told AFP that Jong had said …", "According to AFP, one user
posted: “…”", "its researchers examined the data and concluded that …": the inner speaker first, then
who passed it on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue

# "its researchers concluded the ice was melting": a finding with no "that", a clause with its own verb.
_ZERO_THAT = (
    r"\s+(?:the|a|an|its|their|his|her|this|these)\s+[^,.;“”\"]{1,60}?\s"
    r"(?:was|were|is|are|had|has|have|would|will|could|can|may|might)\b"
)
_SHARE_OF_PEOPLE = re.compile(
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent)|(?:a|the)\s+majority\b|half\s+of\b", re.I
)


def nested(sentence: str, cue: Cue, find_inner: Callable[[str], Cue | None]) -> Cue:
    """ "The ministry told AFP that Jong had said the talks were over": Jong first, then who passed it on."""
    start, end = cue.content
    if cue.relays_previous or cue.also is not None or end - start < 12:
        return cue
    inner = find_inner(sentence[:end].replace(sentence[:start], " " * start, 1))
    if inner is None or inner.relays_previous or inner.main_clause is not None:
        return cue
    speaker = inner.speakers[0].text
    opens = re.match(
        # "his predecessor, Fiona Hill, had dubbed …": a description before the inner speaker's name.
        r"[“\"‘']?\s*(?:(?:his|her|their|its|the)\s[^,“”\"]{1,60},\s+)?"
        + re.escape(speaker)
        # "X, which is …, posted", "John Doerr, the partner from Kleiner Perkins, told Page that …".
        + r"(?:,\s+(?:which|who|a|an|the)\s[^,“”\"]{1,80},)?,?"
        # "its researchers examined the data and concluded that …": a first act, then the finding.
        r"(?:\s+[a-z]+ed\s[^,.;“”\"]{1,80}?\s+and)?"
        r"\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
        # "According to AFP, one user posted: “…”", "…, the suspect told officers he …": the inner speaker.
        r"(?:said|says|claimed|alleged|reported|warned|insisted|concluded(?=\s+that\b|" + _ZERO_THAT + r")|"
        # "As Mashable reports, the company announced that …": the company first, then who reported it.
        r"(?:announced|confirmed|admitted)(?=\s+that\b)|"
        r"(?:called|dubbed|branded|labelled|labeled|termed|described)(?=\s[^“”\"]{1,80}[“\"])|"
        # "wrote in a blog post that …": where it was written, then what.
        r"(?:posted|wrote|tweeted|stated|explained|argued)"
        r"(?=(?:\s+in\s+an?\s+[\w -]{1,30}?)?\s*(?::|that\b|,?\s*[“\"]))|"
        # "had told President Jo Lee (by phone) on Wednesday that …": a listener of up to four words, a day.
        r"(?:told|tells)\s+\S+(?:\s+\S+){0,3}?\s+(?:on\s+\w+\s+)?(?:that|(?=(?:he|she|they|it|we)\s))|"
        # "had told her: “…”", "told staff the plan was dead": a listener of one or two words, then the
        # words themselves after a colon, or a clause with no "that".
        r"(?:told|tells)\s+(?:him|her|them|us|me|staff|reporters|officials|[a-z]+\s+[a-z]+)"
        r"(?=\s*:\s*[“\"]|" + _ZERO_THAT + r")|"
        r"(?:shows?|showed|found|finds|revealed|reveals|suggests?|suggested)(?:\s+that|(?="
        + _ZERO_THAT
        + r"))|"
        # "Usov says the family thought they'd never see the cat again": a belief the speaker reports.
        # A clause must follow: "expected revenue of $10 billion" is the company's forecast, not a belief.
        r"(?:thought|believed|feared|hoped)(?=\s+(?:that|they|he|she|it|we|I|there)\b))\b",
        sentence[start:end],
    )
    if opens is None or speaker.lower() in ("it", "they") or inner.content[1] - inner.content[0] < 12:
        return cue
    if _SHARE_OF_PEOPLE.match(speaker):
        return cue  # "The survey reveals that 68 per cent of people believed …": the survey's finding
    outer = [m for m in cue.speakers if m.text.lower() not in {i.text.lower() for i in inner.speakers}]
    return replace(cue, speakers=(*inner.speakers, *outer), content=inner.content, status=inner.status)
