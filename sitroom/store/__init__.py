"""The event store: articles, events, actors, places, claims and incidents in SQLite or PostgreSQL.

This module stays light (the command line imports it at start); the work is in its modules.
"""

UNITS = ("incidents", "events")
GROUPINGS = ("day", "week", "month", "admin1", "country", "actor", "event_type", "sub_event_type")
