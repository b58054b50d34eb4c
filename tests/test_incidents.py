"""Many reports, one incident: matching rules on reports we build, then whole scenarios through ingest."""

from datetime import date

import pytest

from sitroom.consolidate.incidents import Report, best_incident, compare, reconcile_fatalities, summarise
from sitroom.store.api import open_store

from .store_helpers import AIRSTRIKE, PROTEST, REVISION, TWO_CLASHES, TWO_TOWNS, write_jsonl


def report(id=1, article=1, **given) -> Report:
    base = dict(
        id=id, article_id=article, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        plover_type="ASSAULT", date=date(2024, 3, 10), time_precision=1,
        side1=("Military Forces of Pakistan",), side2=("Unidentified Armed Group (Pakistan)",),
        location="Mir Ali", country="PAK", admin1="Khyber Pakhtunkhwa", admin2="North Waziristan",
        lat=32.967, lon=70.267, geo_precision=1, fatalities=10, modality="asserted", sentence="", rank=0,
        published=date(2024, 3, 12),
    )
    base.update(given)
    return Report(**base)


def test_generic_actor_matches_a_named_one_and_roles_may_be_swapped():
    named = report(2, 2, side2=("TTP: Tehreek-i-Taliban Pakistan",))
    assert compare(report(), named).veto is None
    swapped = report(3, 3, side1=("TTP: Tehreek-i-Taliban Pakistan",), side2=("Military Forces of Pakistan",))
    result = compare(named, swapped)
    assert result.veto is None and "roles swapped" in result.reasons["actors"]


@pytest.mark.parametrize("change,check", [
    ({"side2": ("Baloch Liberation Army",), "side1": ("Police Forces of Pakistan",)}, "actors"),
    ({"date": date(2024, 3, 13)}, "date"),
    ({"date": None}, "date"),
    ({"lat": 33.3, "lon": 70.9}, "place"),  # about 70 km away
    ({"country": "AFG"}, "place"),
    ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, "type"),
])
def test_each_check_can_keep_two_reports_apart(change, check):
    a = report(1, 1, side2=("TTP: Tehreek-i-Taliban Pakistan",))
    b = report(2, 2, **{"side2": ("TTP: Tehreek-i-Taliban Pakistan",), **change})
    assert compare(a, b).veto.startswith(check)


def test_a_district_holds_its_towns_and_not_others():
    district = report(2, 2, location="North Waziristan", geo_precision=3, lat=32.95, lon=70.0)
    assert compare(report(), district).veto is None
    other = report(3, 3, location="Kurram", admin2="Kurram", geo_precision=3, lat=33.7, lon=70.2)
    assert "different districts" in compare(report(), other).veto


def test_compatible_types_merge_with_a_lower_score():
    battle = report(2, 2, event_type="Battles", sub_event_type="Armed clash")
    result = compare(report(), battle)
    assert result.veto is None and "compatible" in result.reasons["type"]
    assert result.score < compare(report(), report(3, 3)).score


def test_reports_of_one_article_merge_only_when_they_tell_one_event_twice_and_the_best_incident_wins():
    candidates = {7: [report(1, 1)], 8: [report(2, 2, lat=33.05, lon=70.3)]}
    # a report of article 1 a day later at the same place: another event the coder told apart
    match = best_incident(report(3, 1, date=date(2024, 3, 11)), candidates)
    assert match.incident_id == 8
    # the same event told twice in article 1 (same type, day, place and sides) is one incident
    assert best_incident(report(5, 1), candidates).incident_id == 7
    far = best_incident(report(4, 4, lat=35.0), candidates)
    assert far.incident_id is None and "km apart" in " ".join(far.reasons["closest"])


def test_a_report_must_fit_every_member_of_an_incident_so_incidents_do_not_chain():
    # B is 12 km east of A, C 12 km further east: C fits B but not A (24 km)
    a, b = report(1, 1, lon=70.267), report(2, 2, lon=70.396)
    c = report(3, 3, lon=70.525)
    assert compare(c, b).veto is None and compare(c, a).veto is not None
    match = best_incident(c, {9: [a, b]})
    assert match.incident_id is None and "event 1" in " ".join(match.reasons["closest"])


def test_days_written_out_in_notes_without_a_publication_date_must_agree():
    # "late Sunday" counted back from publication may be a day off; "On 10 March" is that day
    assert compare(report(), report(2, 2, date=date(2024, 3, 11))).veto is None
    notes = [report(i, i, date=date(2024, 3, 9 + i), published=None, outlet=f"Outlet {i}") for i in (1, 2)]
    assert "at most 0" in compare(*notes).veto


def test_an_unknown_place_never_joins_and_nothing_joins_it():
    nowhere = report(2, 2, location=None, admin1=None, admin2=None, lat=None, lon=None, geo_precision=None)
    country = report(3, 3, location="Pakistan", admin1=None, admin2=None, geo_precision=4)
    assert compare(report(), nowhere).veto.startswith("place")
    assert compare(nowhere, report(4, 4, location=None, lat=None, lon=None, geo_precision=None)).veto.startswith("place")
    assert compare(report(), country).veto.startswith("place")


def test_fatalities_take_the_lowest_credible_figure():
    reports = [report(1, 1, fatalities=12), report(2, 2, fatalities=10), report(3, 3, fatalities=15),
               report(4, 4, fatalities=2, modality="denied"), report(5, 5, fatalities=None)]
    assert reconcile_fatalities(reports) == (10, "lowest of 3 credible figures (10, 12, 15)")


def test_a_report_that_told_no_toll_is_not_a_credible_zero():
    # "three FC soldiers embraced martyrdom" not read as a toll: that report's 0 is no figure
    reports = [report(1, 1, fatalities=3), report(2, 2, fatalities=0, toll_told=False), report(3, 3, fatalities=5)]
    assert reconcile_fatalities(reports)[0] == 3
    # "no one was hurt" is a toll of 0
    assert reconcile_fatalities([report(1, 1, fatalities=3), report(2, 2, fatalities=0)])[0] == 0
    assert reconcile_fatalities([report(1, 1, fatalities=0, toll_told=False)]) == (0, "no report tells a toll")


def test_the_coder_says_whether_it_read_a_toll():
    from .coder_helpers import top
    assert top("Gunmen attacked a checkpoint in Quetta on Monday.", "2024-03-12").fatalities_told is False
    assert top("Gunmen killed two guards at a checkpoint in Quetta on Monday.", "2024-03-12").fatalities_told is True
    assert top("Gunmen attacked a checkpoint in Quetta on Monday; no one was hurt.", "2024-03-12").fatalities_told is True


def test_claimed_figures_count_only_without_an_asserted_one():
    claims = [report(1, 1, fatalities=40, modality="claimed"), report(2, 2, fatalities=25, modality="claimed")]
    assert reconcile_fatalities(claims)[0] == 25
    assert reconcile_fatalities([*claims, report(3, 3, fatalities=30)])[0] == 30


def test_a_later_revision_replaces_the_lowest_figure():
    first = report(1, 1, fatalities=10, published=date(2024, 3, 11))
    revised = report(2, 2, fatalities=18, published=date(2024, 3, 13),
                     sentence="The death toll from the strike rose to 18 on Tuesday.")
    figure, basis = reconcile_fatalities([first, revised])
    assert figure == 18 and basis.startswith("revised to 18")


def test_summary_prefers_named_actors_and_the_finest_place():
    s = summarise([report(1, 1, geo_precision=2), report(2, 2, side2=("TTP: Tehreek-i-Taliban Pakistan",))])
    assert s.actor2 == "TTP: Tehreek-i-Taliban Pakistan"
    assert s.representative.id == 2 and s.reports == 2 and s.articles == 2


# -- whole scenarios, through ingest, on SQLite and PostgreSQL --------------------------------

def _main(store, **filters):
    return [i for i in store.incidents(**filters) if i["event_type"] != "Strategic developments"]


def test_one_airstrike_from_three_outlets_is_one_incident(db, tmp_path):
    with open_store(db) as store:
        store.ingest([write_jsonl(tmp_path / "news.jsonl", AIRSTRIKE, PROTEST)])
        strikes = store.incidents(sub_event_type="Air/drone strike")
        assert len(strikes) == 1
        strike = strikes[0]
        assert strike["reports"] == 3 and strike["articles"] == 3 and len(strike["sources"]) == 3
        assert {s["outlet"] for s in strike["sources"]} == {"Frontier Post", "Valley Times", "Capital Courier"}
        assert strike["fatalities"] == 10 and "lowest of 3" in strike["fatalities_basis"]
        assert strike["location"] == "Mir Ali" and strike["event_date"] == "2024-03-10"
        assert strike["actor1"] == "Military Forces of Pakistan"
        assert strike["actor2"] == "TTP: Tehreek-i-Taliban Pakistan"
        assert store.count("events", sub_event_type="Air/drone strike") == 3
        explained = store.explain(strike["id"])
        joined = [s["reason"] for s in explained["sources"] if "matched_event" in s["reason"]]
        assert len(joined) == 2 and all("actors" in r and "place" in r for r in joined)
        # a later report revises the toll
        store.ingest([write_jsonl(tmp_path / "update.jsonl", REVISION)])
        strike = store.incidents(sub_event_type="Air/drone strike")[0]
        assert strike["reports"] == 4 and strike["fatalities"] == 18
        assert strike["fatalities_basis"].startswith("revised to 18 by a later report (Tribal Herald")


def test_distinct_clashes_on_one_day_in_one_district_stay_apart(db, tmp_path):
    with open_store(db) as store:
        store.ingest([write_jsonl(tmp_path / "news.jsonl", TWO_CLASHES, TWO_TOWNS)])
        clashes = _main(store, event_type="Battles")
        assert len(clashes) == 4
        assert all(c["reports"] == 1 for c in clashes)
        assert {c["location"] for c in clashes} == {"Miran Shah", "Datta Khel", "Mir Ali"}
        reasons = [store.explain(c["id"])["sources"][0]["reason"] for c in clashes]
        # each opened its own incident, and says why: another's actors, too far, or no incident
        # of its type and day within reach of its place at all (the candidate index left it out)
        assert all(r.get("opened") for r in reasons)
        assert any("different actors" in " ".join(r.get("closest", [])) or "km apart" in " ".join(r.get("closest", []))
                   or r["opened"].startswith("no earlier incident") for r in reasons)


def test_ingest_order_does_not_change_the_incidents(tmp_path):
    forward, backward = tmp_path / "f.db", tmp_path / "b.db"
    with open_store(forward) as store:
        store.ingest([write_jsonl(tmp_path / "a.jsonl", AIRSTRIKE, TWO_CLASHES, TWO_TOWNS)])
        one = sorted((i["sub_event_type"], i["location"], i["reports"], i["fatalities"]) for i in store.incidents())
    with open_store(backward) as store:
        store.ingest([write_jsonl(tmp_path / "b.jsonl", TWO_TOWNS, TWO_CLASHES, dict(reversed(AIRSTRIKE.items())))])
        other = sorted((i["sub_event_type"], i["location"], i["reports"], i["fatalities"]) for i in store.incidents())
    assert one == other


def _incident_facts(store):
    return sorted((i["sub_event_type"] or "", i["location"] or "", i["reports"], i["fatalities"] or 0)
                  for i in store.incidents(modality="all", limit=None))


def test_rebuild_makes_the_same_incidents_again_and_is_idempotent(db, tmp_path, cli):
    with open_store(db) as store:
        store.ingest([write_jsonl(tmp_path / "news.jsonl", AIRSTRIKE, TWO_CLASHES, TWO_TOWNS)])
        before = _incident_facts(store)
        first = store.rebuild_incidents()
        assert _incident_facts(store) == before
        assert store.rebuild_incidents() == first
        assert first["events"] == store.count("events", modality="all") and first["joined"] >= 2
    if not str(db).startswith("postgresql"):
        result = cli("incidents", "--db", str(db), "--rebuild")
        assert result.exit_code == 0 and f"rebuilt {first['incidents']} incidents" in result.stdout
        assert cli("incidents", "--db", str(db), "--rebuild", "--explain", "1").exit_code == 2
        assert cli("incidents", "--db", str(tmp_path / "typo.db"), "--rebuild").exit_code == 2
        assert not (tmp_path / "typo.db").exists()


def test_a_rebuild_that_fails_leaves_the_incidents_as_they_were(tmp_path, monkeypatch):
    from sitroom.store import linking
    with open_store(tmp_path / "s.db") as store:
        store.ingest([write_jsonl(tmp_path / "news.jsonl", AIRSTRIKE, TWO_CLASHES)])
        before = _incident_facts(store)

        def broken(linker, report):
            raise RuntimeError("disk full")

        monkeypatch.setattr(linking.IncidentLinker, "link", broken)
        with pytest.raises(RuntimeError):
            store.rebuild_incidents()
        assert _incident_facts(store) == before


def test_rows_of_a_dataset_of_notes_stay_apart():
    # one feed's entries (one outlet) of one day may tell one incident: an aggregator holds many outlets
    assert compare(report(1, 1, outlet="Wire Feed"), report(2, 2, outlet="Wire Feed")).veto is None
    assert compare(report(1, 1, outlet=None), report(2, 2, outlet=None)).veto is None  # dated: news
    # rows of a dataset of notes (no outlet, no publication date) were already told apart
    notes = [report(i, i, outlet=None, published=None) for i in (5, 6)]
    assert "dataset" in compare(*notes).veto


def test_a_lead_event_joins_the_incident_that_holds_another_lead_before_one_of_side_events():
    # article 1 told the strike as its lead and again as a side event the coder could not merge
    lead = report(1, 1, event_type="Battles", sub_event_type="Armed clash")
    side = report(2, 1, rank=2)
    candidates = {7: [lead], 8: [side]}
    new_lead = report(3, 2)  # another outlet's lead: scores higher against the side event
    match = best_incident(new_lead, candidates)
    assert match.incident_id == 7 and "lead" in match.reasons
    # a side event still goes where it fits best
    assert best_incident(report(4, 3, rank=1), candidates).incident_id == 8


def test_a_vote_of_one_value_gives_that_value_as_a_vote_of_many_would():
    from sitroom.consolidate.incidents import _vote

    for values, fallback in ((["a"], "b"), ([None], "b"), ([""], None), (["a"], "a"), ([None], None)):
        # the same value twice is counted the same way as once, by the general count
        assert _vote(values, fallback) == _vote(values * 2, fallback), (values, fallback)
    assert _vote(["Armed clash"], "Attack") == "Armed clash" and _vote([None], "Attack") == "Attack"


def test_incidents_ruled_out_before_they_were_read_take_their_place_among_the_misses():
    """The store rules some incidents out before reading their reports (a dataset entry meeting
    another entry's incident); among misses of equal score, each keeps the place its first
    report gives it, as if it had been read and vetoed with the others."""
    from sitroom.consolidate.incidents import best_incident

    base = dict(article_id=1, event_type="Battles", sub_event_type="Armed clash", plover_type="FIGHT",
                date=date(2024, 3, 10), time_precision=1, location="Mir Ali", country="PAK",
                admin1="Khyber Pakhtunkhwa", admin2="North Waziristan", lat=32.97, lon=70.27, geo_precision=1,
                fatalities=1, modality="asserted", sentence="")
    new = Report(id=9, **{**base, "article_id": 9}, side1=("Military Forces of Pakistan",), side2=("Taliban",))
    clash = Report(id=1, **{**base, "article_id": 2}, side1=("Police Forces of Pakistan",), side2=("Lashkar-e-Islam",))
    protest = Report(id=5, **{**base, "article_id": 4, "event_type": "Protests", "sub_event_type": "Peaceful protest",
                              "plover_type": "PROTEST"}, side1=("Protesters (Pakistan)",), side2=())
    match = best_incident(new, {10: [clash], 30: [protest]}, vetoed={20: (3, "source: two entries (event 3)")})
    assert match.incident_id is None
    closest = match.reasons["closest"]
    assert [why.split(":")[0] for why in closest] == ["incident 10", "incident 20", "incident 30"], closest
    assert closest[1] == "incident 20: source: two entries (event 3)"


def test_a_rebuild_numbers_its_incidents_alike_in_a_transaction_that_took_incident_ids_before(tmp_path):
    from sqlalchemy import select

    from sitroom.store.linking import rebuild_incidents
    from sitroom.store.rows import new_ids
    from sitroom.store.schema import incidents

    db = str(tmp_path / "events.db")  # SQLite: new ids count on from the largest, read once a transaction
    with open_store(db) as store:
        store.ingest([write_jsonl(tmp_path / "news.jsonl", TWO_CLASHES)])
        with store.engine.begin() as conn:
            new_ids(conn, incidents, 5)  # the transaction has taken ids (as an ingest's batch does)
            numbered = []
            for _ in range(2):
                rebuild_incidents(conn)
                numbered.append(list(conn.execute(select(incidents.c.id).order_by(incidents.c.id)).scalars()))
    assert numbered[0] == numbered[1] == [1, 2]
