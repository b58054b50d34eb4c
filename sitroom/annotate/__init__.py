"""Annotate: sentences and, later, mentions of actors, places, dates and numbers."""
