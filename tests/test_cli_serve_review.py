"""``sitroom serve`` (a real uvicorn on a loopback port) and ``sitroom review`` from the command line."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.store.api import open_store

from .server_helpers import TOKEN, build_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("cli-serve"))


def run(*args):
    return CliRunner().invoke(app, list(args))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_serve_answers_on_loopback_and_stops(store_path, tmp_path):
    import shutil

    db = str(tmp_path / "events.db")  # the server writes: a copy
    shutil.copy(store_path, db)
    token = tmp_path / "token"
    token.write_text(TOKEN + "\n")
    os.chmod(token, 0o600)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "sitroom", "serve", "--db", db, "--port", str(port),
                               "--write-token-file", str(token)], stderr=subprocess.PIPE, text=True)
    try:
        status = None
        for _ in range(100):  # at most 20 s for the server to come up
            try:
                status, body = _get(f"http://127.0.0.1:{port}/api/config")
                break
            except OSError:
                time.sleep(0.2)
        assert status == 200 and json.loads(body)["writable"] is True
        status, page = _get(f"http://127.0.0.1:{port}/")
        assert status == 200 and b"<html" in page.lower()
        data = json.dumps({"action": "confirm", "who": "ana"}).encode()
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/events/1/review", data=data, method="POST",
                                         headers={"Content-Type": "application/json",
                                                  "Authorization": f"Bearer {TOKEN}"})
        with urllib.request.urlopen(request, timeout=5) as answer:
            assert json.loads(answer.read())["review"]["status"] == "confirmed"
    finally:
        server.terminate()
        _, said = server.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}/" in said and "with the token" in said


def test_serve_refuses_what_it_cannot_serve(store_path, tmp_path):
    missing = run("serve", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and not (tmp_path / "none.db").exists()
    short = tmp_path / "token"
    short.write_text("abc\n")
    refused = run("serve", "--db", store_path, "--write-token-file", str(short))
    assert refused.exit_code == 2 and "shorter than 16" in refused.output
    absent = run("serve", "--db", store_path, "--write-token-file", str(tmp_path / "nope"))
    assert absent.exit_code == 2 and "cannot read" in absent.output
    tiles = run("serve", "--db", store_path, "--tiles", "ftp://tiles/{z}/{x}/{y}.png")
    assert tiles.exit_code == 2 and "not a tile URL" in tiles.output


def test_review_from_the_command_line(store_path, tmp_path):
    import shutil

    db = str(tmp_path / "events.db")
    shutil.copy(store_path, db)
    with open_store(db) as store:
        raid = next(e for e in store.events() if e["doc_id"] == "raid")
        strike = next(i for i in store.incidents() if i["sub_event_type"] == "Air/drone strike")
    corrected = run("review", "decide", str(raid["store"]["id"]), "correct", "--db", db, "--who", "ana",
                    "--set", "fatalities=5", "--set", "location=Miran Shah", "--note", "hospital")
    assert corrected.exit_code == 0, corrected.output
    shown = json.loads(corrected.stdout)
    assert shown["fatalities"] == 5 and shown["location"]["name"] == "Miran Shah"
    wrong = run("review", "decide", str(raid["store"]["id"]), "correct", "--db", db, "--who", "ana",
                "--set", "fatalities=lots")
    assert wrong.exit_code == 2 and "whole number" in wrong.output
    assert run("review", "decide", "9999", "reject", "--db", db, "--who", "ana").exit_code == 1
    moved = strike["sources"][-1]["event"]
    split = run("review", "split", str(strike["id"]), str(moved), "--db", db, "--who", "ben")
    assert split.exit_code == 0 and "split into incident" in split.stdout
    made = int(split.stdout.split()[-1])
    merged = run("review", "merge", str(strike["id"]), str(made), "--db", db, "--who", "ben", "--note", "same strike")
    assert merged.exit_code == 0 and f"incident {strike['id']}" in merged.stdout
    log = run("review", "log", "--db", db)
    lines = log.stdout.splitlines()
    assert len(lines) == 3 and "merge incident" in lines[0] and "(same strike)" in lines[0]
    assert "fatalities: 4 -> 5" in lines[2] and "ana" in lines[2]
    as_json = [json.loads(line) for line in run("review", "log", "--db", db, "-f", "json", "--event",
                                                  str(raid["store"]["id"])).stdout.splitlines()]
    assert [e["action"] for e in as_json] == ["correct"]
    # the correction shows in the listings and exports of the command line
    listed = run("events", "--db", db, "--review", "corrected", "-f", "json")
    assert [json.loads(line)["fatalities"] for line in listed.stdout.splitlines()] == [5]
    out = tmp_path / "raid.csv"
    assert run("export", "--db", db, "--unit", "events", "--review", "corrected", "-o", str(out)).exit_code == 0
    assert ",5," in out.read_text(encoding="utf-8").splitlines()[1]
