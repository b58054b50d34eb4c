"""Hardening of ingestion: links fetched from feeds, directory walks, JSONL lines, decoding,
sizes and depths.  Every input is written here; the only server is one started on 127.0.0.1."""

from __future__ import annotations

import codecs
import gzip
import itertools
import json
import os
import threading
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import sitroom
from sitroom.api import expand_inputs
from sitroom.document import Document
from sitroom.ingest.decoding import binary_kind, decode
from sitroom.ingest.fetch import FetchError, fetch
from sitroom.settings import Settings

from .conftest import ARTICLE

MB = 1024 * 1024

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Border post attacked</title></head>
<body><article><h1>Border post attacked</h1>{paragraphs}</article></body></html>"""


def page(text: str = ARTICLE) -> str:
    return PAGE.format(paragraphs="\n".join(f"<p>{p}</p>" for p in text.strip().split("\n\n")))


def feed(*links: str, full: str | None = None) -> str:
    """An RSS feed with one short entry for each link (and one entry with full content)."""
    items = "".join(
        f"<item><title>Entry {n}</title><link>{link}</link><description>Attack in Bajaur.</description></item>"
        for n, link in enumerate(links, 1)
    )
    if full is not None:
        items += (
            "<item><title>Full entry</title><link>https://news.example/full</link>"
            f"<description><![CDATA[{full}]]></description></item>"
        )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>{items}</channel></rss>'


def long_text(name: str) -> str:
    """An article of more than 600 characters: a feed entry holding it is not fetched."""
    return "<p>" + "</p><p>".join([ARTICLE.replace("Bajaur", name).replace("\n\n", " ")] * 2) + "</p>"


# --- a test server on 127.0.0.1 --------------------------------------------------------------


@pytest.fixture
def server():
    """A threading HTTP server on 127.0.0.1 (started here, stopped after the test)."""
    state = {"drip_stopped": threading.Event()}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            port = self.server.server_port
            if self.path == "/relative.xml":
                return self._send("application/rss+xml", feed("/news/story.html"))
            if self.path == "/redirecting.xml":
                return self._send("application/rss+xml", feed("/to-localhost", "/to-file", "/to-other-port"))
            if self.path in ("/news/story.html", "/story.html"):
                return self._send("text/html", page())
            if self.path == "/to-localhost":  # same port, but a host name the user never named
                return self._redirect(f"http://localhost:{port}/story.html")
            if self.path == "/to-file":
                return self._redirect("file:///etc/passwd")
            if self.path == "/to-other-port":
                return self._redirect(f"http://127.0.0.1:{state['other_port']}/other.html")
            if self.path == "/other.html":
                return self._send("text/html", page(ARTICLE.replace("Bajaur", "Kurram")))
            if self.path == "/big.html":
                return self._send("text/html", page() + "<!--" + "x" * (2 * MB) + "-->")
            if self.path == "/drip.html":
                body = page().encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    for i in range(len(body)):  # a byte every 0.2 s: each read is quick, the whole is not
                        if state["drip_stopped"].wait(0.2):
                            return
                        self.wfile.write(body[i:i + 1])
                        self.wfile.flush()
                except OSError:
                    return
                return
            self.send_error(404)

        def _send(self, ctype, body):
            data = body.encode() if isinstance(body, str) else body
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _redirect(self, location):
            self.send_response(302)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    servers = []
    for _ in range(2):
        srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        srv.daemon_threads = True
        threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        servers.append(srv)
    state["other_port"] = servers[1].server_port
    yield f"http://127.0.0.1:{servers[0].server_port}"
    state["drip_stopped"].set()
    for srv in servers:
        srv.shutdown()
        srv.server_close()


def skips_of(docs):
    return [(d.skip.code, d.skip.reason) for d in docs if not d.ok]


# --- A: --fetch-links ------------------------------------------------------------------------


def test_fetch_links_reads_no_local_files_and_no_other_schemes(write, tmp_path):
    secret = write("secret.txt", ARTICLE.replace("Bajaur", "Secretland"))
    links = [
        f"file://localhost{secret}",
        f"file:{secret}",
        f"file://127.0.0.1{secret}",
        f"file://{secret}",
        "ftp://127.0.0.1/pub/story.html",
        "data:text/html," + page().replace("\n", " ").replace("#", ""),
    ]
    path = write("wire.xml", feed(*links, full=long_text("Khyber")))
    for allowed in ({}, {"allow_private_hosts": True}):  # no option lets another scheme through
        docs = list(sitroom.pipe([path], fetch_links=True, **allowed))
        assert all("Secretland" not in (d.article.text if d.ok else "") for d in docs)
        refused = [d for d in docs if not d.ok]
        assert len(refused) == len(links)
        for doc in refused:
            assert doc.skip.code == "refused", doc.skip
            assert "only http and https URLs are fetched" in doc.skip.reason
        assert [d.article.title for d in docs if d.ok] == ["Full entry"]  # the rest of the feed is read


def test_fetch_links_refuses_loopback_unless_allowed(write, server):
    path = write("wire.xml", feed(f"{server}/story.html", full=long_text("Khyber")))
    refused, kept = list(sitroom.pipe([path], fetch_links=True))
    assert refused.skip.code == "refused"
    assert "127.0.0.1 is a loopback address" in refused.skip.reason
    assert "--allow-private-hosts" in refused.skip.reason
    assert kept.ok and "Khyber" in kept.article.text
    fetched, _kept = list(sitroom.pipe([path], fetch_links=True, allow_private_hosts=True))
    assert fetched.ok and "gun battle that lasted about an hour" in fetched.article.text


def test_allow_private_hosts_option_on_the_command_line(cli, write, server, tmp_path):
    path = write("wire.xml", feed(f"{server}/story.html"))
    without = cli("articles", str(path), "--fetch-links", "-o", str(tmp_path / "a.jsonl"))
    assert without.records == [] and "loopback" in without.stderr
    allowed = cli("articles", str(path), "--fetch-links", "--allow-private-hosts", "-o", str(tmp_path / "b.jsonl"))
    assert allowed.exit_code == 0, allowed.stderr
    (record,) = allowed.records
    assert "gun battle" in record["text"]


@pytest.mark.parametrize(
    "url, kind",
    [
        ("http://localhost:9/x", "loopback"),
        ("http://10.1.2.3/x", "private"),
        ("http://192.168.0.1/x", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[::1]:8080/x", "loopback"),
        ("http://[::ffff:127.0.0.1]/x", "loopback"),
        ("http://0.0.0.0/x", "unspecified"),
        ("https://100.64.0.1/x", "non-public"),
    ],
)
def test_every_non_public_address_is_refused(url, kind):
    from sitroom.ingest.fetch import FetchRefused, check_url

    with pytest.raises(FetchRefused, match=kind):
        check_url(url)
    check_url(url, allow_private=True)  # allowed when asked (resolves; connects to nothing)


def test_relative_link_is_resolved_against_the_feed_url(server):
    (doc,) = list(sitroom.pipe([f"{server}/relative.xml"], fetch_links=True))
    assert doc.ok, doc.skip  # the feed's own host was named by the user: its links are fetched
    assert doc.article.url == f"{server}/news/story.html"
    assert "gun battle that lasted about an hour" in doc.article.text


def test_relative_link_in_a_feed_file_is_a_skip_not_a_lost_feed(write):
    path = write("wire.xml", feed("/news/x.html", full=long_text("Khyber")))
    relative, kept = list(sitroom.pipe([path], fetch_links=True))
    assert relative.skip.code == "refused" and "relative" in relative.skip.reason
    assert relative.skip.locator.startswith("entry 1")
    assert kept.ok and "Khyber" in kept.article.text


def test_every_redirect_hop_is_checked(server):
    docs = list(sitroom.pipe([f"{server}/redirecting.xml"], fetch_links=True))
    assert [d.skip.code for d in docs] == ["refused"] * 3
    to_localhost, to_file, to_other_port = (d.skip.reason for d in docs)
    assert "localhost" in to_localhost and "loopback" in to_localhost
    assert "file:" in to_file and "only http and https" in to_file
    assert "loopback" in to_other_port
    allowed = list(sitroom.pipe([f"{server}/redirecting.xml"], fetch_links=True, allow_private_hosts=True))
    assert [d.ok for d in allowed] == [True, False, True]  # file: stays refused
    assert "Kurram" in allowed[2].article.text


def test_fetch_deadline_is_for_the_whole_fetch(server):
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"within 1 s"):
        fetch(f"{server}/drip.html", timeout=1.0, allow_private=True)
    assert time.monotonic() - started < 3.0  # each byte came within 0.2 s; the whole did not


def test_fetch_deadline_through_a_feed(write, server):
    path = write("wire.xml", feed(f"{server}/drip.html"))
    started = time.monotonic()
    (doc,) = list(sitroom.pipe([path], fetch_links=True, allow_private_hosts=True, fetch_timeout=1.0))
    assert time.monotonic() - started < 3.0
    assert doc.skip.code == "unreadable" and "within 1 s" in doc.skip.reason


def test_fetched_page_is_capped_in_size(write, server):
    path = write("wire.xml", feed(f"{server}/big.html"))
    (doc,) = list(sitroom.pipe([path], fetch_links=True, allow_private_hosts=True, max_document_bytes=MB))
    assert doc.skip.code == "too-large" and "larger than 1 MB" in doc.skip.reason


# --- B: links in directory walks -------------------------------------------------------------


def _tree(write, tmp_path):
    root = tmp_path / "news"
    write("news/a.txt", ARTICLE)
    write("news/sub/b.txt", ARTICLE.replace("Bajaur", "Mohmand"))
    return root


def test_a_link_loop_reads_each_file_once(write, tmp_path):
    root = _tree(write, tmp_path)
    os.symlink(root, root / "sub" / "loop")
    docs = list(itertools.islice(sitroom.pipe([root]), 100))
    assert sorted(d.article.doc_id for d in docs if d.ok) == ["a", "b"]
    assert [d.skip.code for d in docs if not d.ok] == ["link"]  # not followed, and said so
    assert any("--follow-links" in reason for _, reason in skips_of(docs))
    followed = list(itertools.islice(sitroom.pipe([root], follow_links=True), 100))
    assert len(followed) == 2 and all(d.ok for d in followed)


def test_two_links_back_to_the_root_finish(write, tmp_path):
    root = _tree(write, tmp_path)
    os.symlink(root, root / "l1")
    os.symlink(root, root / "sub" / "l2")
    for follow in (False, True):
        listed = list(itertools.islice(expand_inputs([root], Settings(follow_links=follow)), 1000))
        sources = [s for s in listed if not isinstance(s, Document)]
        assert sorted(os.path.basename(s.name) for s in sources) == ["a.txt", "b.txt"]


def test_follow_links_reads_a_linked_folder(cli, write, tmp_path):
    root = _tree(write, tmp_path)
    write("elsewhere/c.txt", ARTICLE.replace("Bajaur", "Kurram"))
    os.symlink(tmp_path / "elsewhere", root / "linked")
    default = cli("articles", str(root), "-o", str(tmp_path / "a.jsonl"))
    assert sorted(r["doc_id"] for r in default.records) == ["a", "b"]
    followed = cli("articles", str(root), "--follow-links", "-o", str(tmp_path / "b.jsonl"))
    assert sorted(r["doc_id"] for r in followed.records) == ["a", "b", "c"]


# --- C: one bad JSONL line loses only itself -------------------------------------------------


def _record(n: int) -> str:
    return json.dumps({"id": f"r{n}", "text": ARTICLE.replace("Bajaur", f"District{n}")})


def test_deeply_nested_jsonl_line_is_skipped(write):
    path = write("crawl.jsonl", "\n".join([_record(1), "[" * 5000, "{" * 3000, _record(4)]) + "\n")
    docs = list(sitroom.pipe([path]))
    assert [d.article.doc_id for d in docs if d.ok] == ["r1", "r4"]
    assert [(d.skip.locator, d.skip.code) for d in docs if not d.ok] == [
        ("line 2", "invalid-json"), ("line 3", "invalid-json")
    ]
    assert "nested too deeply" in docs[1].skip.reason


def test_bom_and_a_bad_byte_on_the_first_line_lose_nothing_else(write):
    lines = [_record(n).encode() for n in range(1, 6)]
    lines[0] = lines[0].replace(b"District1", b"District1\xff")
    path = write("crawl.jsonl", codecs.BOM_UTF8 + b"\n".join(lines) + b"\n")
    docs = list(sitroom.pipe([path]))
    assert [d.article.doc_id for d in docs if d.ok] == ["r1", "r2", "r3", "r4", "r5"]
    assert "District1\ufffd" in docs[0].article.text


def test_truncated_utf16_jsonl_keeps_its_complete_lines(write):
    data = ("\n".join(_record(n) for n in range(1, 6)) + "\n").encode("utf-16")
    path = write("crawl.jsonl", data[: len(data) - 41])  # cut inside the last record, on an odd byte
    docs = list(sitroom.pipe([path]))
    assert [d.article.doc_id for d in docs if d.ok] == ["r1", "r2", "r3", "r4"]
    (bad,) = [d for d in docs if not d.ok]
    assert bad.skip.locator == "line 5" and bad.skip.code == "invalid-json"


def test_utf16_jsonl_without_damage_is_read_whole(write):
    path = write("crawl.jsonl", ("\n".join(_record(n) for n in range(1, 4)) + "\n").encode("utf-16-le"))
    assert [a.doc_id for a in sitroom.read_articles([path])] == ["r1", "r2", "r3"]


# --- D: decoding -----------------------------------------------------------------------------


def test_one_stray_cp1252_byte_does_not_garble_utf8_text(write):
    text = ARTICLE.replace("the military said", "the army’s spokesman said, “this was an attack”")
    data = text.encode("utf-8").replace(b"two soldiers", b"two soldiers\x92")
    decoded, encoding = decode(data)
    assert encoding == "utf-8" and "army’s spokesman said, “this was an attack”" in decoded
    assert "two soldiers\ufffd" in decoded
    (article,) = sitroom.read_articles([write("stray.txt", data)])
    assert "army’s" in article.text and "‚Äô" not in article.text


def test_cp1252_text_is_still_read_as_cp1252():
    text = "QUETTA: Officials said the café owner’s shop was closed after the blast on Monday night."
    assert decode(text.encode("cp1252")) == (text, "cp1252")


def test_one_nul_byte_does_not_make_an_article_binary(write):
    data = ARTICLE.encode().replace(b"Security forces", b"Security\x00 forces")
    assert binary_kind(data) is None
    (article,) = sitroom.read_articles([write("nul.txt", data)])
    assert "Security forces repulsed" in article.text and "\x00" not in article.text


def test_control_bytes_still_make_binary_data():
    assert binary_kind(bytes(range(32)) * 100) == "binary data"
    assert binary_kind(b"\x00\x01" * 500) == "binary data"  # NULs by letters, but not UTF-16 text
    assert binary_kind("Security forces repulsed an attack".encode("utf-16-le")) is None


# --- E: sizes, repeats, depth, huge numbers --------------------------------------------------


def test_gzip_bomb_message_says_what_happened(cli, write, tmp_path):
    bomb = write("bomb.txt.gz", gzip.compress(b"0" * (3 * MB), 9))
    unnamed = write("bomb2", gzip.compress(b"0" * (3 * MB), 9))  # gzip found by its first bytes
    skipped = tmp_path / "skipped.jsonl"
    out = str(tmp_path / "o.jsonl")
    cli("articles", str(bomb), str(unnamed), "--max-size", "1", "--skipped", str(skipped), "-o", out)
    skips = [json.loads(line) for line in skipped.read_text().splitlines()]
    assert [s["code"] for s in skips] == ["too-large", "too-large"]
    for skip in skips:
        assert "decompresses to more than 1 MB; the limit is 1 MB" in skip["reason"]
        assert "--max-size" in skip["reason"] and "more than that" not in skip["reason"]
    small = list(sitroom.pipe([write("b.txt.gz", gzip.compress(b"a " * MB))], max_document_bytes=MB // 2))
    assert "more than 0.5 MB; the limit is 0.5 MB" in small[0].skip.reason


def test_an_input_given_twice_is_read_and_reported_once(cli, write, tmp_path):
    good = write("news/a.txt", ARTICLE)
    missing = str(tmp_path / "missing.txt")
    skipped = tmp_path / "skipped.jsonl"
    result = cli(
        "articles", str(good), missing, missing, str(good), str(good.parent), "--skipped", str(skipped),
        "-o", str(tmp_path / "o.jsonl"),
    )
    assert [r["doc_id"] for r in result.records] == ["a"]
    skips = [json.loads(line) for line in skipped.read_text().splitlines()]
    assert [(s["source_path"], s["code"]) for s in skips] == [(missing, "unreadable")]


def test_memory_stays_proportional_on_a_one_line_file(write):
    sentence = "Security forces repulsed an attack on a border post in the Bajaur district on Tuesday night. "
    text = sentence * (4 * MB // len(sentence))
    path = write("one_line.txt", text)
    list(sitroom.pipe([write("warm.txt", sentence * 20)]))  # models and rules loaded before measuring
    tracemalloc.start()
    try:
        (doc,) = list(sitroom.pipe([path], max_document_bytes=250 * MB))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert doc.ok and len(doc.article.text) == len(text.strip())
    assert peak < 8 * len(text), f"peak {peak / MB:.0f} MB for {len(text) / MB:.0f} MB of text"


def test_deeply_nested_html_keeps_its_text(write):
    nested = "<div>" * 100_000 + page() + "</div>" * 100_000
    html = f"<html><head><title>Deep</title></head><body>{nested}</body></html>"
    (article,) = sitroom.read_articles([write("deep.html", html)])
    assert "gun battle that lasted about an hour" in article.text


def test_deeply_nested_feed_fragment_keeps_its_text(write):
    fragment = "<div>" * 5000 + long_text("Orakzai") + "</div>" * 5000
    path = write("wire.xml", feed(full=fragment))
    (article,) = sitroom.read_articles([path])
    assert "Orakzai district on Tuesday night" in article.text


def test_a_hundred_thousand_digit_number_keeps_the_article(write):
    digits = "7" * 100_000
    text = ARTICLE.replace("two soldiers", f"{digits} soldiers")
    record = json.dumps({"id": "big", "text": text})[:-1] + f', "views": {digits}}}'
    jsonl = write("big.jsonl", record + "\n" + _record(2) + "\n")
    assert [a.doc_id for a in sitroom.read_articles([jsonl])] == ["big", "r2"]
    (from_json,) = sitroom.read_articles([write("big.json", record)])
    assert digits in from_json.text
    numbered = json.dumps({"text": text})[:-1] + f', "id": {digits}}}'
    (by_id,) = sitroom.read_articles([write("id.jsonl", numbered + "\n")])
    assert by_id.doc_id == digits


@pytest.mark.parametrize("command", ["extract", "ingest", "geoparse"])
def test_every_reading_command_takes_follow_links(command, tmp_path):
    from typer.testing import CliRunner

    from sitroom.cli import app

    real = tmp_path / "real"
    real.mkdir()
    (real / "story.txt").write_text("PESHAWAR: Militants attacked a police post in Bannu on Monday, killing two "
                                    "policemen, officials said.", encoding="utf-8")
    top = tmp_path / "top"
    top.mkdir()
    (top / "link").symlink_to(real, target_is_directory=True)
    out = ["--db", str(tmp_path / "s.db")] if command == "ingest" else ["-o", str(tmp_path / "out.jsonl")]
    plain = CliRunner().invoke(app, [command, str(top), *out, "--no-progress"])
    assert "--follow-links" in plain.output
    followed = CliRunner().invoke(app, [command, str(top), *out, "--no-progress", "--follow-links"])
    assert followed.exit_code == 0 and "--follow-links" not in followed.output
