"""`briefing ingest`: the seed, outputs, overwrite rules, bad input, several sources."""

from __future__ import annotations

import io
import os
import sys
import tomllib
from pathlib import Path

import pytest

from tui.cli import main
from tui.model.format.loader import load_briefing
from tui.model.ingest.text import extract_text

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_584a956c93e6e3ce.txt"
CURATED = REPO / "briefings" / "north-korea-russia-alliance.toml"

ARTICLE_HTML = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port reopens</title>
<meta property="og:site_name" content="Harbour Times"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port reopens after storm</h1>
<p>The harbour reopened on Tuesday after a storm closed it for three days, the port authority said.</p>
<p>About 40 ships had waited offshore, according to the coast guard, and most docked by evening.</p>
<h2>Damage</h2>
<p>Repairs to the northern pier will cost around $2 million, the city's mayor told reporters.</p>
</article><footer>Share this article</footer></body></html>"""


def ingest(*args: str | Path) -> int:
    return main(["ingest", *map(str, args)])


def test_seed_gives_the_curated_headings_and_paragraphs_exactly() -> None:
    article = extract_text(SEED.read_text(encoding="utf-8"))
    curated = tomllib.loads(CURATED.read_text(encoding="utf-8"))
    assert [s.heading for s in article.sections] == [s["heading"] for s in curated["sections"]]
    assert [p for s in article.sections for p in s.paragraphs] == [
        p for s in curated["sections"] for p in s["paragraphs"]
    ]
    assert len(article.sections) == 7
    assert sum(len(s.paragraphs) for s in article.sections) == 21
    body = "\n".join(p for s in article.sections for p in s.paragraphs)
    for furniture in ("Homepage", "Others are reading now", "Also read", "Share the article", "Wikimedia"):
        assert furniture not in body
    assert article.meta.title == curated["briefing"]["title"]
    assert article.meta.dek == curated["briefing"]["dek"]
    assert article.meta.image_credit == curated["briefing"]["image_credit"]
    assert article.meta.category == "World"
    assert (article.meta.outlet, article.meta.authors, article.meta.published) == ("", (), None)


def test_seed_draft_passes_check_and_marks_every_claim_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "draft.toml"
    assert ingest(SEED, "-o", out) == 0
    printed = capsys.readouterr().out
    assert "7 sections, 21 paragraphs" in printed and str(out) in printed
    assert main(["check", str(out)]) == 0
    briefing = load_briefing(out)
    assert briefing.format == 2
    assert len(briefing.sections) == 7
    assert all(claim.review == "draft" for claim in briefing.claims)
    assert any("no outlet, author or publication date" in note for note in briefing.editor_notes)
    assert briefing.meta.language == ""  # unknown stays empty, not the format's "en"


def test_default_output_is_the_users_briefings_folder(briefing_home: Path) -> None:
    assert ingest(SEED) == 0
    written = list((briefing_home / "data" / "briefings").glob("*.toml"))
    assert [p.name for p in written] == ["kim-jong-un-makes-wild-claim-north-korean-troops.toml"]


def test_id_and_into(tmp_path: Path) -> None:
    assert ingest(SEED, "--into", tmp_path / "out", "--id", "nk-draft") == 0
    assert load_briefing(tmp_path / "out" / "nk-draft.toml").meta.id == "nk-draft"
    assert ingest(SEED, "--id", "Not An Id") == 2


def test_never_overwrites_without_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "draft.toml"
    out.write_text("mine", encoding="utf-8")
    assert ingest(SEED, "-o", out) == 1
    assert "already exists; use --force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "mine"
    assert ingest(SEED, "-o", out, "--force") == 0
    assert load_briefing(out).meta.title.startswith("Kim Jong Un")


def test_html_file_in_another_charset(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    text = ARTICLE_HTML.replace('<meta charset="utf-8">', "").replace("storm", "tempête à Zürich")
    page.write_bytes(text.encode("cp1252"))
    out = tmp_path / "d.toml"
    assert ingest(page, "-o", out) == 0
    briefing = load_briefing(out)
    assert briefing.meta.outlet == "Harbour Times"
    assert "tempête à Zürich" in briefing.sections[0].paragraphs[0]
    assert [s.heading for s in briefing.sections] == ["", "Damage"]
    assert "Share this article" not in out.read_text(encoding="utf-8")


def test_standard_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    out = tmp_path / "d.toml"
    assert ingest("-", "-o", out) == 0
    assert len(load_briefing(out).sections) == 7


def _refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path | str, expected: str) -> None:
    out = tmp_path / "never.toml"
    assert ingest(source, "-o", out) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert err.count("\n") == 1, err  # one line
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".never")]


def test_binary_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "photo.html"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    _refused(tmp_path, capsys, png, "binary file")


def test_empty_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n\n\t\n", encoding="utf-8")
    _refused(tmp_path, capsys, empty, "empty file")


def test_page_without_article_text_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "nav.html"
    links = "".join(f'<li><a href="/s{n}">Story number {n}</a></li>' for n in range(30))
    page.write_text(f"<html><body><nav><ul>{links}</ul></nav><footer>© Site</footer></body></html>")
    _refused(tmp_path, capsys, page, f"no article text found in {page}")


def test_oversized_file_is_refused_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    _refused(tmp_path, capsys, huge, "50.0 MB is over the 10 MB limit")


def test_undecodable_bytes_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe" + "Hello world. ".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    _refused(tmp_path, capsys, broken, "undecodable bytes")


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _refused(tmp_path, capsys, tmp_path / "nope.txt", "no such file")


HOSTILE_HTML = """<html><head><title>Hostile\x1b]0;owned\x07 page</title>
<script>document.write('<p>INJECTED SCRIPT TEXT</p>')</script><style>p{color:red}</style>
</head><body><article>
<h1>Hostile page</h1>
<p>The council said the bridge \x1b[31mwill reopen\x1b[0m in May, after repairs that cost $3 million.</p>
<p>Residents were told \u202egnorw si siht\u202c to expect delays of about 20 minutes, the city said.</p>
<p>A note read [@click=app.quit]quit[/] and [bold red]alarm[/], which is text, not markup.</p>
<p>Entities decode late: &#x1b;[2J cleared, &#x9b;1m set, &#x202e;reversed&#x202c; and &#7; rang here.</p>
<script>alert("x")</script><noscript>Enable JavaScript</noscript>
</article></body></html>"""


def test_hostile_html_is_cleaned_as_at_load(tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(HOSTILE_HTML, encoding="utf-8")
    out = tmp_path / "d.toml"
    assert ingest(page, "-o", out) == 0
    data = out.read_bytes()
    assert b"\x1b" not in data and b"\x07" not in data and "\x9b".encode() not in data
    assert "Entities decode late: [2J cleared" in data.decode("utf-8")
    assert "\u202e".encode() not in data and "\u202c".encode() not in data
    text = data.decode("utf-8")
    assert "INJECTED SCRIPT TEXT" not in text and "alert(" not in text
    assert "[@click=app.quit]quit[/]" in text  # kept verbatim: the reader shows markup-like text as text
    assert main(["check", str(out)]) == 0


def test_hostile_text_is_cleaned(tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    seed = SEED.read_text(encoding="utf-8")
    source.write_text(seed.replace("North Korea defended", "North \x1b[2J\x9b31mKorea\u2066 defended"))
    out = tmp_path / "d.toml"
    assert ingest(source, "-o", out) == 0
    data = out.read_bytes()
    assert b"\x1b" not in data and "\x9b".encode() not in data and "\u2066".encode() not in data
    assert "North [2J31mKorea defended" in data.decode("utf-8")


def test_interrupted_write_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "link", interrupted)
    out = tmp_path / "d.toml"
    assert ingest(SEED, "-o", out) == 130
    assert "interrupted" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_several_sources_one_failing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "port.html"
    page.write_text(ARTICLE_HTML, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert ingest(SEED, empty, page, "--into", out) == 1
    captured = capsys.readouterr()
    assert f"briefing ingest: {empty}: empty file" in captured.err
    assert "2 of 3 sources ingested" in captured.err
    assert sorted(p.name for p in out.iterdir()) == [
        "kim-jong-un-makes-wild-claim-north-korean-troops.toml",
        "port-reopens-after-storm.toml",
    ]
    for path in out.iterdir():
        assert main(["check", str(path)]) == 0


def test_several_sources_need_into_not_output(tmp_path: Path) -> None:
    assert ingest(SEED, SEED, "-o", tmp_path / "x.toml") == 2


def test_text_without_title_gets_one_from_its_first_words_and_a_note(tmp_path: Path) -> None:
    source = tmp_path / "untitled.txt"
    paragraphs = [
        "The river rose by two metres overnight and flooded the lower town, the mayor said on Sunday.",
        "About 300 people spent the night in the school gym, according to the fire brigade.",
    ]
    source.write_text("\n\n".join(paragraphs), encoding="utf-8")
    out = tmp_path / "d.toml"
    assert ingest(source, "-o", out) == 0
    briefing = load_briefing(out)
    assert briefing.meta.title == "The river rose by two metres overnight and flooded the lower town,…"
    assert any("no title" in note for note in briefing.editor_notes)
    assert list(briefing.sections[0].paragraphs) == paragraphs


def test_whole_page_scrape_keeps_the_article_block(tmp_path: Path) -> None:
    menu = [f"Menu item {n}" for n in range(12)]
    footer_prose = "Trotz sorgfältiger Kontrolle übernehmen wir keine Haftung für externe Links."
    article = [
        "Port reopens after storm",
        *[f"Paragraph {n} says what happened at the port on Tuesday, the authority said." for n in range(6)],
    ]
    source = tmp_path / "page.txt"
    source.write_text("\n".join([*menu, *article, *menu, footer_prose, *menu]), encoding="utf-8")
    out = tmp_path / "d.toml"
    assert ingest(source, "-o", out) == 0
    text = out.read_text(encoding="utf-8")
    assert "Paragraph 5 says" in text and "Menu item" not in text and "Haftung" not in text


def test_bold_paragraphs_that_read_like_headings_start_sections() -> None:
    from tui.model.ingest.html import extract_html

    long = "is long enough to be article text, and it ends as a sentence does."
    page = (
        f"<html><body><article><h1>T</h1><p>The lead {long}</p><p><strong>What happens next</strong></p>"
        f"<p>The next part {long}</p><p><b>Bold start</b> of a paragraph that {long}</p>"
        f"<p><b>A bold sentence that is a paragraph.</b></p></article></body></html>"
    )
    sections = extract_html(page).sections
    assert [s.heading for s in sections] == ["", "What happens next"]
    assert sections[1].paragraphs[1:] == (
        f"Bold start of a paragraph that {long}",
        "A bold sentence that is a paragraph.",
    )


def test_a_byline_with_no_names_gives_no_author() -> None:
    from tui.model.ingest.html import extract_html

    page = ARTICLE_HTML.replace(
        "<h1>Port reopens after storm</h1>",
        '<h1>Port reopens after storm</h1><p class="byline">By  · <time>2024-03-02</time></p>',
    )
    assert extract_html(page).meta.authors == ()
    named = page.replace("By  ·", "By Ana Lima ·")
    assert extract_html(named).meta.authors == ("Ana Lima",)
