"""The ``sitroom`` command line: a thin layer over the library (see ``sitroom.api``)."""

from __future__ import annotations

import typer

from .. import __version__
from .articles import articles_command
from .codebook import app as codebook_app
from .control import control_command
from .defaults import use_defaults_file
from .export import export_command
from .extract import extract_command
from .gazetteer import app as gazetteer_app
from .geoparse import geoparse_command
from .help import Command, Group
from .ingest import ingest_command
from .movements import movements_command
from .query import events_command, incidents_command, stats_command
from .review import app as review_app
from .serve import serve_command
from .watch import watch_command

app = typer.Typer(
    name="sitroom",
    help="Turn news about armed conflict into a trustworthy, geocoded event dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=Group,
)
COMMANDS = {
    "articles": articles_command, "extract": extract_command, "geoparse": geoparse_command,
    "ingest": ingest_command, "watch": watch_command, "events": events_command,
    "incidents": incidents_command, "stats": stats_command, "control": control_command,
    "movements": movements_command, "export": export_command, "serve": serve_command,
}
for _name, _command in COMMANDS.items():
    app.command(_name, cls=Command)(_command)
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(codebook_app, name="codebook")
app.add_typer(review_app, name="review")


def _version(value: bool) -> None:
    if value:
        from ..coder import RUNNING  # the compiled coder, or its sources and why

        typer.echo(f"sitroom {__version__} (coder: {RUNNING})")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, metavar="",
                                 help="Print the version, and whether the coder runs compiled."),
) -> None:
    """sitroom: who did what to whom, where, when, how many; with the evidence."""
    use_defaults_file(ctx)


def main() -> None:
    app()
