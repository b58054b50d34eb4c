"""Importing GeoNames dumps into the gazetteer.

Reads the tab-separated GeoNames format (19 columns: geonameid, name, asciiname,
alternatenames, latitude, longitude, feature class, feature code, country code, cc2,
admin1 code, admin2 code, admin3, admin4, population, elevation, dem, timezone, date) from
a `.txt` file or a `.zip` holding one (`allCountries.zip`, a country's `PK.zip`,
`cities500.zip`). Populated places (class P) and administrative divisions (class A) are
kept; admin names come from the dump's own ADM1/ADM2 rows, else from the embedded
gazetteer. An alternateNames file (`alternateNamesV2.zip` or `.txt`) adds names.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from .admin_names import acled_admin1, acled_territory, split_by_acled, without_leading_kind
from .gazetteer import IMPORTED, Gazetteer, Place

KEEP_CLASSES = frozenset("PA")
_ADMIN_KINDS = {"ADM1": "adm1", "ADM2": "adm2", "ADM3": "adm3", "ADM4": "adm3", "PCLI": "country"}


class ImportError_(ValueError):
    """A dump that cannot be read; the message says which file and line, and what to do."""


def _open_lines(path: Path, prefer: tuple[str, ...] = ()) -> Iterator[str]:
    if not path.exists():
        raise ImportError_(f"{path}: no such file; download it from https://download.geonames.org/export/dump/")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
            chosen = next((n for p in prefer for n in names if Path(n).name.startswith(p)), names[0] if names else None)
            if chosen is None:
                raise ImportError_(f"{path}: the zip holds no .txt dump")
            with zf.open(chosen) as raw:
                yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    with open(path, encoding="utf-8") as fh:
        yield from fh


def read_dump(path: Path) -> Iterator[dict]:
    """The rows of a GeoNames dump as dicts; a malformed line raises with its number."""
    for n, line in enumerate(_open_lines(path), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15:
            raise ImportError_(f"{path}: line {n} has {len(cols)} columns, not the 19 of a GeoNames dump")
        try:
            yield {
                "geonameid": int(cols[0]),
                "name": cols[1],
                "asciiname": cols[2],
                "alternatenames": [a for a in cols[3].split(",") if a],
                "lat": float(cols[4]),
                "lon": float(cols[5]),
                "feature_class": cols[6],
                "feature_code": cols[7],
                "country_code": cols[8],
                "admin1": cols[10],
                "admin2": cols[11],
                "population": int(cols[14] or 0),
            }
        except ValueError as exc:
            raise ImportError_(f"{path}: line {n}: {exc}; is this a GeoNames dump?") from None


def read_alternate_names(path: Path, wanted: set[int]) -> dict[int, list[str]]:
    """geonameid -> extra names (English, unlabelled and abbreviations; no links or codes)."""
    out: dict[int, list[str]] = {}
    for n, line in enumerate(_open_lines(path, prefer=("alternateNames",)), 1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4:
            raise ImportError_(f"{path}: line {n} is not an alternateNames row (4 or more columns)")
        try:
            gid = int(cols[1])
        except ValueError:
            raise ImportError_(f"{path}: line {n}: geonameid {cols[1]!r} is not a number") from None
        lang = cols[2]
        if gid in wanted and lang in ("", "en", "abbr"):
            out.setdefault(gid, []).append(cols[3])
    return out


def _iso3_table() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}


def acled_divisions(country: str | None, a1: str | None, a2: str | None) -> tuple[str | None, str | None]:
    """A place's first- and second-level divisions as ACLED writes them: by acled_admin1.yaml's
    names; inside ACLED's larger division (acled_territories.yaml: "Hebron" is in "West Bank");
    and a district of a province ACLED splits (acled_split_regions.yaml) as the first level
    ("Dahuk", not the Kurdistan Region)."""
    if a1 is not None and a2 is not None and split_by_acled(country, a1):
        return acled_admin1(country, a2), None
    if a1 is not None:
        territory = acled_territory(country, a1)
        if territory is not None:
            return territory, a2 or acled_admin1(country, a1)
        a1 = acled_admin1(country, a1)  # (where the dump's name is one acled_admin1.yaml lists)
    return a1, a2


def import_dump(base: Gazetteer, dump: Path, alternate: Path | None = None, progress=None) -> tuple[Gazetteer, dict]:
    """The gazetteer with the dump's places added (or replacing the same GeoNames ids)."""
    iso3 = _iso3_table()
    rows = [r for r in read_dump(dump) if r["feature_class"] in KEEP_CLASSES]
    # admin names: from the dump's own division rows, else from the gazetteer's divisions
    adm1: dict[tuple[str, str], str] = {}
    adm2: dict[tuple[str, str, str], str] = {}
    for r in rows:
        if r["feature_code"] == "ADM1":
            adm1[(r["country_code"], r["admin1"])] = r["name"]
        elif r["feature_code"] == "ADM2":
            adm2[(r["country_code"], r["admin1"], r["admin2"])] = r["name"]
    by_gid_admin = {}
    for i in range(len(base)):
        if base.cols["geonameid"][i] is not None and base.cols["kind"][i] in ("city", "adm2"):
            by_gid_admin[base.cols["geonameid"][i]] = (base.cols["admin1"][i], base.cols["admin2"][i])
    extra = read_alternate_names(alternate, {r["geonameid"] for r in rows}) if alternate else {}
    added = replaced = 0
    for n, r in enumerate(rows, 1):
        if progress and n % 100_000 == 0:
            progress(n, len(rows))
        country = iso3.get(r["country_code"])
        a1 = adm1.get((r["country_code"], r["admin1"]))
        a2 = adm2.get((r["country_code"], r["admin1"], r["admin2"]))
        if (a1 is None or a2 is None) and r["geonameid"] in by_gid_admin:
            known1, known2 = by_gid_admin[r["geonameid"]]
            a1, a2 = a1 or known1, a2 or known2
        kind = _ADMIN_KINDS.get(r["feature_code"], "city" if r["feature_class"] == "P" else "adm3")
        if kind == "adm1":
            a1 = r["name"]
        elif kind == "adm2":
            a2 = r["name"]
        a1, a2 = acled_divisions(country, a1, a2)
        place = Place(r["geonameid"], r["name"], country, a1, a2, r["lat"], r["lon"], r["population"], kind,
                      r["feature_code"])
        names = [r["name"], r["asciiname"], *r["alternatenames"], *extra.get(r["geonameid"], [])]
        names = [x for x in names if x and not x.isdigit() and len(x) <= 80]
        if kind in ("adm1", "adm2", "adm3"):
            # "Caza de Tyr" is found as "Tyr" (by its own name: not "Distrito de Columbia", another tongue's)
            names += without_leading_kind([r["name"], r["asciiname"]])
        elif kind == "city":
            names += without_leading_kind([r["name"], r["asciiname"]], town=True)  # "Obregón"
        if r["geonameid"] in base.by_id:
            replaced += 1
            base.add_names(base.by_id[r["geonameid"]], names)
        else:
            added += 1
            base.add(place, names)
    base.source = f"{base.source}{IMPORTED}{dump.name}" + (f" + {alternate.name}" if alternate else "")
    base.built = time.strftime("%Y-%m-%d %H:%M:%S")
    return base, {"rows": len(rows), "added": added, "already_known": replaced, "alternate_names": sum(map(len, extra.values()))}
