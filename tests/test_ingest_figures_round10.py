"""Figures round 10: frame rates and video formats. All sentences are invented; each positive stands
beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A frame rate glued or spaced, in either case, is a figure in frames per second.
        ("The console port holds a steady 45fps in the desert.", [("45fps", 45, "fps")]),
        ("The trailer was cut at 24 FPS for cinemas.", [("24 FPS", 24, "fps")]),
        # A "p" after a video line count is a format, not pence; the frame rate beside it still counts.
        ("The tablet streams a shaky 720p 50fps picture.", [("50fps", 50, "fps")]),
        ("The webcam tops out at 1080p.", []),
        # Pence glued to other amounts stay pence.
        ("A second-class stamp rose to 68p.", [("68p", 68, "pence")]),
        ("The bakery now charges 725p for a cake.", [("725p", 725, "pence")]),
    ],
)
def test_frame_rates_and_video_formats(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
