"""The source kind `person` (format 3): people speaking for themselves, not for a body or a field.

The format says which version a file needs, the editor raises it when an edit needs it, ingest
writes the oldest version that holds the draft, and ingest calls witnesses, relatives and people
the article gives no role persons instead of experts.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_loader import GOOD, only_problem, replace_once

from tui.model.edit.editor import BriefingEditor
from tui.model.edit.session import EditSession
from tui.model.format.loader import load_briefing, parse_briefing
from tui.model.format.records import FORMAT_VERSION, SourceKind
from tui.model.format.validate import lowest_format
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.draft import build_draft
from tui.model.ingest.kinds import classify

SEED = Path(__file__).resolve().parents[1] / "briefings" / "north-korea-russia-alliance.toml"
PERSON_SOURCE = 'kind = "wire"'


def test_a_person_source_needs_format_3(tmp_path: Path) -> None:
    text = replace_once(GOOD.replace("format = 1", "format = 2"), PERSON_SOURCE, 'kind = "person"')
    _path, problem = only_problem(text, tmp_path)
    assert problem.path == "sources[0].kind"
    assert problem.message == 'kind = "person" needs format 3, but this file says format = 2; set format = 3'
    path = tmp_path / "v3.toml"
    path.write_text(text.replace("format = 2", "format = 3"), encoding="utf-8")
    briefing = load_briefing(path)
    assert briefing.sources[0].kind is SourceKind.PERSON
    assert SourceKind.PERSON.label == "person or community"


def test_the_lowest_format_is_what_the_file_uses() -> None:
    assert FORMAT_VERSION == 3
    assert lowest_format(parse_briefing(GOOD, "good.toml")) == 1
    seed = parse_briefing(SEED.read_text(encoding="utf-8"), SEED.name)
    assert lowest_format(seed) == 2  # claim kinds and a lead section without a heading
    text = GOOD.replace("format = 1", "format = 3").replace(PERSON_SOURCE, 'kind = "person"')
    assert lowest_format(parse_briefing(text, "v3.toml")) == 3


def editor_on_copy(tmp_path: Path) -> tuple[BriefingEditor, Path]:
    target = tmp_path / "library" / SEED.name
    target.parent.mkdir()
    shutil.copyfile(SEED, target)
    return BriefingEditor(EditSession.opened(target, lock_folder=tmp_path / "locks")), target


def test_adding_a_person_raises_the_file_to_format_3_and_undo_lowers_it(tmp_path: Path) -> None:
    editor, path = editor_on_copy(tmp_path)
    editor.add_source("Mira Dale", SourceKind.WIRE)
    assert load_briefing(path).format == 2  # a wire is no newer value
    editor.add_source("Ana Vey", SourceKind.PERSON, description="a resident of the harbour district")
    assert load_briefing(path).format == 3
    editor.undo()
    assert load_briefing(path).format == 2


def test_making_a_source_a_person_raises_the_format(tmp_path: Path) -> None:
    editor, path = editor_on_copy(tmp_path)
    source = editor.briefing.sources[0]
    editor.edit_source(source.id, name=source.name, kind=SourceKind.PERSON, party=False, description="")
    briefing = load_briefing(path)
    assert briefing.format == 3 and briefing.sources[0].kind is SourceKind.PERSON


@pytest.mark.parametrize(
    ("name", "role", "kind"),
    [
        ("Ana Vey", "", SourceKind.PERSON),  # no role given: not an expert
        ("Ana Vey", "a resident of the harbour district", SourceKind.PERSON),
        ("Fiona", "her mother", SourceKind.PERSON),
        ("indigenous elders", "", SourceKind.PERSON),
        ("Vey and his family", "", SourceKind.PERSON),
        ("Ana Vey", "a professor at Kinsala University", SourceKind.EXPERT),
        ("Gov. Tom Vey", "", SourceKind.GOVERNMENT),
        ("Superintendent Ana Vey", "", SourceKind.GOVERNMENT),
        ("Kinsala Public Radio", "", SourceKind.OUTLET),
        ("local residents", "", SourceKind.ANONYMOUS),  # unnamed stays anonymous
    ],
)
def test_ingest_tells_people_from_experts_and_officials(name: str, role: str, kind: SourceKind) -> None:
    assert classify(name, role)[0] is kind


def analysis_of(*paragraphs: str):  # type: ignore[no-untyped-def]
    return analyze(Article(ArticleMeta(title="Pier closes"), (ArticleSection("", paragraphs),)))


def test_a_relative_named_by_her_role_is_still_the_she_who_speaks_next() -> None:
    analysis = analysis_of(
        "“The pier was in poor repair and nobody fixed it,” her mother, Fiona, said on Tuesday.",
        "She added: “They never stood a chance of saving it.”",
    )
    assert [(s.name, s.kind) for s in analysis.sources] == [("Fiona", SourceKind.PERSON)]
    assert [c.attribution for c in analysis.claims] == [("fiona",), ("fiona",)]


def test_a_draft_says_format_3_only_when_it_holds_a_person() -> None:
    for words, version in (
        ("“The pier was in poor repair,” said Ana Vey, a resident of the harbour district.", 3),
        ("“The pier was in poor repair,” the harbour ministry said.", 2),
    ):
        article = Article(ArticleMeta(title="Pier closes"), (ArticleSection("", (words,)),))
        draft = build_draft(article, analyze(article), briefing_id="pier", source="pier.txt")
        assert draft.briefing.format == version
        assert f"\nformat = {version}\n" in draft.text


def test_only_a_bare_name_is_marked_as_a_guess() -> None:
    analysis = analysis_of(
        "“The pier was in poor repair,” said Jamie Ovett.",
        "“We were never asked,” indigenous elders said.",
    )
    notes = {s.name: s.description for s in analysis.sources}
    assert notes == {"Jamie Ovett": "Kind guessed: the article gives no role.", "indigenous elders": ""}
