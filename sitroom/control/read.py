"""Reading control changes from the store: the events of the kinds ``control.yaml`` lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..store.queries import Filters
from .changes import Change, changes_of, load_control_rules


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
        wanted = place.strip().casefold()
        changes = [c for c in changes if c.name.casefold() == wanted]
    return changes
