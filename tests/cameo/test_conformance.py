"""The PETRARCH unit-test records, coded from raw text, and a generated dictionary set."""

from __future__ import annotations

import pytest

from factions.cameo.conformance import (
    DEFAULT_RECORDS,
    measure_generated_load,
    record_passes,
    run_conformance,
)

# The pass rate this coder reached; raise it when the coder improves, never lower it.
FLOOR_PASSED = 239


@pytest.mark.skipif(not DEFAULT_RECORDS.exists(), reason="shared conformance records missing")
def test_conformance_floor() -> None:
    rep = run_conformance(DEFAULT_RECORDS, repeat=1)
    assert rep["valid"] == 276
    assert rep["dictionary_issues"] == 0
    assert rep["passed"] >= FLOOR_PASSED
    assert rep["categories"]["SYNSET"]["passed"] >= 51
    assert rep["categories"]["VERB"]["passed"] == 23


def test_scoring_rule_is_a_multiset_comparison() -> None:
    rec = {"expected": [{"source": "A", "target": "B", "cameo": "01"}] * 2, "noevents": False}
    assert record_passes([("A", "B", "01"), ("A", "B", "01")], rec)
    assert not record_passes([("A", "B", "01")], rec)
    assert record_passes([], {"expected": [], "noevents": True})
    assert not record_passes([("A", "B", "01")], {"expected": [], "noevents": True})


def test_generated_dictionary_set_loads_quickly() -> None:
    gen = measure_generated_load(2000, 1500)
    assert gen["actors"] == 2000
    assert gen["patterns"] == 1500
    assert gen["issues"] == 0
    assert gen["load_seconds"] < 1.5
    assert gen["peak_mb"] < 100
