"""A figure's value and unit read as English in the figures list."""

from __future__ import annotations

import pytest

from tui.model.text import unit_after


@pytest.mark.parametrize(
    ("display", "unit", "expected"),
    [
        ("thousands", "soldiers", "thousands of soldiers"),
        ("Hundreds", "people", "Hundreds of people"),
        ("tens of", "", "tens of"),
        ("around 600", "soldiers", "around 600 soldiers"),
        ("$170 million", "", "$170 million"),
        ("1.2 million", "tonnes", "1.2 million tonnes"),
        ("34%", "", "34%"),
        ("", "soldiers", " soldiers"),
        ("up to 80TB", "TB", "up to 80TB"),
        ("22 mm", "mm", "22 mm"),
        ("55.7 percent", "%", "55.7 percent"),
        ("about 12 per cent", "%", "about 12 per cent"),
        ("34%", "%", "34%"),
    ],
)
def test_unit_follows_the_display(display: str, unit: str, expected: str) -> None:
    assert display + unit_after(display, unit) == expected
