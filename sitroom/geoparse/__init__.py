"""Geoparsing: every place mention of an article, resolved with the gazetteer.

An application over two rooms below it: the coder's place finding (``sitroom.coder.places``)
and the gazetteer and its resolution (``sitroom.geo``). Neither of them imports this package.
"""

from .parse import detect, geoparse, story_region

__all__ = ["detect", "geoparse", "story_region"]
