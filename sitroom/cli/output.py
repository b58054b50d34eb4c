"""Writing JSONL records to a file or standard output."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

import typer


@contextmanager
def open_output(path: str) -> Iterator[IO[str]]:
    """A text stream for ``path`` ("-" is standard output); exit 2 with a reason if unwritable."""
    if path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    try:
        if target.parent and not target.parent.exists():
            target.parent.mkdir(parents=True)
        stream = open(target, "w", encoding="utf-8")
    except OSError as exc:
        typer.echo(f"error: cannot write {path}: {exc.strerror or exc}; choose another --output", err=True)
        raise typer.Exit(2) from None
    with stream:
        yield stream


def write_jsonl(stream: IO[str], record: dict) -> None:
    stream.write(json.dumps(record, ensure_ascii=False) + "\n")
