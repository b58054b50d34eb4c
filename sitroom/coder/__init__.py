"""The event coder: who did what to whom, where, when, how many.

Rules, codebooks and word lists live in ``sitroom/data/codebook``; this package reads
them and applies them sentence by sentence (``sentence_coder``), then joins the
sentences' findings into the article's events (``document_coder``).

Installing sitroom compiles these modules to C with mypyc where it can (``setup.py``);
``RUNNING`` says whether this process runs that compiled copy or the sources, and why
(``sitroom/compiled.py``).
"""

from pathlib import Path

from ..compiled import choose_copy

RUNNING = choose_copy(__name__, Path(__file__).parent)
