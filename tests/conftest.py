"""Shared fixtures: writing input files and running the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples" / "articles"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def write(tmp_path):
    """write(name, content) -> Path: a file under a fresh folder (str is UTF-8, bytes raw)."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


class CliResult:
    def __init__(self, result, out_path: Path | None):
        self.exit_code = result.exit_code
        self.stderr = result.stderr
        self.stdout = result.stdout
        self.exception = result.exception
        text = out_path.read_text(encoding="utf-8") if out_path and out_path.is_file() else result.stdout
        self.records = [json.loads(line) for line in text.splitlines() if line.strip().startswith("{")]


@pytest.fixture
def cli(tmp_path):
    """cli(*args, input=None) runs ``sitroom`` in-process; records are the JSONL written."""
    runner = CliRunner()

    def _run(*args: str, input: bytes | str | None = None) -> CliResult:
        args = list(args)
        out_path = None
        if "-o" in args:
            out_path = Path(args[args.index("-o") + 1])
        progress_off = args and args[0] in ("articles", "extract", "geoparse")
        result = runner.invoke(app, [*args, "--no-progress"] if progress_off else args, input=input)
        return CliResult(result, out_path)

    return _run


ARTICLE = """ISLAMABAD: Security forces repulsed an attack on a border post in the Bajaur district on Tuesday night, the military said in a statement on Wednesday.

The statement said the attackers had crossed from the Kunar province of Afghanistan and withdrew after a gun battle that lasted about an hour.

A senior official said two soldiers were injured and were taken to a military hospital in Peshawar for treatment.
"""


@pytest.fixture(scope="session", autouse=True)
def _sitroom_home(tmp_path_factory):
    """Built data (the gazetteer) goes to a folder of the test session, never to ~/.cache."""
    import os

    from sitroom.geo import gazetteer

    home = tmp_path_factory.mktemp("sitroom-home")
    old = os.environ.get("SITROOM_HOME")
    os.environ["SITROOM_HOME"] = str(home)
    gazetteer.load_gazetteer.cache_clear()
    yield home
    if old is None:
        os.environ.pop("SITROOM_HOME", None)
    else:
        os.environ["SITROOM_HOME"] = old


from .store_fixtures import db, postgres_server  # noqa: E402,F401  (fixtures for the store tests)
