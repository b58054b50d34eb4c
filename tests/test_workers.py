"""Several local processes (--workers N): the same documents, events and store as one process,
in the same order; a worker that dies costs one recorded skip, not the run."""

import json
import os
from dataclasses import replace

import pytest

from sitroom.api import pipe, warm_up
from sitroom.pipeline import EVENT_STAGES, stage
from sitroom.settings import Settings
from sitroom.store.api import open_store

from .store_helpers import AIRSTRIKE, PROTEST, TWO_CLASHES, TWO_TOWNS, write_jsonl


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    folder = tmp_path_factory.mktemp("workers")
    write_jsonl(folder / "news.jsonl", AIRSTRIKE, TWO_CLASHES, TWO_TOWNS, PROTEST)
    (folder / "page.html").write_text(
        "<html><head><title>Clash near Chaman</title></head><body><article><p>CHAMAN: Border guards and smugglers "
        "exchanged fire near Chaman on Friday, killing one smuggler, officials said.</p></article></body></html>",
        encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (folder / "copy.txt").write_text(  # the same text as a JSONL record: a duplicate in the run
        json.loads((folder / "news.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"], encoding="utf-8")
    return folder


def _coded(folder, workers: int, stages=EVENT_STAGES):
    settings = replace(Settings(published="2024-06-14"), workers=workers)
    warm_up(settings)
    return [(d.raw.source_path if d.raw else None, d.skip.code if d.skip else None,
             [e.to_dict() for e in d.events]) for d in pipe([folder], stages=stages, settings=settings)]


def test_two_workers_give_what_one_gives_in_the_same_order(news):
    one = _coded(news, 1)
    assert len(one) >= 12 and {code for _, code, _ in one} >= {None, "duplicate"}
    assert _coded(news, 2) == one
    assert _coded(news, 3) == one


def test_extract_with_workers_writes_the_same_file(news, tmp_path, cli):
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"events-{workers}.jsonl"
        result = cli("extract", str(news), "-o", str(out), "--published", "2024-06-14", "--workers", workers)
        assert result.exit_code in (0, 1), result.stderr  # 1: some inputs were skipped (the binary file)
        outputs.append(out.read_text(encoding="utf-8"))
    # (nine events: "reinforcements arrived" after an attack is part of it, not an event of its own)
    assert outputs[0] == outputs[1] and outputs[0].count("\n") >= 9
    assert cli("extract", str(news), "--workers", "0").exit_code == 2


def _store_summary(db):
    with open_store(db) as store:
        events = sorted((e["event_id"], e["event_type"], e["fatalities"], e["incident_id"])
                        for e in store.events(modality="all"))
        incidents = sorted((i["id"], i["reports"], i["fatalities"]) for i in store.incidents(modality="all"))
    return events, incidents


def test_ingest_with_workers_stores_what_one_process_stores(news, tmp_path):
    results = {}
    for workers in (1, 2):
        db = str(tmp_path / f"events-{workers}.db")
        with open_store(db) as store:
            first = store.ingest([news], published="2024-06-14", workers=workers)
            again = store.ingest([news], published="2024-06-14", workers=workers)
        assert again.articles_added == 0 and again.events_added == 0
        assert again.articles_known == first.articles_added + first.articles_known  # (the copy: known at once)
        results[workers] = (first.articles_added, first.events_added, first.incidents_opened, _store_summary(db))
    assert results[1] == results[2]


@stage("die-on-poison")
def _die_on_poison(doc, settings):
    if "POISON" in doc.article.text:
        os._exit(3)  # a worker killed mid-document, as the out-of-memory killer would


def test_a_dying_worker_costs_one_recorded_skip(tmp_path):
    folder = tmp_path / "news"
    write_jsonl(folder / "news.jsonl", AIRSTRIKE, PROTEST)
    (folder / "poison.txt").write_text("QUETTA: POISON in this text kills the process that codes it, on Monday, "
                                       "officials said.", encoding="utf-8")
    stages = (*EVENT_STAGES, "die-on-poison")
    coded = _coded(folder, 2, stages)
    skips = {path.rsplit("/", 1)[-1]: code for path, code, _ in coded}
    assert skips["poison.txt"] == "error"
    assert [code for path, code, _ in coded if not path.endswith("poison.txt")] == [None] * 4
    assert sum(len(events) for _, _, events in coded) >= 4


def test_ingest_command_with_workers(news, tmp_path, cli):
    db = str(tmp_path / "cli.db")
    first = cli("ingest", str(news), "--db", db, "--published", "2024-06-14", "--workers", "2", "--no-progress")
    assert first.exit_code in (0, 1), first.stderr
    again = cli("ingest", str(news), "--db", db, "--published", "2024-06-14", "--workers", "2", "--no-progress")
    with open_store(db) as store:
        assert store.count("events", modality="all") >= 9
    assert "articles added" in again.stdout + again.stderr


def test_the_commands_default_to_the_cores_unless_other_threads_run(monkeypatch):
    import threading

    from sitroom.cli.common import make_settings
    from sitroom.scale import default_workers

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    with monkeypatch.context() as alone:  # as the command line runs: one thread (a test runner may hold more)
        alone.setattr(threading, "active_count", lambda: 1)
        assert default_workers() == 3
        assert make_settings(None, ["en"], False, 20.0, True, workers=None).workers == 3
        assert make_settings(None, ["en"], False, 20.0, True, workers=1).workers == 1
    started, stop = threading.Event(), threading.Event()
    other = threading.Thread(target=lambda: (started.set(), stop.wait()))
    other.start()
    try:
        started.wait()
        assert default_workers() == 1  # a fork taken beside another thread may hang
    finally:
        stop.set()
        other.join()


def test_workers_end_when_their_parent_is_killed(tmp_path):
    """A parent killed with SIGKILL cannot stop its workers; Linux ends them (PR_SET_PDEATHSIG)."""
    import signal
    import subprocess
    import sys
    import time

    if not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    script = tmp_path / "parent.py"
    script.write_text(
        "import os, sys, time\n"
        "from sitroom.document import Document, Raw\n"
        "from sitroom.pipeline import ARTICLE_STAGES\n"
        "from sitroom.scale.job import Job\n"
        "from sitroom.scale.local import in_processes\n"
        "from sitroom.settings import Settings\n"
        "docs = (Document(Raw(f'd{n}', 'api', 'text', 'Troops and militants clashed in Bannu.', meta={}))"
        " for n in range(10**9))\n"
        "for n, doc in enumerate(in_processes(docs, Job(ARTICLE_STAGES, Settings()), workers=2)):\n"
        "    if n == 20:\n"
        "        print(' '.join(str(c.pid) for c in __import__('multiprocessing').active_children()), flush=True)\n"
        "        time.sleep(600)\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert len(pids) >= 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 20
    alive = pids
    while alive and time.monotonic() < deadline:
        time.sleep(0.1)
        alive = [p for p in pids if _running(p)]
    assert not alive, "workers outlived their killed parent"


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False
