"""One reader's worth of writes for the soak: what the app does on b, a, leaving a briefing, the
library refresh and a theme change, through the same model code, in a random mix.

Usage: soak_worker.py HOME LIBRARY BRIEFING_ID OPERATIONS SEED OUT.json
Writes the bookmarks this worker expects to exist at the end (its briefing only) and its counts.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path


def main() -> int:
    home, library, briefing_id, operations, seed, out = sys.argv[1:7]
    import os

    os.environ["BRIEFING_HOME"] = home
    from tui.model.format.loader import load_briefing
    from tui.model.format.sourcing import Sourcing
    from tui.model.state.bookmarks import BookmarkError, BookmarkStore, bookmark_for_claim
    from tui.model.state.paths import state_paths
    from tui.model.state.prefetch import open_index
    from tui.model.state.reading import Position, ReadingState
    from tui.model.state.settings import save_theme

    paths = state_paths()
    sourcing = Sourcing(load_briefing(Path(library) / f"{briefing_id}.toml"))
    claims = sourcing.briefing.claims
    store = BookmarkStore(paths.bookmarks_file)
    rng = random.Random(int(seed))
    expected: dict[str, str] = {}  # item id -> note
    counts: dict[str, int] = {}
    index = open_index(paths.index_file)
    for _ in range(int(operations)):
        claim = rng.choice(claims)
        op = rng.choice(["toggle", "toggle", "add", "remove", "note", "position", "refresh", "theme", "load"])
        counts[op] = counts.get(op, 0) + 1
        try:
            if op == "toggle":
                if store.toggle(bookmark_for_claim(sourcing, claim)):
                    expected[claim.id] = ""
                else:
                    expected.pop(claim.id, None)
            elif op == "add":
                if store.add(bookmark_for_claim(sourcing, claim)):
                    expected[claim.id] = ""
            elif op == "remove":
                store.remove((briefing_id, "claim", claim.id))
                expected.pop(claim.id, None)
            elif op == "note":
                note = f"note {rng.randrange(10**6)}"
                if store.set_note((briefing_id, "claim", claim.id), note) is not None:
                    expected[claim.id] = note
            elif op == "position":
                ReadingState(paths.reading_file).remember(
                    briefing_id, Position(claim=claim.id, scroll=float(rng.randrange(100)))
                )
            elif op == "refresh" and index is not None:
                index.refresh([Path(library)])
                index.search("korea")
            elif op == "theme":
                save_theme(paths.config_file, rng.choice(["newsprint", "briefing-night"]))
            elif op == "load":
                store.load()
                for message in store.take_messages():
                    print(f"MESSAGE {message}", file=sys.stderr)
        except BookmarkError as error:  # e.g. a lock held too long: reported in the app, counted here
            counts["bookmark-error"] = counts.get("bookmark-error", 0) + 1
            print(f"BOOKMARK-ERROR {error}", file=sys.stderr)
            store.load()
            expected = {b.item_id: b.note for b in store.bookmarks if b.briefing_id == briefing_id}
    Path(out).write_text(json.dumps({"expected": expected, "counts": counts}), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
