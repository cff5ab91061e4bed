"""The hostile suite: a fast subset by default; BRIEFING_HOSTILE_FULL=1 runs it at full scale.

Full scale is what README.md's Reliability section reports: ≥ 10,000 fuzz cases per file kind,
every payload opened on every surface, 100,000-file library, 2,000-operation soak.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

FULL = os.environ.get("BRIEFING_HOSTILE_FULL") == "1"

# Fuzz cases per file kind: FUZZ_BATCHES runs of FUZZ_CASES each. Separate runs keep hypothesis's
# record of the cases it has tried (which grows with every case) from filling memory.
FUZZ_BATCHES = 10 if FULL else 1
FUZZ_CASES = 1_000 if FULL else 60

settings.register_profile(
    "hostile",
    max_examples=FUZZ_CASES,
    deadline=None,  # time per case is bounded by the tests themselves, on the slowest case
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
    derandomize=not FULL,  # CI: the same cases every run; full runs explore
    database=None,
)

full_only = pytest.mark.skipif(not FULL, reason="full hostile run only: set BRIEFING_HOSTILE_FULL=1")
