"""Write the dashboard's offline basemap (compact GeoJSON) from the npm packages world-atlas and us-atlas.

Usage (see tools/README.md):

    cd /tmp && npm pack world-atlas@2.0.2 us-atlas@3.0.1
    mkdir world us && tar xzf world-atlas-2.0.2.tgz -C world && tar xzf us-atlas-3.0.1.tgz -C us
    python tools/make_basemap.py /tmp/world/package /tmp/us/package

Each argument is an unpacked npm tarball (the folder holding the package.json). The TopoJSON is
decoded here: arcs are quantized and delta-encoded; a negative arc index ~i means arc i reversed.
Coordinates are rounded to 3 decimals; each feature keeps its `id` and its `name`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "sitroom" / "web" / "static" / "basemap"
DECIMALS = 3


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Every arc as absolute (lon, lat) points, rounded, with repeated points dropped."""
    transform = topology.get("transform")
    if transform:
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[tuple[float, float]] = []
        for position in arc:
            if transform:
                x += position[0]
                y += position[1]
                point = (round(x * sx + tx, DECIMALS), round(y * sy + ty, DECIMALS))
            else:
                point = (round(position[0], DECIMALS), round(position[1], DECIMALS))
            if not points or points[-1] != point:
                points.append(point)
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """A closed ring (or a line) joined from arcs; consecutive arcs share their joining point."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        for n, point in enumerate(arc):
            if n == 0 and points and points[-1] == point:
                continue
            points.append(point)
    return [list(p) for p in points]


def polygon(rings: list[list[int]], arcs) -> list[list[list[float]]] | None:
    out = []
    for indexes in rings:
        coordinates = ring(indexes, arcs)
        if len(coordinates) >= 4:  # a closed ring at 3 decimals needs 3 distinct points and the closing one
            out.append(coordinates)
        elif not out:
            return None  # the outer ring vanished at this precision: so does the polygon
    return out or None


def geometry(geom: dict, arcs) -> dict | None:
    kind = geom.get("type")
    if kind == "Polygon":
        rings = polygon(geom["arcs"], arcs)
        return {"type": "Polygon", "coordinates": rings} if rings else None
    if kind == "MultiPolygon":
        parts = [p for p in (polygon(rings, arcs) for rings in geom["arcs"]) if p]
        if not parts:
            return None
        if len(parts) == 1:
            return {"type": "Polygon", "coordinates": parts[0]}
        return {"type": "MultiPolygon", "coordinates": parts}
    if kind == "LineString":
        return {"type": "LineString", "coordinates": ring(geom["arcs"], arcs)}
    if kind == "MultiLineString":
        return {"type": "MultiLineString", "coordinates": [ring(line, arcs) for line in geom["arcs"]]}
    return None  # points and empty geometries are not drawn on the basemap


def features(topology: dict, name: str) -> dict:
    arcs = decode_arcs(topology)
    collection = topology["objects"][name]
    out = []
    for geom in collection["geometries"]:
        shape = geometry(geom, arcs)
        if shape is None:
            continue
        properties = {"id": geom.get("id"), "name": (geom.get("properties") or {}).get("name")}
        out.append({"type": "Feature", "id": geom.get("id"), "properties": properties, "geometry": shape})
    return {"type": "FeatureCollection", "features": out}


def write(collection: dict, path: Path) -> int:
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return len(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world_atlas", type=Path, help="unpacked world-atlas@2.0.2 (holds countries-50m.json)")
    parser.add_argument("us_atlas", type=Path, help="unpacked us-atlas@3.0.1 (holds states-10m.json)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder to write to (default {OUT})")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    jobs = [(args.world_atlas / "countries-50m.json", "countries", args.out / "countries.geojson"),
            (args.us_atlas / "states-10m.json", "states", args.out / "us-states.geojson")]
    for source, name, target in jobs:
        topology = json.loads(source.read_text(encoding="utf-8"))
        collection = features(topology, name)
        size = write(collection, target)
        print(f"{target}: {len(collection['features'])} features, {size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
