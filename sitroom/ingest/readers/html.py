"""Saved HTML pages: one file, one article (extraction happens in the extract stage)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ...document import Document
from ...settings import Settings
from ..sources import Source
from .single import read_single


def read_html(source: Source, stream: BinaryIO, settings: Settings) -> Iterator[Document]:
    yield read_single(source, stream, settings, "html")
