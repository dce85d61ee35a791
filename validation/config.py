"""Configuration files as YAML: plain data only, and every error with file:line and the fix.

PyYAML's safe loader already refuses `!!python/...` tags, but as a ConstructorError that callers
must remember to catch, and it raises a bare ValueError (no line) for an unquoted impossible date
such as `expires: 2026-02-30`. Here both are YAML errors at their line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from validation.errors import Problem, ValidationError

# libyaml's safe loader where PyYAML has it, for our own large data files (the language packs
# parse ten times faster); users' files keep PlainLoader, which reports their errors
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PlainLoader(yaml.SafeLoader):
    """The safe loader, with impossible dates reported at their line like any YAML error."""


def _timestamp(loader: PlainLoader, node: yaml.Node) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a date ({exc})", node.start_mark) from exc


PlainLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def yaml_problem(exc: yaml.YAMLError | RecursionError, where: str,
                 line: int | None = None) -> Problem:
    """What is wrong with a YAML text, at the error's line (or at `line`, when given)."""
    mark = getattr(exc, "problem_mark", None)
    line = line or (mark.line + 1 if mark else 1)
    if isinstance(exc, RecursionError):
        return Problem("not valid YAML: nested too deeply", where=f"{where}:{line}",
                       fix="a configuration file needs a few levels, not hundreds")
    reason = getattr(exc, "problem", None) or str(exc)
    if isinstance(exc, yaml.constructor.ConstructorError) and "is not a date" in reason:
        return Problem(reason, where=f"{where}:{line}", fix="write the date as YYYY-MM-DD")
    if isinstance(exc, yaml.constructor.ConstructorError):
        return Problem(f"not plain YAML data: {reason}", where=f"{where}:{line}",
                       fix="remove the !!tag: only text, numbers, dates, lists and mappings")
    return Problem(f"not valid YAML: {reason}", where=f"{where}:{line}",
                   fix="check the indentation and quoting on that line")


def load_yaml(text: str, where: str, error: type[ValidationError]) -> Any:
    """The data of a YAML text; `error` (a ValidationError subclass) says what and where."""
    try:
        return yaml.load(text, Loader=PlainLoader)  # noqa: S506 (PlainLoader is a SafeLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        raise error(yaml_problem(exc, where)) from exc


def load_yaml_file(path: Path, error: type[ValidationError]) -> Any:
    """The data of a YAML file (None when it is empty); unreadable bytes or bad YAML are
    `error` naming the file (and the line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(Problem(f"cannot read: {exc}", where=str(path),
                            fix="make it a readable UTF-8 YAML file")) from exc
    return load_yaml(text, str(path), error)


def load_node(node: yaml.Node, where: str) -> tuple[Any, Problem | None]:
    """The data of one composed node (a suite's argument), or the problem with it at the
    node's line (the error's own mark is in the node re-serialised, not in the file)."""
    try:
        return yaml.load(yaml.serialize(node), Loader=PlainLoader), None  # noqa: S506
    except (yaml.YAMLError, RecursionError) as exc:
        return None, yaml_problem(exc, where, node.start_mark.line + 1)


def where_key(path: Path, *keys: str) -> str:
    """`path:line` of a key of a YAML mapping file (`keys` from the top: "tolerances",
    "default"), the nearest enclosing key found when the last is not; `path` alone when the
    file cannot be composed (its load has already said why)."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=PlainLoader)  # noqa: S506
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return str(path)
    line = None
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        found = [(k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)
                 and k.value == key]
        if not found:
            break
        line, node = found[0][0].start_mark.line + 1, found[0][1]
    return f"{path}:{line}" if line else str(path)
