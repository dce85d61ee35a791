"""Run parsed suites through Great Expectations on a DuckDB file. The only module importing GX.

Suites are compiled in code (never saved and reloaded: a reloaded suite whose custom classes are
not imported comes back empty and passes), run through a GX SQL datasource on the DuckDB file,
and every suite must report exactly as many results as it declared.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from validation.errors import ExecutionError, Problem, StoreError
from validation.expect import parameters as run_parameters
from validation.expect.catalog import load_catalog
from validation.expect.gx_duckdb import apply_duckdb_fixes
from validation.expect.results import ERROR, FAILED, PASSED, ExpectationResult, SuiteResult
from validation.expect.spec import ExpectationSpec, Suite
from validation.report.data_docs import lock_down
from validation.report.staging import unwritable
from validation.store import duckdb_settings

DOCS_SITE = "news_validation_docs"
DUPLICATE_MARK = "duplicate expectation"


def sandbox_settings() -> dict[str, Any]:
    """DuckDB settings of the database suites' SQL runs on: it reads the store and nothing else.

    With external access off a query cannot read or write a file (read_text, read_csv, COPY
    TO), attach a database or install or load an extension; the lock stops a query from
    setting it back. Both hold for the whole database, every connection to it in the process.
    """
    return {**duckdb_settings(), "enable_external_access": False, "lock_configuration": True}


class GXRunner:
    """One ephemeral GX context over one DuckDB file; runs any number of suites on it."""

    def __init__(self, db_path: str | Path, docs_dir: str | Path | None = None):
        logging.getLogger("great_expectations").setLevel(logging.ERROR)
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        apply_duckdb_fixes()
        self.gx = gx
        self.db_path = Path(db_path).resolve()
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        # Suites only read: the file is opened read-only and sandboxed (sandbox_settings), so
        # no other connection of this process may hold it (DuckDB would refuse the settings).
        connect_args: dict[str, Any] = {"read_only": True, "config": sandbox_settings()}
        try:
            self.datasource = self.context.data_sources.add_sql(
                name="corpus",
                connection_string=f"duckdb:///{self.db_path}",
                kwargs={"connect_args": connect_args},
            )
        except Exception as exc:  # GX's TestConnectionError wraps the database's own error
            raise StoreError(Problem(
                f"cannot open the database for the suites: {_first_line(exc.__cause__ or exc)}",
                where=str(self.db_path),
                fix="close other programs and connections using the file")) from exc
        try:
            self._check_sandbox()
        except ExecutionError:
            self.close()
            raise
        self.docs_dir = Path(docs_dir).resolve() if docs_dir else None
        if self.docs_dir:
            self.docs_dir.mkdir(parents=True, exist_ok=True)
            self.context.add_data_docs_site(
                DOCS_SITE,
                {
                    "class_name": "SiteBuilder",
                    "store_backend": {
                        "class_name": "TupleFilesystemStoreBackend",
                        "base_directory": str(self.docs_dir),
                    },
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                },
            )

    def _check_sandbox(self) -> None:
        """Refuse to run suites unless the database GX reads is sandboxed: a query from a suite
        must never touch a file, whatever connected to the database first."""
        import sqlalchemy as sa

        with self.datasource.get_engine().connect() as connection:
            settings = dict(connection.execute(sa.text(
                "SELECT name, value FROM duckdb_settings() WHERE name IN "
                "('enable_external_access', 'lock_configuration')")).fetchall())
        if settings != {"enable_external_access": "false", "lock_configuration": "true"}:
            raise ExecutionError(Problem(
                f"the database suites run on is not sandboxed ({settings})",
                where=str(self.db_path),
                fix="close every other connection to the file before running suites"))

    def close(self) -> None:
        """Release every connection GX holds on the DuckDB file, so the file can be reopened.

        The execution engine keeps the persistent connection; the datasource keeps the engine it
        tested the connection with. Both must go before DuckDB lets this process open the file
        with another configuration (read-only, say); what they leave for the garbage collector
        is collected when the store opens the file again (Store._connect), not here: a quarter
        of a second that every `check` would pay.
        """
        execution_engine = self.datasource.get_execution_engine()
        execution_engine.close()
        execution_engine.engine.dispose()
        tested_with = getattr(self.datasource, "_engine", None)
        if tested_with is not None:
            tested_with.dispose()

    def run(self, suites: list[Suite], today: dt.date | None = None,
            tick: Callable[[int], None] | None = None) -> list[SuiteResult]:
        """Run every suite; raises ExecutionError if a suite reports fewer results than declared."""
        # one instant for every now() of the run, so its expectations agree with each other;
        # a run given its day (--today) is reproducible: now() is that day's midnight
        now = dt.datetime.combine(today, dt.time()) if today else dt.datetime.now()
        today = today or dt.date.today()
        parameters = {"today": today.isoformat()}
        outcomes: list[SuiteResult] = []
        validated = 0
        for suite in suites:
            started = time.perf_counter()
            batch, gx_suite, rejected = self._compiled(suite, now)
            gx_results: dict[str, Any] = {"results": [],
                                          "statistics": {"evaluated_expectations": 0}}
            if gx_suite is not None:
                validated += 1
                try:
                    gx_results = self._validate(suite, batch, gx_suite,
                                                parameters).to_json_dict()
                except Exception:  # noqa: BLE001 - one expectation GX cannot plan (below)
                    gx_results = self._validate_one_by_one(suite, batch, gx_suite, parameters,
                                                           rejected)
            results = _collect(suite, gx_results, rejected)
            for result in results:
                self._list_every_row(suite, result)
                # the database returns rows in the order it stored them: sorted, any file
                # order of the corpus gives the same results
                result.rows.sort(key=_row_order)
            outcomes.append(SuiteResult(suite, results, time.perf_counter() - started))
            if tick:
                tick(len(outcomes))
        if self.docs_dir and validated:
            # ValidationDefinition.run stored each result in the context: render them all.
            try:
                self.context.build_data_docs(site_names=[DOCS_SITE])
                lock_down(self.docs_dir)  # GX writes corpus values into its pages as raw HTML
            except OSError as exc:  # a full disk, say
                raise unwritable(exc, self.docs_dir) from exc
        return outcomes

    def _validate(self, suite: Suite, batch: Any, gx_suite: Any, parameters: dict[str, str]):
        """One suite's GX results. For Data Docs through a validation definition, which keeps
        its results in the context; without them straight on the batch: GX's store serialises
        every unexpected row once more, a second per 10,000 rows, for nothing."""
        if not self.docs_dir:
            return batch.get_batch().validate(gx_suite, result_format=_result_format(suite),
                                              expectation_parameters=parameters)
        definition = self.context.validation_definitions.add(self.gx.ValidationDefinition(
            name=f"{suite.name}-validation", data=batch, suite=gx_suite))
        return definition.run(expectation_parameters=parameters,
                              result_format=_result_format(suite))

    def _validate_one_by_one(self, suite: Suite, batch: Any, gx_suite: Any,
                             parameters: dict[str, str],
                             rejected: dict[str, ExpectationResult]) -> dict[str, Any]:
        """The suite's results when GX raised for the suite as a whole: each expectation alone.

        GX catches what goes wrong while computing metrics, but an expectation that raises
        while GX plans its metrics (a KL divergence with an invalid partition_object, say)
        aborts the whole suite. Run alone, that one becomes an error and the rest still run.
        """
        results = []
        specs = {spec.id: spec for spec in suite.expectations}
        gx_batch = batch.get_batch()
        for expectation in gx_suite.expectations:
            spec = specs[expectation.meta["spec_id"]]
            try:
                result = gx_batch.validate(expectation, result_format=_result_format(suite),
                                           expectation_parameters=parameters)
            except Exception as exc:  # noqa: BLE001 - reported as this expectation's error
                rejected[spec.id] = ExpectationResult(
                    spec, ERROR, error=f"{spec.type} cannot run: {_first_line(exc)}")
                continue
            results.append(result.to_json_dict())
        return {"results": results, "statistics": {"evaluated_expectations": len(results)}}

    def _compiled(self, suite: Suite, now: dt.datetime):
        """The suite's batch definition, its GX suite (None when no expectation compiled) and
        the results of the expectations that did not compile."""
        gx = self.gx
        asset_name = f"{suite.name}-asset"
        try:
            if suite.table:
                asset = self.datasource.add_table_asset(name=asset_name, table_name=suite.table)
            else:
                asset = self.datasource.add_query_asset(name=asset_name, query=suite.query)
        except Exception as exc:  # GX's TestConnectionError wraps the database's own error
            if suite.table:
                fix = f"tables in {self.db_path.name}: {', '.join(self._tables()) or 'none'}"
                message = f"table {suite.table!r} cannot be read"
            else:
                fix = "run the query in the duckdb shell to see the problem"
                message = f"the suite's query fails: {_first_line(exc.__cause__ or exc)}"
            raise ExecutionError(Problem(message, where=suite.where(), fix=fix)) from exc
        batch = asset.add_batch_definition_whole_table(f"{suite.name}-all")
        gx_suite = self.context.suites.add(gx.ExpectationSuite(name=suite.name))
        catalog = load_catalog()
        rejected: dict[str, ExpectationResult] = {}
        for spec in suite.expectations:
            info = catalog[spec.type]
            meta = {"spec_id": spec.id, "severity": spec.severity}
            try:
                kwargs = run_parameters.resolve(spec.kwargs, now)
                if info.module:  # one of ours: an SQL template filled with the arguments
                    cls = getattr(importlib.import_module(info.module), info.gx_class)
                    expectation = cls.build(description=spec.description or None, meta=meta,
                                            suite_dir=Path(suite.path).parent, **kwargs)
                else:
                    cls = getattr(gx.expectations, info.gx_class)
                    expectation = cls(**kwargs, description=spec.description or None,
                                      meta=meta)
            except Exception as exc:  # GX validates arguments with pydantic and custom checks
                rejected[spec.id] = ExpectationResult(
                    spec, ERROR, error=f"invalid arguments for {spec.type}: {_first_line(exc)}")
                continue
            before = len(gx_suite.expectations)
            gx_suite.add_expectation(expectation)
            if len(gx_suite.expectations) == before:
                rejected[spec.id] = ExpectationResult(spec, ERROR, error=(
                    f"{DUPLICATE_MARK}: Great Expectations treats it as identical to an earlier "
                    "expectation of this suite (same arguments once coerced) and would run it "
                    f"only once; remove one ({suite.path}:{spec.line})"))
        if len(gx_suite.expectations) + len(rejected) != len(suite.expectations):
            raise ExecutionError(Problem(
                f"suite {suite.name!r} compiled to {len(gx_suite.expectations)} expectations but "
                f"declares {len(suite.expectations)}", where=suite.where()))
        return batch, (gx_suite if gx_suite.expectations else None), rejected

    def _list_every_row(self, suite: Suite, result: ExpectationResult) -> None:
        """Replace GX's sample of failing rows by all of them, read with the expectation's own
        condition; a failure of fewer rows than counted would let a baseline hide new ones."""
        count = result.unexpected_count
        if not (result.failed and isinstance(count, int) and count > len(result.rows)):
            return
        query = result.rows_query
        if query and suite.query and f"FROM ({suite.query}" not in query:
            # GX writes a query asset's batch without the parentheses it needs as a subquery
            query = query.replace(f"FROM {suite.query}", f"FROM ({suite.query}) AS batch", 1)
        rows: list[dict[str, Any]] = []
        if query:
            try:
                # GX's own connection (DuckDB's is single and persistent); the driver's SQL
                # as is, since SQLAlchemy's text() would read ":name" in a literal as a parameter
                with self.datasource.get_execution_engine().get_connection() as connection:
                    try:
                        cursor = connection.exec_driver_sql(query.rstrip().rstrip(";"))
                        rows = [dict(row._mapping) for row in cursor.fetchall()]
                    except Exception:
                        connection.rollback()  # the connection is GX's, for the next suite
                        raise
            except Exception:  # noqa: BLE001 - the sample stays and the shortfall is reported
                rows = []
        if len(rows) == count:
            result.rows = rows
        else:
            result.rows_missing = count - len(result.rows)

    def _tables(self) -> list[str]:
        import sqlalchemy as sa

        return sorted(sa.inspect(self.datasource.get_engine()).get_table_names())


def _result_format(suite: Suite) -> dict[str, Any]:
    # GX's own lists stay short; _list_every_row reads every row with the index query
    result_format: dict[str, Any] = {"result_format": "COMPLETE", "partial_unexpected_count": 20,
                                     "return_unexpected_index_query": True}
    if suite.row_id:
        result_format["unexpected_index_column_names"] = [suite.row_id]
    return result_format


def _row_order(row: Any) -> str:
    return json.dumps(row, sort_keys=True, default=str)


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return " ".join(lines[:3]) if lines else type(exc).__name__


def _collect(suite: Suite, result: dict[str, Any],
             rejected: dict[str, ExpectationResult]) -> list[ExpectationResult]:
    by_id: dict[str, Any] = dict(rejected)
    for item in result["results"]:
        spec_id = (item["expectation_config"].get("meta") or {}).get("spec_id")
        by_id[spec_id] = item
    evaluated = result["statistics"]["evaluated_expectations"] + len(rejected)
    missing = [s.id for s in suite.expectations if s.id not in by_id]
    if evaluated != len(suite.expectations) or missing:
        raise ExecutionError(Problem(
            f"suite {suite.name!r} declares {len(suite.expectations)} expectations but GX "
            f"evaluated {evaluated} (missing: {', '.join(missing) or 'none'}); a suite that runs "
            "fewer expectations than it declares is an error, never a pass", where=suite.where()))
    return [
        by_id[spec.id] if spec.id in rejected else _expectation_result(spec, by_id[spec.id])
        for spec in suite.expectations
    ]


_MISSING_TABLE = re.compile(r"Table with name (\w+) does not exist")


def _raised(info: dict[str, Any]) -> dict[str, Any] | None:
    """GX reports an exception either flat or keyed by the metric that raised it."""
    if info.get("raised_exception"):
        return info
    for value in info.values():
        if isinstance(value, dict) and value.get("raised_exception"):
            return value
    return None


def _expectation_result(spec: ExpectationSpec, item: dict) -> ExpectationResult:
    exception = _raised(item.get("exception_info") or {})
    if exception is not None:
        message = (exception.get("exception_message") or "unknown error").strip().splitlines()
        error = message[0] if message else "unknown error"
        missing = _MISSING_TABLE.search(error)
        if missing:
            # a database written before the table existed (claim_comparisons came 2026-12)
            error = (f"the database has no table {missing.group(1)}: it was written by an older "
                     "version or by `load` alone; run `python -m validation run --db` on it to "
                     "build every table")
        return ExpectationResult(spec, ERROR, error=error,
                                 traceback=exception.get("exception_traceback"))
    payload = item.get("result") or {}
    status = PASSED if item["success"] else FAILED
    details = payload.get("details") or {}
    if "unexpected_rows" in details:  # UnexpectedRowsExpectation and our SQL expectations
        rows = details["unexpected_rows"]
        return ExpectationResult(spec, status, unexpected_count=payload.get("observed_value"),
                                 observed_value=payload.get("observed_value"), rows=rows)
    rows: list[dict[str, Any]] = []
    if payload.get("unexpected_index_list"):
        rows = [dict(r) for r in payload["unexpected_index_list"]]
    elif payload.get("unexpected_list"):
        column = spec.kwargs.get("column", "value")
        rows = [value if isinstance(value, dict) else {column: value}
                for value in payload["unexpected_list"]]
    return ExpectationResult(
        spec, status,
        element_count=payload.get("element_count"),
        unexpected_count=payload.get("unexpected_count"),
        observed_value=payload.get("observed_value"),
        rows=rows,
        rows_query=payload.get("unexpected_index_query"),
    )
