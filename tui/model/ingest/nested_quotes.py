"""Attribution inside a quotation: "“… Elizabeth Warren says it herself, ‘This is the fight of our
lives,’” Dossaji said." The inner claim's chain runs from the person quoted inside to the speaker.

Only a named or described third party inside the quotation makes a nested claim: "he said" or
"they told me" inside someone's words points to people the article may not name, and "I said"
or "my father told me" is the speaker's own story.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import quoted_spans

_PRONOUNS = {"he", "she", "they", "it", "others", "some", "many", "one", "another", "this", "that"}


# A quotation inside a quotation in single marks: what the inner speaker said ends at its closing mark.
_SINGLE_QUOTED = re.compile(r"[‘']\w[^‘’']*?(?:\w[’']\w[^‘’']*?)*[,.!?]?[’'](?=\s|$)")


# A British page's quotation in single marks: one opens after a space or the start and closes before a
# space, a stop or the end (an apostrophe, "that’s", sits between letters).
_SINGLE_SPAN = re.compile(r"(?:^|(?<=\s))‘.*?[\w,.?!…]’(?=[\s,.;:!?]|$)")


def _spans(sentence: str) -> list[tuple[int, int]]:
    """The sentence's quotations: in double marks, else (a page that quotes in single marks) in single."""
    if re.search(r"[“”\"«»]", sentence):
        return quoted_spans(sentence)
    return [(found.start(), found.end()) for found in _SINGLE_SPAN.finditer(sentence)]


def inner_cues(sentence: str, span: tuple[int, int], find: Callable[[str], list[Cue]]) -> list[Cue]:
    """Cues with a third-party speaker inside the quotations of `span` (offsets in `sentence`):
    "‘The weather office states that storms will …,’ she said" chains the office to her."""
    found: list[Cue] = []
    for start, end in _spans(sentence):
        if start < span[0] or end > span[1] or end - start < 30:
            continue
        inside = sentence[start + 1 : end - 1]
        for cue in find(inside):
            first = cue.speakers[0].text.lower()
            content = (cue.content[0] + start + 1, cue.content[1] + start + 1)
            own = first.startswith(("my ", "our "))  # "My father told me …": the speaker's own story
            if (
                cue.relays_previous
                or first in _PRONOUNS
                or own
                or len(sentence[content[0] : content[1]].split()) < 3
            ):
                continue
            quoted = _SINGLE_QUOTED.match(sentence, content[0], content[1])
            if quoted is not None:
                content = (content[0], quoted.end())  # "said, 'Congratulations,' and I thought …": the words
            found.append(replace(cue, content=content, also=None, main_clause=None))
    return found
