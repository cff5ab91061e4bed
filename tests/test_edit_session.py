"""The briefing editor model: style-preserving edits, validation, safe saves, undo."""

from __future__ import annotations

import difflib
import os
import shutil
import stat
from pathlib import Path

import pytest
from test_bookmarks_store import Faults, temporaries

from tui.model.edit.document import FIELD_ORDER
from tui.model.edit.editor import BriefingEditor
from tui.model.edit.session import ChangedOnDisk, EditError, EditSession, InvalidEdit, ReadOnly
from tui.model.edit.words import guess_figure, slug
from tui.model.format.loader import load_briefing, parse_briefing
from tui.model.format.records import ClaimKind, ClaimStatus, ReviewState, SourceKind

SEED = Path(__file__).resolve().parents[1] / "briefings" / "north-korea-russia-alliance.toml"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "library" / SEED.name
    target.parent.mkdir()
    shutil.copyfile(SEED, target)
    return target


def open_editor(path: Path, tmp_path: Path) -> BriefingEditor:
    return BriefingEditor(EditSession.opened(path, lock_folder=tmp_path / "locks"))


@pytest.fixture
def editor(path: Path, tmp_path: Path) -> BriefingEditor:
    return open_editor(path, tmp_path)


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """(removed, added) lines in file order: what a minimal `git diff` shows."""
    old, new = before.splitlines(), after.splitlines()
    removed: list[str] = []
    added: list[str] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if tag != "equal":
            removed += old[a_start:a_end]
            added += new[b_start:b_end]
    return removed, added


def claim(editor: BriefingEditor, claim_id: str):  # type: ignore[no-untyped-def]
    return next(c for c in editor.briefing.claims if c.id == claim_id)


# ------------------------------------------------------------ round trip


def test_opening_and_saving_nothing_changes_no_byte(path: Path, editor: BriefingEditor) -> None:
    original = path.read_bytes()
    editor.accept("troop-casualties")  # already checked: no write
    assert path.read_bytes() == original
    assert not editor.session.can_undo


def test_an_edit_changes_only_the_edited_value_and_keeps_every_comment(
    path: Path, editor: BriefingEditor
) -> None:
    before = path.read_text()
    editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    after = path.read_text()
    removed, added = changed_lines(before, after)
    assert removed == ['status = "unverified"'] and added == ['status = "alleged"']
    # Byte for byte: the file is the old one with that one value replaced.
    start = before.index('status = "unverified"', before.index('id = "troop-casualties"'))
    expected = before[:start] + 'status = "alleged"' + before[start + len('status = "unverified"') :]
    assert after.encode() == expected.encode()
    # Every comment line of the hand-written file is still there, in order.
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert [line for line in after.splitlines() if line.lstrip().startswith("#")] == comments
    assert parse_briefing(after, "x") == editor.briefing


def test_new_keys_go_where_the_format_lists_them(path: Path, editor: BriefingEditor) -> None:
    before = path.read_text()
    editor.add_link("direct-involvement", "afp")
    editor.set_kind("direct-involvement", ClaimKind.PREDICTION)
    removed, added = changed_lines(before, path.read_text())
    # kind is a format-2 field: a format-1 file becomes format 2.
    assert [line for line in removed if line != "format = 1" and not line.startswith("kind")] == []
    assert 'attribution = ["afp"]' in added and 'kind = "prediction"' in added
    assert set(added) - {'attribution = ["afp"]', 'kind = "prediction"'} <= {"format = 2"}
    text = path.read_text()
    block = text[text.index('id = "direct-involvement"') :].split("\n\n", 1)[0].splitlines()
    keys = [line.split(" =")[0] for line in block]
    assert keys == sorted(keys, key=FIELD_ORDER["claims"].index)


# ----------------------------------------------------------------- claims


def draft(path: Path, tmp_path: Path) -> BriefingEditor:
    """The seed with every claim marked draft, as ingest writes them."""
    text = path.read_text().replace('status = "', 'review = "draft"\nstatus = "')
    path.write_text(text.replace("format = 1", "format = 2"))
    return open_editor(path, tmp_path)


def test_accept_removes_the_draft_line_and_nothing_else(path: Path, tmp_path: Path) -> None:
    editor = draft(path, tmp_path)
    before = path.read_text()
    editor.accept("peace-and-stability")
    assert claim(editor, "peace-and-stability").review is ReviewState.CHECKED
    removed, added = changed_lines(before, path.read_text())
    # Checked is the default: the draft line goes, as a draft's header comment says.
    assert (removed, added) == (['review = "draft"'], [])
    assert load_briefing(path) == editor.briefing


def test_reject_removes_the_claim_its_figures_and_keeps_the_next_groups_comment(
    path: Path, editor: BriefingEditor
) -> None:
    before = path.read_text()
    figures = editor.figures_of("steep-human-price") + editor.figures_of("troop-casualties")
    assert figures
    editor.reject("troop-casualties")
    editor.reject("steep-human-price")
    after = path.read_text()
    assert "troop-casualties" not in after and not set(figures) & {f.id for f in editor.briefing.figures}
    assert "# watchdog" in after
    comments = [line for line in before.splitlines() if line.startswith("#")]
    assert [line for line in after.splitlines() if line.startswith("#")] == comments
    _removed, added = changed_lines(before, after)
    assert added == []
    load_briefing(path)


def test_reject_drops_references_from_title_and_headings(path: Path, tmp_path: Path) -> None:
    text = path.read_text().replace("format = 1", "format = 2")
    if "rests_on" not in text:
        text = text.replace("tags = [", 'rests_on = ["troop-casualties"]\ntags = [', 1)
        text = text.replace('heading = "Hundreds', 'rests_on = ["troop-casualties"]\nheading = "Hundreds', 1)
    path.write_text(text)
    editor = open_editor(path, tmp_path)
    editor.reject("troop-casualties")
    everywhere = [editor.briefing.meta.rests_on, *(s.rests_on for s in editor.briefing.sections)]
    assert all("troop-casualties" not in rests_on for rests_on in everywhere)
    assert "troop-casualties" not in path.read_text()


def test_status_kind_text_and_note(editor: BriefingEditor) -> None:
    editor.set_status("brutal-costs", ClaimStatus.DISPUTED)
    editor.set_kind("brutal-costs", ClaimKind.OPINION)
    editor.edit_claim("brutal-costs", text="  The costs are brutal.\x1b[31m ", note="Outlet's view.")
    found = claim(editor, "brutal-costs")
    assert (found.status, found.kind, found.text, found.note) == (
        ClaimStatus.DISPUTED,
        ClaimKind.OPINION,
        "The costs are brutal.[31m",
        "Outlet's view.",
    )
    with pytest.raises(InvalidEdit) as refused:
        editor.edit_claim("brutal-costs", text="   ", note="")
    assert refused.value.for_field("text")


def test_new_claim_from_words_gets_a_unique_slug_and_its_place(path: Path, editor: BriefingEditor) -> None:
    words = "thousands more injured"
    new_id = editor.new_claim("casualties", 2, words)
    assert new_id == "thousands-more-injured"
    again = editor.new_claim("casualties", 2, words)
    assert again == "thousands-more-injured-2"
    ids = [c.id for c in editor.briefing.claims]
    # Written after the claims of the same paragraph, before the next paragraph's.
    assert ids.index(new_id) == ids.index("troop-casualties") + 1
    made = claim(editor, new_id)
    assert (made.quote, made.status, made.review, made.attribution) == (
        words,
        ClaimStatus.ASSERTED,
        ReviewState.CHECKED,
        (),
    )
    load_briefing(path)


def test_new_claim_first_in_its_section_goes_after_the_sections_comment(
    path: Path, editor: BriefingEditor
) -> None:
    editor.reject("coalition-condemned")
    editor.reject("cooperation-illegal")
    new_id = editor.new_claim("watchdog", 1, "A coalition of 11 nations")
    text = path.read_text()
    assert text.index("# watchdog") < text.index(f'id = "{new_id}"') < text.index('id = "coalition-formed"')
    assert text.index('id = "steep-human-price"') < text.index("# watchdog")


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("casualties", 2, "words the article never wrote"), "quote"),
        (("casualties", 9, "around 600"), "paragraph"),
        (("nowhere", 1, "around 600"), "section"),
        (("casualties", 2, ""), "quote"),
    ],
)
def test_new_claim_says_what_is_wrong_and_writes_nothing(
    path: Path, editor: BriefingEditor, args: tuple[str, int, str], field: str
) -> None:
    before = path.read_bytes()
    with pytest.raises(InvalidEdit) as refused:
        editor.new_claim(*args)
    assert refused.value.for_field(field)
    assert path.read_bytes() == before


def test_new_claim_with_a_bad_or_taken_id(editor: BriefingEditor) -> None:
    for bad, message in [("Not A Slug", "lowercase"), ("troop-casualties", "exists")]:
        with pytest.raises(InvalidEdit) as refused:
            editor.new_claim("casualties", 2, "around 600", claim_id=bad)
        assert message in refused.value.for_field("id")


# ------------------------------------------------------------------ chains


def test_chain_remove_move_add(editor: BriefingEditor) -> None:
    editor.remove_link("peace-and-stability", 2)
    assert claim(editor, "peace-and-stability").attribution == ("nk-foreign-ministry", "afp")
    editor.move_link("peace-and-stability", 1, -1)
    assert claim(editor, "peace-and-stability").attribution == ("afp", "nk-foreign-ministry")
    editor.add_link("peace-and-stability", "agerpres", 1)
    assert claim(editor, "peace-and-stability").attribution == ("afp", "agerpres", "nk-foreign-ministry")
    editor.remove_link("cooperation-illegal", 0)
    assert claim(editor, "cooperation-illegal").attribution == ()


def test_a_chain_with_an_unknown_or_repeated_source_is_refused(path: Path, editor: BriefingEditor) -> None:
    before = path.read_bytes()
    with pytest.raises(InvalidEdit) as refused:
        editor.set_chain("brutal-costs", ["no-such-source"])
    assert "no-such-source" in refused.value.for_field("attribution")
    with pytest.raises(InvalidEdit):
        editor.add_link("peace-and-stability", "afp")
    assert path.read_bytes() == before


def test_new_source_joins_the_chain_in_one_step_and_sources_stay_together(
    path: Path, editor: BriefingEditor
) -> None:
    source_id = editor.add_source(
        "Korea JoongAng Daily", SourceKind.OUTLET, description="Seoul daily", link_to="troop-casualties"
    )
    assert source_id == "korea-joongang-daily"
    assert claim(editor, "troop-casualties").attribution[-1] == source_id
    text = path.read_text()
    # After the last source, before the comment that opens the sections.
    sections_comment = text.index("# " + "-" * 64 + " sections")
    assert text.index('id = "sanctions-coalition"') < text.index(source_id) < sections_comment
    assert text.count("# ----") == SEED.read_text().count("# ----")
    editor.undo()
    assert source_id not in path.read_text()
    with pytest.raises(InvalidEdit) as refused:
        editor.add_source("  ", SourceKind.WIRE)
    assert refused.value.for_field("name")


def test_edit_source_everywhere(editor: BriefingEditor) -> None:
    editor.edit_source(
        "sk-lawmaker", name="Rep. Example", kind=SourceKind.GOVERNMENT, party=True, description="MP"
    )
    source = next(s for s in editor.briefing.sources if s.id == "sk-lawmaker")
    assert (source.name, source.party, source.description) == ("Rep. Example", True, "MP")


# ----------------------------------------------------------------- figures


def test_figure_edit_retie_delete_and_new(path: Path, editor: BriefingEditor) -> None:
    figure = editor.briefing.figures[0]
    editor.edit_figure(figure.id, value="650", display="about 650", approximate=True, period="in 2024")
    edited = editor.briefing.figures[0]
    assert (edited.value, edited.display, edited.approximate, edited.period) == (
        650,
        "about 650",
        True,
        "in 2024",
    )
    editor.edit_figure(figure.id, claim="brutal-costs")
    assert editor.briefing.figures[0].claim == "brutal-costs"
    with pytest.raises(InvalidEdit) as refused:
        editor.edit_figure(figure.id, value="lots")
    assert "not a number" in refused.value.for_field("value")
    with pytest.raises(InvalidEdit):
        editor.edit_figure(figure.id, label="")
    count = len(editor.briefing.figures)
    editor.delete_figure(figure.id)
    assert len(editor.briefing.figures) == count - 1
    guess = guess_figure("thousands more injured")
    new_id = editor.new_figure(
        "troop-casualties",
        display=guess.display,
        value=guess.value,
        unit=guess.unit,
        label="North Korean soldiers injured",
        approximate=guess.approximate,
    )
    made = next(f for f in editor.briefing.figures if f.id == new_id)
    assert (made.value, made.approximate, made.claim) == (1000, True, "troop-casualties")
    load_briefing(path)


@pytest.mark.parametrize(
    ("words", "value", "unit", "approximate"),
    [
        ("around 600 North Korean soldiers", 600, "soldiers", True),
        ("nine million rounds", 9_000_000, "rounds", False),
        ("roughly 30%", 30, "%", True),
        ("$170 million", 170_000_000, "US dollars", False),
        ("1,200 tonnes", 1200, "tonnes", False),
        ("A coalition of 11 nations", 11, "nations", False),
    ],
)
def test_guess_figure(words: str, value: float, unit: str, approximate: bool) -> None:
    guess = guess_figure(words)
    assert (guess.value, guess.unit, guess.approximate) == (value, unit, approximate)


def test_slug_is_unique_ascii_and_short() -> None:
    assert slug("Pyongyang’s “cream” of relations", ()) == "pyongyangs-cream-of-relations"
    assert slug("x", {"x", "x-2"}) == "x-3"
    assert slug("“”", ()) == "item"


# --------------------------------------------------------------- metadata


def test_metadata_and_editor_notes(path: Path, editor: BriefingEditor) -> None:
    before = path.read_text()
    editor.set_meta(outlet="Example Daily", published="2025-01-20", authors=["A. Writer"])
    meta = editor.briefing.meta
    assert (meta.outlet, str(meta.published), meta.authors) == ("Example Daily", "2025-01-20", ("A. Writer",))
    removed, added = changed_lines(before, path.read_text())
    assert removed == ['outlet = ""', "authors = []"]
    assert added == ['outlet = "Example Daily"', "published = 2025-01-20", 'authors = ["A. Writer"]']
    with pytest.raises(InvalidEdit) as refused:
        editor.set_meta(published="20 January")
    assert refused.value.for_field("published")
    with pytest.raises(InvalidEdit):
        editor.set_meta(title=" ")
    notes = list(editor.briefing.editor_notes)
    before = path.read_text()
    editor.set_editor_notes([*notes[:2], "A new note.", *notes[3:]])
    removed, added = changed_lines(before, path.read_text())
    assert (len(removed), added) == (1, ['  "A new note.",'])


# ----------------------------------------------------- saving and undoing


def test_undo_across_several_edits_back_to_the_opened_file(path: Path, editor: BriefingEditor) -> None:
    versions = [path.read_bytes()]
    editor.accept("troop-casualties")
    editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    versions.append(path.read_bytes())
    editor.reject("brutal-costs")
    versions.append(path.read_bytes())
    editor.new_claim("casualties", 2, "thousands more injured")
    versions.append(path.read_bytes())
    editor.add_source("Yonhap", SourceKind.WIRE, link_to="thousands-more-injured")
    assert len(editor.session.history) == 4
    for expected in reversed(versions):
        editor.undo()
        assert path.read_bytes() == expected  # each undo is saved at once
        assert load_briefing(path) == editor.briefing
    with pytest.raises(EditError, match="nothing to undo"):
        editor.undo()


def test_a_change_on_disk_since_opening_is_never_overwritten(path: Path, editor: BriefingEditor) -> None:
    theirs = path.read_text().replace("World", "Asia")
    path.write_text(theirs)
    with pytest.raises(ChangedOnDisk, match="changed on disk"):
        editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    assert path.read_text() == theirs
    editor.session.reload()
    editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    assert "Asia" in path.read_text() and 'status = "alleged"' in path.read_text()


def test_undo_after_a_change_on_disk_is_refused(path: Path, editor: BriefingEditor) -> None:
    editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    theirs = path.read_text() + "\n# a comment added in another editor\n"
    path.write_text(theirs)
    with pytest.raises(ChangedOnDisk):
        editor.undo()
    assert path.read_text() == theirs


def test_a_read_only_file_can_be_read_but_not_changed(path: Path, editor: BriefingEditor) -> None:
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = path.read_bytes()
    assert editor.session.read_only_reason() is not None
    with pytest.raises(ReadOnly, match="read-only"):
        editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    assert path.read_bytes() == before
    assert editor.briefing == load_briefing(path)


def test_a_folder_that_refuses_writes_gives_a_clear_message(
    path: Path, editor: BriefingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    before = path.read_bytes()
    with pytest.raises(EditError, match=r"could not save .*Permission denied; nothing was saved"):
        editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    assert path.read_bytes() == before and not editor.session.can_undo


def test_saving_keeps_the_files_permissions(path: Path, editor: BriefingEditor) -> None:
    path.chmod(0o644)
    editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


SAVES = {
    "status": lambda e: e.set_status("troop-casualties", ClaimStatus.ALLEGED),
    "reject": lambda e: e.reject("troop-casualties"),
    "new claim": lambda e: e.new_claim("casualties", 2, "thousands more injured"),
    "undo": lambda e: e.undo(),
}


@pytest.mark.parametrize("save", list(SAVES))
def test_a_failure_at_any_step_of_a_save_leaves_the_old_or_the_new_file(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, save: str
) -> None:
    original = path.read_bytes()

    def fresh() -> BriefingEditor:
        path.write_bytes(original)
        editor = open_editor(path, tmp_path)
        if save == "undo":
            editor.set_status("brutal-costs", ClaimStatus.DISPUTED)
        return editor

    SAVES[save](fresh())  # the first save also creates the lock file: count a later one
    editor = fresh()
    old = path.read_bytes()
    with monkeypatch.context() as patch:
        counter = Faults(patch, fail_at=None)
        SAVES[save](editor)
    new = path.read_bytes()
    assert new != old
    steps = counter.calls
    assert steps >= 6

    outcomes = {"old": 0, "new": 0}
    for n in range(1, steps + 1):
        editor = fresh()
        with monkeypatch.context() as patch:
            faults = Faults(patch, fail_at=n)
            try:
                SAVES[save](editor)
            except EditError as error:
                assert "injected" in str(error)
        assert faults.failed is not None, n
        on_disk = path.read_bytes()
        assert on_disk in (old, new), f"step {n} ({faults.failed}) left a mixed file"
        outcomes["old" if on_disk == old else "new"] += 1
        assert editor.briefing == parse_briefing(on_disk.decode(), "x"), "the session must follow the file"
        assert editor.session.text.encode() == on_disk
        assert temporaries(path) == [], f"step {n} ({faults.failed}) left a temporary file"
        # The session can go on: the next change is saved on top of what is on disk.
        editor.set_status("coalition-formed", ClaimStatus.CONFIRMED)
    assert outcomes["old"] > 0 and outcomes["new"] > 0
    print(f"{save}: {steps} steps, {outcomes}")


def test_lock_files_stay_out_of_the_library(path: Path, editor: BriefingEditor) -> None:
    editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert os.listdir(editor.session._lock_path.parent)


def test_bookmarks_follow_an_edited_claim_and_a_rejected_one_is_left_stale(editor: BriefingEditor) -> None:
    from tui.model.edit.bookmarks_follow import followed
    from tui.model.format.sourcing import Sourcing
    from tui.model.state.bookmarks import bookmark_for_claim

    before = Sourcing(editor.briefing)
    marked = [
        msgspec_replace(bookmark_for_claim(before, before.claims[c]), note="mine")
        for c in ("troop-casualties", "brutal-costs", "coalition-formed")
    ]
    editor.edit_claim("troop-casualties", text="About 600 soldiers were killed.", note="")
    editor.remove_link("troop-casualties", 1)
    editor.reject("brutal-costs")
    updated = followed(marked, Sourcing(editor.briefing))
    assert [b.item_id for b in updated] == ["troop-casualties"]
    assert updated[0].text == "About 600 soldiers were killed." and len(updated[0].chain) == 1
    assert (updated[0].note, updated[0].created) == ("mine", marked[0].created)


def msgspec_replace(bookmark, **fields):  # type: ignore[no-untyped-def]
    import msgspec

    return msgspec.structs.replace(bookmark, **fields)


def test_prepare_parses_ahead_and_a_stale_parse_is_dropped(path: Path, editor: BriefingEditor) -> None:
    session = editor.session
    session.prepare()
    assert session._document is not None
    editor.set_status("troop-casualties", ClaimStatus.ALLEGED)
    kept = session._document
    assert kept is not None and kept.as_string() == path.read_text()
    session.undo()
    assert session._document is None  # the next change parses what undo restored
    editor.set_status("troop-casualties", ClaimStatus.DISPUTED)
    assert 'status = "disputed"' in path.read_text()


def test_a_chain_written_one_source_a_line_keeps_that_layout(path: Path, tmp_path: Path) -> None:
    text = path.read_text().replace(
        'attribution = ["nk-foreign-ministry", "afp", "agerpres"]',
        'attribution = [\n  "nk-foreign-ministry",\n  "afp",\n  "agerpres",\n]',
    )
    path.write_text(text)
    editor = open_editor(path, tmp_path)
    editor.remove_link("peace-and-stability", 2)
    assert changed_lines(text, path.read_text()) == (['  "agerpres",'], [])
    editor.move_link("peace-and-stability", 1, -1)
    assert 'attribution = [\n  "afp",\n  "nk-foreign-ministry",\n]\n' in path.read_text()
