"""Section ids and slugs shared by extraction and analysis."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tui.model.ingest.article import ArticleSection, section_ids, slugify, unique_ids

ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def test_section_ids_from_headings_with_a_lead() -> None:
    sections = (
        ArticleSection("", ("Lead paragraph.",)),
        ArticleSection("Hundreds of Troops Killed", ("x",)),
        ArticleSection("Hundreds of Troops Killed", ("y",)),
        ArticleSection("¿Qué pasó?", ("z",)),
    )
    assert section_ids(sections) == (
        "lead",
        "hundreds-of-troops-killed",
        "hundreds-of-troops-killed-2",
        "que-paso",
    )


def test_unique_ids_never_collide_with_an_existing_suffix() -> None:
    assert unique_ids(["a", "a-2", "a"]) == ("a", "a-2", "a-3")


@given(st.text())
def test_slugify_always_gives_a_valid_id(text: str) -> None:
    assert ID.match(slugify(text))
