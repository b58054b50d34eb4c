"""`sitroom gazetteer import` on GeoNames-format files written here."""

import shutil
import zipfile

import pytest

from sitroom.geo.gazetteer import cache_path, load_base, load_gazetteer
from sitroom.geo.resolve import Resolver


@pytest.fixture(autouse=True)
def own_home(tmp_path, monkeypatch):
    """Imports go to a copy of the session's gazetteer, so other tests never see them."""
    load_base(progress=False)  # make sure the session cache exists
    source = cache_path()
    monkeypatch.setenv("SITROOM_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    shutil.copy(source, cache_path())
    load_gazetteer.cache_clear()
    yield
    load_gazetteer.cache_clear()

# geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2,
# admin3, admin4, population, elevation, dem, timezone, modified
ROWS = [
    ("9900001", "Balochistan", "Balochistan", "Baluchistan", "28.5", "65.0", "A", "ADM1", "PK", "", "02", "", "", "", "12000000"),
    ("9900002", "Kech District", "Kech District", "Kech,Turbat District", "26.2", "62.9", "A", "ADM2", "PK", "", "02", "9900002", "", "", "900000"),
    ("9900003", "Hoshāb", "Hoshab", "Hoshab Bazaar", "26.0159", "63.8883", "P", "PPL", "PK", "", "02", "9900002", "", "", "2100"),
    ("9900004", "Dasht Kaur", "Dasht Kaur", "", "26.31", "62.71", "P", "PPLX", "PK", "", "02", "9900002", "", "", "0"),
    ("9900005", "Kech Hills", "Kech Hills", "", "26.5", "62.5", "T", "HLLS", "PK", "", "02", "9900002", "", "", "0"),
]


def dump_text(rows=ROWS, zone="Asia/Karachi"):
    """A dump's lines for ``rows``, their last four columns filled in."""
    return "".join("\t".join(r + ("", "", zone, "2024-01-01")) + "\n" for r in rows)


def imported(cli, tmp_path, rows, zone):
    """The gazetteer after `sitroom gazetteer import` of a dump of ``rows``."""
    dump = tmp_path / "XX.txt"
    dump.write_text(dump_text(rows, zone), encoding="utf-8")
    result = cli("gazetteer", "import", str(dump))
    assert result.exit_code == 0, result.stderr
    load_gazetteer.cache_clear()
    return load_gazetteer(progress=False)


def test_import_country_zip_with_alternate_names(cli, tmp_path):
    dump = tmp_path / "PK.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.writestr("readme.txt", "GeoNames dump written for the test\n")
        zf.writestr("PK.txt", dump_text())
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t9900003\ten\tHoshaab\t\t\t\t\t\t\n2\t9900003\tur\tہوشاب\t\t\t\t\t\t\n"
                   "3\t9900003\tlink\thttps://example.org/hoshab\t\t\t\t\t\t\n", encoding="utf-8")
    result = cli("gazetteer", "import", str(dump), "--alternate-names", str(alt))
    assert result.exit_code == 0, result.stderr
    assert "3 new" in result.stderr.replace("\n", " ") or "new" in result.stderr
    load_gazetteer.cache_clear()
    resolver = Resolver(load_gazetteer(progress=False))
    found = resolver.resolve("Hoshab", ("Kech", "Balochistan"))
    assert found.place.geonameid == 9900003
    assert found.place.admin1 == "Balochistan" and found.place.admin2 == "Kech District"
    assert found.precision == 1 and abs(found.place.lat - 26.0159) < 1e-6
    assert resolver.resolve("Hoshaab").place.geonameid == 9900003      # English alternate name
    assert not any(p.name == "Kech Hills" for p in resolver.candidates("Kech Hills"))  # class T left out
    info = cli("gazetteer", "info", "--json")
    assert "PK.zip" in info.stdout


def test_import_plain_text_dump(cli, tmp_path):
    dump = tmp_path / "cities.txt"
    dump.write_text(dump_text(), encoding="utf-8")
    assert cli("gazetteer", "import", str(dump)).exit_code == 0


def test_bad_dump_is_a_clear_error(cli, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("this is not\ta dump\n", encoding="utf-8")
    result = cli("gazetteer", "import", str(bad))
    assert result.exit_code == 2
    assert "not the 19 of a GeoNames dump" in result.stderr
    missing = cli("gazetteer", "import", str(tmp_path / "nope.zip"))
    assert missing.exit_code == 2 and "download.geonames.org" in missing.stderr


def test_a_district_named_after_a_kind_word_of_its_own_tongue_is_found_by_its_name(cli, tmp_path):
    # GeoNames writes some districts with their kind word first ("Provincia de ..."); news writes the name
    rows = [("9900011", "Provincia de Quebrada Honda", "Provincia de Quebrada Honda", "Distrito de Nada Honda",
             "-21.5", "-65.3", "A", "ADM2", "BO", "", "07", "9900011", "", "", "40000")]
    resolver = Resolver(imported(cli, tmp_path, rows, "America/La_Paz"))
    assert any(p.geonameid == 9900011 for p in resolver.candidates("Quebrada Honda"))
    # (only by its own name: a name of it in another tongue keeps its kind words)
    assert not any(p.geonameid == 9900011 for p in resolver.candidates("Nada Honda"))


def test_a_town_named_after_a_kind_word_of_its_own_tongue_is_found_by_its_name(cli, tmp_path):
    # "Ciudad Tolvera" is written "Tolvera" in the news; a district keeps a town's kind word
    rows = [("9900021", "Ciudad Tolvera", "Ciudad Tolvera", "", "24.1", "-104.6", "P", "PPL", "MX", "", "10", "",
             "", "", "90000"),
            ("9900022", "Ciudad Marzal", "Ciudad Marzal", "", "24.3", "-104.2", "A", "ADM2", "MX", "", "10", "9900022",
             "", "", "0")]
    resolver = Resolver(imported(cli, tmp_path, rows, "America/Monterrey"))
    assert any(p.geonameid == 9900021 for p in resolver.candidates("Tolvera"))
    assert not any(p.geonameid == 9900022 for p in resolver.candidates("Marzal"))


def test_an_import_writes_places_in_acleds_divisions(cli, tmp_path):
    # Iraq's Kurdistan Region is split into its governorates, the Palestinian governorates are
    # inside ACLED's West Bank (acled_split_regions.yaml, acled_territories.yaml)
    rows = [
        ("9900101", "Iqlīm Kūrdistān", "Iqlim Kurdistan", "", "36.4", "44.1", "A", "ADM1", "IQ", "", "KR", "", "", "", "0"),
        ("9900102", "Dahūk", "Dahuk", "", "37.0", "43.3", "A", "ADM2", "IQ", "", "KR", "DH", "", "", "0"),
        ("9900103", "Girê Pîtê", "Gire Pite", "", "37.12", "43.05", "P", "PPL", "IQ", "", "KR", "DH", "", "", "600"),
        ("9900104", "Hebron", "Hebron", "", "31.5", "35.1", "A", "ADM1", "PS", "", "HB", "", "", "", "0"),
        ("9900105", "Khallet Zeitun", "Khallet Zeitun", "", "31.55", "35.08", "P", "PPL", "PS", "", "HB", "", "", "", "700"),
    ]
    gaz = imported(cli, tmp_path, rows, "Asia/Baghdad")
    village = gaz.place(gaz.by_id[9900103])
    assert (village.admin1, village.admin2) == ("Dahuk", None)
    village = gaz.place(gaz.by_id[9900105])
    assert (village.admin1, village.admin2) == ("West Bank", "Hebron")
