"""The real reader in tmux keeps every pane border in its column with emoji sequences in the text.

tmux 3.3a draws an emoji ZWJ sequence joined (2 cells) or as its parts (a family 6 cells)
depending on where its reads of the reader's output end, and a character with the emoji selector
U+FE0F as wide as without it (❤️ 1 cell, where Rich counts 2). Under `emoji_sequences = "auto"`
the reader measures and writes the sequences apart inside tmux (tui/widgets/terminal_output.py).
Here it opens a briefing full of them (emoji_briefing.toml) in a private tmux server at 120×40 and
80×24, steps through its claims, and every row's pane borders must sit in the columns of the
screen's pane corners (the check of test_indic_rows_in_tmux.py). The same run with
`emoji_sequences = "joined"` (Rich's count, what the reader did before) shows that the check sees
the rows move. Full run only, and only where tmux is installed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from . import test_indic_rows_in_tmux as indic
from .conftest import FULL
from .tmux_width import tmux_available

pytestmark = [
    pytest.mark.skipif(not FULL, reason="full hostile run only: set BRIEFING_HOSTILE_FULL=1"),
    pytest.mark.skipif(not tmux_available(), reason="needs tmux on PATH"),
]

BRIEFING = Path(__file__).with_name("emoji_briefing.toml")
CLAIMS = 4
# capture-pane prints each cell's characters in turn. A character tmux joined to the one before
# a joiner shares that cell and takes no column of its own (measured: 'A👨\u200d👩\u200d👧B' is 4
# columns wide, 'A👨👩\u200d👧B', split after the first joiner, 6); ASCII is never joined.
_JOINED_IN_ONE_CELL = re.compile("\u200d[^\x00-\x7f]")


def as_tmux_placed(screen: str) -> str:
    """`screen` with what tmux drew inside another character's cell left out: each character
    that is left takes the columns the test measures it at (one at a time, as tmux does)."""
    return _JOINED_IN_ONE_CELL.sub("", screen)


def _screens(width: int, height: int, config: str) -> list[str]:
    """The library, the briefing opened, and each claim stepped to, as tmux placed them."""
    screens = indic.screens_of(BRIEFING, "Harbour festival", CLAIMS, width, height, config)
    return [as_tmux_placed(screen) for screen in screens]


@pytest.mark.parametrize(("width", "height"), [(120, 40), (80, 24)])
def test_emoji_rows_keep_their_columns(width: int, height: int) -> None:
    screens = _screens(width, height, "")
    counts = [indic.rows_off(screen, width) for screen in screens]
    off = sum(o for o, _ in counts)
    bordered = sum(b for _, b in counts)
    print(f"\n{width}x{height}: {off} of {bordered} bordered rows off their columns ({len(counts)} screens)")
    assert bordered > 10 * len(counts) // 2  # the screens were read: panes with borders
    assert not any("\u200d" in screen or "\ufe0f" in screen for screen in screens)  # written apart
    assert off == 0


def test_the_check_sees_the_rows_move_with_rich_s_count() -> None:
    """Joined (Rich's count), tmux draws ❤️ a cell narrower than laid out, and a sequence split
    between reads wider: the check must see rows off."""
    screens = _screens(120, 40, 'emoji_sequences = "joined"\n')
    off = sum(indic.rows_off(screen, 120)[0] for screen in screens)
    print(f"\njoined 120x40: {off} rows off their columns")
    assert off > 0
