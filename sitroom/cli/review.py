"""``sitroom review``: analysts' decisions from the command line, and their log."""

from __future__ import annotations

import json
from typing import List, Optional

import typer

from .filters import DB, READ_DB, check_limit, open_or_exit
from .help import Command, Group

app = typer.Typer(help="Confirm, correct or reject events; merge or split incidents; list the decisions.",
                  no_args_is_help=True, cls=Group)
WHO = typer.Option(..., "--who", metavar="NAME", help="Who decides (kept with the decision).")
NOTE = typer.Option(None, "--note", metavar="TEXT", help="Why, in a few words.")


def _run(action):
    from ..review import ReviewError

    try:
        return action()
    except ReviewError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1 if exc.status == 404 else 2) from None


def _changes(settings: list[str]) -> dict:
    out: dict = {}
    for item in settings:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"{item!r} is not FIELD=VALUE", param_hint="--set")
        name = name.strip()
        out[name] = int(value) if name == "fatalities" and value.strip().lstrip("-").isdigit() else value
    return out


@app.command("log", cls=Command)
def log_command(
    db: Optional[str] = READ_DB,
    event: Optional[int] = typer.Option(None, "--event", metavar="ID", help="Only the decisions about this event."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help="Show at most this many (newest first)."),
    format: str = typer.Option("table", "--format", "-f", help="table or json (one decision a line)."),
) -> None:
    """List the decisions, newest first: when, who, what, before and after, and the note."""
    from ..review import Reviewer

    if format not in ("table", "json"):
        raise typer.BadParameter("choose table or json", param_hint="--format")
    check_limit(limit)
    with open_or_exit(db, read_only=True) as store:
        entries = Reviewer(store).log(limit=limit, event_id=event)
    if format == "json":
        for entry in entries:
            typer.echo(json.dumps(entry, ensure_ascii=False))
        return
    if not entries:
        typer.echo("no decisions yet")
        return
    for e in entries:
        target = f"event {e['event']}" if e["event"] else f"incident {e['incident']}"
        changed = ", ".join(f"{k}: {json.dumps((e['before'] or {}).get(k))} -> {json.dumps(v)}"
                            for k, v in e["after"].items() if k not in ("events", "incidents", "from"))
        typer.echo(f"{e['id']:>4}  {e['at'][:19]}  {e['who']}  {e['action']} {target}"
                   + (f"  {changed}" if changed else "") + (f"  ({e['note']})" if e["note"] else ""))


@app.command("decide", cls=Command)
def decide_command(
    event: int = typer.Argument(..., metavar="EVENT", help="The event's store id (`sitroom events -f json`)."),
    action: str = typer.Argument(..., metavar="ACTION", help="confirm, correct or reject."),
    db: Optional[str] = DB,
    set_: List[str] = typer.Option([], "--set", metavar="FIELD=VALUE",
                                   help="For correct: event_type, sub_event_type, actor1, actor2, location (a place "
                                        "name), event_date or fatalities; repeat for more."),
    who: str = WHO,
    note: Optional[str] = NOTE,
) -> None:
    """Confirm, correct or reject an event; prints the event as it now reads (JSON)."""
    from ..review import Reviewer

    with open_or_exit(db) as store:
        found = _run(lambda: Reviewer(store).decide(event, action, _changes(set_) or None, who=who, note=note))
    typer.echo(json.dumps(found, ensure_ascii=False))


@app.command("merge", cls=Command)
def merge_command(
    incidents: List[int] = typer.Argument(..., metavar="INCIDENT...", help="Two or more incident ids."),
    db: Optional[str] = DB,
    who: str = WHO,
    note: Optional[str] = NOTE,
) -> None:
    """Merge incidents into one (the lowest id keeps every report)."""
    from ..review import Reviewer

    with open_or_exit(db) as store:
        kept = _run(lambda: Reviewer(store).merge(list(incidents), who=who, note=note))
    typer.echo(f"merged into incident {kept}")


@app.command("split", cls=Command)
def split_command(
    incident: int = typer.Argument(..., metavar="INCIDENT", help="The incident to split."),
    events: List[int] = typer.Argument(..., metavar="EVENT...", help="The reports (event ids) that leave it."),
    db: Optional[str] = DB,
    who: str = WHO,
    note: Optional[str] = NOTE,
) -> None:
    """Move some reports of an incident into an incident of their own."""
    from ..review import Reviewer

    with open_or_exit(db) as store:
        made = _run(lambda: Reviewer(store).split(incident, list(events), who=who, note=note))
    typer.echo(f"split into incident {made}")
