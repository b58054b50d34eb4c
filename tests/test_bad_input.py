"""Bad input: a clear message and a recorded skip each, and the rest of the run completes."""

from __future__ import annotations

import json

import pytest

from .conftest import ARTICLE

MB = 1024 * 1024


def run_with_good_file(cli, write, tmp_path, bad_path, *extra):
    """Run ``articles`` over a bad input between two good ones; return the result and skips."""
    first = write("first.txt", ARTICLE)
    last = write("zz_last.txt", ARTICLE.replace("Bajaur", "Mohmand"))
    skipped = tmp_path / "skipped.jsonl"
    out = tmp_path / "out.jsonl"
    result = cli("articles", str(first), str(bad_path), str(last), "-o", str(out), "--skipped", str(skipped), *extra)
    skips = [json.loads(line) for line in skipped.read_text().splitlines()] if skipped.exists() else []
    assert [r["doc_id"] for r in result.records] == ["first", "zz_last"], result.stderr
    return result, skips


def test_binary_file(cli, write, tmp_path):
    bad = write("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02")
    result, skips = run_with_good_file(cli, write, tmp_path, bad)
    assert result.exit_code == 0
    assert skips == [{"source_path": str(bad), "reason": "binary file (PDF document), not an article", "code": "unknown-format", "locator": None}]
    assert "binary file (PDF document)" in result.stderr


def test_random_bytes(cli, write, tmp_path):
    bad = write("noise", bytes(range(256)) * 40)
    result, skips = run_with_good_file(cli, write, tmp_path, bad)
    assert skips[0]["code"] == "unknown-format" and "binary" in skips[0]["reason"]


def test_unknown_format(cli, write, tmp_path):
    bad = write("table.csv", "a,b,c\n1,2,3\n")
    result, skips = run_with_good_file(cli, write, tmp_path, bad)
    assert skips[0]["code"] == "unknown-format"
    assert "unknown format '.csv'; sitroom reads plain text (.txt)" in skips[0]["reason"]


def test_empty_file(cli, write, tmp_path):
    bad = write("empty.txt", "")
    result, skips = run_with_good_file(cli, write, tmp_path, bad)
    assert skips[0]["code"] == "empty" and "empty file" in result.stderr


def test_whitespace_and_boilerplate_only_file(cli, write, tmp_path):
    bad = write("only_ads.txt", "\n\n- Advertisement -\n\nShare this:\nFacebook Twitter\n")
    result, skips = run_with_good_file(cli, write, tmp_path, bad)
    assert skips[0]["code"] == "no-text" and "after cleaning" in skips[0]["reason"]


def test_hundred_megabyte_file(cli, write, tmp_path):
    bad = tmp_path / "huge.txt"
    with open(bad, "wb") as fh:  # 100 MB of text: written, never read whole
        line = (ARTICLE.replace("\n", " ") + "\n").encode()
        fh.write(line * (100 * MB // len(line) + 1))
    assert bad.stat().st_size >= 100 * MB
    result, skips = run_with_good_file(cli, write, tmp_path, bad)
    assert skips[0]["code"] == "too-large"
    assert "too large for one article (100.0 MB; the limit is 20 MB)" in skips[0]["reason"]
    assert "--max-size" in skips[0]["reason"]


def test_hundred_megabyte_jsonl_streams(tmp_path):
    """A big container is not too large: its records stream one at a time."""
    import sitroom

    path = tmp_path / "big.jsonl"
    record = json.dumps({"text": ARTICLE}) + "\n"
    padding = json.dumps({"note": "y" * (MB - 100)}) + "\n"  # a record with no text: skipped
    with open(path, "w") as fh:
        fh.write(record)
        for _ in range(100):
            fh.write(padding)
        fh.write(record.replace("Bajaur", "Kurram"))
    docs = list(sitroom.pipe([path], max_document_bytes=2 * MB))
    assert len([d for d in docs if d.ok]) == 2
    assert len([d for d in docs if not d.ok and d.skip.code == "invalid-record"]) == 100


def test_broken_html(cli, write, tmp_path):
    paragraphs = "".join(f"<p>{p}" for p in ARTICLE.replace("Bajaur", "Orakzai").split("\n\n"))
    broken = write("broken.html", f"<html><head><title>Orakzai</title><body><div><article>{paragraphs}<div><span>")
    result, skips = run_with_good_file(cli, write, tmp_path, write("nothing.html", "<html><body><p>"))
    assert skips[0]["code"] in {"no-text", "empty"}
    result2 = cli("articles", str(broken), "-o", str(tmp_path / "b.jsonl"))
    (record,) = result2.records
    assert "Orakzai district on Tuesday night" in record["text"]


def test_invalid_jsonl_lines(cli, write, tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "text": ARTICLE}),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"id": "no-text", "title": "headline only"}),
        "",
        json.dumps({"id": "ok-2", "text": ARTICLE.replace("Bajaur", "Khyber")}),
    ]
    path = write("feed.jsonl", "\n".join(lines))
    out = tmp_path / "o.jsonl"
    result = cli("articles", str(path), "-o", str(out))
    assert result.exit_code == 0
    assert [r["doc_id"] for r in result.records] == ["ok-1", "ok-2"]
    assert "[line 2]: invalid JSON: Unterminated string" in result.stderr
    assert "[line 3]: not a JSON object" in result.stderr
    assert "[line 4]: the record has no article text" in result.stderr


def test_half_a_surrogate_pair_in_jsonl_is_replaced_not_fatal(cli, write, tmp_path):
    # json.dumps escapes the lone surrogates as \\udXXX, as a crawler that cut an emoji in two does
    record = {"id": "cut-emoji", "title": "Border clash \ud83d", "text": ARTICLE + " Shared \ud83d\ude00 \ude00."}
    path = write("cut.jsonl", json.dumps(record) + "\n")
    out = tmp_path / "o.jsonl"
    result = cli("articles", str(path), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    (article,) = result.records
    assert article["title"] == "Border clash \ufffd"
    assert article["text"].endswith("Shared \U0001f600 \ufffd.")  # the whole pair stays an emoji


def test_unreadable_paths(cli, write, tmp_path):
    missing = tmp_path / "no" / "such.txt"
    result, skips = run_with_good_file(cli, write, tmp_path, missing)
    assert skips[0]["code"] == "unreadable" and "no such file or directory" in skips[0]["reason"]


def test_permission_denied(cli, write, tmp_path, monkeypatch):
    locked = write("locked.txt", ARTICLE)
    real_open = open

    def guarded_open(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    result, skips = run_with_good_file(cli, write, tmp_path, locked)
    assert skips[0]["code"] == "unreadable" and "Permission denied" in skips[0]["reason"]


def test_other_language_is_skipped_with_the_reason(cli, write, tmp_path):
    french = (
        "PARIS: Les forces de sécurité ont repoussé une attaque contre un poste frontalier mardi soir, "
        "a indiqué l'armée dans un communiqué publié mercredi. Deux soldats ont été blessés."
    )
    result, skips = run_with_good_file(cli, write, tmp_path, write("fr.txt", french))
    assert skips[0]["code"] == "language" and "language is 'fr'" in skips[0]["reason"]
    kept = cli("articles", str(write("fr2.txt", french)), "--any-language")
    assert kept.records[0]["language"] == "fr"


def test_wrong_encodings_are_read(cli, write, tmp_path):
    text = "QUETTA: Officials said the café owner’s shop — near Sariab Road — was closed after the blast on Monday night, and police cordoned off the area."
    texts = [text.replace("Monday", day) for day in ("Monday", "Tuesday", "Wednesday", "Thursday")]
    paths = [
        write("cp1252.txt", texts[0].encode("cp1252")),
        write("utf16.txt", texts[1].encode("utf-16")),
        write("utf8bom.txt", b"\xef\xbb\xbf" + texts[2].encode("utf-8")),
        write("utf16le-nobom.txt", texts[3].encode("utf-16-le")),
    ]
    result = cli("articles", *map(str, paths), "-o", str(tmp_path / "enc.jsonl"))
    assert [r["text"] for r in result.records] == texts


def test_exit_status_when_nothing_comes_out(cli, write, tmp_path):
    result = cli("articles", str(write("empty.txt", "")), "-o", str(tmp_path / "x.jsonl"))
    assert result.exit_code == 1
    strict = cli("articles", str(write("a.txt", ARTICLE)), str(write("b.txt", "")), "--strict", "-o", str(tmp_path / "y.jsonl"))
    assert strict.exit_code == 1 and len(strict.records) == 1


def test_bad_options_exit_2(cli, write, tmp_path):
    assert cli("articles", str(write("a.txt", ARTICLE)), "--published", "yesterday").exit_code == 2
    result = cli("articles", str(write("b.txt", ARTICLE)), "-o", str(write("dir/x", "") .parent))
    assert result.exit_code == 2 and "cannot write" in result.stderr


@pytest.mark.parametrize("content", ["{not json at all", "[{\"text\": 1}]"])
def test_bad_json_file(cli, write, tmp_path, content):
    result, skips = run_with_good_file(cli, write, tmp_path, write("bad.json", content))
    assert skips[0]["code"] in {"invalid-json", "invalid-record"}


def test_truncated_warc(cli, write, tmp_path):
    result, skips = run_with_good_file(cli, write, tmp_path, write("cut.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\n<html>"))
    assert skips and skips[0]["source_path"].endswith("cut.warc")


def test_stage_failure_is_a_skip_not_a_crash(monkeypatch, write):
    import sitroom
    from sitroom.ingest import metadata

    def boom(text):
        if "Kurram" in text:
            raise RuntimeError("unexpected input")
        return None

    monkeypatch.setattr(metadata, "outlet_from_text", boom)
    docs = list(sitroom.pipe([write("a.txt", ARTICLE), write("b.txt", ARTICLE.replace("Bajaur", "Kurram"))]))
    assert docs[0].ok
    assert docs[1].skip.code == "error" and "stage 'metadata' failed: RuntimeError: unexpected input" in docs[1].skip.reason
