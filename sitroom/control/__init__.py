"""Territorial control: who holds each place over time, by whose account (``sitroom control``).

    from sitroom.control import stored_changes, history, on
    changes = stored_changes(store)                 # the takeovers, recaptures and transfers
    for state in on(changes, date(2021, 7, 25)):    # who held each place that day
        print(state.name, state.interval.holder, state.interval.status)
"""

from .changes import Change, change_of, changes_of, load_control_rules
from .read import stored_changes
from .timeline import CONTESTED, HELD, Interval, PlaceState, by_place, history, on, rolled_up

__all__ = ["CONTESTED", "HELD", "Change", "Interval", "PlaceState", "by_place", "change_of", "changes_of",
           "history", "load_control_rules", "on", "rolled_up", "stored_changes"]
