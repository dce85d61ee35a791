"""The whole job, stage by stage: load -> store -> extract -> compare -> expect -> report -> gate.

Each public function is what one CLI command calls. Progress goes to an optional callback; this
module never prints and never exits.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from validation.claim_comparisons import COMPARED_METRICS, ComparisonSettings
from validation.compare import compare_into
from validation.contracts import check_tables
from validation.errors import CorpusError, Problem, StoreError, SuiteError
from validation.expect.findings import all_findings
from validation.expect.results import SuiteResult
from validation.expect.spec import Suite, load_suites, parse_suite_file, repeated_names
from validation.extract import extract_into
from validation.gate import Verdict, decide
from validation.load import FieldMap, LoadStats, read_corpus
from validation.load.claims_file import ClaimsLoad, ClaimsMapping, read_claims_file
from validation.pause import pause_point
from validation.report import views
from validation.report.charts import TimelinesDrawn
from validation.report.ci import write_ci_files
from validation.report.html import write_html
from validation.report.results import results_document, write_json
from validation.report.staging import staged, unwritable
from validation.store import DEFAULT_DB, Store, SyncCounts
from validation.waivers import accept, load_baseline, load_waivers

Progress = Callable[[str, str], None]
Tick = Callable[[str, int, int | None], None]  # stage, done, total (None: not known)


def _silent(stage: str, message: str) -> None:
    """The default progress callback: say nothing."""


def _still(stage: str, done: int, total: int | None) -> None:
    """The default tick callback: draw nothing."""


@dataclass
class RunOptions:
    """Everything `run` needs; the defaults are the repository's own folders."""

    corpus: Path = Path("corpus")
    expectations: Path = Path("expectations")
    db: Path = DEFAULT_DB
    reports: Path = Path("reports")
    strict: bool = False
    field_map: dict[str, str] = field(default_factory=dict)
    append: bool = False
    today: dt.date | None = None
    data_docs: bool = True
    baseline: Path | None = None
    waivers: Path | None = None  # default: waivers.yml in the expectations folder
    claims: Path | None = None  # a file of claims extracted elsewhere (CSV)
    claims_mapping: Path | None = None  # how its columns become claims (YAML)
    # Draw the timelines in a process of their own while the suites run. Off by default: a
    # `spawn` process imports the caller's main module again, which reruns a script that
    # calls run() without an `if __name__ == "__main__":` guard. The CLI turns it on.
    charts_aside: bool = False


@dataclass
class LoadOutcome:
    """What loading did: counts read / loaded / rejected and what changed in the store."""

    stats: LoadStats
    sync: SyncCounts
    rejected_sample: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self.stats), **dataclasses.asdict(self.sync)}


@dataclass
class RunOutcome:
    """What a run concluded, and where its reports are."""

    run_id: str
    verdict: Verdict
    suite_results: list[SuiteResult]
    findings: list[dict[str, Any]]
    document: dict[str, Any]
    load: LoadOutcome | None = None
    reports: dict[str, Path] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return self.verdict.exit_code


def _counted(items: Iterator[Any], tick: Callable[[int], None], every: int = 1000
             ) -> Iterator[Any]:
    """The items, calling tick(count) every `every` of them and at the end."""
    count = 0
    for count, item in enumerate(items, start=1):
        if count % every == 0:
            tick(count)
        yield item
    tick(count)


def load_into(store: Store, corpus: Path, field_map: dict[str, str] | None = None,
              append: bool = False, tick: Tick = _still) -> LoadOutcome:
    """Read a corpus into the store's articles and rejected tables and check their contracts."""
    stats = LoadStats()
    records = _counted(read_corpus(corpus, FieldMap(field_map or {}), stats,
                                   store.detected_languages()),
                       lambda n: tick("load", n, None))
    sync = store.sync_articles(records, append=append)
    stats.loaded -= sync.duplicates  # read as articles, rejected by the store
    stats.rejected += sync.duplicates
    stats.check()
    check_tables(store.con, ["articles", "rejected"], touched_only=True)
    return LoadOutcome(stats, sync, store.rejected_rows(limit=10))


def read_external_claims(claims: Path | None, mapping: Path | None) -> ClaimsLoad | None:
    """A claims file through its mapping (both or neither must be given)."""
    if claims is None and mapping is None:
        return None
    if claims is None or mapping is None:
        raise CorpusError(Problem("a claims file needs its column mapping and vice versa",
                                  fix="pass both --claims FILE and --claims-mapping FILE"))
    return read_claims_file(claims, ClaimsMapping.read(mapping))


def load(corpus: Path, db: Path = DEFAULT_DB, field_map: dict[str, str] | None = None,
         append: bool = False) -> LoadOutcome:
    """The `load` command: corpus -> DuckDB file."""
    with Store(db) as store:
        return load_into(store, corpus, field_map, append)


def run_suites(db: Path, suites: list[Suite], *, today: dt.date | None,
               docs_dir: Path | None, tick: Tick = _still) -> list[SuiteResult]:
    """Run suites through Great Expectations on a DuckDB file, read-only and sandboxed (GX is
    imported only here); no other connection of this process may hold the file meanwhile."""
    from validation.expect.gx_runner import GXRunner

    tick("expect", 0, len(suites))
    runner = GXRunner(db, docs_dir=docs_dir)
    try:
        return runner.run(suites, today=today,
                          tick=lambda done: tick("expect", done, len(suites)))
    finally:
        runner.close()


def write_reports(document: dict[str, Any], reports: Path,
                  charts: list[str] | None = None) -> dict[str, Path]:
    """results.json, index.html, junit.xml and summary.md into the reports folder (the scratch
    folder of report.staging.staged, for a run)."""
    try:
        return {
            "json": write_json(document, reports / "results.json"),
            "html": write_html(document, reports / "index.html", charts),
            **write_ci_files(document, reports),
        }
    except OSError as exc:  # a full disk, say
        raise unwritable(exc, reports) from exc


def _pausing(tick: Tick) -> Tick:
    """The tick callback, stopping the run at the pause point (validation.pause) of loading or
    extracting on the first tick of that stage, in the middle of its writes."""
    def paused_tick(stage: str, done: int, total: int | None) -> None:
        tick(stage, done, total)
        if done and stage in ("load", "extract"):
            pause_point(stage)

    return paused_tick


def _stored(finding: dict[str, Any]) -> dict[str, Any]:
    """The columns of the findings table (the status lives in results.json)."""
    return {k: v for k, v in finding.items() if k not in ("status", "waived_because")}


def write_baseline(results: Path, baseline: Path) -> int:
    """Accept the current state: the findings of a results.json become the baseline."""
    kept = list(load_baseline(results).values())  # a clear error for anything else
    run_info = json.loads(results.read_text(encoding="utf-8")).get("run")
    write_results_file({"schema_version": 1, "accepted_from": str(results), "run": run_info,
                        "findings": kept}, baseline)
    return len(kept)


def write_results_file(document: dict[str, Any], path: Path) -> Path:
    """A results document (or a baseline) at `path`, whole or not at all."""
    try:
        return write_json(document, path)
    except OSError as exc:
        raise unwritable(exc, path.parent) from exc


def run(options: RunOptions, progress: Progress = _silent, tick: Tick = _still) -> RunOutcome:
    """The `run` command: load the corpus, check every suite, write reports, decide the exit."""
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    tick = _pausing(tick)
    # broken suites, waivers or baseline fail before any work is done
    suites = load_suites(options.expectations)
    waivers = load_waivers(options.waivers or options.expectations / "waivers.yml")
    baseline = load_baseline(options.baseline) if options.baseline is not None else None
    external = read_external_claims(options.claims, options.claims_mapping)
    comparison_settings = ComparisonSettings.read(options.expectations)
    progress("expect", f"{len(suites)} suite(s), "
             f"{sum(len(s.expectations) for s in suites)} expectation(s) parsed")
    # every report goes into `scratch`, swapped in for options.reports once all are written
    with (staged(options.reports) as scratch, Store(options.db) as store,
          TimelinesDrawn(options.charts_aside) as drawn):
        run_id = store.start_run(str(options.corpus))
        progress("load", f"reading {options.corpus}")
        loaded = load_into(store, options.corpus, options.field_map, options.append, tick)
        stats = loaded.stats
        # before the suites: expectations/load.yml checks the share of rejected records
        store.update_run(run_id, records_read=stats.read, records_loaded=stats.loaded,
                         records_rejected=stats.rejected)
        store.mark_current_run(run_id)
        progress("load", f"{stats.read} read, {stats.loaded} loaded, {stats.rejected} rejected")
        extracted = extract_into(store.con, lambda done, total: tick("extract", done, total))
        progress("extract", f"{extracted.claims} claims and {extracted.date_mentions} date "
                 f"mentions from {extracted.extracted} articles ({extracted.unchanged} unchanged,"
                 f" {extracted.no_language_pack} without a language pack)")
        compared = compare_into(store.con, options.corpus, external, options.append,
                                comparison_settings)
        pause_point("compare")
        if external is not None:
            stats.read += external.read
            stats.loaded += len(external.claims)
            stats.rejected += len(external.rejections)
            progress("load", f"{options.claims}: {external.read} claims read, "
                     f"{len(external.claims)} loaded, {len(external.rejections)} rejected")
        progress("compare", f"{compared.reported_claims} claims side by side "
                 f"({compared.external_claims} from a claims file, {compared.estimates} "
                 f"publication estimates); {compared.texts_signed} new texts signed, "
                 f"{compared.near_duplicate_pairs} similar pairs; {compared.stories} "
                 f"{'story' if compared.stories == 1 else 'stories'} "
                 f"of two articles or more ({compared.articles_in_stories} articles, the "
                 f"largest {compared.largest_story}; {compared.follow_ups} followed up "
                 f"later); {compared.comparisons.compared} claim "
                 f"pairs compared")
        for warning in compared.warnings:
            progress("compare", f"warning: {warning}")
        check_tables(store.con, touched_only=True)
        timelines = views.timeline_points(store.con, COMPARED_METRICS)
        drawn.start(timelines)  # drawn while the suites run
        progress("expect", "running suites through Great Expectations")
        docs_dir = scratch / "gx" if options.data_docs else None
        with store.released():  # the suites' sandboxed database must be the file's only one
            suite_results = run_suites(options.db, suites, today=options.today,
                                       docs_dir=docs_dir, tick=tick)
        pause_point("expect")
        findings = all_findings(suite_results)
        acceptance = accept(findings, waivers, baseline, options.today or dt.date.today())
        store.write_findings(run_id, [_stored(f) for f in findings])
        verdict = decide(suite_results, findings, strict=options.strict,
                         expired_waivers=len(acceptance.expired))
        store.finish_run(
            run_id, corpus_hash=store.corpus_hash(), records_read=stats.read,
            records_loaded=stats.loaded, records_rejected=stats.rejected,
            articles_added=loaded.sync.added, articles_changed=loaded.sync.changed,
            articles_removed=loaded.sync.removed, exit_code=verdict.exit_code,
        )
        run_info = {
            "run_id": run_id, "started_at": started_at,
            "corpus_path": str(options.corpus), "database": str(options.db),
            "today": (options.today or dt.date.today()).isoformat(), "strict": options.strict,
            "data_docs": "gx/index.html" if docs_dir else None,
        }
        named = list(dict.fromkeys(a for f in findings if f.get("status") == "new"
                                   for a in f["article_ids"]))
        document = results_document(
            run=run_info, verdict=verdict, suites=suite_results, findings=findings,
            load=loaded.as_dict(), corpus=store.figures(), rejected=store.rejected_rows(),
            extract=dataclasses.asdict(extracted), compare=dataclasses.asdict(compared),
            acceptance=acceptance.as_dict(), comparisons=views.comparisons(store.con, findings),
            articles=views.article_views(store.con, named),
            timelines=timelines,
        )
        charts = drawn.result()
        progress("report", f"writing {options.reports}")
        written = write_reports(document, scratch, charts)
    reports = {kind: options.reports / path.relative_to(scratch) for kind, path in written.items()}
    return RunOutcome(run_id, verdict, suite_results, findings, document, loaded, reports)


def check(db: Path, suite_paths: list[Path], *, strict: bool = False,
          today: dt.date | None = None, reports: Path | None = None) -> RunOutcome:
    """The `check` command: run suites against the tables of any existing DuckDB file."""
    started_at = dt.datetime.now(dt.UTC)
    suites = [parse_suite_file(path) for path in suite_paths]
    if problems := repeated_names(suites):
        raise SuiteError(problems)
    if not db.exists():
        raise StoreError(Problem(f"database {db} does not exist", fix="pass --db FILE"))
    # the reports, when asked for, go into `scratch`, swapped in for `reports` once complete
    with staged(reports) if reports else contextlib.nullcontext() as scratch:
        suite_results = run_suites(db, suites, today=today,
                                   docs_dir=scratch / "gx" if scratch else None)
        findings = all_findings(suite_results)
        verdict = decide(suite_results, findings, strict=strict)
        run_info = {
            "run_id": started_at.strftime("check-%Y%m%dT%H%M%SZ"),
            "started_at": started_at.isoformat(timespec="seconds"),
            "database": str(db), "today": (today or dt.date.today()).isoformat(),
            "strict": strict, "data_docs": "gx/index.html" if reports else None,
        }
        document = results_document(run=run_info, verdict=verdict, suites=suite_results,
                                    findings=findings)
        written = write_reports(document, scratch) if scratch else {}
    return RunOutcome(run_info["run_id"], verdict, suite_results, findings, document,
                      reports={kind: reports / path.relative_to(scratch)
                               for kind, path in written.items()})
