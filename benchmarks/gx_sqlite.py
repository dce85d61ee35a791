"""The reference for benchmarks/gx_compat.py: plain GX on SQLite through GX's own test harness.

Runs in a process of its own and never imports validation.expect.gx_runner, so none of our
GX patches is active. Each fixture dataset becomes a SQLite table through GX's
`get_test_validator_with_data` (as GX's own test suite builds them), each applicable case is
one call of the expectation on that validator with result_format COMPLETE, and the outcome of
every case is written as JSON for gx_compat to judge with the same comparator as ours.

    python -m benchmarks.gx_sqlite FIXTURES OUT.json [--only NAME ...]
"""

from __future__ import annotations

import argparse
import copy
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.gx_compat import Case, discover, kwargs_of, unexpected_values


def _validators(case: Case, folder: Path, context):
    from great_expectations.self_check.util import get_test_validator_with_data

    data = case.dataset["data"]
    if isinstance(data, list):  # several tables in one SQLite file; the first is validated
        path = str(folder / f"{case.table}.sqlite")
        return [get_test_validator_with_data("sqlite", copy.deepcopy(part["data"]),
                                             table_name=part["dataset_name"],
                                             schemas=part.get("schemas"), sqlite_db_path=path,
                                             context=context)
                for part in data][0]
    return get_test_validator_with_data("sqlite", copy.deepcopy(data), table_name=case.table,
                                        schemas=copy.deepcopy(case.dataset.get("schemas")),
                                        context=context)


def observe(validator, case: Case) -> dict:
    """One case on its validator: status, error, unexpected values, observed value."""
    kwargs = kwargs_of(case.case)
    started = time.perf_counter()
    try:
        result = getattr(validator, case.expectation)(
            **copy.deepcopy(kwargs), result_format={"result_format": "COMPLETE"})
    except Exception as exc:  # noqa: BLE001 - GX raises for invalid configurations
        return {"status": "error", "error": f"{type(exc).__name__}: {exc}".splitlines()[0],
                "seconds": time.perf_counter() - started}
    seconds = time.perf_counter() - started
    info = result.exception_info or {}
    raised = [v for v in ([info] + [x for x in info.values() if isinstance(x, dict)])
              if v.get("raised_exception")]
    if raised:
        message = str(raised[0].get("exception_message") or "error").strip().splitlines()
        return {"status": "error", "error": message[0] if message else "error",
                "seconds": seconds}
    payload = result.result or {}
    unexpected = payload.get("unexpected_list")
    if unexpected is not None:
        rows = [row if isinstance(row, dict) else {"value": row} for row in unexpected]
        unexpected = unexpected_values(kwargs, rows)
    return {"status": "passed" if result.success else "failed", "unexpected": unexpected,
            "observed_value": payload.get("observed_value"), "seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fixtures", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args(argv)
    logging.getLogger("great_expectations").setLevel(logging.CRITICAL)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    folder = Path(tempfile.mkdtemp(prefix="gx-sqlite-"))
    results: dict[str, dict] = {}
    validators: dict[str, object] = {}
    for case in discover(args.fixtures, args.only):
        if case.reason:
            continue
        try:
            if case.table not in validators:
                validators[case.table] = _validators(case, folder, context)
            results[case.key] = observe(validators[case.table], case)
        except Exception as exc:  # noqa: BLE001 - a dataset SQLite cannot hold
            results[case.key] = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
    args.out.write_text(json.dumps(results, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
