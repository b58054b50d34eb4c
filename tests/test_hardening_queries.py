"""Hardening of the commands that read the store (events, incidents, stats, export):

- ``export -o`` writes through a symbolic link, refuses a FIFO, a device, a directory, and gives
  the file the permissions a new file gets (or keeps those of the file it overwrites);
- out-of-range or empty options are usage errors (exit 2) with a message, never a traceback;
- ``--actor`` takes % and _ as plain characters;
- reading opens the store read-only: a read-only store can be queried, and a store that does
  not exist (or holds nothing) is reported, not created.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from sitroom.store.api import open_store
from sitroom.store.engine import StoreError, database_url

from .store_helpers import AIRSTRIKE, PROTEST, write_jsonl

MAX64 = 2**63 - 1


def _said(result) -> str:
    """The command's stderr as one line, without the frame typer draws around usage errors."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stderr).split())


def _ingest(db, folder: Path):
    with open_store(db) as store:
        store.ingest([write_jsonl(folder / "news.jsonl", AIRSTRIKE, PROTEST)])
    return db


@pytest.fixture(scope="module")
def store_file(tmp_path_factory):
    """A SQLite store with the airstrike (three reports, one incident) and a protest."""
    folder = tmp_path_factory.mktemp("store")
    return _ingest(str(folder / "events.db"), folder)


@pytest.fixture
def filled(db, tmp_path):
    return _ingest(db, tmp_path)


def _temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


# --- 1. export -o: links, special files, permissions ---------------------------------------------

def test_export_writes_through_a_symlink_and_the_link_stays(cli, store_file, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old contents\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to("real.csv")  # relative, as ln -s makes it
    result = cli("export", "--db", store_file, "-f", "acled-csv", "-o", str(link))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "real.csv"
    assert real.read_text(encoding="utf-8").startswith("event_id_cnty,")

    # a link to a file not there yet (in another folder): the file is made there, the link stays
    (tmp_path / "maps").mkdir()
    dangling = tmp_path / "latest.jsonl"
    dangling.symlink_to(tmp_path / "maps" / "march.jsonl")
    result = cli("export", "--db", store_file, "-f", "plover-jsonl", "-o", str(dangling))
    assert result.exit_code == 0, result.stderr
    assert dangling.is_symlink() and (tmp_path / "maps" / "march.jsonl").is_file()
    assert len(result.records) == 2  # the airstrike, the protest
    assert _temporaries(tmp_path) == [] and _temporaries(tmp_path / "maps") == []


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _device(path: Path) -> Path:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a twin of /dev/null
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return path


def _link_to_dev_null(path: Path) -> Path:
    path.symlink_to("/dev/null")
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize("make,is_kind,kind", [
    (_fifo, stat.S_ISFIFO, "FIFO"),
    (_device, stat.S_ISCHR, "character device"),
    (_link_to_dev_null, stat.S_ISCHR, "character device"),
    (_directory, stat.S_ISDIR, "directory"),
], ids=["fifo", "device", "link-to-dev-null", "directory"])
def test_export_refuses_what_is_not_a_regular_file(cli, store_file, tmp_path, make, is_kind, kind):
    special = make(tmp_path / "out.csv")
    was_link = special.is_symlink()
    result = cli("export", "--db", store_file, "-f", "acled-csv", "-o", str(special))
    said = _said(result)
    assert result.exit_code == 2, said
    assert kind in said and "not a regular file" in said and "-o -" in said
    assert special.is_symlink() == was_link and is_kind(os.stat(special).st_mode)  # left as it was
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert _temporaries(tmp_path) == []


def test_export_from_python_refuses_a_fifo_too(store_file, tmp_path):
    import sitroom
    from sitroom.atomic_file import NotRegularFile

    fifo = _fifo(tmp_path / "pipe")
    with pytest.raises(NotRegularFile, match="FIFO"):
        sitroom.export(store_file, str(fifo), format="geojson")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("format", ["acled-csv", "parquet"])
def test_export_gives_new_files_the_umask_mode_and_keeps_an_overwritten_files_mode(cli, store_file, tmp_path,
                                                                                    format):
    new, kept, private = tmp_path / "new.out", tmp_path / "kept.out", tmp_path / "private.out"
    for path, mode in ((kept, 0o644), (private, 0o600)):
        path.write_text("old\n", encoding="utf-8")
        os.chmod(path, mode)
    old_umask = os.umask(0o027)
    try:
        for path in (new, kept, private):
            result = cli("export", "--db", store_file, "-f", format, "--output", str(path))  # (binary: not read back)
            assert result.exit_code == 0, result.stderr
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(os.stat(new).st_mode) == 0o666 & ~0o027 == 0o640
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o644
    assert stat.S_IMODE(os.stat(private).st_mode) == 0o600
    assert kept.read_bytes() != b"old\n" and _temporaries(tmp_path) == []


def test_a_failed_export_leaves_the_old_file_and_no_temporary(cli, store_file, tmp_path, monkeypatch):
    from sitroom.exports import geojson

    def broken(self, event, provenance):
        raise OSError(28, "No space left on device")

    out = tmp_path / "map.geojson"
    out.write_text("the previous map\n", encoding="utf-8")
    monkeypatch.setattr(geojson.GeoJsonWriter, "add", broken)
    result = cli("export", "--db", store_file, "-f", "geojson", "-o", str(out))
    assert result.exit_code == 2 and "No space left" in _said(result)
    assert out.read_text(encoding="utf-8") == "the previous map\n" and _temporaries(tmp_path) == []


# --- 2. options: ranges, empty values, wildcards --------------------------------------------------

@pytest.mark.parametrize("args,message", [
    (["events", "--limit", str(MAX64 + 1)], "from 1 to 9223372036854775807"),
    (["events", "-n", "0"], "from 1 to 9223372036854775807"),
    (["incidents", "-n", "99999999999999999999999"], "from 1 to 9223372036854775807"),
    (["incidents", "--explain", "99999999999999999999"], "not an incident id"),
    (["incidents", "--explain", str(MAX64 + 1)], "not an incident id"),
    (["incidents", "--explain", "0"], "not an incident id"),
    (["incidents", "--explain", "-3"], "not an incident id"),
    (["events", "--within", "1e308"], "not a distance"),
    (["events", "--near", "33,70", "--within", "nan"], "not a distance"),
    (["stats", "--within", "inf"], "not a distance"),
    (["stats", "--within", "-inf"], "not a distance"),
    (["incidents", "--within", "0"], "not a distance"),
    (["events", "--within", "20000.5"], "at most 20000"),
    (["events", "--near", ""], "it is empty"),
    (["stats", "--near", "   "], "it is empty"),
    (["events", "--actor", ""], "it is empty"),
    (["events", "--country", ""], "it is empty"),
])
def test_bad_options_are_usage_errors_with_a_message(cli, store_file, args, message):
    result = cli(*args[:1], "--db", store_file, *args[1:])
    said = _said(result)
    assert result.exit_code == 2, (said, result.exception)
    assert message in said and "Traceback" not in said
    assert isinstance(result.exception, SystemExit)


def test_export_with_a_bad_option_writes_nothing(cli, store_file, tmp_path):
    out = tmp_path / "out.csv"
    result = cli("export", "--db", store_file, "-f", "acled-csv", "-o", str(out), "--within", "nan")
    assert result.exit_code == 2 and "not a distance" in _said(result)
    assert not out.exists()


def test_the_largest_limit_and_id_work(cli, filled):
    for args in (["-n", str(MAX64)], ["-n", str(MAX64), "--near", "32.967,70.267", "--within", "20000"]):
        result = cli("events", "--db", filled, "-f", "json", *args)
        assert result.exit_code == 0, _said(result)
        assert len(result.records) == 4  # three reports of the airstrike, the protest
    stats = cli("stats", "--db", filled, "--within", "20000", "--near", "32.967,70.267", "-f", "json")
    assert stats.exit_code == 0, _said(stats)
    for big in (2**31, MAX64):  # beyond PostgreSQL's INTEGER ids, the largest 64-bit one
        missing = cli("incidents", "--db", filled, "--explain", str(big))
        assert missing.exit_code == 1 and f"no incident {big}" in missing.stderr
    with open_store(filled) as store:
        assert store.explain(MAX64 + 1) is None and store.explain(-(2**70)) is None
        with pytest.raises(ValueError, match="limit"):
            store.events(limit=MAX64 + 1)
        with pytest.raises(ValueError, match="within_km"):
            store.events(near=(33.0, 70.0), within_km=float("nan"))


def test_actor_wildcards_are_plain_characters(cli, filled):
    with open_store(filled) as store:
        assert len(store.events(actor="taliban pak")) == 2  # the Frontier Post and the Courier name the TTP
        for part in ("%", "_", "%%", "taliban_pak", "taliban%pak", "\\", "\\%"):
            assert store.events(actor=part) == [], part
            assert store.incidents(actor=part) == [], part
            assert store.count("events", actor=part) == 0, part
    for part in ("%", "_"):
        result = cli("events", "--db", filled, "--actor", part, "-f", "json")
        assert result.exit_code == 0, _said(result)
        assert result.records == []
        stats = cli("stats", "--db", filled, "--actor", part, "-f", "json")
        assert stats.exit_code == 0 and stats.records == []


# --- 2. reading opens the store read-only -----------------------------------------------------------

def test_a_store_that_does_not_exist_or_holds_nothing_is_reported_not_created(cli, db, tmp_path):
    commands = [["events"], ["incidents"], ["stats"], ["export", "-f", "geojson", "-o", str(tmp_path / "o.json")]]
    for command in commands:
        result = cli(command[0], "--db", db, *command[1:])
        said = _said(result)
        assert result.exit_code == 2, said
        if db.startswith("postgresql"):
            assert "holds no sitroom store" in said and "sitroom ingest" in said
        else:
            assert "no store at" in said and "sitroom ingest" in said
    assert not (tmp_path / "o.json").exists()
    if db.startswith("postgresql"):
        engine = create_engine(database_url(db))
        try:
            assert inspect(engine).get_table_names() == []  # no schema was created
        finally:
            engine.dispose()
    else:
        assert not Path(db).exists()
        import sitroom

        with pytest.raises(StoreError, match="no store at"):
            sitroom.read_events(db)
        assert not Path(db).exists()


def test_a_read_only_open_cannot_write(filled):
    with open_store(filled, read_only=True) as store:
        assert len(store.events()) == 4
        with pytest.raises(Exception, match="(?i)read.?only"):
            with store.engine.begin() as conn:
                conn.execute(text("CREATE TABLE intruder (a integer)"))
        with pytest.raises(StoreError, match="read-only"):
            store.ingest([])
    with open_store(filled) as store:  # nothing was made
        with store.engine.connect() as conn:
            assert "intruder" not in inspect(conn).get_table_names()


def test_a_newer_schema_is_reported_and_left_alone(cli, tmp_path):
    db = _ingest(str(tmp_path / "events.db"), tmp_path)
    engine = create_engine(database_url(db))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    result = cli("events", "--db", db)
    assert result.exit_code == 2 and "newer sitroom" in _said(result)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "9999_from_the_future"
    engine.dispose()


def _without_root_file_powers():
    """In the child: drop the capabilities that let root write read-only files (for the exec)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


def _run_as_reader(args: list[str]) -> subprocess.CompletedProcess:
    preexec = _without_root_file_powers if os.geteuid() == 0 else None
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, preexec_fn=preexec,
                          env={**os.environ, "SITROOM_PURE_PYTHON": "1"}, timeout=300)


def test_a_store_on_a_read_only_file_and_folder_can_be_queried(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    db = _ingest(str(folder / "events.db"), tmp_path)
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    try:
        try:
            probe = _run_as_reader(["-c", f"open({db!r}, 'ab')"])
        except subprocess.SubprocessError as exc:
            pytest.skip(f"cannot run a process without root's file permissions here: {exc}")
        if probe.returncode == 0:
            pytest.skip("this process can write read-only files (root that cannot drop that power)")
        for command in (["events", "-f", "json"], ["incidents", "-f", "json"], ["stats", "-f", "json"],
                        ["export", "-f", "plover-jsonl", "-o", "-"]):
            done = _run_as_reader(["-m", "sitroom", command[0], "--db", db, *command[1:]])
            assert done.returncode == 0, done.stderr
            assert "readonly" not in done.stderr and "Traceback" not in done.stderr
            assert [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        assert sorted(p.name for p in folder.iterdir()) == ["events.db"]  # nothing made beside it
    finally:
        os.chmod(folder, 0o755)
        os.chmod(db, 0o644)
