"""The situation room's server: a REST API over the store and the dashboard, one module a resource.

    from sitroom.server import create_app
    app = create_app("events.db")                       # read-only
    app = create_app("events.db", write_token="s3cret")  # ingest and review need the token

``sitroom serve --db DB`` runs it on uvicorn; docs/api.md describes every endpoint.
"""

from .app import create_app

__all__ = ["create_app"]
