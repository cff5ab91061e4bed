"""What a speaker calls for: "The governor called for calm", "He urged restraint, saying …",
"She voiced her support for the plan".

A call for something states the speaker's position, so it is attributed to them
like a statement: the claim runs from the verb to the end of the clause. A
request put to someone else ("urged voters to stay home", "called on the board
to resign") is an act addressed to a listener, not a statement, and neither is
a noun ("calls for reform grew") or a thing that needs something ("the recipe
calls for two eggs").
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.documents import document_subject
from tui.model.ingest.phrases import inside, quoted_spans, sane, subject_before, trim_end
from tui.model.ingest.speech import SAYING
from tui.model.ingest.verb_context import PURPOSE

_DEMAND = re.compile(
    r"\b(?:(?:call|calls|called|calling)\s+for|urge|urges|urged|beg|begs|begged|implored|"
    # "Musk appealed for the public's help", "Janitors are asking for a $15 wage", "asked for the case to
    # be reopened": a request that states a position ("asked for a recess" is a step in a meeting).
    r"(?:appeal|appeals|appealed|appealing)\s+for|"
    r"(?:ask|asks|asked|asking)\s+for(?=\s+(?:an?|the|more|higher|better|[$£€]?\d)\b)|"
    # "demanded an apology", "are demanding answers": what the speaker insists on having.
    r"(?:demand|demands|demanded|demanding)(?=\s+(?:an?|the|his|her|their|its|more|answers|changes|action)\b)|"
    # "The union warned of strikes": a warning states what the speaker expects (the gold pages count it).
    r"(?:warn|warns|warned)\s+(?:of|about|against)|"
    # "has voiced his support for …", "expressed concern over …": a position, stated.
    r"(?:voiced|voices|expressed|expresses)\s+(?:(?:his|her|their|its)\s+)?(?:strong\s+|full\s+|deep\s+)?"
    r"(?:support|opposition|concerns?|frustration|disappointment|optimism|confidence|hope|fears?|doubts?|regret|"
    r"anger|dismay|surprise|scepticism|skepticism|outrage|alarm|sympathy|condolences|solidarity|gratitude|"
    r"relief|shock|displeasure|reservations|unease|misgivings|indignation|sorrow)\s+(?:for|to|over|about|"
    r"with|at|in|that)|"
    # "Rights groups cried foul.": an objection, stated (nothing need follow it).
    r"(?:cried|cries|cry|crying)\s+foul(?=[\s.,;])|"
    # "Students raised worries about privacy": a concern, stated.
    r"(?:raised|raises|raising)\s+(?:(?:his|her|their|its)\s+)?(?:worries|concerns|fears|doubts|questions)\s+"
    r"(?:about|over|that|on)|"
    # "The minister proposed a tax on sugar": a proposal by someone who can speak (not "the data suggested").
    r"(?P<proposal>proposed|proposes|suggested|suggests)(?=\s+(?:a|an|the|that\s+the|"
    r"his|her|their|its|new|more|further)\b))(?:\s+(?=\S)|(?<=foul)(?=[.,;]))"
)
# "urged voters to stay home", "urged them not to travel": a request to a listener.
_ASKS_SOMEONE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+")
# "There were calls for …", "Critics have long called for …" are fine; "the plan calls for" is not a speaker.
_NOT_SPEAKING = {"it", "there", "this", "that", "which", "what"}


def _proposer(text: str) -> bool:
    """Who proposes: a person or body named in two words or more, a pronoun, or a speaker noun, never a
    document or data ("the evidence suggested a link")."""
    words = text.split()
    if document_subject(text) or (len(words) == 1 and text.lower() not in ("he", "she", "they")):
        return False
    return text.lower() not in ("it", "this")


def demand(sentence: str) -> Cue | None:
    """ "Mayor X called for calm after …": the call, with what they said while making it."""
    match = _DEMAND.search(sentence)
    if match is None or inside(quoted_spans(sentence), match.start()):
        return None
    saying = SAYING.search(sentence, match.end())
    clause_end = saying.start() if saying is not None else len(sentence)
    urged = match.group(0).lower().startswith(("urge", "beg", "implore"))
    asks = _ASKS_SOMEONE.search(sentence, match.end(), clause_end)
    if urged and asks and not inside(quoted_spans(sentence), asks.start()):
        return None  # "urged voters to stay home" asks; "urged voters “not to stay”" says in their words
    pleaded = re.match(r"beg|implore", match.group(0), re.IGNORECASE) is not None
    if pleaded and not any(match.end() <= start < clause_end for start, _end in quoted_spans(sentence)):
        return None  # "begged for forgiveness": a plea is a claim only in the speaker's quoted words
    progressive = re.search(r"\s(?:is|are|was|were)\s+$", sentence[: match.start()])
    if progressive is not None and not match.group(0).lower().startswith(
        ("calling", "demanding", "asking", "appealing")
    ):
        return None  # "Water is called for in step two": passive, nobody calls
    asked = match.group(0).lower().startswith("ask") and progressive is None
    if asked and not re.search(r"\bto\s+be\s+\w+", sentence[match.end() : clause_end]):
        return None  # "asked for a recess" is an act; "asked for the case to be reopened", a position
    act = PURPOSE.search(sentence, max(0, match.start() - 60), match.start())
    # "used her address to warn against …": the one who gave the speech makes the call.
    at = act.start() if act is not None else progressive.start() if progressive else match.start()
    found = subject_before(sentence, at)
    if found is None or found[0].text.lower() in _NOT_SPEAKING:
        return None
    if match["proposal"] and not _proposer(found[0].text):
        return None
    also = None
    end = trim_end(sentence, len(sentence))
    if saying is not None:
        also = (saying.end(), end)
        end = trim_end(sentence, saying.start())
    # "urged calm": two words are a whole call, where a statement needs a clause.
    content = (match.start(), end) if end - match.start() > len(match.group(0)) else sane(sentence, (0, end))
    return Cue((found[0],), ClaimStatus.UNVERIFIED, content, also=also)
