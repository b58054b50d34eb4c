"""sitroom.toml: defaults for the command line, overridden by options; SITROOM_CONFIG names another
file; a bad file is a usage error that names the file and the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitroom.cli import app
from sitroom.config import ConfigError, load_config

# Written for these tests: an operation announced for next week (a "future" event, shown only
# with --modality all) and an arrest told as done.
PLAN = ("TANK: The army will launch an operation against militants in Tank next week, a military spokesman "
        "said on Monday.\n\nHe said troops had already arrested two suspects in the town.\n")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """An empty working folder holding one article, with no SITROOM_CONFIG set."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SITROOM_CONFIG", raising=False)
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    return tmp_path


def defaults(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def sitroom(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, list(args), env=env)


def said(result) -> str:
    return " ".join(result.output.replace("│", " ").split())


def ingest(*args: str, env: dict | None = None):
    return sitroom("ingest", "plan.txt", "--published", "2024-05-06", "--no-progress", *args, env=env)


def test_the_store_and_the_modality_come_from_the_file(folder):
    defaults(folder / "sitroom.toml", 'db = "events.db"\n')
    stored = ingest()
    assert stored.exit_code == 0, stored.output
    assert (folder / "events.db").is_file()
    assert sitroom("events", "-f", "csv").stdout.splitlines()[1:] == []  # the future event is not reported
    defaults(folder / "sitroom.toml", 'db = "events.db"\nmodality = "all"\n')
    rows = sitroom("events", "-f", "csv").stdout.splitlines()[1:]
    assert len(rows) == 1 and ",future," in rows[0]
    assert sitroom("events", "-f", "csv", "--modality", "reported").stdout.splitlines()[1:] == []
    assert json.loads(sitroom("stats", "--unit", "events", "-f", "json").stdout)["events"] == 1


def test_options_given_win_over_the_file(folder):
    defaults(folder / "sitroom.toml", 'db = "a.db"\nmax_size = 0.0001\n')
    assert ingest("--db", "b.db", "--max-size", "1").exit_code == 0
    assert (folder / "b.db").is_file() and not (folder / "a.db").exists()
    too_large = ingest()
    assert too_large.exit_code == 1 and "too-large" in said(too_large)  # 100 bytes: the article is larger


def test_language_and_geocoding_from_the_file(folder):
    defaults(folder / "sitroom.toml", 'db = "plain.db"\nlanguage = "fr"\ngeocode = false\n')
    other_language = ingest()
    assert other_language.exit_code == 1 and "language" in said(other_language)
    assert ingest("--language", "en").exit_code == 0
    plain = json.loads(sitroom("events", "-f", "json", "--modality", "all").stdout)
    assert plain["location"]["name"] == "Tank" and plain["location"]["lat"] is None
    assert ingest("--language", "en", "--geocode", "--db", "placed.db").exit_code == 0
    placed = json.loads(sitroom("events", "--db", "placed.db", "-f", "json", "--modality", "all").stdout)
    assert placed["location"]["lat"] is not None


def test_sitroom_config_wins_over_the_working_folder(folder):
    defaults(folder / "sitroom.toml", 'db = "here.db"\n')
    named = defaults(folder / "elsewhere" / "defaults.toml", 'db = "there.db"\n')
    assert ingest(env={"SITROOM_CONFIG": str(named)}).exit_code == 0
    assert (folder / "elsewhere" / "there.db").is_file() and not (folder / "here.db").exists()
    assert ingest().exit_code == 0 and (folder / "here.db").is_file()


def test_the_gazetteer_folder_from_the_file_unless_sitroom_home_names_one(folder, monkeypatch):
    from sitroom.geo.gazetteer import load_gazetteer

    load_gazetteer()  # the test session's, loaded once: info then reads no file
    defaults(folder / "sitroom.toml", 'gazetteer = "places"\n')
    monkeypatch.delenv("SITROOM_HOME")
    info = sitroom("gazetteer", "info", "--json")
    assert info.exit_code == 0, info.output
    assert Path(json.loads(info.stdout)["path"]).parent == folder / "places"
    mine = folder / "mine"
    named = sitroom("gazetteer", "info", "--json", env={"SITROOM_HOME": str(mine)})
    assert Path(json.loads(named.stdout)["path"]).parent == mine


@pytest.mark.parametrize("text,message", [
    ('db = events.db\n', "not TOML"),
    ('dbase = "x.db"\n', "unknown key 'dbase'; the keys are db, gazetteer"),
    ('[store]\ndb = "x.db"\n', "unknown key 'store'"),
    ('max_size = "big"\n', "max_size must be a number of MB more than 0 and at most 1,000,000, not 'big'"),
    ('max_size = 1e308\n', "max_size must be a number of MB"),
    ('db = "a\\u0000b.db"\n', "db must be a store"),
    ('geocode = "yes"\n', "geocode must be true or false"),
    ('modality = "maybe"\n', "modality must be reported, all, or one of"),
    ('language = []\n', "language must be a language code or a list of them"),
])
def test_a_bad_file_is_a_usage_error_naming_the_file_and_key(folder, text, message):
    path = defaults(folder / "sitroom.toml", text)
    for command in (["events"], ["ingest", "plan.txt"]):
        result = sitroom(*command)
        assert result.exit_code == 2 and f"error: {path}: " in said(result) and message in said(result)
    assert sitroom("--version").exit_code == 0  # still says which sitroom this is


def test_a_missing_file_named_by_sitroom_config_is_an_error(folder):
    result = sitroom("events", env={"SITROOM_CONFIG": str(folder / "nowhere.toml")})
    assert result.exit_code == 2 and "SITROOM_CONFIG names" in said(result) and "nowhere.toml" in said(result)


def test_without_a_store_anywhere_reading_is_a_usage_error(folder):
    none = sitroom("events")
    assert none.exit_code == 2 and "no store given: add --db PATH" in said(none) and "sitroom.toml" in said(none)
    missing = sitroom("events", "--db", "missing.db")
    assert missing.exit_code == 2 and "no store at missing.db" in said(missing)
    assert not (folder / "missing.db").exists()


def test_paths_are_taken_from_the_files_folder_and_urls_kept(tmp_path):
    path = defaults(tmp_path / "conf" / "sitroom.toml",
                    'db = "s.db"\ngazetteer = "/data/places"\nlanguage = "ur"\n')
    config = load_config(path)
    assert config.values == {"db": str(tmp_path / "conf" / "s.db"), "gazetteer": "/data/places", "language": ["ur"]}
    assert config.defaults({"db", "language", "geocode"}) == {"db": str(tmp_path / "conf" / "s.db"), "language": ["ur"]}
    url = load_config(defaults(tmp_path / "u.toml", 'db = "postgresql://analyst@db.example/sitroom"\n'))
    assert url.values["db"] == "postgresql://analyst@db.example/sitroom"
    with pytest.raises(ConfigError, match="max_size must be"):
        load_config(defaults(tmp_path / "bad.toml", "max_size = 0\n"))


def test_a_file_that_is_not_utf8_is_named(folder):
    path = folder / "sitroom.toml"
    path.write_bytes(b'db = "caf\xe9.db"\n')
    result = sitroom("events")
    assert result.exit_code == 2 and "not UTF-8" in said(result) and str(path) in said(result)


def test_language_codes_are_read_without_spaces(tmp_path):
    assert load_config(defaults(tmp_path / "l.toml", 'language = [" en ", "ur"]\n')).values["language"] == ["en", "ur"]
