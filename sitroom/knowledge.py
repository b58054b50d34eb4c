"""Loading the knowledge files in ``sitroom/data``: dictionaries and rules as data.

Every loader validates what it reads and raises KnowledgeError naming the file and
the entry at fault, so an analyst who edits a file learns exactly what to fix.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

DATA = files("sitroom") / "data"
# libyaml's loader reads the knowledge files about ten times faster; same safe subset of YAML.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class KnowledgeError(ValueError):
    """A knowledge file is missing or malformed; the message names the file and entry."""


def data_path(name: str) -> Path:
    return Path(str(DATA / name))


@cache
def load_yaml(name: str) -> Any:
    path = data_path(name)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_SafeLoader)
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: knowledge file missing; reinstall sitroom") from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML: {exc}") from None


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """A word list: one entry a line; blank lines and # comments are ignored."""
    path = data_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: knowledge file missing; reinstall sitroom") from None
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(e for e in entries if e)


def compile_patterns(source: str, where: str, patterns: Any) -> list[re.Pattern[str]]:
    """Whole-line, case-insensitive patterns; a bad one is reported with its place."""
    if not isinstance(patterns, list):
        raise KnowledgeError(f"{source}: {where} must be a list of patterns")
    compiled = []
    for index, pattern in enumerate(patterns):
        if not isinstance(pattern, str):
            raise KnowledgeError(f"{source}: {where}[{index}] must be a string, got {pattern!r}")
        try:
            compiled.append(re.compile(rf"(?:{pattern})\Z", re.IGNORECASE))
        except re.error as exc:
            raise KnowledgeError(f"{source}: {where}[{index}] {pattern!r} is not a valid pattern: {exc}") from None
    return compiled


def require(source: str, mapping: Any, key: str, kind: type) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise KnowledgeError(f"{source}: missing the section {key!r}")
    value = mapping[key]
    if not isinstance(value, kind):
        raise KnowledgeError(f"{source}: {key!r} must be a {kind.__name__}")
    return value


def text_list(source: str, key: str, value: Any, required: bool = True) -> list[str]:
    """A list of words or phrases; YAML reads a bare yes/no/on/off as true/false, so say to quote."""
    if value is None and not required:
        return []
    if not isinstance(value, list) or (required and not value):
        raise KnowledgeError(f"{source}: {key} must be a non-empty list of words or phrases")
    for item in value:
        if not isinstance(item, str):
            raise KnowledgeError(
                f"{source}: {key} has {item!r}, which is not text; put quotes around words such as "
                '"on", "off", "no" and "yes" (YAML reads them as true/false)'
            )
    return value
