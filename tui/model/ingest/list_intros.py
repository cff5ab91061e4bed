"""A speaker's points set out as a list: "In her speech, Governor Vey made these points:", "The panel
found that:", "Among the ministry's claims:" closing a paragraph, then one item a paragraph below it.

The intro names who speaks and that a list follows (a plural noun of things said, or a finding); each
item after it is that speaker's claim, bulleted or not, until a paragraph that is no item (`items_end`).
A plain "Vey said:" promises one passage, not a list: `colon_blocks` reads it as before.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.mentions import Mention
from tui.model.ingest.speaker_words import valid_speaker

# Things a speaker says, in the plural: what a list of them holds. No "questions": they claim nothing;
# no "changes", "steps", "goals" or "results": a team "made three changes" or "had two goals" by acting.
_SAID_THINGS = (
    r"(?:points|rules|findings|demands|recommendations|messages|conclusions|reasons|claims|"
    r"proposals|priorities|lessons|arguments|concerns|principles|conditions|requests|criticisms|"
    r"complaints|objections|promises|pledges|warnings|suggestions|observations|takeaways|allegations|"
    r"commitments|accusations|assertions|predictions|guidelines|instructions)"
)
# "made these points", "wrote down his rules for management", "laid out three demands to the council".
_SETS_OUT = (
    r"(?:made|makes|set\s+out|sets\s+out|laid\s+out|lays\s+out|listed|lists|outlined|outlines|gave|gives|"
    r"offered|offers|raised|raises|presented|presents|put\s+forward|puts\s+forward|wrote\s+down|writes\s+down|"
    r"wrote|writes|issued|issues|identified|identifies|shared|shares|spelled\s+out|spelt\s+out|spells\s+out|"
    r"highlighted|highlights|had|has|added|adds|reached|reaches|made\s+public)"
)
_HOW_MANY = (
    r"(?:(?:these|the\s+following|following|his|her|their|its|several|some|a\s+few|a\s+number\s+of|a\s+list\s+of|"
    r"a\s+series\s+of|the|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|other|further|more|key|main|"
    r"central|chief|own|new|major|top|basic|simple)\s+)+"
)
# "In his speech, Governor Vey made these points:": an opening phrase, the speaker, the verb, the list.
_SPEAKER_SETS_OUT = re.compile(
    r"(?:(?:In|During|At|On)\s+[^,:]{2,60},\s+)?(?P<who>[^,:;“”\"]{2,80}?)\s+(?:also\s+|later\s+|then\s+|"
    r"eventually\s+|first\s+)?"
    rf"{_SETS_OUT}\s+(?:down\s+)?{_HOW_MANY}(?:[\w-]+\s+){{0,2}}?{_SAID_THINGS}"
    r"(?:\s+(?:for|on|about|to|of|in|from|against)\s+[^:“”\"]{1,60})?\s*:"
)
# "Among the ministry's claims:", "The panel's key findings include:", "Among them, the report found:".
_AMONG = re.compile(
    rf"(?:Among\s+(?P<among>[^:“”\"]{{2,60}}?)[’']s?\s+(?:[\w-]+\s+){{0,2}}?{_SAID_THINGS}"
    rf"|(?P<owner>[^:“”\"]{{2,60}}?)[’']s?\s+(?:[\w-]+\s+){{0,2}}?{_SAID_THINGS}\s+(?:include|included|are|were))"
    r"\s*:"
)
# What turns an intro the quotation rules read ("The panel found that:") into one of a list.
_LIST_SIGNAL = re.compile(
    r"(?:\b(?:found|finds|concluded|concludes|recommended|recommends)(?:\s+that)?|"
    rf"\b{_SAID_THINGS}(?:\s+(?:for|on|about|to|of|in|from|against)\s+[^:]{{1,60}})?|"
    r"\bthe\s+following|\bincluding|\binclude[sd]?)\s*:$"
)
# "Researchers studied …", "The economists surveyed …": a group opening the sentence, then what it did.
_GROUP_DID = re.compile(r"(?P<group>(?:The\s+)?[A-Z][a-z]+s)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
_PRONOUN = re.compile(r"(?:he|she|they|it|we)", re.IGNORECASE)


def list_intro(text: str, cue: Cue | None, quotation_intro: bool, before: str = "") -> Cue | None:
    """The speaker of the list the sentence introduces, or None when it introduces none.

    `cue` is the sentence's own speech cue, and `quotation_intro` whether the quotation rules read it as a
    tag with no words of its own ("The panel found that:"); its speakers are kept, the book knows them.
    `before` is the sentence before it in its paragraph, where "They found that:" finds who they are."""
    text = text.strip()
    if not text.endswith(":") or re.search(r"[“”\"]", text):
        return None
    if cue is not None and quotation_intro:
        return _named_group(cue, before) if _LIST_SIGNAL.search(text) else None
    sets_out = _SPEAKER_SETS_OUT.fullmatch(text)
    among = _AMONG.fullmatch(text) if sets_out is None else None
    who = sets_out["who"] if sets_out else among["among"] or among["owner"] if among else None
    if who is None or not _speaker_words(who):
        return None
    speakers = cue.speakers if cue is not None and cue.speakers[0].text in who else (Mention(who.strip()),)
    return Cue(speakers, ClaimStatus.UNVERIFIED, (len(text), len(text)))


def _named_group(cue: Cue, before: str) -> Cue:
    """ "Economists studied the towns. They found that:": they are the economists, whom no tag named, so
    the book would take "they" for an earlier speaker."""
    group = _GROUP_DID.match(before)
    if cue.speakers[0].text.lower() != "they" or group is None or not valid_speaker(group["group"]):
        return cue
    return Cue((Mention(group["group"]),), cue.status, cue.content)


def items_end(speaker: str, paragraph: str, sentences: int) -> bool:
    """Whether the paragraph ends the list rather than holding its next item: a long one, a lead-in or
    a heading of its own, or one that names the speaker again (the article telling of them, as in "The
    rules were not the only ones Vey broke.")."""
    words = paragraph.split()
    if sentences > 3 or len(words) > 70 or paragraph.rstrip().endswith((":", "?")):
        return True
    name = re.sub(r"[’']s?$", "", speaker.split()[-1]) if speaker.split() else ""  # "Sachs’" -> "Sachs"
    if not name[:1].isupper() or _PRONOUN.fullmatch(name):
        return False
    return re.search(rf"\b{re.escape(name)}\b", paragraph) is not None


def _speaker_words(who: str) -> bool:
    """A name, a pronoun or a speaker noun phrase: "Governor Vey", "she", "the panel's report"."""
    who = who.strip()
    first = who.split()[0]
    if _PRONOUN.fullmatch(first) and len(who.split()) == 1:
        return True
    return valid_speaker(who) and (who[:1].isupper() or first.lower() in ("the", "a", "an"))
