"""The options the store commands share: where the store is, and the filters over it."""

from __future__ import annotations

import functools
import inspect
import typing
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
REVIEW = typer.Option(
    None, "--review", metavar="STATE",
    help="kept (the default: all but the events an analyst rejected), all, rejected, confirmed, corrected or "
         "unreviewed.")
UNIT = typer.Option("incidents", "--unit", metavar="UNIT", help="incidents (one per happening) or events (one per report).")

MAX_INT64 = 2**63 - 1  # the largest limit and id the stores hold
OPTION_OF = {"event_type": "--type", "sub_event_type": "--sub-type"}  # the API's parameter -> the option


def as_usage_error(exc) -> typer.BadParameter:
    """A ``FilterError`` (the API's parameter names) as a usage error for the command's option."""
    return typer.BadParameter(exc.message, param_hint=OPTION_OF.get(exc.parameter, f"--{exc.parameter}"))


def check_limit(limit: int | None, option: str = "--limit") -> int | None:
    """``limit`` if it is 1 to 2**63-1 (or None), else a usage error."""
    from ..filter_values import FilterError, check_limit as checked

    try:
        return checked(limit, option.lstrip("-"))
    except FilterError as exc:
        raise as_usage_error(exc) from None


def check_incident_id(value: int, option: str = "--explain") -> int:
    """An incident id: a positive whole number that fits in 64 bits, else a usage error."""
    if not 1 <= value <= MAX_INT64:
        raise typer.BadParameter(f"{value} is not an incident id; ids are whole numbers from 1 to {MAX_INT64} "
                                 "(list them with `sitroom incidents --db DB -f json`)", param_hint=option)
    return value


def make_filters(country: Optional[str], admin1: Optional[str], event_type: Optional[str], sub_type: Optional[str],
                 actor: Optional[str], since: Optional[str], until: Optional[str], near: Optional[str],
                 within: float, modality: Optional[str], review: Optional[str] = None, limit: Optional[int] = None):
    from ..filter_values import FilterError, parse_filters

    try:
        return parse_filters(country=country, admin1=admin1, event_type=event_type, sub_event_type=sub_type,
                             actor=actor, since=since, until=until, near=near, within=within, modality=modality,
                             limit=limit, review=review)
    except FilterError as exc:
        raise as_usage_error(exc) from None


FILTER_OPTIONS = {
    "country": COUNTRY, "admin1": ADMIN1, "event_type": EVENT_TYPE, "sub_type": SUB_TYPE, "actor": ACTOR,
    "since": SINCE, "until": UNTIL, "near": NEAR, "within": WITHIN, "modality": MODALITY, "review": REVIEW,
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
