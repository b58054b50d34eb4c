"""The defaults file (``sitroom.toml``, see ``sitroom.config``) as defaults of every command's options."""

from __future__ import annotations

import typer

from ..config import ConfigError, find_config


def default_map(command, config) -> dict:
    """click's default_map for ``command`` and the commands under it: each takes the file's
    defaults for the options it has."""
    found = config.defaults({param.name for param in command.params})
    for name, sub in getattr(command, "commands", {}).items():
        found[name] = default_map(sub, config)
    return found


def use_defaults_file(ctx: typer.Context) -> None:
    """Read the defaults file, if there is one, before the command's options are parsed: options
    given win over it. A bad file stops with exit status 2 and what to fix."""
    try:
        config = find_config()
    except ConfigError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if config is None:
        return
    config.apply_gazetteer()
    ctx.default_map = default_map(ctx.command, config)
