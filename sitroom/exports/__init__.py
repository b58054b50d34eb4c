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
