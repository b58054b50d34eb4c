"""ingest --update-metadata: a stored article gets a publication date or outlet later, its events
are coded again with them and its incidents relinked, in one transaction; a rerun adds nothing."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.store import correct
from sitroom.store.api import open_store
from sitroom.store.schema import articles, incident_links, incidents

# Written for these tests. The same attack told twice: once by a dated record with an outlet,
# once in a text file with neither, whose "on Sunday" can be dated only once a date is given.
FIRST = {"id": "lakki-first", "outlet": "Southern Districts Herald", "published": "2024-03-04",
         "text": "LAKKI MARWAT: Militants attacked a police checkpoint in Lakki Marwat on Sunday, killing three "
                 "policemen, officials said.\n\nReinforcements reached the checkpoint an hour later."}
LATE = ("LAKKI MARWAT: Three policemen were killed when militants attacked a police checkpoint in Lakki Marwat "
        "on Sunday, a police spokesman said.\n\nThe spokesman said a search for the attackers was under way in "
        "nearby villages.\n")


def _late(tmp_path):
    path = tmp_path / "lakki-late.txt"
    path.write_text(LATE, encoding="utf-8")
    return path


def _first(tmp_path):
    path = tmp_path / "first.jsonl"
    path.write_text(json.dumps(FIRST) + "\n", encoding="utf-8")
    return path


def _state(store) -> dict:
    """What a rerun must leave alone: events, incidents and links, and the late article's row."""
    with store.engine.connect() as conn:
        late = conn.execute(select(articles.c.published, articles.c.outlet)
                            .where(articles.c.doc_id == "lakki-late")).one()
        links = conn.execute(select(func.count()).select_from(incident_links)).scalar()
        rows = conn.execute(select(incidents.c.id, incidents.c.event_date, incidents.c.reports)
                            .order_by(incidents.c.id)).all()
    return {
        "events": sorted((e["store"]["id"], e["event_date"], e["doc_id"], e["incident_id"])
                         for e in store.events(modality="all")),
        "incidents": [tuple(map(str, r)) for r in rows], "links": links, "late": tuple(map(str, late)),
    }


def _late_events(store) -> list[dict]:
    return [e for e in store.events(modality="all") if e["doc_id"] == "lakki-late"]


def test_a_date_given_later_redates_the_events_and_their_incident(db, tmp_path):
    late = _late(tmp_path)
    with open_store(db) as store:
        assert store.ingest([late]).articles_added == 1
        before = _late_events(store)
        assert before and all(e["event_date"] is None for e in before)  # "on Sunday" of no known week

        plain = store.ingest([late], published="2024-03-05")  # without the flag: left as stored
        assert (plain.articles_known, plain.articles_differing, plain.articles_corrected) == (1, 1, 0)
        assert _late_events(store) == before

        fixed = store.ingest([late], published="2024-03-05", update_metadata=True)
        assert (fixed.articles_corrected, fixed.articles_known, fixed.articles_added) == (1, 0, 0)
        assert fixed.events_removed == len(before) and fixed.events_added >= 1
        after = _late_events(store)
        clash = next(e for e in after if e["sub_event_type"] == "Armed clash")
        assert clash["event_date"] == "2024-03-03" and clash["store"]["published"] == "2024-03-05"
        incident = next(i for i in store.incidents(modality="all") if i["id"] == clash["incident_id"])
        assert incident["event_date"] == "2024-03-03"
        state = _state(store)
        assert len(state["incidents"]) == len(state["events"]) == state["links"]  # no incident left empty

        again = store.ingest([late], published="2024-03-05", update_metadata=True)
        assert (again.articles_known, again.articles_corrected, again.events_added, again.events_removed) == (1, 0, 0, 0)
        assert _state(store) == state


def test_a_corrected_report_joins_the_incident_it_tells_and_its_own_goes(db, tmp_path):
    first, late = _first(tmp_path), _late(tmp_path)
    with open_store(db) as store:
        store.ingest([first, late])
        told = next(i for i in store.incidents() if i["sources"][0]["doc_id"] == "lakki-first"
                    and i["sub_event_type"] == "Armed clash")
        apart = {e["incident_id"] for e in _late_events(store)}
        assert told["id"] not in apart and told["reports"] == 1

        fixed = store.ingest([late], published="2024-03-04", outlet="Frontier Evening Post", update_metadata=True)
        assert fixed.articles_corrected == 1 and fixed.incidents_joined >= 1
        joined = next(i for i in store.incidents() if i["id"] == told["id"])
        assert joined["reports"] == 2
        assert {s["outlet"] for s in joined["sources"]} == {"Southern Districts Herald", "Frontier Evening Post"}
        left = {i["id"] for i in store.incidents(modality="all")}
        assert apart.isdisjoint(left)  # the incidents the late report had opened alone are gone


def test_an_outlet_fills_only_what_the_input_lacks(db, tmp_path):
    first = _first(tmp_path)
    with open_store(db) as store:
        store.ingest([first])
        result = store.ingest([first], outlet="Another Name", update_metadata=True)
        assert (result.articles_known, result.articles_corrected) == (1, 0)
        assert {e["store"]["outlet"] for e in store.events()} == {"Southern Districts Herald"}


def test_a_correction_that_fails_leaves_the_article_as_it_was(db, tmp_path, monkeypatch):
    late = _late(tmp_path)
    real = correct.store_events

    def overflowing(conn, article_id, article, coded):
        for event in coded:
            event.fatalities = 2 ** 70  # no column holds it: the insert fails after the old events went
        return real(conn, article_id, article, coded)

    with open_store(db) as store:
        store.ingest([late])
        state = _state(store)
        monkeypatch.setattr(correct, "store_events", overflowing)
        result = store.ingest([late], published="2024-03-05", update_metadata=True)
        assert result.articles_corrected == 0
        assert _state(store) == state  # the old events, incidents and date, all of them


def test_the_cli_says_what_was_stored_and_how_to_correct_it(tmp_path):
    late, db = _late(tmp_path), str(tmp_path / "s.db")
    runner = CliRunner()

    def ingest(*args):
        result = runner.invoke(app, ["ingest", str(late), "--db", db, "--no-progress", *args],
                               env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        return result.stderr

    ingest()
    plain = " ".join(ingest("--published", "2024-03-05").split())
    assert "1 article was already stored and left as stored; --update-metadata corrects" in plain
    assert "1 of them was read now with a date or outlet other than the stored one" in plain
    fixed = ingest("--published", "2024-03-05", "--update-metadata")
    assert "articles corrected" in fixed and "│ 1 (date or outlet" in fixed
    with open_store(db) as store:
        assert {e["store"]["published"] for e in store.events()} == {"2024-03-05"}
    again = ingest("--published", "2024-03-05", "--update-metadata")
    assert "│ 0 (date or outlet" in again and "left as stored" not in again
    empty = runner.invoke(app, ["ingest", str(late), "--db", db, "--outlet", " "])
    assert empty.exit_code == 2


def test_two_copies_of_one_text_with_two_outlets_settle_on_the_first(db, tmp_path):
    # one wire story printed by two papers: the same text, two outlets, read in one run
    copies = tmp_path / "copies.jsonl"
    copies.write_text("".join(json.dumps({**FIRST, "id": f"copy-{outlet}", "outlet": outlet}) + "\n"
                              for outlet in ("Frontier Daily", "Valley Courier")), encoding="utf-8")
    with open_store(db) as store:
        store.ingest([copies], update_metadata=True)
        before = sorted((e["store"]["id"], e["incident_id"]) for e in store.events(modality="all"))
        for _ in range(2):
            again = store.ingest([copies], update_metadata=True)
            assert (again.articles_added, again.articles_corrected, again.events_added) == (0, 0, 0)
        assert sorted((e["store"]["id"], e["incident_id"]) for e in store.events(modality="all")) == before
        assert {e["store"]["outlet"] for e in store.events()} == {"Frontier Daily"}


def test_a_correction_read_before_another_writers_is_not_applied_over_it(db, tmp_path):
    late = _late(tmp_path)
    with open_store(db) as store:
        store.ingest([late])
        with store.engine.connect() as conn:
            known = correct.stored_article(conn, conn.execute(select(articles.c.content_hash)).scalar())
        # another writer dates the article after this reading was taken
        store.ingest([late], published="2024-03-09", update_metadata=True)
        from sitroom.model import Article

        reading = Article(doc_id=known.doc_id, outlet="Some Paper", published=None, text=LATE)
        with store.engine.begin() as conn:
            assert correct.correct_article(conn, known, reading, []) is None
        with store.engine.connect() as conn:
            row = conn.execute(select(articles.c.published, articles.c.outlet)).one()
        assert str(row.published) == "2024-03-09" and row.outlet is None


def test_a_correction_read_by_workers_is_coded_again_whole(db, tmp_path):
    # a worker does not code an article the store holds, and sends it back without its sentences;
    # the writer that corrects it must code it from its whole text, not from none
    late = _late(tmp_path)
    with open_store(db) as store:
        store.ingest([late])
        fixed = store.ingest([late], published="2024-03-05", update_metadata=True, workers=2)
        assert fixed.articles_corrected == 1 and fixed.events_added == fixed.events_removed == 1
        assert [e["event_date"] for e in _late_events(store)] == ["2024-03-03"]
