"""The event coder: who did what to whom, where, when, how many.

Rules, codebooks and word lists live in ``sitroom/data/codebook``; this package reads
them and applies them sentence by sentence (``sentence_coder``), then joins the
sentences' findings into the article's events (``document_coder``).
"""
