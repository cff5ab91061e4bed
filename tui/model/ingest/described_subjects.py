"""A description that points back to a subject: "Nordstahl cut 300 jobs. The company said …" means
Nordstahl, which opened the sentence before without speaking yet."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import classify, rule_kind
from tui.model.ingest.names import describes_person
from tui.model.ingest.places import country_of_metonym
from tui.model.ingest.source_names import plural_head


def subject_described(text: str, recent_names: list[str], fresh: set[str], things: set[str]) -> str | None:
    """The most recent fresh subject (a name that opened this sentence or the one before, newest last in
    `recent_names`) that `text` ("the company", "the director") describes; None if none fits."""
    wants_person = describes_person(text)
    wanted_kind = rule_kind(text)
    if not wants_person and wanted_kind is None:
        return None  # "the Kazakh water committee" introduces a body; it does not point back
    if re.search(r"\b(?:judge|magistrate|prosecutor|coroner|jury|juror)\b", text, re.IGNORECASE):
        return None  # "Venn runs the trust. The judge ruled …": the bench is someone the story adds
    for item in reversed(recent_names):
        if item not in fresh:
            continue
        if re.match(r"(?:the|a|an|these|those|this|that|some|many|two|three)\s", item, re.IGNORECASE):
            continue  # "The owners lied, the judge ruled": another description is someone else
        kind, person = classify(item)
        person = person and item not in things
        if person != wants_person or country_of_metonym(item):
            continue
        if person and plural_head(text) and not plural_head(item):
            continue  # "Author Kira Belmont asked … The authors concurred …": many, not the one person
        if wants_person or kind is wanted_kind:
            return item
    return None
