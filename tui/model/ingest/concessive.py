"""A sentence that sets one report against another: "Although relatives suggested he was murdered, Hale
told lawmakers no evidence supports it." Each clause has its own speaker, and neither passes the other on:
the opening clause is the relatives' claim, the main clause Hale's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import inside, quoted_spans

_OPENER = re.compile(r"^(?:Although|Though|While|Even\s+though|Whereas)\s+(?=\S)")


_COMMAS_READ = 6


def _shifted(cue: Cue, by: int) -> Cue:
    def move(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + by, span[1] + by)

    content = (cue.content[0] + by, cue.content[1] + by)
    return replace(cue, content=content, main_clause=move(cue.main_clause), also=move(cue.also))


def _main_clause(rest: str, cue: Cue) -> bool:
    """The cue reads the clause after the comma as a main clause of its own: its speaker opens it and
    what they said follows ("…, Hale told lawmakers no evidence …"), or the clause runs up to a closing
    tag that names them ("…, the fire started in the kitchen, fire chief Ana Lund said"). A bare tag
    ("…, fire chief Ana Lund said.") is no main clause: its words are the clause before the comma."""
    speaker = cue.speakers[0].text
    if rest.startswith(speaker):
        return cue.content[0] >= len(speaker)
    return cue.content[0] <= 1 and rest.find(speaker, cue.content[1]) != -1


def concessive_cues(sentence: str, find: Callable[[str], list[Cue]]) -> list[Cue] | None:
    """The cues of both clauses when `sentence` opens with "Although/While …," and its main clause names a
    speaker of its own right after the comma; None when it does not."""
    if _OPENER.match(sentence) is None:
        return None
    quotes = quoted_spans(sentence)
    for number, comma in enumerate(re.finditer(r",\s+", sentence)):
        if number >= _COMMAS_READ:
            break  # the opening clause is short; reading every comma of a long list would be quadratic
        if inside(quotes, comma.start()):
            continue
        rest = sentence[comma.end() :]
        main = [c for c in find(rest) if c.speakers and _main_clause(rest, c)]
        if not main:
            continue
        opening = [c for c in find(sentence[: comma.start()]) if c.content[1] <= comma.start()]
        if not opening and not any(rest.startswith(c.speakers[0].text) for c in main):
            # "While the cause is unknown, the fire started …, Lund said": one report, the whole sentence.
            return None
        return opening + [_shifted(c, comma.end()) for c in main]
    return None
