"""Flows: movements summed by period and by the countries they left and reached."""

from __future__ import annotations

from datetime import date, timedelta

from ..coder.when import parse_iso

PERIODS = ("day", "week", "month")


def period_of(day: date, by: str) -> str:
    """The period ``day`` falls in: the day, the week's Monday, or the month (YYYY-MM)."""
    if by == "day":
        return day.isoformat()
    if by == "week":
        return (day - timedelta(days=day.weekday())).isoformat()
    if by == "month":
        return day.strftime("%Y-%m")
    raise ValueError(f"by must be one of {', '.join(PERIODS)}, not {by!r}")


def crossing(movement: dict, origin: str | None, destination: str | None) -> bool:
    """Whether ``movement`` left the country ``origin`` and reached ``destination`` (each when given)."""
    return ((origin is None or movement["origin"]["country"] == origin)
            and (destination is None or movement["destination"]["country"] == destination))


def flows(movements: list[dict], by: str = "week") -> list[dict]:
    """The movements summed by (period, origin country, destination country, kind): how many
    movements, the people they name (the sum of the counts told; ``uncounted`` movements told no
    count), who moved and who told it, oldest period first."""
    groups: dict[tuple, dict] = {}
    for m in movements:
        day = parse_iso(m.get("event_date"))
        key = (period_of(day, by) if day else "unknown", m["origin"]["country"], m["destination"]["country"],
               m.get("kind"))
        flow = groups.setdefault(key, {"period": key[0], "from": key[1], "to": key[2], "kind": key[3],
                                       "movements": 0, "people": 0, "uncounted": 0, "actors": {}, "sources": {},
                                       "events": []})
        flow["movements"] += 1
        if m.get("count") is None:
            flow["uncounted"] += 1
        else:
            flow["people"] += m["count"]
        if m.get("actor"):
            flow["actors"][m["actor"]] = None
        flow["sources"][m.get("source") or "unnamed"] = None
        flow["events"].append(m.get("event"))
    out = []
    for key in sorted(groups, key=lambda k: tuple(x or "" for x in k)):
        flow = groups[key]
        out.append({**flow, "actors": list(flow["actors"]), "sources": list(flow["sources"])})
    return out


def drawable(movement: dict) -> bool:
    """Whether a line can be drawn for ``movement``: both ends placed, at two points."""
    a, b = movement["origin"], movement["destination"]
    return None not in (a["lat"], a["lon"], b["lat"], b["lon"]) and (a["lat"], a["lon"]) != (b["lat"], b["lon"])


def lines(movements: list[dict]) -> dict:
    """The movements as a GeoJSON FeatureCollection of LineStrings, origin to destination (those
    with both ends placed at two points)."""
    features = []
    for m in filter(drawable, movements):
        a, b = m["origin"], m["destination"]
        features.append({"type": "Feature", "geometry": {"type": "LineString",
                                                          "coordinates": [[a["lon"], a["lat"]], [b["lon"], b["lat"]]]},
                         "properties": {k: v for k, v in m.items() if k not in ("origin", "destination")}
                         | {"origin": a["name"], "origin_country": a["country"], "destination": b["name"],
                            "destination_country": b["country"]}})
    return {"type": "FeatureCollection", "features": features}
