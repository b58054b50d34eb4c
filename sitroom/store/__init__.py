"""The event store: articles, events, actors, places, claims and incidents in SQLite or PostgreSQL."""
