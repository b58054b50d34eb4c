"""Stage ``identity``: content hash and doc_id.

content_hash is the SHA-256 of the cleaned text with white space folded, so the
same article read from a page, a feed and a crawl has one hash.  doc_id is the
record's own id when the input gives one; else the file name without its
extensions for a file that holds one article; else the first 16 hex digits of
the content hash.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from ..document import Document
from ..pipeline import stage
from ..settings import Settings

_KNOWN_SUFFIXES = {".gz", ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}


def content_hash(text: str) -> str:
    folded = " ".join(text.split())  # runs of white space as one space, none at the ends
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


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
