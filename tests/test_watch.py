"""`sitroom watch`: new files and feed entries are stored as they come, across restarts."""

import os
import signal
import subprocess
import sys
import time
from html import escape

from sqlalchemy import func, select

from sitroom.store.api import open_store
from sitroom.store.schema import articles
from sitroom.store.watch import Watcher

from .store_helpers import AIRSTRIKE, TWO_CLASHES, write_many


def _stored(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(articles)).scalar_one()


def test_a_folder_is_read_as_files_arrive_and_after_restarts(db, tmp_path):
    inbox = tmp_path / "inbox"
    write_many(inbox, 2)
    with open_store(db) as store:
        watcher = Watcher(store.engine, str(inbox), settle=0)
        first = watcher.poll()
        assert (first.inputs, first.result.articles_added) == (2, 2)
        assert watcher.poll().inputs == 0  # nothing new
        write_many(inbox, 1, start=2)
        (inbox / ".partial.txt").write_text("a file still being written under a hidden name")
        assert watcher.poll().result.articles_added == 1
        restarted = Watcher(store.engine, str(inbox), settle=0)
        assert restarted.poll().inputs == 0  # the store remembers what was read
        changed = inbox / "article-0000.txt"
        changed.write_text(changed.read_text() + " A later edit added this sentence.")
        again = restarted.poll()
        assert again.inputs == 1 and again.result.articles_added == 1
        assert again.replaced == 1 and _stored(store) == 3  # the new version replaced the earlier one


def test_files_still_changing_wait_for_the_next_round(tmp_path):
    inbox = tmp_path / "inbox"
    write_many(inbox, 1)
    with open_store(tmp_path / "s.db") as store:
        assert Watcher(store.engine, str(inbox), settle=3600).poll().inputs == 0


def _rss(entries) -> str:
    items = "".join(
        f"<item><title>{escape(key)}</title><link>https://wire.example/{key}</link>"
        f"<pubDate>{date}</pubDate><description>{escape(text)}</description></item>"
        for key, (date, text) in entries.items()
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Border Wire</title>{items}</channel></rss>'


def test_a_feed_is_read_entry_by_entry(db, tmp_path):
    feed = tmp_path / "wire.rss"
    first = {k: ("Mon, 11 Mar 2024 08:00:00 +0000", v[2]) for k, v in AIRSTRIKE.items()}
    feed.write_text(_rss(first), encoding="utf-8")
    with open_store(db) as store:
        watcher = Watcher(store.engine, str(feed), settle=0)
        assert watcher.poll().result.articles_added == 3
        more = {**first, "raid": ("Wed, 08 May 2024 08:00:00 +0000", TWO_CLASHES["raid"][2])}
        feed.write_text(_rss(more), encoding="utf-8")
        found = Watcher(store.engine, str(feed), settle=0).poll()
        assert found.inputs == 1 and found.result.articles_added == 1
        assert store.count("incidents", sub_event_type="Air/drone strike") == 1


def test_watch_command_runs_until_stopped(tmp_path):
    inbox, db = tmp_path / "inbox", str(tmp_path / "s.db")
    inbox.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitroom", "watch", str(inbox), "--db", db, "--interval", "0.2", "--settle", "0",
         "--no-geocode"], stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        write_many(inbox, 3)
        deadline = time.monotonic() + 60
        with open_store(db) as store:
            while _stored(store) < 3 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert _stored(store) == 3
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "watching" in err and "3 articles added" in err and "stopped; run the same command again" in err


def test_watch_command_rounds_and_errors(cli, tmp_path):
    inbox = tmp_path / "inbox"
    write_many(inbox, 2)
    db = str(tmp_path / "s.db")
    done = cli("watch", str(inbox), "--db", db, "--rounds", "1", "--settle", "0", "--no-geocode")
    assert done.exit_code == 0, done.stderr
    assert "round 1: 2 new inputs, 2 articles added" in done.stderr
    missing = cli("watch", str(tmp_path / "nowhere"), "--db", db)
    assert missing.exit_code == 2 and "neither a folder nor a feed" in missing.stderr


def test_a_feed_url_is_polled(tmp_path):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    entries = {k: ("Mon, 11 Mar 2024 08:00:00 +0000", v[2]) for k, v in AIRSTRIKE.items()}
    served = {"feed": _rss(dict(list(entries.items())[:1]))}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = served["feed"].encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/wire.rss"
    try:
        with open_store(tmp_path / "s.db") as store:
            watcher = Watcher(store.engine, url, settle=0)
            assert watcher.poll().result.articles_added == 1
            served["feed"] = _rss(entries)  # two more entries appear
            rounds = []
            watcher.run(interval=0.05, rounds=3, on_round=rounds.append)
            assert [r.result.articles_added for r in rounds] == [2, 0]
            assert _stored(store) == 3
    finally:
        server.shutdown()


def test_a_file_written_in_pauses_keeps_only_its_last_version(db, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    story = inbox / "story.txt"
    first = "PESHAWAR: Militants attacked a police post in Bannu on Monday, killing two policemen, officials said."
    with open_store(db) as store:
        watcher = Watcher(store.engine, str(inbox), settle=0)
        texts = [first, first + " A third policeman died in hospital on Tuesday.",
                 first + " A third policeman died in hospital on Tuesday. The attackers escaped."]
        for text in texts:  # the writer pauses longer than --settle between writes
            story.write_text(text)
            os.utime(story, (time.time() + len(text) % 7, time.time() - 10 - len(text) % 7))
            watcher.poll()
        assert _stored(store) == 1
        stored = store.events()
        assert {e["doc_id"] for e in stored} == {"story"}
        assert all(e["evidence"][0]["sentence"].startswith("PESHAWAR") for e in stored)
        assert store.count("incidents") == store.count("incidents", modality="all") >= 1
        with store.engine.connect() as conn:
            from sitroom.store.schema import events, incident_links

            linked = conn.execute(select(func.count()).select_from(incident_links)).scalar_one()
            assert linked == conn.execute(select(func.count()).select_from(events)).scalar_one()


def test_a_file_dated_in_the_future_is_read_once_it_stops_changing(tmp_path):
    inbox = tmp_path / "inbox"
    write_many(inbox, 1)
    path = next(inbox.iterdir())
    ahead = time.time() + 24 * 3600
    os.utime(path, (ahead, ahead))
    with open_store(tmp_path / "s.db") as store:
        watcher = Watcher(store.engine, str(inbox), settle=0.3)
        first = watcher.poll()
        assert first.inputs == 0 and "dated in the future" in first.waiting[0]
        time.sleep(0.4)
        assert watcher.poll().inputs == 1
