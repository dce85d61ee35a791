"""Suite files (expectations/*.yml) -> typed Suite objects. Knows nothing of who runs them.

A suite names the table (or SQL query) it runs on and lists expectations by their Great
Expectations names. Parsing collects every problem with file:line and suggests the nearest
valid name for a typo, then raises one SuiteError with all of them.

    suite: articles
    table: articles
    row_id: article_id
    expectations:
      - type: expect_column_values_to_be_unique
        id: unique-article-id
        severity: error
        description: Every article has its own id.
        kwargs:
          column: article_id
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from validation.config import PlainLoader, load_node, yaml_problem
from validation.errors import Problem, SuiteError
from validation.expect import parameters
from validation.expect.catalog import load_catalog
from validation.expect.parameters import RUN_PARAMETERS

SEVERITIES = ("error", "warning", "info")
SUITE_KEYS = ("suite", "description", "table", "query", "row_id", "expectations")
ENTRY_KEYS = ("type", "kwargs", "id", "severity", "description", "kind")
_ID = re.compile(r"^[A-Za-z0-9_.-]+$")
# Arguments whose SQL runs as written: one statement each (a second one would run too).
SQL_ARGUMENTS = ("unexpected_rows_query",)
# YAML files of an expectations folder that are data for expectations, not suites.
DATA_FILES = ("ranges.yml", "scopes.yml", "comparisons.yml", "waivers.yml")


@dataclass(frozen=True)
class ExpectationSpec:
    """One declared expectation: a GX expectation name, its arguments, and how to treat a miss."""

    type: str
    kwargs: dict[str, Any]
    id: str
    severity: str = "error"
    description: str = ""
    kind: str = ""
    line: int = 0

    @property
    def finding_kind(self) -> str:
        return self.kind or self.type


@dataclass
class Suite:
    """A named list of expectations over one table or query of a DuckDB database."""

    name: str
    path: str
    expectations: list[ExpectationSpec]
    table: str | None = None
    query: str | None = None
    row_id: str | None = None
    description: str = ""
    line: int = 1

    def where(self, spec: ExpectationSpec | None = None) -> str:
        return f"{self.path}:{spec.line if spec else self.line}"


@dataclass
class _Parser:
    path: str
    problems: list[Problem] = field(default_factory=list)

    def problem(self, node: yaml.Node | None, message: str, fix: str = "") -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.problems.append(Problem(message, where=f"{self.path}:{line}", fix=fix))

    def suggest(self, word: str, choices: list[str] | tuple[str, ...]) -> str:
        close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
        return f"did you mean {close[0]!r}?" if close else ""

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping (key: value lines)")
            return None
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            if key in items:
                self.problem(key_node, f"{key!r} appears twice in {what}")
            items[key] = (key_node, value_node)
        return items

    def unknown_keys(self, items: dict, allowed: tuple[str, ...], what: str) -> None:
        for key, (key_node, _) in items.items():
            if key not in allowed:
                hint = self.suggest(key, allowed) or f"allowed keys: {', '.join(allowed)}"
                self.problem(key_node, f"unknown key {key!r} in {what}", hint)

    def text(self, items: dict, key: str, what: str, required: bool = False) -> str | None:
        if key not in items:
            if required:
                self.problems.append(
                    Problem(f"{what} has no {key!r}", where=f"{self.path}:1", fix=f"add '{key}:'")
                )
            return None
        node = items[key][1]
        if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
            self.problem(node, f"{key!r} in {what} must be a non-empty text")
            return None
        return str(node.value)


def parse_suite_text(text: str, path: str = "<suite>") -> Suite:
    """Parse one suite from YAML text; raises SuiteError listing every problem found."""
    parser = _Parser(path)
    try:
        root = yaml.compose(text, Loader=PlainLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        raise SuiteError(yaml_problem(exc, path)) from exc
    if root is None:
        raise SuiteError(Problem("the suite file is empty", where=f"{path}:1",
                                 fix="start with 'suite: NAME', 'table: TABLE', 'expectations:'"))
    top = parser.mapping(root, "the suite")
    if top is None:
        raise SuiteError(parser.problems)
    parser.unknown_keys(top, SUITE_KEYS, "the suite")
    name = parser.text(top, "suite", "the suite", required=True) or Path(path).stem
    table = parser.text(top, "table", "the suite")
    query = parser.text(top, "query", "the suite")
    if query is not None:
        _check_one_statement(parser, top["query"][1], query, "the suite's query")
    if (table is None) == (query is None):
        parser.problem(root, "a suite names exactly one of 'table' or 'query'",
                       "add 'table: articles' or 'query: SELECT ...'")
    specs: list[ExpectationSpec] = []
    if "expectations" not in top:
        parser.problem(root, "the suite has no 'expectations' list", "add 'expectations:'")
    else:
        node = top["expectations"][1]
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            parser.problem(node, "'expectations' must be a non-empty list of entries "
                                 "('- type: ...')")
        else:
            for index, entry in enumerate(node.value, start=1):
                spec = _parse_entry(parser, entry, index)
                if spec is not None:
                    specs.append(spec)
    same_arguments: dict[str, int] = {}
    for spec in specs:
        key = json.dumps([spec.type, spec.kwargs], sort_keys=True, default=str)
        if key in same_arguments:
            parser.problems.append(Problem(
                f"{spec.type} with the same arguments is already declared at line "
                f"{same_arguments[key]}; Great Expectations would run it only once",
                where=f"{path}:{spec.line}", fix="remove one, or change its arguments"))
        same_arguments.setdefault(key, spec.line)
    seen: dict[str, int] = {}
    for spec in specs:
        if spec.id in seen:
            parser.problems.append(Problem(
                f"expectation id {spec.id!r} is used twice (first at line {seen[spec.id]})",
                where=f"{path}:{spec.line}", fix="give each expectation its own id"))
        seen.setdefault(spec.id, spec.line)
    if parser.problems:
        raise SuiteError(parser.problems)
    return Suite(
        name=name, path=path, expectations=specs, table=table, query=query,
        row_id=parser.text(top, "row_id", "the suite"),
        description=parser.text(top, "description", "the suite") or "",
        line=root.start_mark.line + 1,
    )


def _parse_entry(parser: _Parser, node: yaml.Node, index: int) -> ExpectationSpec | None:
    what = f"expectation #{index}"
    items = parser.mapping(node, what)
    if items is None:
        return None
    before = len(parser.problems)
    parser.unknown_keys(items, ENTRY_KEYS, what)
    catalog = load_catalog()
    type_name = parser.text(items, "type", what)
    if type_name is None:
        if "type" not in items:
            parser.problem(node, f"{what} has no 'type'",
                           "name a Great Expectations expectation, e.g. "
                           "'type: expect_column_values_to_not_be_null'")
        return None
    info = catalog.get(type_name)
    if info is None:
        hint = parser.suggest(type_name, list(catalog)) or "see the catalog in README.md"
        parser.problem(items["type"][1], f"unknown expectation {type_name!r}", hint)
        return None
    kwargs: dict[str, Any] = {}
    if "kwargs" in items:
        kwargs_node = items["kwargs"][1]
        kwargs_items = parser.mapping(kwargs_node, f"kwargs of {type_name}")
        if kwargs_items is not None:
            for key, (key_node, value_node) in kwargs_items.items():
                if key not in info.arguments:
                    hint = (f"the compare stage reads it now: set it in {info.moved[key]}"
                            if key in info.moved else parser.suggest(key, info.arguments)
                            or f"{type_name} takes {', '.join(info.arguments)}")
                    parser.problem(key_node, f"{type_name} has no argument {key!r}", hint)
                    continue
                value, problem = load_node(value_node, parser.path)
                if problem is not None:
                    parser.problems.append(problem)
                    continue
                _check_parameter(parser, value_node, value)
                if key in SQL_ARGUMENTS and isinstance(value, str):
                    _check_one_statement(parser, value_node, value, key)
                kwargs[key] = value
    for required in info.required:
        if required not in kwargs:
            parser.problem(node, f"{type_name} needs the argument {required!r}",
                           f"add it under 'kwargs:' ({type_name} takes "
                           f"{', '.join(info.arguments)})")
    severity = parser.text(items, "severity", what) or "error"
    if severity not in SEVERITIES:
        parser.problem(items["severity"][1], f"unknown severity {severity!r}",
                       parser.suggest(severity, SEVERITIES)
                       or f"use one of {', '.join(SEVERITIES)}")
    spec_id = parser.text(items, "id", what) or f"{type_name}-{index}"
    if not _ID.match(spec_id):
        parser.problem(items["id"][1],
                       f"id {spec_id!r} may use only letters, digits, '-', '_', '.'")
    if len(parser.problems) > before:
        return None
    return ExpectationSpec(
        type=type_name, kwargs=kwargs, id=spec_id, severity=severity,
        description=parser.text(items, "description", what) or "",
        kind=parser.text(items, "kind", what) or info.kind or "", line=node.start_mark.line + 1,
    )


def _check_parameter(parser: _Parser, node: yaml.Node, value: Any) -> None:
    if not parameters.is_parameter(value):
        return
    text = value["$PARAMETER"]
    if parameters.is_run_parameter(text):
        return
    try:
        parameters.check_expression(text)
    except parameters.ParameterError as error:
        hint = parser.suggest(str(text), RUN_PARAMETERS)
        parser.problem(node, f"unknown run parameter {text!r}: {error}",
                       (hint + "; " if hint else "")
                       + f"accepted: {'; '.join(parameters.ACCEPTED_FORMS)}")


def statement_count(sql: str) -> int:
    """How many SQL statements a text holds; a ';' inside quotes or comments or at the end
    starts none."""
    import duckdb  # its tokenizer knows DuckDB's quoting and comments, even in broken SQL

    count, in_statement = 0, False
    for position, kind in duckdb.tokenize(sql):
        if kind == duckdb.token_type.operator and sql[position] == ";":
            in_statement = False
        elif kind != duckdb.token_type.comment and not in_statement:
            count, in_statement = count + 1, True
    return count


def _check_one_statement(parser: _Parser, node: yaml.Node, sql: str, what: str) -> None:
    if statement_count(sql) > 1:
        parser.problem(node, f"{what} holds more than one SQL statement; every statement after "
                             "the first would run too",
                       "keep one SELECT (no ';' between statements): join or nest what else it "
                       "needs")


def parse_suite_file(path: str | Path) -> Suite:
    """Parse one suite file; unreadable files are a SuiteError too."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SuiteError(Problem(f"cannot read suite: {exc}", where=str(path))) from exc
    return parse_suite_text(text, str(path))


def suite_files(directory: str | Path) -> list[Path]:
    """The suite files of an expectations folder (data files such as ranges.yml excepted)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise SuiteError(Problem(f"expectations folder {directory} does not exist",
                                 fix="pass --expectations DIR with your *.yml suites"))
    files = [p for p in sorted(directory.glob("*.y*ml")) if p.name not in DATA_FILES]
    if not files:
        raise SuiteError(Problem(f"no suite files in {directory}",
                                 fix="add a *.yml file starting with 'suite: NAME'"))
    return files


def load_suites(directory: str | Path) -> list[Suite]:
    """Every suite of a folder; problems of all files are collected into one SuiteError."""
    suites, problems = [], []
    for path in suite_files(directory):
        try:
            suites.append(parse_suite_file(path))
        except SuiteError as error:
            problems.extend(error.problems)
    problems.extend(repeated_names(suites))
    if problems:
        raise SuiteError(problems)
    return suites


def repeated_names(suites: list[Suite]) -> list[Problem]:
    """A problem for each suite whose name an earlier suite already uses."""
    problems, names = [], {}
    for suite in suites:
        if suite.name in names:
            problems.append(Problem(f"suite name {suite.name!r} is also used by "
                                    f"{names[suite.name]}",
                                    where=suite.where(), fix="give each suite its own name"))
        names.setdefault(suite.name, suite.path)
    return problems
