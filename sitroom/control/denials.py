"""Denials: "the interior ministry denied the claim", coded as a denial (PLOVER REJECT, deny) at
a place whose change of hands was told days before or after, is an account that the place did
not change hands; the side that denies holds it by that account."""

from __future__ import annotations

from dataclasses import replace

from ..coder.when import parse_iso
from .changes import Change, load_control_rules, place_key


def denial_of(record: dict, changes: list[Change]) -> Change | None:
    """The denial ``record`` tells of one of ``changes`` (the latest told of its place within
    ``same_change_days``, by another side), or None."""
    rules = load_control_rules()
    plover = record.get("plover") or {}
    location = record.get("location") or {}
    when = parse_iso(record.get("event_date"))
    denier = record.get("actor1") or {}
    if (plover.get("type"), plover.get("mode")) != rules.denial or not location.get("name") or when is None \
            or not denier.get("name"):
        return None
    key = place_key(location)
    near = [c for c in changes if c.place == key and c.modality != "denied" and c.gains != denier["name"]
            and abs((c.date - when).days) <= rules.same_change_days]
    if not near:
        return None
    claim = max(near, key=lambda c: (c.date, c.event or 0))
    first = (record.get("evidence") or [{}])[0]
    stored = record.get("store") or {}
    # the account is the denier's, whoever the coder read as reporting it
    return replace(claim, date=when, time_precision=record.get("time_precision"), loses=denier["name"],
                   loses_type=denier.get("actor_type"), modality="denied", source=denier["name"], event=stored.get("id"),
                   incident_id=record.get("incident_id"), doc_id=record.get("doc_id"), sentence=first.get("sentence"))


def denials_of(records, changes: list[Change]) -> list[Change]:
    found = [d for d in (denial_of(r, changes) for r in records) if d is not None]
    return list({d.event: d for d in found}.values())  # a denial read near two places is one account
