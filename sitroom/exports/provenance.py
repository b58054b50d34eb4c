"""Where an exported event came from: its ids, and the articles that reported it.

The store gives one ``Provenance`` per stored event or incident; ``extract``, which has no
store, gives one per coded event with ``Provenance.of_article``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Provenance:
    """The ids and sources of one exported record."""

    id: int | None  # events.id or incidents.id in a store; None for events coded without one
    incident_id: int | None
    reports: int
    outlets: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    published: str | None = None  # of the first report
    fatalities_basis: str | None = None
    article_id: int | None = None  # the stored article an event was coded from (events only)

    @property
    def source(self) -> str:
        return "; ".join(self.outlets)

    @classmethod
    def of_article(cls, article) -> "Provenance":
        """The provenance of an event coded from ``article`` outside a store."""
        return cls(id=None, incident_id=None, reports=1, outlets=[article.outlet] if article.outlet else [],
                   urls=[article.url] if article.url else [], published=article.published)
