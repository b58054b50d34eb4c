"""Correcting a stored article's metadata: its publication date and outlet.

An article is stored once, by its content hash, with the date and outlet it was read with. When
a later reading gives a date or an outlet it lacked (``--published``, ``--outlet``, or a record
that has them) or one that differs, ``ingest --update-metadata`` corrects it: the article's row
takes the new values, its events are coded again with them (relative dates such as "on Sunday"
are resolved against the new date) and replace the old ones, and incidents are relinked: the old
events leave theirs (an incident left without reports goes), the new ones join or open incidents
as new reports do. All of it in one transaction, so an article is never half corrected; once
corrected, a rerun finds nothing to change and adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection

from ..coder.when import parse_iso
from ..model import Article, Event
from .driver import driven
from .locks import lock_for_writing
from .reviewed import reapply
from .schema import articles, events
from .rows import fit
from .writer import Stored, remove_events, store_events


@dataclass(frozen=True)
class StoredArticle:
    id: int
    doc_id: str
    published: date | None
    outlet: str | None


@dataclass
class Corrected:
    stored: Stored
    events_removed: int


def _row(conn: Connection, condition) -> StoredArticle | None:
    found = conn.execute(select(articles.c.id, articles.c.doc_id, articles.c.published, articles.c.outlet)
                         .where(condition)).first()
    return StoredArticle(*found) if found is not None else None


_BY_HASH = (select(articles.c.id, articles.c.doc_id, articles.c.published, articles.c.outlet)
            .where(articles.c.content_hash == bindparam("hash")))


def stored_article(conn: Connection, content_hash: str) -> StoredArticle | None:
    """The stored article with this content hash, or None (ingest asks it of every article:
    the statement is built once)."""
    found = driven(_BY_HASH).first(conn, {"hash": content_hash})
    return StoredArticle(*found) if found is not None else None


def changes(stored: StoredArticle, article: Article) -> dict:
    """The metadata ``article`` (as read now) gives that the stored one lacks or holds otherwise:
    ``published`` and ``outlet``. A value the reading lacks never erases a stored one."""
    found = {}
    published = parse_iso(article.published)
    if published is not None and published != stored.published:
        found["published"] = published
    if article.outlet and fit(articles, {"outlet": article.outlet})["outlet"] != stored.outlet:
        found["outlet"] = article.outlet
    return found


def as_stored(article: Article, stored: StoredArticle) -> None:
    """Give ``article`` the stored article's identity, and the stored values of the metadata its
    reading lacks, so that its events are coded as the corrected article's."""
    article.doc_id = stored.doc_id
    if parse_iso(article.published) is None:
        article.published = stored.published.isoformat() if stored.published else None
    if not article.outlet:
        article.outlet = stored.outlet


def correct_article(conn: Connection, known: StoredArticle, article: Article, coded: list[Event]) -> Corrected | None:
    """Give the stored article ``known`` the publication date and outlet of ``article`` and
    replace its events with ``coded`` (coded with them), relinking incidents, in the current
    transaction. None when there is nothing to change, or when another writer changed the
    article since ``known`` was read (``article`` was completed and coded from that reading, so
    it would undo the other writer's correction): a rerun reads it afresh."""
    lock_for_writing(conn)
    stored = _row(conn, articles.c.id == known.id)
    if stored != known:
        return None
    found = changes(stored, article)
    if not found:
        return None
    article_id = known.id
    conn.execute(update(articles).where(articles.c.id == article_id).values(**fit(articles, found)))
    old = list(conn.execute(select(events.c.id).where(events.c.article_id == article_id)).scalars())
    remove_events(conn, old)
    recoded = store_events(conn, article_id, article, coded)
    reapply(conn, article_id)  # analysts' decisions about its events hold for the events coded again
    return Corrected(recoded, len(old))
