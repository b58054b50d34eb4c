"""Tables that fit the terminal: the most important columns first, long cells cut with an
ellipsis, never a word broken across lines; ``wide`` shows every column in full.

A column has a rank (0 is the last to be left out), the width it may be cut to (``least``)
and the width it takes before the other columns join (``most``); the core columns are shown
first, cut if need be. The columns are shown in their own order (see ``plan``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

GAP = 2  # spaces between two columns (see ``_table``: one of padding, one of the box's divider)


@dataclass(frozen=True)
class Column:
    name: str
    rank: int  # 0 is the most important
    least: int = 0  # narrowest it may be cut to; 0: never cut (shown whole or left out)
    most: int | None = None  # widest before other columns widen or join; None: as wide as its cells
    numeric: bool = False  # right-aligned
    core: bool = False  # shown, cut to ``least`` if need be, before any other column is shown


def cell(value) -> str:
    return "" if value is None else str(value)


def plan(columns: tuple[Column, ...], rows: list[dict], width: int, wide: bool = False) -> list[tuple[Column, int]]:
    """The columns to show, in their own order, each with its width: the core columns that fit
    (cut to their least width), widened to their ``most``; then the other columns that still fit,
    in rank order; then every column widened to its longest cell while room is left."""
    natural = {c.name: max([len(c.name), *(len(cell(row.get(c.name))) for row in rows)]) for c in columns}
    if wide:
        return [(c, natural[c.name]) for c in columns]
    widths: dict[str, int] = {}
    spare = width

    def add(kept: list[Column]) -> None:
        nonlocal spare
        for column in kept:
            least = natural[column.name] if not column.least else min(natural[column.name],
                                                                       max(column.least, len(column.name)))
            need = least + (GAP if widths else 0)
            if need <= spare:
                widths[column.name] = least
                spare -= need

    def widen(target) -> None:
        nonlocal spare
        growing = [c for c in by_rank if c.name in widths]
        while spare > 0 and any(widths[c.name] < target(c) for c in growing):
            for column in growing:  # a character each in turn, so no column takes all the room
                if spare > 0 and widths[column.name] < target(column):
                    widths[column.name] += 1
                    spare -= 1

    by_rank = sorted(columns, key=lambda c: c.rank)
    add([c for c in by_rank if c.core])
    widen(lambda c: min(natural[c.name], c.most or natural[c.name]))
    add([c for c in by_rank if not c.core])
    widen(lambda c: min(natural[c.name], c.most or natural[c.name]))
    widen(lambda c: natural[c.name])
    return [(c, widths[c.name]) for c in columns if c.name in widths]


def _table(planned: list[tuple[Column, int]]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    for column, width in planned:
        table.add_column(Text(column.name), width=width, no_wrap=True, overflow="ellipsis",
                         justify="right" if column.numeric else "left")
    return table


def print_table(title: str, columns: tuple[Column, ...], rows: list[dict], wide: bool = False,
                footer: dict | None = None, console: Console | None = None) -> None:
    """``rows`` (dicts by column name) under ``title``, fitted to the terminal (or whole with
    ``wide``); ``footer`` is a last row in bold (a total). Columns left out are named after the title."""
    console = console or Console()
    every = rows + ([footer] if footer else [])
    planned = plan(columns, every, console.width, wide)
    shown = {c.name for c, _ in planned}
    left_out = [c.name for c in columns if c.name not in shown]
    if left_out:
        title += f"; not shown: {', '.join(left_out)} (--wide shows every column, -f csv writes them)"
    table = _table(planned)
    for row in rows:
        table.add_row(*(Text(cell(row.get(c.name))) for c, _ in planned))
    if footer:
        table.add_row(*(Text(cell(footer.get(c.name))) for c, _ in planned), style="bold")
    needed = sum(w for _, w in planned) + GAP * (len(planned) - 1)
    if needed > console.width:  # --wide: every cell whole, however wide the terminal
        console = Console(file=console.file, width=needed, force_terminal=console.is_terminal,
                          color_system=console.color_system)
    console.print(Text(title))
    console.print(table)
