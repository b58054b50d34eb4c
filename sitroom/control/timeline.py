"""Who holds a place over time, by whose account: intervals built from its control changes.

Accounts of one place no more than ``same_change_days`` apart tell one change. When they agree
on who holds the place afterwards, the place is held by that actor from the first of them; when
they disagree (a party's claim of capture and the other side's denial), it is contested from then,
with every account kept, until a later change, or until accounts reported as fact (not by a
party) settle it. Before the first change the place was held, by
those accounts, by the side that lost it. Rolled up to a province or district, the places of an
area are counted by holder.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from .changes import Change, load_control_rules

HELD, CONTESTED, BEFORE = "held", "contested", "before"
STATE_FORCES = 1  # ACLED's actor type


@dataclass
class Interval:
    start: date | None  # None: from before the first account
    end: date | None  # None: still so when the last account was written
    holder: str | None  # None when contested, or when nobody is named
    status: str  # held, contested, before
    accounts: list[Change] = field(default_factory=list)

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)

    def to_dict(self) -> dict:
        first = self.accounts[0] if self.accounts else None
        return {"from": self.start.isoformat() if self.start else None,
                # how precisely the change's date is known (ACLED's 1 day, 2 week, 3 month)
                "from_precision": first.time_precision if first else None,
                "until": self.end.isoformat() if self.end else None, "holder": self.holder, "status": self.status,
                "claimants": sorted({c.holder for c in self.accounts if c.holder} if self.status == CONTESTED else []),
                "accounts": [c.to_dict() for c in self.accounts]}


def _same_change(changes: list[Change]) -> list[list[Change]]:
    days = load_control_rules().same_change_days
    groups: list[list[Change]] = []
    for change in sorted(changes, key=lambda c: (c.date, c.event or 0)):
        if groups and (change.date - groups[-1][0].date).days <= days and not _told_as_next(change, groups[-1]):
            groups[-1].append(change)
        else:
            groups.append([change])
    return groups


def _told_as_next(change: Change, group: list[Change]) -> bool:
    """Whether a report that told a change of the group goes on to tell this one, of another kind,
    on a later day ("fighters overran the post on Wednesday ... troops retook it on Thursday"):
    the next change, not a disagreeing account of the same one."""
    return change.doc_id is not None and any(
        c.doc_id == change.doc_id and c.date < change.date and c.kind != change.kind for c in group)


def _one_change(group: list[Change]) -> list[Interval]:
    """The intervals that the accounts of one change make (oldest first). Accounts that agree
    make one held interval. Where they disagree, accounts reported as fact (not a party's claim or
    denial) settle it when they agree among themselves: the place is held from the first of them,
    contested before it if the parties' accounts before it disagree, and a party's later denial
    is kept among its accounts. Otherwise the place is contested from the first account."""
    holders = _holders(group)
    if len(holders) == 1:
        return [Interval(group[0].date, None, holders.pop(), HELD, list(group))]
    told = [c for c in group if c.modality == "asserted"]
    if not told or len(_holders(told)) > 1:
        return [Interval(group[0].date, None, None, CONTESTED, list(group))]
    settled = told[0].date
    before = [c for c in group if c.date < settled]
    after = [c for c in group if c.date >= settled]
    out = []
    if before:
        parties = _holders(before)
        out.append(Interval(before[0].date, None, parties.pop() if len(parties) == 1 else None,
                            HELD if len(parties) == 1 else CONTESTED, before))
    out.append(Interval(settled, None, _holders(told).pop(), HELD, after))
    return out


def _holders(accounts: list[Change]) -> set[str | None]:
    """Who the accounts say holds the place: an account that names nobody in particular ("an
    unidentified armed group") agrees with one that names a group, when only one is named and it
    is not state forces."""
    rules = load_control_rules()
    holders = {c.holder for c in accounts}
    named = {(c.holder, c.holder_type) for c in accounts if not rules.unnamed(c.holder)}
    if len({h for h, _ in named}) == 1 and all(kind != STATE_FORCES for _, kind in named):
        return {h for h, _ in named}
    return holders


def history(changes: list[Change]) -> list[Interval]:
    """The intervals of one place (every change of the same place key), oldest first."""
    intervals: list[Interval] = []
    for interval in (i for group in _same_change(changes) for i in _one_change(group)):
        last = intervals[-1] if intervals else None
        if last is not None and (last.holder, last.status) == (interval.holder, interval.status):
            last.accounts += interval.accounts  # a later account of the same holding
            continue
        if last is not None:
            last.end = interval.start
        intervals.append(interval)
    if intervals:
        first = intervals[0]
        losers = {c.loses for c in first.accounts if c.modality != "denied" and c.loses}
        if len(losers) == 1:
            intervals.insert(0, Interval(None, first.start, losers.pop(), BEFORE, []))
    return intervals


def by_place(changes: list[Change]) -> dict[str, list[Change]]:
    out: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        out[change.place].append(change)
    return dict(out)


@dataclass
class PlaceState:
    """A place and the interval that holds on a date."""

    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    interval: Interval

    @classmethod
    def of(cls, change: Change, interval: Interval) -> "PlaceState":
        """The place ``change`` is about, with ``interval``."""
        return cls(change.name, change.country, change.admin1, change.admin2, change.lat, change.lon, interval)

    def to_dict(self) -> dict:
        return {"place": self.name, "country": self.country, "admin1": self.admin1, "admin2": self.admin2,
                "lat": self.lat, "lon": self.lon, **self.interval.to_dict()}


def on(changes: list[Change], when: date) -> list[PlaceState]:
    """Every place with an interval covering ``when``, by country, province and name: by the
    accounts up to then, and by later ones that tell who held it before (Kunduz, which fell in
    August, was held by the government in July by the account of its fall)."""
    states = []
    for place_changes in by_place(changes).values():
        found = next((i for i in history(place_changes) if i.covers(when)), None)
        if found is not None:
            states.append(PlaceState.of(place_changes[0], found))
    return sorted(states, key=lambda s: (s.country or "", s.admin1 or "", s.name))


def rolled_up(states: list[PlaceState], level: str) -> list[dict]:
    """The places of each area (``admin1`` or ``admin2``) counted by holder, contested apart."""
    if level not in ("admin1", "admin2"):
        raise ValueError(f"level must be admin1 or admin2, not {level!r}")
    areas: dict[tuple, dict] = {}
    for state in states:
        key = (state.country, state.admin1, state.admin2 if level == "admin2" else None)
        area = areas.setdefault(key, {"country": state.country, "admin1": state.admin1,
                                      **({"admin2": state.admin2} if level == "admin2" else {}),
                                      "holders": defaultdict(list), "contested": []})
        if state.interval.status == CONTESTED:
            area["contested"].append(state.name)
        else:
            area["holders"][state.interval.holder or "unknown"].append(state.name)
    out = []
    for key in sorted(areas, key=lambda k: tuple(x or "" for x in k)):
        area = areas[key]
        area["holders"] = {h: sorted(p) for h, p in sorted(area["holders"].items())}
        area["contested"] = sorted(area["contested"])
        out.append(area)
    return out
