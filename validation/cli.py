"""Thin click commands over validation.pipeline: the only place that prints or exits.

Exit codes: 0 pass (warnings allowed), 1 an error-severity expectation failed (or a warning with
--strict), 2 bad input or configuration, 3 an internal error (a bug; its traceback is logged).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

import click

from validation import pipeline
from validation.errors import ValidationError
from validation.gate import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED
from validation.report.results import count_text
from validation.store import DEFAULT_DB
from validation.terminal import StageProgress

MAX_LISTED_FINDINGS = 10

# Where a crash's traceback goes: the reports folder of the command that crashed.
_crash_folder = Path("reports")


def _fail(error: ValidationError) -> click.exceptions.Exit:
    click.secho(f"error: {len(error.problems)} problem(s)", fg="red", err=True)
    for problem in error.problems:
        click.echo(f"  {problem}", err=True)
    return click.exceptions.Exit(EXIT_BAD_INPUT)


def _field_map(pairs: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        canonical, sep, name = pair.partition("=")
        if not sep or not canonical or not name:
            raise click.BadParameter(f"{pair!r} is not FIELD=NAME (e.g. text=body)",
                                     param_hint="--map")
        mapping[canonical.strip()] = name.strip()
    return mapping


def _today(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)",
                                 param_hint="--today") from exc


map_option = click.option(
    "--map", "field_map", multiple=True, metavar="FIELD=NAME",
    help="Read canonical FIELD (id, title, text, published, source, url, language) from the "
    "record's NAME field, e.g. --map published=published_at. Repeatable.")
append_option = click.option(
    "--append", is_flag=True,
    help="Add to the articles already stored (upsert by id) instead of replacing them.")
db_option = click.option(
    "--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
    show_default=True, help="The DuckDB file to write.")
today_option = click.option(
    "--today", metavar="YYYY-MM-DD",
    help="The date 'in the future' is measured against (default: the real today).")
strict_option = click.option("--strict", is_flag=True, help="Make failing warnings fatal (exit 1).")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="news-corpus-validation")
def cli() -> None:
    """Validate a news corpus: load it into DuckDB, run expectation suites through Great
    Expectations, write reports, and exit 0 (pass), 1 (failed), 2 (bad input) or 3 (a bug)."""


@cli.command()
@click.option("--corpus", type=click.Path(path_type=Path), default=Path("corpus"),
              show_default=True, help="A corpus file or folder (.txt seed format, .jsonl, .json, "
              ".csv, .parquet).")
@click.option("--expectations", type=click.Path(path_type=Path), default=Path("expectations"),
              show_default=True, help="The folder of suite files (*.yml).")
@db_option
@click.option("--reports", type=click.Path(file_okay=False, path_type=Path),
              default=Path("reports"), show_default=True,
              help="Where index.html, results.json and the GX Data Docs (gx/) go.")
@strict_option
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the verdict.")
@map_option
@append_option
@today_option
@click.option("--no-data-docs", is_flag=True, help="Skip building GX Data Docs (faster).")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Fail only on findings not in this accepted results file (see `baseline`).")
@click.option("--waivers", type=click.Path(dir_okay=False, path_type=Path),
              help="The waivers file  [default: waivers.yml in the expectations folder]")
@click.option("--claims", type=click.Path(dir_okay=False, path_type=Path),
              help="A CSV of claims extracted elsewhere, checked beside the corpus's own.")
@click.option("--claims-mapping", type=click.Path(dir_okay=False, path_type=Path),
              help="How the claims file's columns become claims (YAML; see README.md).")
def run(corpus, expectations, db, reports, strict, quiet, field_map, append, today,
        no_data_docs, baseline, waivers, claims, claims_mapping) -> None:
    """Load the corpus, run every suite, write reports/ and exit with the verdict."""
    global _crash_folder
    _crash_folder = reports
    options = pipeline.RunOptions(
        corpus=corpus, expectations=expectations, db=db, reports=reports, strict=strict,
        field_map=_field_map(field_map), append=append, today=_today(today),
        data_docs=not no_data_docs, baseline=baseline, waivers=waivers, claims=claims,
        claims_mapping=claims_mapping, charts_aside=True)

    progress = StageProgress(sys.stderr, bars=sys.stderr.isatty(), quiet=quiet)
    try:
        outcome = pipeline.run(options, progress.message, progress.tick)
    except ValidationError as error:
        raise _fail(error) from error
    _print_outcome(outcome, quiet)
    raise click.exceptions.Exit(outcome.exit_code)


def _print_outcome(outcome: pipeline.RunOutcome, quiet: bool) -> None:
    for suite in outcome.document["suites"]:
        for expectation in suite["expectations"]:
            if expectation["status"] == "passed":
                continue
            name = f"{suite['name']}/{expectation['id']}"
            where = f"{suite['path']}:{expectation['line']}"
            if expectation["status"] == "error":
                click.echo(f"ERROR   {name}: could not run: {expectation['error']} ({where})")
                continue
            count, found = count_text(expectation), expectation["findings"]
            if expectation["accepted"]:
                if not quiet:
                    click.echo(f"{'ACCEPTED':8}{name}: {count}, {found['baseline']} in the "
                               f"baseline, {found['waived']} waived")
            elif expectation["gates"] or not quiet:
                click.echo(f"{expectation['severity'].upper():7} {name}: {count} - "
                           f"{expectation['description'] or expectation['type']}")
    load = outcome.load
    if load and not quiet:
        stats = load.stats
        click.echo(f"records: {stats.read} read, {stats.loaded} loaded, {stats.rejected} rejected"
                   + (" (see the 'rejected' table)" if stats.rejected else ""))
        if stats.ignored_files:
            click.echo(f"not read (unknown format): {', '.join(stats.ignored_files)}")
    acceptance = outcome.document.get("acceptance") or {}
    for line in acceptance.get("expired_waivers", []):
        click.secho(f"EXPIRED {line}", fg="red", err=False)
    for line in acceptance.get("stale_waivers", []):
        click.echo(f"STALE   {line}")
    counts = acceptance.get("counts") or {}
    if counts.get("waived") or counts.get("baseline") or acceptance.get("resolved_since_baseline"):
        click.echo(f"findings: {counts.get('new', 0)} new, {counts.get('baseline', 0)} in the "
                   f"baseline, {counts.get('waived', 0)} waived; "
                   f"{len(acceptance.get('resolved_since_baseline', []))} resolved since the "
                   "baseline")
    if outcome.reports and not quiet:
        click.echo(f"report: {outcome.reports['html']}")
    colour = {0: "green", 1: "red"}.get(outcome.exit_code, "magenta")
    click.secho(f"{outcome.verdict.headline} - exit {outcome.exit_code}", fg=colour, bold=True)


@cli.command()
@click.option("--corpus", type=click.Path(path_type=Path), default=Path("corpus"),
              show_default=True, help="A corpus file or folder.")
@db_option
@map_option
@append_option
def load(corpus, db, field_map, append) -> None:
    """Load a corpus into the DuckDB file; rejected records go to the 'rejected' table."""
    try:
        outcome = pipeline.load(corpus, db, _field_map(field_map), append)
    except ValidationError as error:
        raise _fail(error) from error
    stats, sync = outcome.stats, outcome.sync
    click.echo(f"records: {stats.read} read, {stats.loaded} loaded, {stats.rejected} rejected")
    for row in outcome.rejected_sample:
        click.echo(f"  rejected {row['origin']}: {row['reason']}")
    if stats.rejected > len(outcome.rejected_sample):
        click.echo(f"  ... and {stats.rejected - len(outcome.rejected_sample)} more "
                   "(SELECT * FROM rejected)")
    click.echo(f"articles: {sync.added} added, {sync.changed} changed, {sync.removed} removed, "
               f"{sync.unchanged} unchanged")
    if stats.ignored_files:
        click.echo(f"not read (unknown format): {', '.join(stats.ignored_files)}")


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Any DuckDB file; it is opened read-only.")
@click.option("--suite", "suites", type=click.Path(dir_okay=False, path_type=Path), multiple=True,
              required=True, help="A suite file (*.yml). Repeatable.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the results document (results.json schema) here; '-' for stdout.")
@click.option("--reports", type=click.Path(file_okay=False, path_type=Path),
              help="Also write index.html, results.json and GX Data Docs to this folder.")
@strict_option
@today_option
def check(db, suites, json_out, reports, strict, today) -> None:
    """Run suites against the tables of an existing DuckDB database."""
    global _crash_folder
    if reports:
        _crash_folder = reports
    try:
        outcome = pipeline.check(db, list(suites), strict=strict, today=_today(today),
                                 reports=reports)
    except ValidationError as error:
        raise _fail(error) from error
    if json_out:
        if str(json_out) == "-":
            click.echo(json.dumps(outcome.document, indent=2, ensure_ascii=False))
        else:
            try:
                pipeline.write_results_file(outcome.document, json_out)
            except ValidationError as error:
                raise _fail(error) from error
    if str(json_out) != "-":
        _print_outcome(outcome, quiet=False)
    raise click.exceptions.Exit(outcome.exit_code)


@cli.command()
@click.option("--results", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("reports/results.json"), show_default=True,
              help="The results of the run to accept.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("reports/baseline.json"), show_default=True,
              help="Where the baseline goes (commit it, or keep it where CI finds it).")
def baseline(results, out) -> None:
    """Accept the current state: later runs with --baseline fail only on new findings."""
    if not results.exists():
        raise _fail(ValidationError(f"{results} does not exist: run `run` first"))
    try:
        count = pipeline.write_baseline(results, out)
    except ValidationError as error:
        raise _fail(error) from error
    click.echo(f"baseline: {count} findings accepted into {out}")


@cli.command()
@click.option("--expectations", type=click.Path(path_type=Path), default=Path("expectations"),
              show_default=True, help="The folder of suite files (*.yml).")
def suites(expectations) -> None:
    """Parse every suite and list its expectations; exit 2 on any problem (a lint for CI)."""
    from validation.claim_comparisons import ComparisonSettings
    from validation.expect.spec import load_suites

    try:
        parsed = load_suites(expectations)
        ComparisonSettings.read(expectations)  # the data files a run reads beside the suites
    except ValidationError as error:
        raise _fail(error) from error
    for suite in parsed:
        target = f"table {suite.table}" if suite.table else "query"
        count = len(suite.expectations)
        click.echo(f"{suite.name} ({suite.path}, {target}): {count} expectation"
                   f"{'' if count == 1 else 's'}")
        for spec in suite.expectations:
            click.echo(f"  {spec.severity:7} {spec.id}: {spec.type}")


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
              show_default=True, help="One of our DuckDB files.")
def contracts(db) -> None:
    """Check every table of the DuckDB file against its pandera contract."""
    from validation.contracts import check_tables
    from validation.store import Store

    try:
        with Store(db, read_only=True) as store:
            checked = check_tables(store.con)
    except ValidationError as error:
        raise _fail(error) from error
    for table, rows in checked.items():
        click.echo(f"{table}: {rows} rows satisfy the contract")


def _log_crash(error: BaseException) -> Path:
    """The traceback in a log file under the reports folder (a temporary one if unwritable)."""
    name = dt.datetime.now(dt.UTC).strftime("crash-%Y%m%dT%H%M%SZ.log")
    text = "".join(traceback.format_exception(error))
    for folder in (_crash_folder, Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(f"news-validate {' '.join(sys.argv[1:])}\n{text}",
                                       encoding="utf-8")
            return folder / name
        except OSError:
            continue
    raise error


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the CLI and exit with its code."""
    try:
        code = cli.main(args=argv, prog_name="news-validate", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        code = error.exit_code
    except click.exceptions.Abort:
        click.echo("interrupted", err=True)
        code = EXIT_INTERRUPTED
    except Exception as error:  # noqa: BLE001 - a bug: exit 3, never the code of a failed corpus
        log = _log_crash(error)
        click.secho(f"internal error: {type(error).__name__}: {error}", fg="magenta", err=True)
        click.echo(f"  this is a bug in news-validate, not in your data; the traceback is in "
                   f"{log} (please attach it to a bug report)", err=True)
        code = EXIT_INTERNAL
    sys.stdout.flush()
    sys.stderr.flush()
    # os._exit skips interpreter teardown, where duckdb 2.0's bindings print dozens of
    # "nanobind: leaked ..." lines after SQLAlchemy use (cosmetic, see gx-duckdb notes).
    os._exit(code if isinstance(code, int) else 0)
