"""``sitroom codebook check``: load every knowledge file and say what is wrong, by file and entry."""

from __future__ import annotations

import typer
from rich.console import Console

from .help import Command, Group

app = typer.Typer(help="The coder's knowledge files (sitroom/data): check them after an edit.",
                  no_args_is_help=True, cls=Group)


@app.command("check", cls=Command)
def check() -> None:
    """Load every knowledge file; a mistake is named with its file and entry, and the exit
    status is 1. Run it after editing an actor, alias, trigger or theatre."""
    from ..knowledge import KNOWLEDGE, KnowledgeError, load_knowledge

    console = Console()
    failed = 0
    for entry in KNOWLEDGE:
        name = ", ".join(entry.files)
        try:
            console.print(f"[green]ok[/green]     {name}: {entry.describe(load_knowledge(entry))}")
        except KnowledgeError as exc:
            failed += 1
            console.print(f"[red]error[/red]  {exc}", highlight=False)
    if failed:
        console.print(f"{failed} file(s) need fixing; the coder will not start until they load.")
        raise typer.Exit(1)
