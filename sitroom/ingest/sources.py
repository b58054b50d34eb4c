"""Inputs as named byte streams: files, directories (recursively), URLs, stdin.

``iter_sources`` turns the user's input arguments into Source objects; anything it
cannot open becomes a skipped Document, so one bad path never ends the run.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..document import Document
from .fetch import fetch

STDIN = "-"


@dataclass
class Source:
    name: str  # how records name it: a path, a URL or <stdin>
    open: Callable[[], BinaryIO]
    size: int | None = None  # bytes on disk, when known before reading
    inner_name: str = ""  # name that tells the format (".gz" removed)
    compressed: bool = False  # gzip stream, decompressed on open


def _is_url(arg: str) -> bool:
    return arg.startswith(("http://", "https://"))


def _file_source(path: Path) -> Source:
    name = str(path)
    size = path.stat().st_size
    lower = path.name.lower()
    # WARC readers understand gzip themselves (record by record); other .gz files are
    # decompressed here and read as what their inner name says.
    if lower.endswith(".gz") and not lower.endswith((".warc.gz", ".arc.gz")):
        return Source(name, lambda: gzip.open(path, "rb"), size, path.name[:-3], compressed=True)
    return Source(name, lambda: open(path, "rb"), size, path.name)


def _stdin_source(stdin: BinaryIO | None) -> Source:
    stream = stdin if stdin is not None else sys.stdin.buffer
    return Source("<stdin>", lambda: stream, None, "")


def _url_source(url: str, timeout: float) -> Source:
    def opener() -> BinaryIO:
        return io.BytesIO(fetch(url, timeout=timeout))

    tail = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return Source(url, opener, None, tail)


def _walk(root: Path, recursive: bool) -> Iterator[Source | Document]:
    """Files under ``root`` in a stable order; hidden files and folders are passed over."""
    try:
        entries = sorted(root.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        yield _unreadable(str(root), exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                if recursive:
                    yield from _walk(entry, recursive)
            elif entry.is_file():
                yield _file_source(entry)
        except OSError as exc:
            yield _unreadable(str(entry), exc)


def iter_sources(
    inputs: Iterable[str | os.PathLike],
    *,
    recursive: bool = True,
    stdin: BinaryIO | None = None,
    timeout: float = 30.0,
) -> Iterator[Source | Document]:
    """Sources for each input; an input that cannot be opened yields a skipped Document."""
    for arg in inputs:
        arg_s = os.fspath(arg)
        if arg_s == STDIN:
            yield _stdin_source(stdin)
            continue
        if _is_url(arg_s):
            yield _url_source(arg_s, timeout)
            continue
        path = Path(arg_s)
        try:
            if path.is_dir():
                yield from _walk(path, recursive)
            elif path.exists():
                yield _file_source(path)
            else:
                yield Document.skipped(
                    arg_s, "unreadable", "no such file or directory; check the path (or quote it if it has spaces)"
                )
        except OSError as exc:
            yield _unreadable(arg_s, exc)


def _unreadable(name: str, exc: OSError) -> Document:
    why = exc.strerror or str(exc)
    return Document.skipped(name, "unreadable", f"cannot read: {why}; check the path and its permissions")


__all__ = ["STDIN", "Source", "iter_sources"]
