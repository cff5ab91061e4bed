"""Scraped-text rules of round 14: forms of page furniture read on both dev halves (a picture's
credit alone on its line). Every page here is invented, in the shape a scraper saves a site."""

from __future__ import annotations

import pytest
from test_ingest_scraped_layout import ARTICLE, MENU, parts

from tui.model.ingest import text_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Getty",
        "Getty Images",
        "Associated Press",
        "Ann Sample, AP",
        "Tom R. Example, Associated Press",
        "Ann Sample/Reuters",
        "Ann Sample / Reuters file",
        "Ann Sample/imagebank.example.se",
        "Ann Sample, Harbourtown.com",
        "APA/Ann Sample",
        "Pixabay",
    ],
)
def test_a_pictures_credit_alone_on_its_line(line: str) -> None:
    assert text_furniture.is_lone_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "(dpa)",  # a wire story's signature
        "Geld/Kreditkarten",  # a heading of two things
        "Harbour, Inc.",
        "AP Top Stories",
        "Reuters reports",
        "ann sample, ap",  # a name is capitalised
        "Ann Sample, Harbour Trust",  # a name and an office, no agency and no site
    ],
)
def test_headings_signatures_and_names_are_not_lone_credits(line: str) -> None:
    assert not text_furniture.is_lone_credit(line)


def test_a_credit_under_a_picture_is_neither_heading_nor_text() -> None:
    """Between the paragraphs, "Ann Sample, AP" above a paragraph was read as its heading."""
    got = parts("\n".join([*MENU, *ARTICLE[:3], "Ann Sample, Associated Press", *ARTICLE[3:]]))
    assert "Ann Sample, Associated Press" not in got
    assert ARTICLE[3] in got and got[-1] == ARTICLE[-1]


def test_a_paragraph_naming_an_agency_stays() -> None:
    line = "Ann Sample, a photographer for the Associated Press, was on the quay that morning."
    got = parts("\n".join([*MENU, *ARTICLE[:3], line, *ARTICLE[3:]]))
    assert line in got
