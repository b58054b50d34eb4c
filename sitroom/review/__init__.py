"""Analysts' review of a store: decisions about events and incidents, kept as records of their own."""

from .actions import ReviewError, Reviewer

__all__ = ["ReviewError", "Reviewer"]
