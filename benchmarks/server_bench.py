"""The situation room's API on a large store: what a dashboard's requests cost.

    .venv/bin/python benchmarks/server_bench.py [--events 100000] [--reps 20] [--json FILE]

Fills a SQLite store with synthetic events (store_bench.fill: each its own incident, 24
countries, six years), then times, in one process with FastAPI's test client, each request the
dashboard makes (and a few an analyst's script makes), beside the same read made through the
library (``Store``) where one exists, so the API's own cost shows as a ratio measured side by
side. Paging is keyset: page 50 should cost what page 1 does. Needs nothing from ../shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from store_bench import fill  # noqa: E402

from figures import emit  # noqa: E402
from sitroom.store.api import open_store  # noqa: E402

# store_bench's synthetic countries are codes of its own (C00-C23), which the API's country filter
# refuses; a province of one of them is a filter both read alike (about 350 incidents in 100,000)
PROVINCE = "C07 Province 3"


def _timed(call, reps: int) -> dict:
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        call()
        times.append(1000 * (time.perf_counter() - t))
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[max(0, round(0.95 * reps) - 1)], 1)}


def bench(n: int, reps: int) -> dict:
    from fastapi.testclient import TestClient

    from sitroom.server import create_app

    out: dict = {"events": n, "reps": reps}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "server.db")
        out["fill_seconds"] = round(fill(db, n), 1)
        with open_store(db, read_only=True) as store, TestClient(create_app(db)) as client:
            client.get("/api/config")
            cursor = None
            for _ in range(49):  # the cursor of page 50 of 100 incidents
                cursor = client.get("/api/incidents", params={"limit": 100, **({"cursor": cursor} if cursor else {})}
                                    ).json()["next_cursor"]
            first_id = client.get("/api/incidents", params={"limit": 1}).json()["items"][0]["id"]
            pairs = {
                "incidents, page 1 of 100": (lambda: client.get("/api/incidents", params={"limit": 100}),
                                             lambda: store.incidents(limit=101)),
                "incidents, page 50 of 100 (cursor)": (
                    lambda: client.get("/api/incidents", params={"limit": 100, "cursor": cursor}), None),
                "incidents, 1,000 of a province": (
                    lambda: client.get("/api/incidents", params={"limit": 1000, "admin1": PROVINCE}),
                    lambda: store.incidents(limit=1001, admin1=PROVINCE)),
                "events near a point, 25 km": (
                    lambda: client.get("/api/events", params={"near": "33.0,70.1", "limit": 100}),
                    lambda: store.events(near=(33.0, 70.1), within_km=25, limit=101)),
                "one incident with its reports": (lambda: client.get(f"/api/incidents/{first_id}"),
                                                  lambda: store.explain(first_id)),
                "timeline: week x type, all": (
                    lambda: client.get("/api/stats", params={"by": "week", "split": "event_type"}),
                    lambda: store.statistics("week", split="event_type")),
                "timeline: day x type, one province": (
                    lambda: client.get("/api/stats", params={"by": "day", "split": "event_type", "admin1": PROVINCE}),
                    lambda: store.statistics("day", split="event_type", admin1=PROVINCE)),
                "movements, one province": (lambda: client.get("/api/movements", params={"admin1": PROVINCE}), None),
                "export GeoJSON, one province": (
                    lambda: client.get("/api/export", params={"format": "geojson", "admin1": PROVINCE}), None),
            }
            for label, (api, library) in pairs.items():
                answer = api()  # warm, and a check that the request is one the API answers
                assert answer.status_code == 200, (label, answer.status_code, answer.text[:200])
                row = {"api": _timed(api, reps)}
                if library is not None:
                    library()
                    row["library"] = _timed(library, reps)
                    row["api_over_library"] = round(row["api"]["p50_ms"] / max(row["library"]["p50_ms"], 0.01), 2)
                out[label] = row
                print(f"  {label}: {row}", file=sys.stderr)
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args(argv)
    figures = bench(args.events, args.reps)
    return emit(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
