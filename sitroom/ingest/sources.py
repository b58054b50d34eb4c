"""Inputs as named byte streams: files, directories (recursively), URLs, stdin.

Links to folders are not followed unless asked (``follow_links``); a folder or file met twice
(a link loop, an input named twice) is read once.

``iter_sources`` turns the user's input arguments into Source objects; anything it
cannot open becomes a skipped Document, so one bad path never ends the run.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..document import Document
from .fetch import fetch, is_url

STDIN = "-"


@dataclass
class Source:
    name: str  # how records name it: a path, a URL or <stdin>
    open: Callable[[], BinaryIO]
    size: int | None = None  # bytes on disk, when known before reading
    inner_name: str = ""  # name that tells the format (".gz" removed)
    compressed: bool = False  # gzip stream, decompressed on open


def _is_url(arg: str) -> bool:
    return is_url(arg)


def _file_source(path: Path, size: int | None = None) -> Source:
    name = str(path)
    size = path.stat().st_size if size is None else size
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
        # the user named this URL: its host is fetched whatever its address
        return io.BytesIO(fetch(url, timeout=timeout, allow_private=True))

    tail = url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return Source(url, opener, None, tail)


@dataclass
class SeenInputs:
    """What the inputs of one run have reached so far, so nothing is read (or reported) twice:
    files and folders by (device, inode), URLs and missing paths by name."""

    folders: set[tuple[int, int]] = field(default_factory=set)
    files: set[tuple[int, int]] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    def first(self, kind: set, key) -> bool:
        """True the first time ``key`` is met in ``kind``."""
        if key in kind:
            return False
        kind.add(key)
        return True


def _identity(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _entries(folder: Path) -> list[os.DirEntry] | Document:
    try:
        with os.scandir(folder) as found:
            return sorted(found, key=lambda e: e.name)
    except OSError as exc:
        return _unreadable(str(folder), exc)


def _walk(root: Path, recursive: bool, follow_links: bool, seen: SeenInputs) -> Iterator[Source | Document]:
    """Files under ``root`` in a stable order (depth first, names sorted); hidden files and
    folders are passed over.  A link to a folder is followed only with ``follow_links``, and a
    folder already walked (a link loop, or two links to one folder) is not walked again."""
    listing = _entries(root)
    if isinstance(listing, Document):
        yield listing
        return
    stack = [iter(listing)]  # an explicit stack: a deep tree cannot exhaust Python's recursion limit
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_link = entry.is_symlink()
            if entry.is_dir():  # follows links
                if not recursive:
                    continue
                if is_link and not follow_links:
                    yield Document.skipped(
                        str(path), "link", "a link to a folder, not followed; give --follow-links to read through it"
                    )
                    continue
                if not seen.first(seen.folders, _identity(entry.stat())):
                    continue  # walked already: a link back to a folder above it, or a second way in
                listing = _entries(path)
                if isinstance(listing, Document):
                    yield listing
                else:
                    stack.append(iter(listing))
            elif entry.is_file():
                st = entry.stat()
                if seen.first(seen.files, _identity(st)):
                    yield _file_source(path, st.st_size)
        except OSError as exc:
            yield _unreadable(str(path), exc)


def iter_sources(
    inputs: Iterable[str | os.PathLike],
    *,
    recursive: bool = True,
    stdin: BinaryIO | None = None,
    timeout: float = 30.0,
    follow_links: bool = False,
    seen: SeenInputs | None = None,
) -> Iterator[Source | Document]:
    """Sources for each input; an input that cannot be opened yields a skipped Document.

    An input met twice (named twice, or named and also inside a folder named) comes out once;
    pass one ``seen`` to several calls to keep that true across them."""
    seen = seen if seen is not None else SeenInputs()
    for arg in inputs:
        arg_s = os.fspath(arg)
        if arg_s == STDIN:
            if seen.first(seen.names, STDIN):
                yield _stdin_source(stdin)
            continue
        if _is_url(arg_s):
            if seen.first(seen.names, arg_s):
                yield _url_source(arg_s, timeout)
            continue
        path = Path(arg_s)
        try:
            if path.is_dir():  # a folder named by the user is read even when it is a link
                if seen.first(seen.folders, _identity(path.stat())):
                    yield from _walk(path, recursive, follow_links, seen)
            elif path.exists():
                st = path.stat()
                if seen.first(seen.files, _identity(st)):
                    yield _file_source(path, st.st_size)
            elif seen.first(seen.names, os.path.abspath(arg_s)):
                yield Document.skipped(
                    arg_s, "unreadable", "no such file or directory; check the path (or quote it if it has spaces)"
                )
        except OSError as exc:
            if seen.first(seen.names, os.path.abspath(arg_s)):
                yield _unreadable(arg_s, exc)


def _unreadable(name: str, exc: OSError) -> Document:
    why = exc.strerror or str(exc)
    return Document.skipped(name, "unreadable", f"cannot read: {why}; check the path and its permissions")


__all__ = ["STDIN", "SeenInputs", "Source", "iter_sources"]
