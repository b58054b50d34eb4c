"""sitroom: news about armed conflict in, a trustworthy geocoded event dataset out.

    import sitroom
    sitroom.pipe(inputs)                  # documents through the pipeline (sitroom.api)
    store = sitroom.open_store("events.db")  # read, code, store and query (sitroom.store.api)
    store.ingest(inputs)
    sitroom.read_events("events.db")      # a pandas DataFrame (sitroom.store.export)
    sitroom.export("events.db", "out.csv", format="acled-csv")
"""

__version__ = "0.1.0"

from .api import pipe, read_articles  # noqa: E402

_LAZY = {  # the store's entry points load SQLAlchemy and pandas only when first used
    "open_store": "sitroom.store.api",
    "Store": "sitroom.store.api",
    "export": "sitroom.store.export",
    "read_events": "sitroom.store.export",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'sitroom' has no attribute {name!r}")


__all__ = ["Store", "__version__", "export", "open_store", "pipe", "read_articles", "read_events"]
