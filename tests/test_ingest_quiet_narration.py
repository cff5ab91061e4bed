"""A quotation with no tag after a line or two of narration naming no one else is the last speaker's.

Features and interviews set a speaker's words apart by a line of scene; the quotation after it went
unattributed when the speaker's paragraph was not the one right before it (thirteenth session).
"""

from __future__ import annotations

from attribution_helpers import claims

SAID = "“The plan is dead,” said Ana Ruiz, the party leader."
AGAIN = "“We will start again next year.”"


def test_a_line_of_scene_leaves_the_turn_with_the_speaker() -> None:
    assert claims(SAID, "She looked tired.", AGAIN)[-1] == ("“We will start again next year.”", ("Ana Ruiz",))
    assert claims(SAID, "The room went quiet.", "Outside, it rained.", AGAIN)[-1][1] == ("Ana Ruiz",)


def test_a_line_naming_someone_else_ends_the_turn() -> None:
    found = claims(SAID, "Her rival, Tom Hale, shook his head.", AGAIN)
    assert ("“We will start again next year.”", ("Ana Ruiz",)) not in found


def test_a_credit_line_or_a_label_is_no_narration() -> None:
    for line in ("Engadget", "Details"):
        assert ("“We will start again next year.”", ("Ana Ruiz",)) not in claims(SAID, line, AGAIN)


def test_a_long_stretch_of_narration_ends_the_turn() -> None:
    scene = ["The room went quiet.", "Outside, it rained.", "A bus passed."]
    assert claims(SAID, *scene, AGAIN) == [("“The plan is dead,”", ("Ana Ruiz",))]


def test_the_quotation_must_open_its_paragraph() -> None:
    found = claims(SAID, "The room went quiet.", f"A bus passed. {AGAIN}")
    assert found == [("“The plan is dead,”", ("Ana Ruiz",))]
