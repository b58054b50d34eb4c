"""The one table of knowledge files, and the rooms' layering it lets stay clean."""

import ast
from pathlib import Path

import pytest

from sitroom.knowledge import DATA, KNOWLEDGE, load_knowledge

PACKAGE = Path(__file__).resolve().parents[1] / "sitroom"


def test_every_file_under_data_is_in_the_table_once():
    on_disk = sorted(str(p.relative_to(PACKAGE / "data")) for p in (PACKAGE / "data").rglob("*.yaml"))
    listed = [name for entry in KNOWLEDGE for name in entry.files]
    assert sorted(listed) == on_disk
    assert len(listed) == len(set(listed))
    assert all((DATA / name).is_file() for name in listed)


@pytest.mark.parametrize("entry", KNOWLEDGE, ids=lambda e: e.files[0])
def test_every_entry_loads_and_says_what_it_holds(entry):
    assert entry.describe(load_knowledge(entry))


def _imports(folder: str) -> set[str]:
    found = set()
    for path in (PACKAGE / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                found.add((node.level, node.module or ""))
    return found


def test_geo_imports_nothing_of_the_coder_nor_of_geoparsing():
    bad = {(level, module) for level, module in _imports("geo")
           if level >= 2 and (module.startswith("coder") or module.startswith("geoparse"))}
    assert not bad


def test_the_coder_does_not_import_geoparsing():
    assert not {m for level, m in _imports("coder") if level >= 2 and m.startswith("geoparse")}
