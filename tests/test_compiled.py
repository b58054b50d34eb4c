"""The compiled coder: an edited source is never shadowed by an old extension, and the compiled
copy codes exactly as the sources do."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import subprocess
import sys

import pytest

import sitroom.coder
import sitroom.coder.actors
from sitroom.compiled import (MANIFEST, PURE_ENV, SourceFinder, child_environment, choose_copy, source_digest,
                              stale_sources)

from .conftest import SAMPLES

EXT = importlib.machinery.EXTENSION_SUFFIXES[0]  # this Python's own extension suffix


def _package(tmp_path, name: str, *, record: bool = True, extension: bool = True):
    """A package with one module, mod.py, whose 'extension' is junk that cannot be imported."""
    folder = tmp_path / name
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    (folder / "mod.py").write_text("ANSWER = 'from the source'\n")
    if extension:
        (folder / f"mod{EXT}").write_bytes(b"not a shared library")
        (folder / f"group__mypyc{EXT}").write_bytes(b"not one either")
    if record:
        (folder / MANIFEST).write_text(json.dumps({"mod.py": source_digest(folder / "mod.py")}))
    return folder


@pytest.fixture
def clean_imports():
    meta, modules = list(sys.meta_path), set(sys.modules)
    yield
    sys.meta_path[:] = meta
    for name in set(sys.modules) - modules:
        del sys.modules[name]


def test_fresh_extensions_are_kept(tmp_path):
    assert stale_sources(_package(tmp_path, "fresh")) == []


def test_a_folder_without_extensions_is_not_compiled(tmp_path):
    assert stale_sources(_package(tmp_path, "plain", extension=False)) is None


def test_an_edited_source_makes_the_extensions_stale(tmp_path):
    folder = _package(tmp_path, "edited")
    (folder / "mod.py").write_text("ANSWER = 'edited since'\n")
    assert stale_sources(folder) == ["mod.py (changed)"]


def test_extensions_without_a_record_are_stale(tmp_path):
    folder = _package(tmp_path, "unrecorded", record=False)
    assert stale_sources(folder)[0].startswith(f"{MANIFEST} (")
    (folder / MANIFEST).write_text("[1, 2]")
    assert stale_sources(folder) == [f"{MANIFEST} (not an object)"]


def test_a_module_compiled_but_not_recorded_or_recorded_but_not_compiled(tmp_path):
    folder = _package(tmp_path, "mismatch")
    (folder / f"extra{EXT}").write_bytes(b"junk")
    assert stale_sources(folder) == ["extra (not recorded)"]
    (folder / f"extra{EXT}").unlink()
    (folder / f"mod{EXT}").unlink()
    assert stale_sources(folder) == ["mod.py (no extension)"]


def test_another_pythons_extension_is_not_this_ones(tmp_path):
    folder = _package(tmp_path, "foreign", extension=False)
    (folder / "mod.cpython-19-x86_64-linux-gnu.so").write_bytes(b"junk")
    assert stale_sources(folder) is None


def test_stale_extensions_are_passed_over_for_the_sources(tmp_path, monkeypatch, clean_imports):
    folder = _package(tmp_path, "stalepkg")
    (folder / "mod.py").write_text("ANSWER = 'edited since'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.warns(RuntimeWarning, match=r"stale \(mod.py \(changed\)\).*pip install"):
        running = choose_copy("stalepkg", folder)
    assert running.startswith("sources (compiled copy is stale")
    # without the finder, Python would load the junk extension and fail
    assert importlib.import_module("stalepkg.mod").ANSWER == "edited since"


def test_pure_python_on_request(tmp_path, monkeypatch, clean_imports):
    folder = _package(tmp_path, "purepkg")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setenv(PURE_ENV, "1")
    assert choose_copy("purepkg", folder) == f"sources ({PURE_ENV} is set)"
    assert importlib.import_module("purepkg.mod").ANSWER == "from the source"
    choose_copy("purepkg", folder)  # asking twice adds no second finder
    assert sum(isinstance(f, SourceFinder) and f.prefix == "purepkg." for f in sys.meta_path) == 1


def test_fresh_extensions_are_imported(tmp_path, monkeypatch, clean_imports):
    folder = _package(tmp_path, "freshpkg")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert choose_copy("freshpkg", folder) == "compiled"
    with pytest.raises(ImportError):  # the (junk) extension is what Python loads
        importlib.import_module("freshpkg.mod")


def test_the_coder_runs_the_copy_it_says():
    loaded = sitroom.coder.actors.__file__
    if sitroom.coder.RUNNING == "compiled":
        assert loaded.endswith(EXT)
    else:
        assert loaded.endswith(".py"), (sitroom.coder.RUNNING, loaded)


def _extract(tmp_path, name: str, pure: bool) -> bytes:
    out = tmp_path / name
    proc = subprocess.run([sys.executable, "-m", "sitroom", "extract", str(SAMPLES), "-o", str(out)],
                          capture_output=True, text=True, timeout=300, env=child_environment(pure))
    assert proc.returncode == 0, proc.stderr
    return out.read_bytes()


def test_the_compiled_coder_codes_as_the_sources_do(tmp_path):
    if sitroom.coder.RUNNING != "compiled":
        pytest.skip(f"the coder is not compiled here: {sitroom.coder.RUNNING}")
    compiled, pure = _extract(tmp_path, "compiled.jsonl", False), _extract(tmp_path, "pure.jsonl", True)
    assert compiled.count(b"\n") >= 9  # every sample event told as having happened, each a line
    assert compiled == pure
