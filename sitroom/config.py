"""Defaults for the command line, from a TOML file: ``sitroom.toml`` in the working folder, or
the file the environment variable SITROOM_CONFIG names (which then must exist).

    db = "events.db"             # the store; a relative path is taken from the file's folder
    gazetteer = "gazetteer"      # the folder holding the gazetteer, as SITROOM_HOME sets it
    geocode = true               # --geocode / --no-geocode
    modality = "reported"        # --modality of the reading commands, export and extract
    language = ["en", "ur"]      # --language
    max_size = 20                # --max-size, in MB

Options given on the command line win over the file, and SITROOM_HOME over ``gazetteer``.
A file that is not TOML, a key not listed here or a value of the wrong kind is a
``ConfigError`` that names the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FILE_NAME = "sitroom.toml"
ENVIRONMENT = "SITROOM_CONFIG"
HOME = "SITROOM_HOME"


class ConfigError(ValueError):
    """The defaults file cannot be used; the message names the file and the key, and what to write."""


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and "\x00" not in value


def _modality(value: Any) -> bool:
    from .model import MODALITY_CHOICES

    return value in MODALITY_CHOICES


def _languages(value: Any) -> bool:
    return _text(value) or (isinstance(value, list) and bool(value) and all(_text(v) for v in value))


MAX_SIZE_MB = 1_000_000  # a document of a terabyte is no news article


def _size(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= MAX_SIZE_MB


@dataclass(frozen=True)
class Key:
    what: str  # what the value must be, for the error
    valid: Callable[[Any], bool]
    option: str | None  # the name of the commands' parameter it gives a default to


KEYS = {
    "db": Key("a store: a SQLite file path or a postgresql:// URL", _text, "db"),
    "gazetteer": Key("a folder for the gazetteer (what SITROOM_HOME names)", _text, None),
    "geocode": Key("true or false", lambda v: isinstance(v, bool), "geocode"),
    "modality": Key("reported, all, or one of asserted, claimed, denied, future, hypothetical, negated, generic",
                    _modality, "modality"),
    "language": Key('a language code or a list of them, such as ["en", "ur"]', _languages, "language"),
    "max_size": Key(f"a number of MB more than 0 and at most {MAX_SIZE_MB:,}", _size, "max_size"),
}


@dataclass(frozen=True)
class Config:
    path: Path
    values: dict[str, Any]

    def defaults(self, parameters: set[str]) -> dict[str, Any]:
        """The defaults for a command with these parameter names."""
        return {KEYS[key].option: value for key, value in self.values.items()
                if KEYS[key].option in parameters}

    def apply_gazetteer(self) -> None:
        """Point the gazetteer at the file's folder for it, unless SITROOM_HOME names one."""
        if "gazetteer" in self.values and not os.environ.get(HOME):
            os.environ[HOME] = self.values["gazetteer"]


def config_path(cwd: Path | None = None) -> Path | None:
    """The defaults file in use: SITROOM_CONFIG's, else sitroom.toml in the working folder, else none."""
    named = os.environ.get(ENVIRONMENT)
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ConfigError(f"{ENVIRONMENT} names {path}, which is not a file; give the path of a TOML file "
                              f"of defaults, or unset {ENVIRONMENT}")
        return path
    here = (cwd or Path.cwd()) / FILE_NAME
    return here if here.is_file() else None


def _relative_to(folder: Path, value: str) -> str:
    if "://" in value:
        return value
    path = Path(value).expanduser()
    return str(path if path.is_absolute() else folder / path)


def load_config(path: Path) -> Config:
    """The defaults in ``path``, checked; relative paths made relative to its folder."""
    try:
        with open(path, "rb") as fh:
            values = tomllib.load(fh)
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; save it as UTF-8 (TOML files are)") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not TOML ({exc}); write it as key = value lines, such as db = \"events.db\"") \
            from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    for key, value in values.items():
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key {key!r}; the keys are {', '.join(KEYS)}")
        if not KEYS[key].valid(value):
            raise ConfigError(f"{path}: {key} must be {KEYS[key].what}, not {value!r}")
    if isinstance(values.get("language"), str):
        values["language"] = [values["language"]]
    if "language" in values:
        values["language"] = [code.strip() for code in values["language"]]
    for key in ("db", "gazetteer"):
        if key in values:
            values[key] = _relative_to(path.parent, values[key])
    return Config(path, values)


def find_config(cwd: Path | None = None) -> Config | None:
    """The defaults in use, or None when there is no file."""
    path = config_path(cwd)
    return load_config(path) if path is not None else None
