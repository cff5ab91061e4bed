"""How much of a hand-written briefing each review edit changes, and how long a save takes.

For every edit on a fresh copy of the seed's briefing it prints the lines removed
and added (as a minimal diff shows them), whether every comment line survived in
order, and the median time of one save (lock, re-read, apply, validate, atomic
write). A style-preserving edit changes only the lines it must.

    .venv/bin/python benchmarks/edit_roundtrip.py [--runs 9]
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tui.model.edit.editor import BriefingEditor
from tui.model.edit.session import EditSession
from tui.model.format.records import ClaimKind, ClaimStatus, SourceKind

SEED = Path(__file__).resolve().parents[1] / "briefings" / "north-korea-russia-alliance.toml"

EDITS: dict[str, Callable[[BriefingEditor], object]] = {
    "set status": lambda e: e.set_status("troop-casualties", ClaimStatus.ALLEGED),
    "set kind": lambda e: e.set_kind("brutal-costs", ClaimKind.PREDICTION),
    "accept (draft → checked)": lambda e: e.accept("troop-casualties"),
    "remove a chain link": lambda e: e.remove_link("peace-and-stability", 2),
    "move a chain link": lambda e: e.move_link("peace-and-stability", 1, -1),
    "add a chain link": lambda e: e.add_link("brutal-costs", "afp"),
    "new source in a chain": lambda e: e.add_source("Yonhap", SourceKind.WIRE, link_to="troop-casualties"),
    "edit a source": lambda e: e.edit_source(
        "sk-lawmaker", name="Rep. Kim", kind=SourceKind.GOVERNMENT, party=False, description="MP"
    ),
    "edit text and note": lambda e: e.edit_claim("brutal-costs", text="Costs are brutal.", note="Opinion."),
    "new claim from words": lambda e: e.new_claim("casualties", 2, "thousands more injured"),
    "reject a claim with figures": lambda e: e.reject("troop-casualties"),
    "edit a figure": lambda e: e.edit_figure("rounds-delivered", value="9000001", period="in 2024"),
    "delete a figure": lambda e: e.delete_figure("rounds-delivered"),
    "new figure": lambda e: e.new_figure("coalition-formed", display="11", value="11", label="nations"),
    "edit metadata": lambda e: e.set_meta(outlet="Example Daily", published="2025-01-20"),
    "edit an editor's note": lambda e: e.set_editor_notes(["One note.", *e.briefing.editor_notes[1:]]),
}


def comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def changed(before: str, after: str) -> tuple[int, int]:
    old, new = before.splitlines(), after.splitlines()
    removed = added = 0
    for tag, a0, a1, b0, b1 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += a1 - a0
            added += b1 - b0
    return removed, added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="edit-roundtrip-"))
    path = work / "library" / SEED.name
    path.parent.mkdir()
    original = SEED.read_text("utf-8")
    if "review =" not in original:  # make accept change something: the first claims are drafts
        original = original.replace('status = "unverified"', 'review = "draft"\nstatus = "unverified"')
        original = original.replace("format = 1", "format = 2")
    print(f"{'edit':30} {'-lines':>7} {'+lines':>7} {'comments kept':>14} {'save ms':>8}")
    for name, edit in EDITS.items():
        times = []
        for _ in range(args.runs):
            path.write_text(original, "utf-8")
            editor = BriefingEditor(EditSession.opened(path, lock_folder=work / "locks"))
            start = time.perf_counter()
            edit(editor)
            times.append((time.perf_counter() - start) * 1000)
        after = path.read_text("utf-8")
        removed, added = changed(original, after)
        kept = "yes" if comments(after) == comments(original) else "NO"
        print(f"{name:30} {removed:>7} {added:>7} {kept:>14} {statistics.median(times):>8.1f}")
    print(f"\n{SEED.name}: {len(original.splitlines())} lines, {len(comments(original))} comment lines")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
