"""The one walk that follows a colon tag's words below it (colon_blocks.py): the set-out paragraph
and its bulleted run, and the list of short items, each dropped on its own. Invented sentences."""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.colon_blocks import block_after, block_cue, item_cue, next_block, reach
from tui.model.ingest.phrases import Mention

_TAG = "Harbour master Tom Reyes said:"
_CUE = Cue((Mention("Tom Reyes"),), ClaimStatus.UNVERIFIED, (0, len(_TAG)))


def test_a_tag_that_does_not_close_its_paragraph_opens_no_block() -> None:
    assert block_after(_CUE, 4, last_sentence=False) is None


def test_a_bulleted_run_goes_on_after_the_list_has_ended() -> None:
    first = "- The quay will close for a week."  # a full stop: no list item
    here = reach(block_after(_CUE, 4, last_sentence=True), 5, first, 1)
    assert here is not None and here.set_out and not here.listed
    assert item_cue(here, [first]) is None
    cue = block_cue(here, first)
    assert cue is not None and first[cue.content[0] : cue.content[1]] == "The quay will close for a week"
    second = "- Ferries will sail from the north pier."
    there = reach(next_block(here, first), 6, second, 1)
    assert there is not None and there.set_out
    assert reach(next_block(there, second), 7, "The storm passed on Monday.", 1) is None


def test_a_list_goes_on_after_the_set_out_paragraph_and_stops_at_a_full_stop() -> None:
    first, second = "The ferry must keep running", "Repairs start in the spring"
    here = reach(block_after(_CUE, 4, last_sentence=True), 5, first, 1)
    assert here is not None and here.set_out and here.listed
    there = reach(next_block(here, first), 6, second, 1)
    assert there is not None and there.listed and not there.set_out  # no bullet: only the list goes on
    cue = item_cue(there, [second])
    assert cue is not None and cue.speakers == _CUE.speakers and cue.content == (0, len(second))
    assert block_cue(there, second) is None
    assert reach(next_block(there, second), 7, "The council met on Monday.", 1) is None
