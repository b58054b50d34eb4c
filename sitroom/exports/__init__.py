"""Writing events: sitroom's own JSONL, ACLED CSV, PLOVER JSONL, GeoJSON and Parquet.

Every writer takes ``add(event, provenance)`` one record at a time and ``close()`` at the
end, and counts what it wrote in ``written``.
"""

from __future__ import annotations

FORMATS = ("jsonl", "acled-csv", "plover-jsonl", "geojson", "parquet")
TEXT_FORMATS = ("jsonl", "acled-csv", "plover-jsonl", "geojson")
# the format an output's name implies when --format is not given (the first suffix that ends it)
SUFFIXES = {".plover.jsonl": "plover-jsonl", ".jsonl": "jsonl", ".csv": "acled-csv",
            ".geojson": "geojson", ".parquet": "parquet"}


def format_from_name(output: str) -> str | None:
    """The export format that the file name ``output`` implies (``pak.csv``: acled-csv), or None."""
    lowered = output.lower()
    for suffix, format in SUFFIXES.items():
        if lowered.endswith(suffix):
            return format
    return None


def open_writer(format: str, stream=None, path: str | None = None, include_incomplete: bool = False):
    """A writer for ``format``: text formats write to ``stream``, Parquet to the file ``path``.
    ``include_incomplete``: ACLED CSV also writes the rows ACLED's users would reject."""
    if format == "jsonl":
        from .jsonl import JsonlWriter
        return JsonlWriter(stream)
    if format == "acled-csv":
        from .acled_csv import AcledCsvWriter
        return AcledCsvWriter(stream, include_incomplete=include_incomplete)
    if format == "plover-jsonl":
        from .plover_jsonl import PloverJsonlWriter
        return PloverJsonlWriter(stream)
    if format == "geojson":
        from .geojson import GeoJsonWriter
        return GeoJsonWriter(stream)
    if format == "parquet":
        from .parquet import ParquetWriter
        return ParquetWriter(path)
    raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")


def add_coded(writer, docs, modality: str | None = None) -> int:
    """Add the events of coded documents ``docs`` to ``writer``, each with its article's provenance
    and only those ``modality`` allows (``model.modality_allows``; None: the reported ones), as
    ``extract`` writes them; the documents whose events were added."""
    from ..model import modality_allows
    from .provenance import Provenance

    articles = 0
    for doc in docs:
        if not doc.ok or doc.article is None:
            continue
        articles += 1
        provenance = Provenance.of_article(doc.article)
        for event in doc.events:
            if modality_allows(modality, event.attribution.modality):
                writer.add(event, provenance)
    return articles
