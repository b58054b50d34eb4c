"""The incidents a new report is compared with: read from the two matching indexes alone, only
those of its country and of a type it may share an incident with."""

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert

from sitroom.consolidate.cells import cell_of
from sitroom.consolidate.incidents import Report
from sitroom.store.api import open_store
from sitroom.store.linking import _candidate_query, _candidates
from sitroom.store.schema import incidents

MIR_ALI = (32.967, 70.267)
NOW = datetime(2024, 3, 12, tzinfo=timezone.utc)


def report(**given) -> Report:
    base = dict(
        id=1, article_id=1, event_type="Battles", sub_event_type="Armed clash", plover_type="FIGHT",
        date=date(2024, 3, 10), time_precision=1, side1=(), side2=(), location="Mir Ali", country="PAK",
        admin1="Khyber Pakhtunkhwa", admin2="North Waziristan", lat=MIR_ALI[0], lon=MIR_ALI[1], geo_precision=1,
        fatalities=0, modality="asserted", sentence="",
    )
    base.update(given)
    return Report(**base)


def incident(id: int, **given) -> dict:
    lat, lon = given.pop("point", MIR_ALI)
    row = dict(id=id, event_type="Battles", sub_event_type="Armed clash", plover_type="FIGHT",
               event_date=date(2024, 3, 9), time_precision=1, country="PAK", admin1="Khyber Pakhtunkhwa",
               lat=lat, lon=lon, geo_precision=1, cell=cell_of(lat, lon), reports=1, articles=1,
               created_at=NOW, updated_at=NOW)
    row.update(given)
    return row


def test_only_incidents_of_the_reports_country_and_of_a_type_it_may_share_are_candidates(db):
    rows = [
        incident(1),                                                   # fits
        incident(2, country="AFG"),                                    # another country, same cell
        incident(3, event_type="Protests", sub_event_type="Peaceful protest", plover_type="PROTEST"),
        incident(4, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                 plover_type="ASSAULT"),                               # a type incidents.yaml pairs with Battles
        incident(5, event_date=date(2024, 1, 2)),                      # too long before
        incident(6, country=None),                                     # a country unknown is not the report's
        incident(7, geo_precision=3, lat=None, lon=None, cell=None),   # the province's own incident
        incident(8, event_type=None, sub_event_type=None, plover_type="ACCUSE"),
    ]
    with open_store(db) as store, store.engine.begin() as conn:
        conn.execute(insert(incidents), rows)
        assert sorted(_candidates(conn, report())) == [1, 4, 7]
        # a verbal event (no ACLED type) meets only incidents of its PLOVER type
        assert _candidates(conn, report(event_type=None, sub_event_type=None, plover_type="ACCUSE")) == [8]
        # a report whose country is unknown meets incidents of any country
        assert sorted(_candidates(conn, report(country=None))) == [1, 2, 4, 6, 7]
        # placed only to its province: every incident of the province in the wide window
        assert sorted(_candidates(conn, report(geo_precision=3, lat=None, lon=None))) == [1, 4, 7]


def _plan(tmp_path, shape) -> list[str]:
    with open_store(str(tmp_path / "events.db")) as store, store.engine.connect() as conn:
        compiled = _candidate_query(*shape).compile(dialect=conn.dialect)
        unbound = tuple(None for _ in compiled.positiontup)  # the plan does not depend on the values
        return [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", unbound)
                if "incidents" in row[-1]]


@pytest.mark.parametrize("entry", [False, True])
def test_a_placed_report_reads_the_covering_indexes_and_never_the_incidents_rows(tmp_path, entry):
    # near cells, with the province-level incidents of its province (an entry of a dataset also
    # leaves out other articles' entries from the indexes alone)
    steps = _plan(tmp_path, (4, 2, True, False, 2, True, entry))
    assert len(steps) == 3 and all("USING COVERING INDEX ix_incidents_" in step for step in steps), steps
    assert {step.split("COVERING INDEX ")[1].split()[0] for step in steps} == {"ix_incidents_near",
                                                                               "ix_incidents_province"}


def test_a_report_placed_to_its_province_reads_an_index_range_not_the_whole_table(tmp_path):
    steps = _plan(tmp_path, (0, 0, False, True, 1, True))
    assert steps and all(step.startswith("SEARCH incidents USING") and "admin1=?" in step for step in steps), steps


def test_an_incident_not_written_yet_is_a_candidate_exactly_when_the_query_would_return_it(db):
    """The linker writes the incidents it opens at its flush; until then a later report finds them
    with ``_Search.holds``, which must agree with the candidate query on every kind of row."""
    import random

    from sitroom.store.linking import _search

    rng = random.Random(11)
    towns = [MIR_ALI, (33.0, 70.07), (32.3, 69.57), (34.0, 71.5)]
    types = [("Battles", "Armed clash", "FIGHT"), ("Protests", "Peaceful protest", "PROTEST"),
             ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"), (None, None, "ACCUSE")]
    rows = []
    for k in range(1, 401):
        kind = rng.choice(types)
        placed = rng.random() < 0.8
        lat, lon = rng.choice(towns) if placed else (None, None)
        rows.append(incident(k, event_type=kind[0], sub_event_type=kind[1], plover_type=kind[2],
                             event_date=rng.choice([None, date(2024, 3, 10) - timedelta(days=rng.randrange(30))]),
                             time_precision=rng.choice([None, 1, 1, 2, 3]), country=rng.choice(["PAK", "AFG", None]),
                             admin1=rng.choice(["Khyber Pakhtunkhwa", "Punjab", None]), point=(lat, lon),
                             geo_precision=rng.choice([1, 2, 3]) if placed else rng.choice([3, 4, None]),
                             entry_article=rng.choice([None, None, 1, 2])))
    with open_store(db) as store, store.engine.begin() as conn:
        conn.execute(insert(incidents), rows)
        compared = 0
        for k in range(200):
            kind = rng.choice(types)
            placed = rng.random() < 0.7
            lat, lon = rng.choice(towns) if placed else (None, None)
            r = report(event_type=kind[0], sub_event_type=kind[1], plover_type=kind[2], lat=lat, lon=lon,
                       geo_precision=rng.choice([1, 2]) if placed else rng.choice([3, 4]),
                       country=rng.choice(["PAK", "AFG", None]), admin1=rng.choice(["Khyber Pakhtunkhwa", None]),
                       time_precision=rng.choice([1, 2, 3]), date=date(2024, 3, 1 + rng.randrange(20)),
                       article_id=rng.choice([1, 2]),  # an entry of a dataset, or news
                       **rng.choice([{}, {"outlet": "Dawn", "published": date(2024, 3, 21)}]))
            search = _search(r)
            expected = set(_candidates(conn, r)) if search else set()
            assert len(expected) < 200  # the cap on candidates keeps none out here
            held = {row["id"] for row in rows if search and search.holds(row)}
            assert held == expected, (r, held ^ expected)
            compared += bool(expected)
        assert compared > 50  # most reports meet some incident: the comparison is not of empty sets


ENTRIES = [
    "Militants attacked a police post in Mir Ali, North Waziristan, on 10 March 2024, killing two policemen.",
    "Two policemen were killed when militants attacked a police post in Mir Ali on 10 March 2024.",
    "On 10 March 2024, militants stormed a police post in Mir Ali in North Waziristan and killed two policemen.",
]


def _ingest_entries(db, tmp_path, **metadata) -> None:
    import json

    path = tmp_path / "entries.jsonl"
    path.write_text("".join(json.dumps({"id": f"e{k}", "text": text, **metadata}) + "\n"
                            for k, text in enumerate(ENTRIES)), encoding="utf-8")
    with open_store(db) as store:
        store.ingest([path])


def _links(db) -> list[tuple[int, dict]]:
    import json

    from sqlalchemy import select

    from sitroom.store.schema import incident_links

    with open_store(db) as store, store.engine.connect() as conn:
        return [(row.incident_id, json.loads(row.reason))
                for row in conn.execute(select(incident_links).order_by(incident_links.c.event_id))]


def test_entries_of_a_dataset_are_kept_apart_without_reading_the_records_of_the_incidents_they_meet(
        db, tmp_path, monkeypatch):
    import sitroom.store.linking as linking

    asked: list[list[int]] = []
    for name in ("member_reports", "entries_apart"):
        real = getattr(linking, name)
        monkeypatch.setattr(linking, name, lambda conn, *args, real=real: (asked.append(list(args[-1])),
                                                                           real(conn, *args))[1])
    _ingest_entries(db, tmp_path)  # no outlet, no publication date: rows of a dataset of coded notes
    links = _links(db)
    assert len(links) == 3 and len({incident for incident, _ in links}) == 3  # each entry its own event
    # the later entries met the earlier ones' incidents only in the index, which left them out
    # (each holds another article's entry, schema.py entry_article): no report of theirs was read
    assert not [ids for ids in asked if ids]
    for _, reason in links[1:]:
        assert reason["opened"] == "no earlier incident of a compatible type, date and place"
        assert "another article's entries of a dataset were left out unread" in reason["entries_apart"]
    assert _entry_articles(db) == {incident: incident for incident, _ in links}  # one article, one entry each


def _entry_articles(db) -> dict[int, int | None]:
    from sqlalchemy import select

    with open_store(db) as store, store.engine.connect() as conn:
        return dict(conn.execute(select(incidents.c.id, incidents.c.entry_article)).all())


def test_an_incident_with_a_news_report_is_read_and_its_entry_of_another_article_vetoes_a_new_entry(
        db, tmp_path):
    """An incident that holds a news report is no dataset entry's alone: an entry may join it,
    and an entry of yet another article then meets it in the index and is vetoed by the reports
    it reads (the one-source rule between the two entries)."""
    import json

    path = tmp_path / "mixed.jsonl"
    lines = [{"id": "news", "text": ENTRIES[0], "outlet": "Frontier Post", "published": "2024-03-11"},
             {"id": "e1", "text": ENTRIES[1]}, {"id": "e2", "text": ENTRIES[2]}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    with open_store(db) as store:
        store.ingest([path])
    links = _links(db)
    assert [incident for incident, _ in links[:2]] == [links[0][0]] * 2  # the first entry joined the news
    assert links[2][0] != links[0][0]
    assert "entries_apart" in links[2][1]
    assert any("source: both are entries of a dataset" in why for why in links[2][1]["closest"])
    assert _entry_articles(db) == {links[0][0]: None, links[2][0]: 3}


def test_the_migration_gives_stored_incidents_their_entry_article(db, tmp_path):
    import json

    from sitroom.store.engine import connect
    from sitroom.store.migrate import downgrade, upgrade

    _ingest_entries(db, tmp_path)  # three entries, each its own incident
    news = tmp_path / "news.jsonl"  # and two news reports of the incident
    news.write_text("".join(json.dumps({"id": f"n{k}", "text": text.replace("10 March", "11 March"),
                                        "outlet": "Frontier Post", "published": "2024-03-12"}) + "\n"
                            for k, text in enumerate(ENTRIES[:2])), encoding="utf-8")
    with open_store(db) as store:
        store.ingest([news])
    written = _entry_articles(db)
    # the news joined the first entry's incident (news may join an entry), which is no entry's alone
    assert sorted(written.values(), key=str) == [2, 3, None]
    links = _links(db)
    engine = connect(db)
    downgrade(engine, "0004")  # which keeps every incident link (no copy of the table)
    assert _links(db) == links
    upgrade(engine)
    engine.dispose()
    assert _entry_articles(db) == written and _links(db) == links


def test_reports_of_news_meet_the_same_incidents_and_are_read_and_joined(db, tmp_path):
    _ingest_entries(db, tmp_path, outlet="Frontier Post", published="2024-03-11")
    links = _links(db)
    assert len(links) == 3 and len({incident for incident, _ in links}) == 1, links
