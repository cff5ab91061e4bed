"""Quoted words shown inside one pair of marks: in forms, prompts and exported notes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.model.text import as_sentence, in_quotes, nested_quotes


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("the costs are brutal", "“the costs are brutal”"),
        ("“We will not back down”", "“We will not back down”"),
        ('"We will not back down"', "“We will not back down”"),
        ("‘It’s over’", "“It’s over”"),
        ("  “Padded”  ", "“Padded”"),
        # Two quotations with a tag between them keep their own marks, nested.
        ("“We tried,” she said, “and failed”", "“‘We tried,’ she said, ‘and failed’”"),
        ('he called it "a disaster" twice', "“he called it ‘a disaster’ twice”"),
        ("“", "“‘”"),
        ("", "“”"),
    ],
)
def test_in_quotes(words: str, shown: str) -> None:
    assert in_quotes(words) == shown


@given(st.text())
def test_in_quotes_always_opens_and_closes_once(words: str) -> None:
    shown = in_quotes(words)
    assert shown.startswith("“") and shown.endswith("”")
    assert "“" not in shown[1:-1] and "”" not in shown[1:-1]


def test_nested_quotes_pairs_straight_marks_in_order() -> None:
    assert nested_quotes('"a" and "b"') == "‘a’ and ‘b’"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("“The port is safe.”", "“The port is safe.”"),  # the notice gets no second full stop
        ("“Is the port safe?”", "“Is the port safe?”"),
        ("“The port is safe”", "“The port is safe”."),
        ("Rejected", "Rejected."),
    ],
)
def test_as_sentence_adds_a_full_stop_only_where_none_ends_it(text: str, sentence: str) -> None:
    assert as_sentence(text) == sentence
