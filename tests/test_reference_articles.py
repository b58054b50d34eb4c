"""The reference articles in ../shared/bench/seeds (skipped when ../shared is absent).

Checks structure, not copied text: every line of a seed is either in the article
text or among the removed lines; removed lines are only the leading breadcrumb or
title and the trailing block after the last body paragraph; datelines are found.
"""

from __future__ import annotations

import pytest

import sitroom
from sitroom.ingest.clean import normalise_line

from .conftest import SHARED

SEEDS = SHARED / "bench" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/bench/seeds is not here")

MARKERS = ("Leave a Reply", "Check Also", "Must Read", "Advertis", "Please enter", "Home -", "Your email address")


@pytest.fixture(scope="module")
def seeds():
    paths = sorted(SEEDS.glob("*.txt"))
    docs = list(sitroom.pipe(paths))
    assert len(docs) == len(paths) == 3 and all(d.ok for d in docs)
    return list(zip(paths, docs))


def test_nothing_lost_and_no_boilerplate_kept(seeds):
    for path, doc in seeds:
        lines = [normalise_line(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        paragraphs = doc.article.text.split("\n\n")
        removed = [r.split(": ", 1)[1] for r in doc.removed]
        for line in lines:
            assert line in paragraphs or line in removed or line == doc.article.title, (path.name, line)
        for paragraph in paragraphs:
            assert not any(m in paragraph for m in MARKERS), (path.name, paragraph)
        # removed lines stand before the first or after the last body paragraph
        first, last = lines.index(paragraphs[0]), lines.index(paragraphs[-1])
        for line in removed:
            position = lines.index(line)
            assert position < first or position > last, (path.name, line)


def test_datelines_and_relative_dates_untouched(seeds):
    assert [doc.article.dateline for _, doc in seeds] == ["Islamabad"] * 3
    for _, doc in seeds:
        assert doc.article.published is None  # the seeds carry no date: unknown, not invented
    texts = " ".join(doc.article.text for _, doc in seeds)
    for phrase in ("late Sunday", "on Tuesday", "earlier this month", "last week", "Lt Gen (Retd)"):
        assert phrase in texts


def test_sentences_cover_the_text(seeds):
    for _, doc in seeds:
        text = doc.article.text
        joined = "".join(text[s.start : s.end] for s in doc.sentences)
        assert joined.replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_the_reference_articles_give_their_control_changes_and_movements(tmp_path, cli):
    """Issue 25's reference checks: Spin Boldak held by the Taliban from its fall; the Afghan post
    opposite Arandu lost to them; 46 soldiers moved AFG -> PAK; militants moved PAK -> AFG."""
    import json

    from sitroom.store.api import open_store

    gold = {r["doc_id"]: r for r in map(json.loads, (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
    source = tmp_path / "seeds.jsonl"
    source.write_text("".join(json.dumps({"id": d, "published": r["published"],
                                          "text": (SEEDS / r["file"]).read_text(encoding="utf-8")}) + "\n"
                              for d, r in gold.items()), encoding="utf-8")
    db = str(tmp_path / "seeds.db")
    with open_store(db) as store:
        store.ingest([str(source)], workers=1)
    held = [json.loads(x) for x in cli("control", "--db", db, "--history", "-f", "json").stdout.splitlines()]
    taliban = {(i["place"], i["country"]) for i in held if i["holder"] == "Taliban" and i["status"] == "held"}
    assert ("Spin Boldak", "AFG") in taliban
    post = [i for i in held if i["holder"] == "Taliban" and i["country"] == "AFG"
            and any((a.get("mention") or "").startswith("Arandu") for a in i["accounts"])]
    assert post, "the post opposite Arandu is not in the timeline"
    moves = [json.loads(x) for x in cli("movements", "--db", db, "-f", "json").stdout.splitlines()]
    flows = {(m["origin"]["country"], m["destination"]["country"], m["count"]) for m in moves}
    assert ("AFG", "PAK", 46) in flows
    assert any(o == "PAK" and d == "AFG" for o, d, _ in flows)
