"""Tags opened by "as": "As Dunn noted, the city has no money", "The plan, as the mayor put it, is …",
"Prices will rise, as the central bank warned in March."

The clause around the tag is what the speaker said: after it when the tag opens the sentence,
before it when the tag closes the sentence, and the whole sentence when the tag sits between
commas inside it. Only verbs of saying and reporting count: "as many had feared" and "as
analysts expected" are hopes and guesses, and "as was reported" names nobody.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, inside, quoted_spans, sane, trim_end
from tui.model.ingest.speaker_words import valid_speaker
from tui.model.ingest.speech import VERB_STATUS

_SAYING = (
    r"said|says|noted|notes|explained|explains|reported|reports|wrote|writes|told|tells|argued|argues|"
    r"warned|warns|observed|observes|stated|states|mentioned|acknowledged|acknowledges|admitted|admits|"
    r"confirmed|confirms|announced|revealed|reveals|pointed\s+out|points\s+out|put\s+it|puts\s+it|"
    r"found|finds|showed|shows|tweeted|posted|testified|recalled|recalls|remarked|insisted|insists|"
    r"claimed|claims|alleged|alleges|stressed|stresses|emphasi[sz]ed|highlighted|highlights"
)
_AS_TAG = re.compile(
    # "But as the mayor pointed out, …": a conjunction may open the sentence before the tag.
    r"(?P<open>^(?:(?:But|And|Yet|So)\s+)?|,\s+)[Aa]s\s+(?P<np>[A-Za-z][\w.&’'-]*(?:\s+[\w.&’'-]+){0,6}?)\s+"
    r"(?:(?:has|have|had|also|once|previously|recently|famously|rightly|\w+ly)\s+){0,2}"
    rf"(?P<verb>{_SAYING})\b(?P<tail>[^,;:“”\"]{{0,60}}?)(?P<close>,\s*|\s*[.!?]?$)"
)
_NOT_A_SPEAKER = re.compile(r"^(?:it|there|well|such|much|many|far|long|soon|good|usual|always|ever)\b", re.I)


def as_tag(sentence: str) -> Cue | None:
    """The speaker of an "as X said" tag, and the clause it frames."""
    for match in _AS_TAG.finditer(sentence):
        speaker = match["np"].strip()
        if _NOT_A_SPEAKER.match(speaker) or not valid_speaker(speaker):
            continue
        if inside(quoted_spans(sentence), match.start()):
            continue
        end = trim_end(sentence, len(sentence))
        # "But, as the committee has pointed out, it would …": only a conjunction before the tag.
        opener = re.fullmatch(r"(?:But|And|Yet|However|Still|Indeed|So)?", sentence[: match.start()].strip())
        if opener is not None:
            if not match["close"].startswith(","):
                continue  # "As Dunn said." is no clause
            content = (match.end(), end)
        elif match.end() >= len(sentence.rstrip()):
            content = (0, trim_end(sentence, match.start()))
        else:
            content = (0, end)
        verb = re.sub(r"\s+.*", "", match["verb"])
        status = VERB_STATUS.get(verb.lower(), VERB_STATUS["said"])
        return Cue((Mention(speaker),), status, sane(sentence, content))
    return None
