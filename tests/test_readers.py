"""Each input format becomes articles with the metadata its container gives."""

from __future__ import annotations

import gzip
import io
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import sitroom
from sitroom.api import text_document

from .conftest import ARTICLE

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Border post attacked in Bajaur | Frontier Gazette</title>
<meta property="og:site_name" content="Frontier Gazette">
<meta property="article:published_time" content="2023-05-10T08:00:00+05:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Border post attacked in Bajaur</h1>
{paragraphs}
</article>
<footer>Copyright 2023 Frontier Gazette. Terms of use. Privacy.</footer>
</body></html>"""


def page(text: str = ARTICLE) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in text.strip().split("\n\n"))
    return PAGE.format(paragraphs=paragraphs)


def articles(*inputs, **options):
    return list(sitroom.read_articles(list(inputs), **options))


def test_plain_text_file(write):
    (article,) = articles(write("bajaur_attack.txt", ARTICLE))
    assert article.doc_id == "bajaur_attack"
    assert article.source_format == "text"
    assert article.text.startswith("ISLAMABAD: Security forces repulsed")
    assert article.published is None  # nothing says when: unknown, not today


def test_html_page_with_metadata(write):
    (article,) = articles(write("bajaur.html", page()))
    assert article.title == "Border post attacked in Bajaur"
    assert article.outlet == "Frontier Gazette" and article.outlet_from == "html-metadata"
    assert article.published == "2023-05-10" and article.published_from == "html-metadata"
    assert "gun battle that lasted about an hour" in article.text
    assert "Sport" not in article.text and "Copyright" not in article.text


def test_gzipped_html_is_read_as_html(write):
    (article,) = articles(write("bajaur.html.gz", gzip.compress(page().encode())))
    assert article.doc_id == "bajaur"
    assert article.source_format == "html"


def test_jsonl_records_with_text_and_html(write):
    records = [
        {"id": "r1", "text": ARTICLE, "url": "https://www.dawn.com/news/1", "published": "2023-05-10"},
        {"id": 2, "html": page(), "title": "Given title", "outlet": "dawn.com"},
        {"text": ARTICLE.replace("Tuesday", "Monday")},
    ]
    path = write("crawl.jsonl", "\n".join(json.dumps(r) for r in records))
    got = articles(path)
    assert [a.doc_id for a in got][:2] == ["r1", "2"]
    assert got[0].outlet == "Dawn" and got[0].outlet_from == "url"
    assert got[0].published == "2023-05-10" and got[0].published_from == "record"
    assert got[1].title == "Given title" and got[1].outlet == "Dawn"
    assert got[2].doc_id == got[2].content_hash[:16]  # no id, many records: the content hash
    assert [a.locator for a in got] == ["line 1", "line 2", "line 3"]


def test_json_array_of_records(write):
    path = write("dump.json", json.dumps([{"id": "a", "text": ARTICLE}, {"id": "b", "body": ARTICLE + "\nMore."}]))
    assert [a.doc_id for a in articles(path)] == ["a", "b"]


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
    for uri, ctype, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def test_warc_html_responses_become_articles(write):
    data = _warc(
        [
            ("https://tribune.com.pk/story/1", "text/html; charset=utf-8", page().encode()),
            ("https://tribune.com.pk/logo.png", "image/png", b"\x89PNG\r\n\x1a\n...."),
        ]
    )
    docs = list(sitroom.pipe([write("crawl.warc.gz", data)]))
    ok = [d for d in docs if d.ok]
    assert len(ok) == 1
    assert ok[0].article.url == "https://tribune.com.pk/story/1"
    assert ok[0].article.outlet == "Frontier Gazette"  # page metadata wins over the URL
    skipped = [d.skip for d in docs if not d.ok]
    assert skipped[0].code == "not-article" and "image/png" in skipped[0].reason


FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Border Monitor</title>
<entry><title>Bajaur post attacked</title><link href="https://monitor.example/bajaur"/>
<updated>2023-05-10T09:00:00Z</updated>
<content type="html">{content}</content></entry>
</feed>"""


def _feed() -> str:
    from xml.sax.saxutils import escape

    html = "".join(f"<p>{p}</p>" for p in ARTICLE.strip().split("\n\n"))
    return FEED.format(content=escape(html))


def test_atom_feed_file(write):
    (article,) = articles(write("monitor.atom", _feed()))
    assert article.title == "Bajaur post attacked"
    assert article.outlet == "Border Monitor" and article.published == "2023-05-10"
    assert article.url == "https://monitor.example/bajaur"
    assert article.text.count("\n\n") == 2  # paragraphs survive


SHORT_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Short Wire</title>
<item><title>Bajaur post attacked</title><link>{base}/story.html</link>
<pubDate>Wed, 10 May 2023 09:00:00 +0000</pubDate><description>Attack in Bajaur.</description></item>
</channel></rss>"""


@pytest.fixture
def feed_server():
    pages = {"/feed.xml": ("application/atom+xml", _feed()), "/story.html": ("text/html", page())}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/short.xml":
                ctype, body = "application/rss+xml", SHORT_FEED.format(base=f"http://127.0.0.1:{self.server.server_port}")
            elif self.path in pages:
                ctype, body = pages[self.path]
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_feed_url(feed_server):
    docs = list(sitroom.pipe([f"{feed_server}/feed.xml", f"{feed_server}/missing.xml"]))
    assert docs[0].ok and docs[0].article.title == "Bajaur post attacked"
    assert docs[0].article.source_path.endswith("/feed.xml")
    assert not docs[1].ok and docs[1].skip.code == "unreadable" and "404" in docs[1].skip.reason


def test_feed_summary_only_entries_fetch_their_page_when_asked(feed_server):
    url = f"{feed_server}/short.xml"
    (summary_only,) = list(sitroom.pipe([url]))
    assert summary_only.skip.code == "no-text"  # "Attack in Bajaur." is no article
    (fetched,) = list(sitroom.pipe([url], fetch_links=True))
    assert fetched.ok and "gun battle that lasted about an hour" in fetched.article.text
    assert fetched.article.outlet == "Short Wire" and fetched.article.published == "2023-05-10"


def test_directory_is_read_recursively_in_order(write):
    write("a/one.txt", ARTICLE)
    write("a/b/two.txt", ARTICLE.replace("Bajaur", "Mohmand"))
    write("a/.hidden.txt", ARTICLE.replace("Bajaur", "Khyber"))
    root = write("a/three.txt", ARTICLE.replace("Bajaur", "Kurram")).parent
    assert [a.doc_id for a in articles(root)] == ["two", "one", "three"]
    assert [a.doc_id for a in articles(root, recursive=False)] == ["one", "three"]


def test_standard_input(cli):
    result = cli("articles", "-", input=ARTICLE.encode())
    assert result.exit_code == 0, result.stderr
    (record,) = result.records
    assert record["source_path"] == "<stdin>"
    assert record["doc_id"] == record["content_hash"][:16]


def test_documents_from_memory_through_the_api():
    doc = text_document(ARTICLE, doc_id="mem-1", published="2023-05-10")
    (out,) = list(sitroom.pipe([doc]))
    assert out.ok and out.article.doc_id == "mem-1" and out.article.published == "2023-05-10"
    assert out.sentences[0].text.startswith("ISLAMABAD:")


def test_html_in_a_declared_legacy_charset(write):
    html = page(ARTICLE.replace("Peshawar", "Peshawar’s Lady Reading Hospital, the café")).replace(
        'charset="utf-8"', 'charset="windows-1252"'
    )
    (article,) = articles(write("legacy.html", html.encode("cp1252")))
    assert "Peshawar’s Lady Reading Hospital, the café" in article.text


def test_benchmark_skips_cleanly_without_shared(tmp_path):
    import subprocess
    import sys

    from .conftest import ROOT

    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "ingest_bench.py"), "--shared", str(tmp_path / "absent")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0 and proc.stdout.startswith("skipped: no benchmark data")
