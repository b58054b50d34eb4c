"""Stage ``identity``: content hash and doc_id.

content_hash is the SHA-256 of the cleaned text with white space folded, so the
same article read from a page, a feed and a crawl has one hash.  doc_id is the
record's own id when the input gives one; else the file name without its
extensions for a file that holds one article; else the first 16 hex digits of
the content hash.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath

from ..document import Document
from ..pipeline import stage
from ..settings import Settings

_KNOWN_SUFFIXES = {".gz", ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}


_HASH_CHUNK = 1 << 16
_SPACE = re.compile(r"\s")  # the white space str.split() splits at


def content_hash(text: str) -> str:
    """SHA-256 of ``text`` with runs of white space as one space and none at the ends.

    A long text is folded a piece at a time (each piece cut at white space, so no word is cut
    in two): splitting a whole text into words at once costs ten times its size in memory."""
    digest = hashlib.sha256()
    wrote = False
    start, size = 0, len(text)
    while start < size:
        end = start + _HASH_CHUNK
        if end < size:
            space = _SPACE.search(text, end)
            end = space.start() if space else size
        words = text[start:end].split() if (start, end) != (0, size) else text.split()
        if words:
            if wrote:
                digest.update(b" ")
            digest.update(" ".join(words).encode("utf-8"))
            wrote = True
        start = end
    return digest.hexdigest()


def file_stem(path: str) -> str:
    name = PurePath(path).name
    while True:
        stem, dot, suffix = name.rpartition(".")
        if dot and stem and f".{suffix.lower()}" in _KNOWN_SUFFIXES:
            name = stem
        else:
            return name


@stage("identity")
def identity(doc: Document, settings: Settings) -> None:
    article, raw = doc.article, doc.raw
    assert article is not None and raw is not None
    article.content_hash = content_hash(article.text)
    if raw.meta.get("id"):
        article.doc_id = str(raw.meta["id"])
    elif raw.single and raw.source_path != "<stdin>" and "://" not in raw.source_path:
        article.doc_id = file_stem(raw.source_path)
    else:
        article.doc_id = article.content_hash[:16]
