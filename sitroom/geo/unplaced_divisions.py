"""Points for provinces and districts that hold no town of the gazetteer.

A division takes the middle of its towns (gazetteer.build_embedded). One that GeoNames' towns no
longer name, because its country redrew its provinces (Burundi's Mwaro, whose towns are filed in
Gitega since 2025) or because its towns are filed elsewhere (Kenya's Lamu county, Madagascar's
provinces), has none: an event placed there would have a name and no point, off every map and
every distance. Such a division is placed at the biggest town of its country that bears its name
(Mwaro province at Mwaro, Lamu county at Lamu), as ACLED places an event told only at a province
at its capital; a district still without a point takes its province's.
"""

from __future__ import annotations

from .names import keys

DIVISIONS = ("adm1", "adm2")


def place_unplaced_divisions(cols: dict[str, list]) -> int:
    """Give each province or district without a point the point of its namesake town, or a
    district its province's; returns how many were placed."""
    unplaced = [i for i, kind in enumerate(cols["kind"]) if kind in DIVISIONS and cols["lat"][i] is None]
    if not unplaced:
        return 0
    towns = _namesake_towns(cols, {(cols["country"][i], key) for i in unplaced for key in keys(cols["name"][i])})
    placed = 0
    for level in DIVISIONS:  # provinces first, so that their districts can take their points
        for i in unplaced:
            if cols["kind"][i] != level:
                continue
            found = [towns[(cols["country"][i], key)] for key in keys(cols["name"][i])
                     if (cols["country"][i], key) in towns]
            if found:
                _move(cols, i, max(found, key=lambda j: cols["population"][j]))
                placed += 1
    provinces = {(cols["country"][i], cols["name"][i]): i for i, kind in enumerate(cols["kind"])
                 if kind == "adm1" and cols["lat"][i] is not None}
    for i in unplaced:
        province = provinces.get((cols["country"][i], cols["admin1"][i]))
        if cols["kind"][i] == "adm2" and cols["lat"][i] is None and province is not None:
            _move(cols, i, province)
            placed += 1
    return placed


def _namesake_towns(cols: dict[str, list], wanted: set[tuple]) -> dict[tuple, int]:
    """(country, name key) -> the most populous town of that country filed under that key."""
    best: dict[tuple, int] = {}
    for i, kind in enumerate(cols["kind"]):
        if kind != "city" or cols["lat"][i] is None:
            continue
        for key in keys(cols["name"][i]):
            slot = (cols["country"][i], key)
            if slot in wanted and (slot not in best or cols["population"][i] > cols["population"][best[slot]]):
                best[slot] = i
    return best


def _move(cols: dict[str, list], i: int, to: int) -> None:
    cols["lat"][i], cols["lon"][i] = cols["lat"][to], cols["lon"][to]
