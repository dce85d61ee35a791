"""Great Expectations' own fixtures: `check` on DuckDB against plain GX on SQLite, one run.

The whole run takes about 35 s, so it is an integration test (`pytest -m integration`); it
skips without ../shared. The comparator itself is tested here on made-up outcomes.
"""

from __future__ import annotations

import pytest

from benchmarks.gx_compat import Observed, judge, run_fixtures
from tests.conftest import requires_shared

# Every case we still fail, by fixture file and title; each is explained in BENCHMARKS.md.
REMAINING = 24


@pytest.mark.integration
def test_gx_fixtures_through_check_beat_gx_on_sqlite(tmp_path):
    fixtures = requires_shared("peer", "gx-test-definitions")
    comparison = run_fixtures(fixtures, tmp_path)
    ours = [o for o in comparison.ours if o.status != "skipped"]
    theirs = [o for o in comparison.reference if o.status != "skipped"]
    assert len(ours) == len(theirs) == 490
    passed = sum(o.status == "passed" for o in ours)
    assert passed == len(ours) - REMAINING, [o for o in ours if o.status == "failed"]
    assert passed > sum(o.status == "passed" for o in theirs)


def test_the_comparator_judges_success_values_and_errors():
    case = {"in": {"column": "x"}, "out": {"success": False, "unexpected_list": [1, "a"]}}
    assert judge(case, Observed("failed", unexpected=["a", 1.0]))[0]
    assert not judge(case, Observed("failed", unexpected=["a"]))[0]
    assert not judge(case, Observed("passed", unexpected=[1, "a"]))[0]
    assert not judge(case, Observed("error", error="boom"))[0]
    expects_error = {"in": {}, "out": {"traceback_substring": "TypeError"}}
    assert judge(expects_error, Observed("error", error="anything"))[0]
    assert not judge(expects_error, Observed("passed"))[0]
    aggregate = {"in": {}, "out": {"success": True, "observed_value": 2.5}, "tolerance": 0.01}
    assert judge(aggregate, Observed("passed", observed_value=2.505))[0]
    assert not judge(aggregate, Observed("passed", observed_value=2.6))[0]
    assert judge(aggregate, Observed("passed"))[0]  # GX 1.x reports none for some
