"""A whole story coded with the embedded gazetteer: the lead event, as a user's first row."""

from functools import cache

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article
from sitroom.geo.gazetteer import load_gazetteer
from sitroom.geo.resolve import Resolver


@cache
def resolver():
    return Resolver(load_gazetteer(progress=False))


def lead(text, dateline=None, title=None, published="2015-03-02", url=None):
    kwargs = {"url": url} if url is not None else {}  # (the page's address, when a test gives one)
    events = code_article(text, split_sentences(text), "t", published, dateline, resolver=resolver(),
                          title=title, **kwargs)
    assert events, f"no event coded from {text!r}"
    return min(events, key=lambda e: e.rank)


def story(text, published="2015-03-02", dateline=None):
    """Every event of a story, in rank order (the lead first)."""
    events = code_article(text, split_sentences(text), "t", published, dateline, resolver=resolver())
    return sorted(events, key=lambda e: e.rank)
