"""Reading control changes from the store: the events of the kinds ``control.yaml`` lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..store.queries import Filters
from .changes import Change, changes_of, load_control_rules
from .denials import denials_of


def stored_changes(store, filters: Filters | None = None, until: date | None = None,
                   place: str | None = None) -> list[Change]:
    """Every control change in ``store`` that passes ``filters`` (their type filters aside),
    told on or before ``until``, of the place named ``place`` (any case) when given."""
    filters = filters or Filters()
    if until is not None and (filters.until is None or until < filters.until):
        filters = replace(filters, until=until)
    records: list[dict] = []
    for kind in load_control_rules().changes:
        records += store.events(**vars(replace(filters, event_type=None, sub_event_type=kind, limit=None,
                                               after=None)))
    changes = changes_of(records)
    if place:
        changes = [c for c in changes if c.named(place)]
    return changes + denials_of(_told_near(store, filters, changes), changes)


def _told_near(store, filters: Filters, changes: list[Change]) -> list[dict]:
    """The events told at each changed place within the days of its changes (denials among
    them), whoever told them: one query a place, read from the index of places and dates."""
    days = timedelta(days=load_control_rules().same_change_days)
    out: list[dict] = []
    for key in dict.fromkeys(c.place for c in changes if c.lat is not None and c.lon is not None):
        told = [c for c in changes if c.place == key]
        out += store.events(**vars(replace(
            filters, near=(told[0].lat, told[0].lon), within_km=1.0, since=min(c.date for c in told) - days,
            until=max(c.date for c in told) + days, actor=None, event_type=None, sub_event_type=None, limit=None,
            after=None)))
    return out
