"""Fact or opinion, and headings that state as fact what the body attributes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.model.format.cues import attribution_cue
from tui.model.format.loader import declared_format, load_briefing, parse_briefing
from tui.model.format.problems import BriefingError
from tui.model.format.records import ClaimKind
from tui.model.format.sourcing import Sourcing, SourcingWarning, sourcing_line
from tui.model.output.citation import citation

REPO = Path(__file__).resolve().parents[1]
SEED_BRIEFING = REPO / "briefings" / "north-korea-russia-alliance.toml"

BASE = """\
format = 2

[briefing]
id = "bridge"
title = "Bridge Opens in May"
rests_on = ["opens"]

[[sources]]
id = "ministry"
name = "The Ministry"
kind = "government"
party = true

[[sources]]
id = "afp"
name = "AFP"
kind = "wire"

[[sections]]
id = "plan"
heading = "Bridge Opens in May"
rests_on = ["opens"]
paragraphs = [
  "It is a fine bridge.",
  "The ministry said the bridge would open in May, AFP reported.",
]

[[sections]]
id = "cost"
heading = "A Costly Bridge"
rests_on = ["opens", "fine"]
paragraphs = ["The bridge will cost more than planned."]

[[claims]]
id = "fine"
text = "It is a fine bridge."
section = "plan"
paragraph = 1
quote = "It is a fine bridge"
status = "asserted"
kind = "opinion"

[[claims]]
id = "opens"
text = "The bridge opens in May."
section = "plan"
paragraph = 2
quote = "the bridge would open in May"
attribution = ["ministry", "afp"]
status = "unverified"

[[claims]]
id = "cost"
text = "The bridge will cost more than planned."
section = "cost"
paragraph = 1
quote = "The bridge will cost more than planned"
status = "asserted"
kind = "prediction"
"""


def sourcing_of(text: str) -> Sourcing:
    return Sourcing(parse_briefing(text, "test.toml"))


# ---------------------------------------------------------------- attribution cues


@pytest.mark.parametrize(
    ("headline", "cue"),
    [
        ("Minister Says Bridge Will Open in May", "Says"),
        ("Bridge to Open in May, According to Officials", "According to"),
        ("Watchdog Alleges Arms Transfers", "Alleges"),
        ("Kim Jong Un Makes Wild Claim: Troops Keep Europe Peaceful", "Claim"),
        ("Pyongyang Insists It’s All About Sovereignty", "Insists"),
        ("Military Pact Brings “Peace” to Europe", "quotation marks"),
        ("Watchdog: Alliance ‘Illegal’", "quotation marks"),
        ('Alliance "Illegal"', "quotation marks"),
        ("Did Russia Send Weapons Back?", "question"),
        ("Russia Could Be Sending Weapons Back", "Could"),
        ("Troops Possibly Killed in Kursk", "Possibly"),
        # "May" is as often the month as a hedge: it is not a cue.
        ("New Dam to Open in May", None),
        ("Hundreds of North Korean Troops Killed in Ukraine Fighting", None),
        ("Nine Million Artillery Shells Shipped to Russia in 2024", None),
        ("Russia Sends Advanced Weapons Back", None),
        # An apostrophe is not a quotation mark, and words inside words do not count.
        ("It’s Russia’s Biggest Deal", None),
        ("Claimants Queue for Compensation", None),
        ("Proclaims Nothing, Sayings Aside", None),
    ],
)
def test_attribution_cue(headline: str, cue: str | None) -> None:
    assert attribution_cue(headline) == cue


# ---------------------------------------------------------------- kinds and warnings


def test_opinion_gets_no_sourcing_warning_but_a_prediction_does() -> None:
    sourcing = sourcing_of(BASE)
    assert sourcing.claims["fine"].kind is ClaimKind.OPINION
    assert sourcing.warnings(sourcing.claims["fine"]) == []
    assert sourcing.warnings(sourcing.claims["cost"]) == [SourcingWarning.UNSOURCED]
    assert sourcing.warnings(sourcing.claims["opens"]) == [
        SourcingWarning.SINGLE_SOURCE,
        SourcingWarning.PARTY_ONLY,
    ]


def test_overview_counts_opinions_apart() -> None:
    overview = sourcing_of(BASE).overview
    assert overview.claims_by_kind == {
        ClaimKind.OPINION: 1,
        ClaimKind.FACTUAL: 1,
        ClaimKind.PREDICTION: 1,
    }
    assert overview.warnings[SourcingWarning.UNSOURCED] == 1
    # The title and both headings state the ministry's unverified claim as fact.
    assert overview.overstated == 3
    assert overview.one_line == (
        "2 sources · 1 unsourced fact · 1 opinion · 1 single-source · 3 overstated headings"
    )


def test_sourcing_line_leaves_out_overstated_when_none() -> None:
    assert sourcing_line(6, unsourced=4, opinion=9, single=8) == (
        "6 sources · 4 unsourced facts · 9 opinion · 8 single-source"
    )
    assert sourcing_line(1, unsourced=0, opinion=0, single=0, overstated=1) == (
        "1 source · 0 unsourced facts · 0 opinion · 0 single-source · 1 overstated heading"
    )


# ---------------------------------------------------------------- overstated headings


def test_heading_stating_an_attributed_claim_is_overstated() -> None:
    sourcing = sourcing_of(BASE)
    [title] = sourcing.overstated_by_section[None]
    assert title.claim.id == "opens"
    assert title.message == (
        "title states as fact what section 1, paragraph 2 attributes to The Ministry (unverified)"
    )
    [heading] = sourcing.overstated_by_section["plan"]
    assert (
        heading.message == "heading states as fact what paragraph 2 attributes to The Ministry (unverified)"
    )
    # A claim from another section is located by section too; an asserted opinion is not overstated.
    [other] = sourcing.overstated_by_section["cost"]
    assert other.claim.id == "opens"
    assert other.message.startswith("heading states as fact what section 1, paragraph 2 ")
    assert [o.section for o in sourcing.overstatements] == [None, "plan", "cost"]


@pytest.mark.parametrize(
    "heading",
    ["Ministry Says Bridge Opens in May", "Bridge Opens in May, Reportedly", "Bridge “Opens in May”", ""],
)
def test_heading_that_attributes_or_is_empty_is_not_overstated(heading: str) -> None:
    text = BASE.replace('heading = "Bridge Opens in May"', f"heading = '{heading}'")
    sourcing = sourcing_of(text)
    assert sourcing.sections["plan"].heading == heading
    assert "plan" not in sourcing.overstated_by_section


def test_confirmed_claim_may_be_stated_as_fact() -> None:
    sourcing = sourcing_of(BASE.replace('status = "unverified"', 'status = "confirmed"'))
    assert sourcing.overstatements == []


def test_attributed_status_without_a_chain_is_still_overstated() -> None:
    text = BASE.replace('attribution = ["ministry", "afp"]\nstatus = "unverified"', 'status = "disputed"')
    sourcing = sourcing_of(text)
    [heading] = sourcing.overstated_by_section["plan"]
    assert heading.message == "heading states as fact what paragraph 2 presents as disputed"


def test_seed_headings_two_six_and_seven_are_overstated() -> None:
    sourcing = Sourcing(load_briefing(SEED_BRIEFING))
    numbers = [sourcing.section_index[s] + 1 for s in sourcing.overstated_by_section if s is not None]
    assert numbers == [2, 6, 7]
    # The headline rests on an alleged claim but attributes it ("Makes Wild Claim").
    assert sourcing.briefing.meta.rests_on == ("peace-and-stability",)
    assert None not in sourcing.overstated_by_section
    [casualties] = sourcing.overstated_by_section["casualties"]
    assert casualties.message == (
        "heading states as fact what paragraph 2 attributes to South Korean intelligence (unverified)"
    )
    weapons = sourcing.overstated_by_section["weapons-back"][0]
    assert weapons.message.endswith("(alleged)")


# ---------------------------------------------------------------- the format version


def test_format_2_values_in_a_format_1_file_are_refused_with_the_version() -> None:
    text = BASE.replace("format = 2", "format = 1")
    with pytest.raises(BriefingError) as caught:
        parse_briefing(text, "old.toml")
    found = {(p.path, p.message) for p in caught.value.problems}
    message = "needs format 2, but this file says format = 1; set format = 2"
    assert ("briefing.rests_on", f"rests_on {message}") in found
    assert ("sections[0].rests_on", f"rests_on {message}") in found
    assert ("claims[0].kind", f"kind {message}") in found
    assert ("claims[2].kind", f"kind {message}") in found
    assert len(found) == 5


def test_unknown_claim_kind_lists_the_claim_kinds() -> None:
    with pytest.raises(BriefingError) as caught:
        parse_briefing(BASE.replace('kind = "opinion"', 'kind = "comment"'), "bad.toml")
    [problem] = caught.value.problems
    assert problem.path == "claims[0].kind"
    assert problem.message.endswith("expected one of: factual, opinion, prediction")


def test_declared_format_even_when_the_toml_is_broken(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(BASE, encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(
        BASE.replace("format = 2", "format = 1  # old").replace('title = "', "title = "), "utf-8"
    )
    missing = tmp_path / "none.toml"
    missing.write_text(BASE.replace("format = 2\n", ""), encoding="utf-8")
    assert declared_format(good) == 2
    assert declared_format(broken) == 1
    assert declared_format(missing) is None
    assert declared_format(tmp_path / "absent.toml") is None


def test_copied_citation_names_an_opinion_or_prediction() -> None:
    sourcing = sourcing_of(BASE)
    fine, opens, cost = (sourcing.claims[c] for c in ("fine", "opens", "cost"))
    assert citation(sourcing, fine).splitlines()[1] == "— the outlet (own assertion) · asserted · opinion"
    assert citation(sourcing, cost).splitlines()[1].endswith("· asserted · prediction")
    assert citation(sourcing, opens).splitlines()[1] == (
        "— The Ministry (government or official body) → AFP (wire agency) · unverified"
    )
