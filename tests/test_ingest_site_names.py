"""The outlet a draft shows, cleaned of what a template writes around the site's name. Invented names."""

from __future__ import annotations

import pytest

from tui.model.ingest.html import extract_html
from tui.model.ingest.site_names import clean_site_name


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Harbour Post | Kelsey's favourite news platform", "Harbour Post"),  # a tagline
        ("Harbour Post – News, Tides, Weather and Sport from the Coast", "Harbour Post"),
        ("Dredging starts on the east channel after a long winter of talks - Harbour Post", "Harbour Post"),
        ("https://www.harbourpost.example", "harbourpost.example"),  # a URL
        ("www.harbourpost.example", "harbourpost.example"),
        ("harbourpost.example/", "harbourpost.example"),
        ("@harbourpost", "harbourpost"),  # a handle
        ("HarbourPost_", "HarbourPost"),
        ("☆☆☆☆☆ - Harbour Society e.V. - News from the Coast", "Harbour Society e.V."),  # a rating's stars
        ("»Harbour Post«", "Harbour Post"),
        ("{$plugin.tx_news.opengraph.site_name}", ""),  # a placeholder left unfilled
        ("12.03.2021", ""),  # a date
        ("Copyright 2009 - 2021 by Harbour Media", ""),
    ],
)
def test_a_site_name_is_cleaned_of_its_template(written: str, shown: str) -> None:
    assert clean_site_name(written) == shown


@pytest.mark.parametrize(
    "name", ["Harbour Post", "Harbour Society e.V.", "U.S. Harbour News", "HARBOUR!", "harbourpost.example"]
)
def test_a_plain_site_name_is_kept(name: str) -> None:
    assert clean_site_name(name) == name


def test_a_page_shows_its_outlet_without_the_tagline() -> None:
    page = (
        "<html><head><title>Dredging starts | Harbour Post | Kelsey's favourite news platform</title>"
        """<meta property="og:site_name" content="Harbour Post | Kelsey's favourite news platform">"""
        "</head><body><article><h1>Dredging starts</h1>"
        + "".join(
            f"<p>The harbour board met on day {n} and agreed to dredge the channel before the tides.</p>"
            for n in range(1, 6)
        )
        + "</article></body></html>"
    )
    meta = extract_html(page, "https://harbourpost.example/dredging").meta
    assert meta.outlet == "Harbour Post"
    assert meta.title == "Dredging starts"
