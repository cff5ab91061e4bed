"""The loader reports every kind of problem at the right file, line and path."""

from __future__ import annotations

import enum
import re
import tomllib
from pathlib import Path

import pytest

from tui.model.format.loader import MAX_FILE_BYTES, load_briefing, parse_briefing
from tui.model.format.problems import BriefingError, Problem
from tui.model.format.records import FORMAT_VERSION, Briefing, ClaimKind, ClaimStatus, ReviewState, SourceKind
from tui.model.format.sourcing import Sourcing

README = Path(__file__).resolve().parents[1] / "briefings" / "README.md"

GOOD = """\
format = 1

[briefing]
id = "sample"
title = "A sample briefing"

[[sources]]
id = "afp"
name = "AFP"
kind = "wire"

[[sources]]
id = "ministry"
name = "The Ministry"
kind = "government"
party = true

[[sections]]
id = "intro"
heading = "Introduction"
paragraphs = [
  "The ministry said the bridge would open in May, AFP reported.",
  "Nobody else has commented.",
]

[[claims]]
id = "bridge-opens"
text = "The bridge opens in May."
section = "intro"
paragraph = 1
quote = "the bridge would open in May"
attribution = ["ministry", "afp"]
status = "unverified"

[[figures]]
id = "month"
value = 5
display = "May"
label = "opening month"
claim = "bridge-opens"
"""


def line_with(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based number of the line containing the `occurrence`-th `needle`."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in text")


def problems_of(text: str, tmp_path: Path, name: str = "b.toml") -> tuple[Path, list[Problem]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    return path, caught.value.problems


def only_problem(text: str, tmp_path: Path) -> tuple[Path, Problem]:
    path, problems = problems_of(text, tmp_path)
    assert len(problems) == 1, problems
    return path, problems[0]


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "good.toml"
    path.write_text(GOOD, encoding="utf-8")
    briefing = load_briefing(path)
    assert isinstance(briefing, Briefing)
    assert briefing.meta.id == "sample"
    assert briefing.claims[0].attribution == ("ministry", "afp")
    assert briefing.claims[0].status is ClaimStatus.UNVERIFIED
    assert briefing.sources[1].kind is SourceKind.GOVERNMENT
    assert briefing.figures[0].value == 5.0


# ---------------------------------------------------------------- syntax


def test_toml_syntax_error_reports_file_line_and_column(tmp_path: Path) -> None:
    text = replace_once(GOOD, 'title = "A sample briefing"', 'title = "A sample briefing')
    path, problem = only_problem(text, tmp_path)
    line = line_with(text, 'title = "A sample briefing')
    assert problem.line == line == 5
    assert problem.column == len('title = "A sample briefing') + 1
    assert problem.path == ""
    assert str(problem).startswith(f"{path}:{line}:{problem.column}: TOML syntax: ")


def test_toml_syntax_error_deep_in_the_file(tmp_path: Path) -> None:
    text = replace_once(GOOD, "paragraph = 1", "paragraph = one")
    _, problem = only_problem(text, tmp_path)
    assert problem.line == line_with(text, "paragraph = one")
    assert problem.column == len("paragraph = ") + 1
    assert "TOML syntax" in problem.message


def test_toml_syntax_error_at_end_of_file_points_at_the_last_line(tmp_path: Path) -> None:
    text = GOOD + 'note = "never closed'
    _, problem = only_problem(text, tmp_path)
    assert problem.line == len(text.splitlines())
    assert problem.column == len('note = "never closed') + 1
    assert problem.message.endswith("at end of file")


# ---------------------------------------------------------------- types and fields


def test_wrong_type_names_the_path_and_its_line(tmp_path: Path) -> None:
    text = replace_once(GOOD, "paragraph = 1", 'paragraph = "1"')
    path, problem = only_problem(text, tmp_path)
    assert problem.path == "claims[0].paragraph"
    assert problem.line == line_with(text, 'paragraph = "1"')
    assert "Expected `int`, got `str`" in problem.message
    assert str(problem) == f"{path}:{problem.line}:1: claims[0].paragraph: {problem.message}"


@pytest.mark.parametrize(
    ("old", "new", "path", "line_of", "says"),
    [
        pytest.param(
            "party = true",
            'party = "yes"',
            "sources[1].party",
            'party = "yes"',
            "Expected `bool`",
            id="wrong type in the second table of an array",
        ),
        pytest.param(
            'title = "A sample briefing"',
            'title = "A sample briefing"\nauthors = ["A", 3]',
            "briefing.authors[1]",
            "authors = ",
            "Expected `str`",
            id="wrong type inside a list",
        ),
        pytest.param(
            'name = "AFP"',
            'name = ""',
            "sources[0].name",
            'name = ""',
            "length >= 1",
            id="empty required string",
        ),
        pytest.param(
            "format = 1\n",
            'format = 1\neditor_notes = ["fine", ""]\n',
            "editor_notes[1]",
            "editor_notes = ",
            "length >= 1",
            id="top-level array points at its key",
        ),
        pytest.param(
            'id = "bridge-opens"',
            'id = "Bridge Opens"',
            "claims[0].id",
            'id = "Bridge Opens"',
            "regex",
            id="id that is not a slug",
        ),
        pytest.param(
            'title = "A sample briefing"',
            'title = "A sample briefing"\npublished = 2025-01-02T10:00:00Z',
            "briefing.published",
            "published = ",
            "got `datetime`",
            id="datetime is not a date",
        ),
        pytest.param(
            'status = "unverified"',
            'status = "unverified"\nconfidence = 0.9',
            "claims[0].confidence",
            "confidence = 0.9",
            "unknown field 'confidence'",
            id="unknown field",
        ),
        pytest.param(
            "format = 1\n",
            "format = 1\nversion = 2\n",
            "version",
            "version = 2",
            "unknown field 'version'",
            id="unknown top-level field",
        ),
        pytest.param(
            'section = "intro"',
            'section = "intro-x"',
            "claims[0].section",
            'section = "intro-x"',
            "unknown section 'intro-x' — did you mean 'intro'?",
            id="claim to unknown section",
        ),
        pytest.param(
            '["ministry", "afp"]',
            '["ministry", "afpp"]',
            "claims[0].attribution[1]",
            "attribution = ",
            "unknown source 'afpp' — did you mean 'afp'?",
            id="unknown source suggests the closest",
        ),
        pytest.param(
            'status = "unverified"',
            'status = "unverified"\ncorroborated_by = ["zzz"]',
            "claims[0].corroborated_by[0]",
            "corroborated_by = ",
            "unknown source 'zzz'",
            id="unknown source in corroborated_by",
        ),
        pytest.param(
            '["ministry", "afp"]',
            '["ministry", "afp", "ministry"]',
            "claims[0].attribution",
            "attribution = ",
            "a source appears twice in the chain",
            id="source twice in a chain",
        ),
        pytest.param(
            'claim = "bridge-opens"',
            'claim = "bridge-open"',
            "figures[0].claim",
            'claim = "bridge-open"',
            "unknown claim 'bridge-open' — did you mean 'bridge-opens'?",
            id="figure to unknown claim",
        ),
        pytest.param(
            "paragraph = 1",
            "paragraph = 3",
            "claims[0].paragraph",
            "paragraph = 3",
            "section 'intro' has 2 paragraphs, not 3",
            id="paragraph out of range",
        ),
        pytest.param(
            "paragraph = 1",
            "paragraph = 0",
            "claims[0].paragraph",
            "paragraph = 0",
            ">= 1",
            id="paragraph zero is a type error",
        ),
        # The quote is in paragraph 1, so pointing at paragraph 2 must fail.
        pytest.param(
            "paragraph = 1",
            "paragraph = 2",
            "claims[0].quote",
            "quote = ",
            "quote not found in section 'intro' paragraph 2: 'the bridge would open in May'",
            id="quote not in its paragraph",
        ),
    ],
)
def test_one_change_gives_one_problem_at_its_path_and_line(
    tmp_path: Path, old: str, new: str, path: str, line_of: str, says: str
) -> None:
    text = replace_once(GOOD, old, new)
    _, problem = only_problem(text, tmp_path)
    assert problem.path == path
    assert problem.line == line_with(text, line_of)
    assert says in problem.message


def test_missing_required_field_points_at_its_table(tmp_path: Path) -> None:
    # A section with no heading is format 2.
    text = replace_once(GOOD.replace("format = 1", "format = 2"), 'heading = "Introduction"\n', "")
    text = replace_once(text, 'id = "intro"\n', "")
    _, problem = only_problem(text, tmp_path)
    assert problem.path == "sections[0].id"
    assert problem.message == "missing required field 'id'"
    assert problem.line == line_with(text, "[[sections]]")


def test_missing_required_field_in_a_later_table(tmp_path: Path) -> None:
    text = replace_once(GOOD, 'kind = "government"\n', "")
    _, problem = only_problem(text, tmp_path)
    assert problem.path == "sources[1].kind"
    assert problem.line == line_with(text, "[[sources]]", occurrence=2)


def test_missing_required_table(tmp_path: Path) -> None:
    text = GOOD.split("[[sections]]")[0]
    _, problem = only_problem(text, tmp_path)
    assert problem.path == "sections"
    assert problem.message == "missing required field 'sections'"


@pytest.mark.parametrize(
    ("old", "new", "path", "valid"),
    [
        ('status = "unverified"', 'status = "rumoured"', "claims[0].status", ClaimStatus),
        ('kind = "wire"', 'kind = "agency"', "sources[0].kind", SourceKind),
    ],
)
def test_invalid_enum_lists_the_valid_values(
    tmp_path: Path, old: str, new: str, path: str, valid: type[enum.StrEnum]
) -> None:
    text = replace_once(GOOD, old, new)
    _, problem = only_problem(text, tmp_path)
    assert problem.path == path
    assert problem.line == line_with(text, new)
    assert "Invalid enum value" in problem.message
    hint = problem.message.split("expected one of: ", 1)[1]
    assert hint.split(", ") == [v.value for v in valid]


# ---------------------------------------------------------------- cross-references


def test_duplicate_id(tmp_path: Path) -> None:
    text = replace_once(GOOD, 'id = "ministry"', 'id = "afp"').replace('["ministry", "afp"]', '["afp"]')
    _, problem = only_problem(text, tmp_path)
    assert problem.path == "sources[1].id"
    assert problem.message == "duplicate source id 'afp'"
    assert problem.line == line_with(text, 'id = "afp"', occurrence=2)


def test_quote_must_match_exactly(tmp_path: Path) -> None:
    # A straight apostrophe is not a typographic one.
    text = replace_once(GOOD, "Nobody else has commented.", "Nobody else’s commented.")
    text = text.replace("paragraph = 1", "paragraph = 2").replace(
        'quote = "the bridge would open in May"', 'quote = "Nobody else\'s commented"'
    )
    _, problem = only_problem(text, tmp_path)
    assert problem.path == "claims[0].quote"


def test_every_reference_problem_is_reported_in_file_order(tmp_path: Path) -> None:
    text = replace_once(GOOD, '["ministry", "afp"]', '["ministri", "afp"]')
    text = replace_once(text, 'claim = "bridge-opens"', 'claim = "nope"')
    _, problems = problems_of(text, tmp_path)
    assert [p.path for p in problems] == ["claims[0].attribution[0]", "figures[0].claim"]
    assert [p.line for p in problems] == sorted(p.line for p in problems)


# ---------------------------------------------------------------- the file itself


def test_oversize_file_is_refused_without_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.toml"
    padding = "# " + "x" * 1000 + "\n"
    with path.open("w", encoding="utf-8") as out:
        out.write(GOOD)
        while out.tell() <= MAX_FILE_BYTES:
            out.write(padding)
    assert path.stat().st_size > MAX_FILE_BYTES

    def no_parsing(*args: object, **kwargs: object) -> object:
        raise AssertionError("an oversize file must not be parsed")

    monkeypatch.setattr(tomllib, "loads", no_parsing)  # the loader's tomllib
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    [problem] = caught.value.problems
    assert problem.file == str(path)
    assert "limited to 5 MB" in problem.message
    assert "not read" in problem.message


def test_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.toml"
    body = GOOD.encode("utf-8")
    path.write_bytes(body + b"#" * (MAX_FILE_BYTES - len(body)))
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_briefing(path).meta.id == "sample"


def test_not_utf8_reports_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    text = replace_once(GOOD, "Nobody else has commented.", "Nobody else has comment\u00e9.")
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(BriefingError) as caught:
        load_briefing(path)
    [problem] = caught.value.problems
    assert problem.line == line_with(text, "Nobody else")
    assert "not UTF-8" in problem.message
    assert str(problem).startswith(f"{path}:{problem.line}:1: ")


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        load_briefing(tmp_path / "absent.toml")
    assert "cannot read" in caught.value.problems[0].message


def test_newer_format_version_is_refused_first(tmp_path: Path) -> None:
    newer = FORMAT_VERSION + 1
    # Newer formats may add fields; the version is what the user must hear about.
    text = replace_once(GOOD, "format = 1", f"format = {newer}")
    text = replace_once(text, 'title = "A sample briefing"', 'title = "A sample briefing"\nsubtitle = "new"')
    _, problem = only_problem(text, tmp_path)
    assert problem.path == "format"
    assert problem.line == 1
    assert f"format {newer} is newer" in problem.message
    assert "upgrade briefing" in problem.message


def test_problem_names_the_file_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    _, problem = only_problem(replace_once(GOOD, "paragraph = 1", "paragraph = 9"), tmp_path / "sub")
    assert problem.file == str(Path("sub") / "b.toml")
    assert str(problem).startswith(f"{Path('sub') / 'b.toml'}:")


# ---------------------------------------------------------------- the README's example


def readme_example() -> str:
    match = re.search(r"^```toml\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)
    assert match, "briefings/README.md has no ```toml block"
    return match[1]


def test_readme_example_loads() -> None:
    briefing = parse_briefing(readme_example(), "README.md")
    assert briefing.format == FORMAT_VERSION
    assert briefing.sections and briefing.claims and briefing.figures and briefing.sources
    assert briefing.editor_notes
    # It exercises the optional fields the README documents.
    assert briefing.meta.published is not None
    assert any(c.attribution for c in briefing.claims)
    assert any(not c.attribution for c in briefing.claims)
    assert any(s.party for s in briefing.sources)
    assert any(f.approximate for f in briefing.figures)
    # Kinds and rests_on, and the overstated headline the README describes.
    assert {c.kind for c in briefing.claims} == set(ClaimKind)
    overstated = Sourcing(briefing).overstated_by_section
    assert list(overstated) == [None, "schedule"]
    assert overstated[None][0].message == (
        "title states as fact what section 1, paragraph 1 attributes to Ministry of Energy (unverified)"
    )


def test_readme_documents_every_kind_status_and_field() -> None:
    readme = README.read_text(encoding="utf-8")
    for kind in SourceKind:
        assert f"| `{kind.value}` | {kind.label} |" in readme
    for status in ClaimStatus:
        assert f"| `{status.value}` |" in readme
    for claim_kind in ClaimKind:
        assert f"| `{claim_kind.value}`" in readme
    assert "## Overstated headings" in readme
    for record in Briefing.__struct_fields__:
        assert f"`{record}`" in readme
    from tui.model.format.records import Claim, Figure, Meta, Section, Source

    for struct in (Meta, Source, Section, Claim, Figure):
        for field in struct.__struct_fields__:
            assert f"| `{field}` |" in readme, (struct.__name__, field)


# ---------------------------------------------------------------- format 2


def test_version_1_file_loads_with_format_2_defaults(tmp_path: Path) -> None:
    path = tmp_path / "v1.toml"
    path.write_text(GOOD, encoding="utf-8")
    briefing = load_briefing(path)
    assert briefing.format == 1
    claim = briefing.claims[0]
    assert claim.kind is ClaimKind.FACTUAL
    assert claim.review is ReviewState.CHECKED
    assert briefing.meta.rests_on == () and briefing.sections[0].rests_on == ()


def test_format_2_fields_load(tmp_path: Path) -> None:
    text = replace_once(GOOD, "format = 1", "format = 2")
    text = replace_once(
        text, 'title = "A sample briefing"', 'title = "A sample briefing"\nrests_on = ["bridge-opens"]'
    )
    text = replace_once(text, 'heading = "Introduction"\n', 'rests_on = ["bridge-opens"]\n')
    text = replace_once(
        text, 'status = "unverified"', 'status = "unverified"\nkind = "prediction"\nreview = "draft"'
    )
    path = tmp_path / "v2.toml"
    path.write_text(text, encoding="utf-8")
    briefing = load_briefing(path)
    assert briefing.sections[0].heading == ""
    assert briefing.sections[0].rests_on == ("bridge-opens",)
    assert briefing.meta.rests_on == ("bridge-opens",)
    assert briefing.claims[0].kind is ClaimKind.PREDICTION
    assert briefing.claims[0].review is ReviewState.DRAFT


def test_rests_on_an_unknown_claim_is_located(tmp_path: Path) -> None:
    text = replace_once(
        GOOD.replace("format = 1", "format = 2"),
        'heading = "Introduction"',
        'heading = "Introduction"\nrests_on = ["bridge-open"]',
    )
    _, problem = only_problem(text, tmp_path)
    assert problem.path == "sections[0].rests_on[0]"
    assert "unknown claim 'bridge-open'" in problem.message
    assert "did you mean 'bridge-opens'" in problem.message
