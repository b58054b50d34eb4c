"""Help that names what an option takes (DATE, FILE, MB), never a Python type.

typer shows a type beside every parameter in ``--help`` (``<bool>`` for a flag, ``<list[str]>``
for a repeatable option) unless the parameter has a metavar, and beside every argument
whatever its metavar. ``Command`` gives each option without a metavar one (none for a flag,
its name in capitals otherwise) and shows no type beside arguments, whose name already
says what they take. It also joins the lines of each paragraph of a docstring, which typer's
rich help would otherwise keep as written (a docstring wrapped at 120 columns broke lines
in the middle of the terminal's).
"""

from __future__ import annotations

import inspect

from typer.core import TyperCommand, TyperGroup


def _no_type(ctx) -> None:
    return None


def name_what_it_takes(param) -> None:
    if param.param_type_name == "argument":
        param.display_type_rich = _no_type
    elif param.metavar is None:
        param.metavar = "" if getattr(param, "is_flag", False) else param.name.upper()


def paragraphs(text: str | None) -> str | None:
    """``text`` with the lines of each paragraph joined (paragraphs part at blank lines)."""
    if not text:
        return text
    return "\n\n".join(" ".join(part.split()) for part in inspect.cleandoc(text).split("\n\n"))


class _PlainHelp:
    """Help as whole paragraphs, and options named by what they take (mixed into click's classes)."""

    def __init__(self, *args, help: str | None = None, **kwargs):
        super().__init__(*args, help=paragraphs(help), **kwargs)

    def get_params(self, ctx):
        params = super().get_params(ctx)
        for param in params:
            name_what_it_takes(param)
        return params


class Command(_PlainHelp, TyperCommand):
    pass


class Group(_PlainHelp, TyperGroup):
    pass
