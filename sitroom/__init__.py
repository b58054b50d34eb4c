"""sitroom: news about armed conflict in, a trustworthy geocoded event dataset out."""

__version__ = "0.1.0"

from .api import pipe, read_articles  # noqa: E402

__all__ = ["__version__", "pipe", "read_articles"]
