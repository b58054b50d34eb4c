"""Which copy of a compiled package runs: its C extensions, or its Python sources.

``setup.py`` compiles the event coder with mypyc where it can, and writes ``compiled.json``
beside the extensions: the SHA-256 of every source it compiled. Python imports an extension
before a source of the same name, so a source edited since (or a checkout of another commit)
would leave old code running. When the record does not match the sources, the package imports
its sources instead, every one of them (compiled modules call each other directly, so a mix
would still run old code), and says once how to rebuild. ``SITROOM_PURE_PYTHON=1`` asks for
the sources whatever the record says.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from pathlib import Path

MANIFEST = "compiled.json"
PURE_ENV = "SITROOM_PURE_PYTHON"
REBUILD = "pip install -e . (or pip install .) in the sitroom checkout"


def pure_requested() -> bool:
    """Whether ``SITROOM_PURE_PYTHON`` asks for the sources (set, and not "0")."""
    return os.environ.get(PURE_ENV, "") not in ("", "0")


def child_environment(pure: bool) -> dict[str, str]:
    """This process's environment for a child that runs the sources (``pure``) or whatever
    copy its imports find."""
    env = {k: v for k, v in os.environ.items() if k != PURE_ENV}
    if pure:
        env[PURE_ENV] = "1"
    return env


def source_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extension_modules(directory: Path) -> set[str]:
    """The modules of ``directory`` that have an extension this interpreter can load."""
    found = set()
    for path in directory.iterdir():
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:  # the most specific first
            module = path.name.removesuffix(suffix)
            if module != path.name:
                if "." not in module:  # "x.cpython-312-....so" is no module of this Python
                    found.add(module)
                break
    return found


def stale_sources(directory: Path) -> list[str] | None:
    """None when no module of ``directory`` is compiled for this interpreter. Otherwise what
    disagrees between the extensions and the sources (an empty list: the extensions are
    fresh): sources changed since they were compiled, extensions with no record, recorded
    modules with no extension."""
    compiled = extension_modules(directory)
    if not compiled:
        return None
    try:
        recorded = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(recorded, dict):
            raise ValueError("not an object")
    except (OSError, ValueError) as exc:
        return [f"{MANIFEST} ({exc})"]
    out = []
    for name, digest in sorted(recorded.items()):
        source = directory / name
        module = name.removesuffix(".py")
        if module not in compiled:
            out.append(f"{name} (no extension)")
        elif not source.exists() or source_digest(source) != digest:
            out.append(f"{name} (changed)")
    recorded_modules = {name.removesuffix(".py") for name in recorded}
    # the group's shared library ("<group>__mypyc") has no source of its own
    out += [f"{m} (not recorded)" for m in sorted(compiled - recorded_modules) if not m.endswith("__mypyc")]
    return out


class SourceFinder(importlib.abc.MetaPathFinder):
    """Imports the modules of one package from their ``.py`` files, passing over extensions."""

    def __init__(self, package: str, directory: Path):
        self.prefix = package + "."
        self.directory = directory

    def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
        if not name.startswith(self.prefix) or "." in name[len(self.prefix):]:
            return None
        source = self.directory / (name[len(self.prefix):] + ".py")
        if not source.exists():
            return None
        return importlib.util.spec_from_file_location(name, source)


def choose_copy(package: str, directory: Path) -> str:
    """Set up the imports of ``package`` (whose folder is ``directory``) and say which copy
    runs: "compiled", or "sources" with why."""
    stale = stale_sources(directory)
    if stale is None:
        return "sources (not compiled for this Python)"
    if pure_requested():
        why = f"sources ({PURE_ENV} is set)"
    elif stale:
        listed = ", ".join(stale[:3]) + (f" and {len(stale) - 3} more" if len(stale) > 3 else "")
        why = f"sources (compiled copy is stale: {listed})"
        warnings.warn(f"sitroom: {package} runs from its sources, more slowly: its compiled copy is "
                      f"stale ({listed}). Rebuild it with {REBUILD}, or set {PURE_ENV}=1 to "
                      "silence this.", RuntimeWarning, stacklevel=2)
    else:
        return "compiled"
    if not any(isinstance(f, SourceFinder) and f.prefix == package + "." for f in sys.meta_path):
        sys.meta_path.insert(0, SourceFinder(package, directory))
    return why
