"""The options the store commands share: where the store is, and the filters over it."""

from __future__ import annotations

import functools
import inspect
import math
import re
import typing
from datetime import date
from typing import Optional

import typer

from ..store import UNITS


DB = typer.Option(None, "--db", metavar="DB", show_default=False,
                  help="The store: a SQLite file (created if missing) or postgresql://USER@HOST/NAME "
                       "(default: db in sitroom.toml).")
READ_DB = typer.Option(None, "--db", metavar="DB", show_default=False,
                       help="The store to read (opened read-only, never created): a SQLite file or "
                            "postgresql://USER@HOST/NAME (default: db in sitroom.toml).")
COUNTRY = typer.Option(None, "--country", metavar="COUNTRY", help="ISO3 code or English name: PAK, Pakistan.")
ADMIN1 = typer.Option(None, "--admin1", metavar="NAME", help="First-level division as stored: Khyber Pakhtunkhwa.")
EVENT_TYPE = typer.Option(None, "--type", metavar="TYPE", help="ACLED event type: Battles, Protests, ...")
SUB_TYPE = typer.Option(None, "--sub-type", metavar="TYPE", help="ACLED sub-event type: 'Air/drone strike', ...")
ACTOR = typer.Option(None, "--actor", metavar="NAME", help="Part of an actor's name, any case: taliban.")
SINCE = typer.Option(None, "--since", metavar="DATE", help="Events on or after this date (YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", metavar="DATE", help="Events on or before this date (YYYY-MM-DD).")
NEAR = typer.Option(None, "--near", metavar="PLACE", help="A place ('Chitral', 'Chaman, Pakistan') or 'LAT,LON'.")
WITHIN = typer.Option(25.0, "--within", metavar="KM", help="Kilometres around --near (more than 0, at most 20000).")
MODALITY = typer.Option(
    None, "--modality", metavar="MODALITY",
    help="reported (the default: asserted, claimed and denied events), all, or one of asserted, claimed, denied, "
         "future, hypothetical, negated.")
UNIT = typer.Option("incidents", "--unit", metavar="UNIT", help="incidents (one per happening) or events (one per report).")

_POINT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")


MAX_INT64 = 2**63 - 1  # the largest limit and id the stores hold
MAX_WITHIN_KM = 20_000  # about half the Earth's circumference


def check_limit(limit: int | None, option: str = "--limit") -> int | None:
    """``limit`` if it is 1 to 2**63-1 (or None), else a usage error."""
    if limit is not None and not 1 <= limit <= MAX_INT64:
        raise typer.BadParameter(f"{limit} is out of range; give a whole number from 1 to {MAX_INT64}",
                                 param_hint=option)
    return limit


def check_incident_id(value: int, option: str = "--explain") -> int:
    """An incident id: a positive whole number that fits in 64 bits, else a usage error."""
    if not 1 <= value <= MAX_INT64:
        raise typer.BadParameter(f"{value} is not an incident id; ids are whole numbers from 1 to {MAX_INT64} "
                                 "(list them with `sitroom incidents --db DB -f json`)", param_hint=option)
    return value


def check_within(within: float) -> float:
    if not (math.isfinite(within) and 0 < within <= MAX_WITHIN_KM):
        raise typer.BadParameter(f"{within!r} is not a distance; give kilometres more than 0 and at most "
                                 f"{MAX_WITHIN_KM}", param_hint="--within")
    return within


def _not_blank(value: str | None, option: str, what: str) -> str | None:
    if value is not None and not value.strip():
        raise typer.BadParameter(f"it is empty; give {what}, or leave {option} out", param_hint=option)
    return value


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write it as YYYY-MM-DD", param_hint=option) from None


def country_code(value: str) -> str:
    """ISO3 for a code or an English name, or a usage error."""
    from ..coder.codebook import load_codebook

    countries = load_codebook().countries
    if value.upper() in countries:
        return value.upper()
    wanted = value.strip().lower()
    for iso3, country in countries.items():
        if country.name.lower() == wanted:
            return iso3
    import pycountry

    try:
        return pycountry.countries.lookup(value).alpha_3
    except LookupError:
        raise typer.BadParameter(f"{value!r} is not a country; give an ISO3 code such as PAK", param_hint="--country") from None


def _taxonomy_name(value: str | None, option: str, sub: bool) -> str | None:
    if value is None:
        return None
    from ..coder.codebook import load_codebook

    acled = load_codebook().taxonomy["acled"]
    names = [s for subs in acled.values() for s in subs] if sub else list(acled)
    for name in names:
        if name.lower() == value.strip().lower():
            return name
    raise typer.BadParameter(f"{value!r} is not an ACLED {'sub-event' if sub else 'event'} type; "
                             f"choose from: {', '.join(names)}", param_hint=option)


def point(value: str) -> tuple[float, float]:
    """(lat, lon) from 'LAT,LON' or a place name resolved with the gazetteer."""
    found = _POINT.match(value)
    if found:
        lat, lon = float(found.group(1)), float(found.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise typer.BadParameter(f"{value!r} is outside the globe; write LAT,LON", param_hint="--near")
        return lat, lon
    from ..geo.resolve import default_resolver

    name, *context = [part.strip() for part in value.split(",")]
    resolved = default_resolver().resolve(name, context=context)
    if resolved is None or resolved.place.lat is None:
        raise typer.BadParameter(f"no place called {value!r} in the gazetteer; give LAT,LON instead",
                                 param_hint="--near")
    return resolved.place.lat, resolved.place.lon


def make_filters(country: Optional[str], admin1: Optional[str], event_type: Optional[str], sub_type: Optional[str],
                 actor: Optional[str], since: Optional[str], until: Optional[str], near: Optional[str],
                 within: float, modality: Optional[str], limit: Optional[int] = None):
    from ..model import MODALITY_CHOICES
    from ..store.queries import Filters

    if modality is not None and modality not in MODALITY_CHOICES:
        raise typer.BadParameter(f"choose one of {', '.join(MODALITY_CHOICES)}", param_hint="--modality")
    check_within(within)
    check_limit(limit)
    _not_blank(near, "--near", "a place ('Chitral', 'Chaman, Pakistan') or LAT,LON")
    _not_blank(country, "--country", "an ISO3 code or a country's English name")
    _not_blank(admin1, "--admin1", "a first-level division such as 'Khyber Pakhtunkhwa'")
    _not_blank(actor, "--actor", "part of an actor's name")
    return Filters(
        country=country_code(country) if country is not None else None,
        admin1=admin1,
        event_type=_taxonomy_name(event_type, "--type", sub=False),
        sub_event_type=_taxonomy_name(sub_type, "--sub-type", sub=True),
        actor=actor,
        since=_date(since, "--since"),
        until=_date(until, "--until"),
        near=point(near) if near is not None else None,
        within_km=within,
        modality=modality or "reported",
        limit=limit,
    )


FILTER_OPTIONS = {
    "country": COUNTRY, "admin1": ADMIN1, "event_type": EVENT_TYPE, "sub_type": SUB_TYPE, "actor": ACTOR,
    "since": SINCE, "until": UNTIL, "near": NEAR, "within": WITHIN, "modality": MODALITY,
}


def with_filters(command):
    """Give ``command`` the filter options; it receives them as one ``filters`` argument
    (with its own ``limit`` option, if it has one, folded in)."""
    signature = inspect.signature(command)
    hints = typing.get_type_hints(command)
    own = [p.replace(annotation=hints.get(p.name, p.annotation))
           for p in signature.parameters.values() if p.name != "filters"]
    added = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option,
                          annotation=float if name == "within" else Optional[str])
        for name, option in FILTER_OPTIONS.items()
    ]

    @functools.wraps(command)
    def run(**kwargs):
        values = {name: kwargs.pop(name) for name in FILTER_OPTIONS}
        filters = make_filters(**values, limit=kwargs.pop("limit", None))
        return command(filters=filters, **kwargs)

    run.__signature__ = signature.replace(parameters=[*own, *added])
    run.__annotations__ = {p.name: p.annotation for p in [*own, *added]}
    return run


def check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise typer.BadParameter("choose incidents or events", param_hint="--unit")
    return unit


def open_or_exit(db: str | None, read_only: bool = False):
    """The store at ``db``, or exit 2 with what went wrong and what to do.  ``read_only``, for
    the commands that only read: the store must exist, and nothing in it is created or changed."""
    from ..store.api import open_store
    from ..store.engine import StoreError

    if not db:
        raise typer.BadParameter("no store given: add --db PATH (a SQLite file, or postgresql://USER@HOST/NAME), "
                                 "or write db = \"PATH\" in sitroom.toml", param_hint="--db")

    try:
        return open_store(db, read_only=read_only)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
