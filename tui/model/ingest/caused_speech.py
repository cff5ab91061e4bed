"""Speech that something else set off: "The vote led Lund to say, “…”", "…, prompting the mayor to warn
that …", "The leak forced the ministry to admit that …".

The speaker is the object of the causing verb, not the sentence's subject (the event, the vote, the
leak), and the verb after "to" happened: "led Lund to say X" entails that Lund said X. Only verbs of
saying count: "led investors to believe …" is an impression the writer infers, no one's statement,
and "asked the board to resign" is a request, not words of the board's. The words must follow as a
quotation or a that-clause ("prompted the mayor to say the pier was safe" with no "that" is left to the
rules of zero-that clauses, which need a subject of their own).
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.mentions import Mention
from tui.model.ingest.phrases import inside, quoted_spans, sane, trim_end
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import VERB_STATUS

_CAUSED = re.compile(
    r"\b(?:led|leads|lead|leading|prompted|prompts|prompting|forced|forces|forcing|compelled|compels|"
    r"compelling|drove|drives|driving|spurred|spurs|spurring|pushed|pushes|pushing|moved|moves|inspired|"
    r"inspires|caused|causes|causing)\s+"
    # The speaker: a name, a pronoun, or a noun phrase of up to five words, with an apposition after it
    # ("led Tom Hale, the mayor, to say").
    r"(?P<who>him|her|them|(?:the|a|an|his|her|their|its|one|some|many|several)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+|"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)"
    r"(?:,\s+[^,“”\"]{2,80},)?\s+to\s+(?:(?:publicly|openly|finally|later|then|also)\s+)?"
    r"(?P<verb>say|suggest|declare|remark|write|warn|argue|claim|insist|admit|concede|acknowledge|quip|joke|"
    r"note|observe|tweet|post|reply|respond|comment|exclaim|announce|complain|lament|confess|deny|tell\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    # Where or when it was said may stand between the verb and the words: "to say, on Monday, “…”".
    r"(?P<aside>,\s+[^,“”\"]{2,80})?"
    r"(?P<opens>\s*[,:]\s*(?=[“\"])|\s+that\s+)"
)
_PAST = {"say": "said", "write": "wrote", "tell": "told", "deny": "denied", "reply": "replied"}
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}
_NOT_SPEAKERS = {"it", "this", "that", "which", "there"}


def caused_speech(sentence: str) -> Cue | None:
    """ "The row led Lund to say, “…”": Lund's words, whatever the sentence's subject did to cause them."""
    match = _CAUSED.search(sentence)
    if match is None or inside(quoted_spans(sentence), match.start()):
        return None
    who = match["who"]
    if who.lower() in _NOT_SPEAKERS or not valid_speaker(who):
        return None
    who = _SUBJECT_FORM.get(who, who)  # "led her to say": she said it
    verb = match["verb"].split()[0]
    past = _PAST.get(verb, verb + ("d" if verb.endswith("e") else "ed"))
    status = VERB_STATUS.get(past, ClaimStatus.UNVERIFIED)
    content = (match.end(), trim_end(sentence, len(sentence)))
    main_clause = (0, trim_end(sentence, match.start()))
    return Cue((Mention(who),), status, sane(sentence, content), main_clause=main_clause)
