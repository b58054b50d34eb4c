"""Stage ``language``: identify the article's language; skip those not asked for.

Uses py3langid (its model ships inside the PyPI package).  Very short texts are
too short to tell and are accepted as "und" (undetermined) rather than skipped.
"""

from __future__ import annotations

from functools import cache

from ..document import Document
from ..pipeline import stage
from ..settings import Settings

SAMPLE_CHARS = 1500  # plenty for a confident guess on news prose; keeps the stage fast
MIN_CHARS = 60
MIN_CONFIDENCE = 0.8


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence); ("und", 0.0) when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_CHARS:
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    return lang, float(prob)


@stage("language")
def language(doc: Document, settings: Settings) -> None:
    article = doc.article
    assert article is not None
    lang, prob = detect_language(article.text)
    if lang == "und" or prob < MIN_CONFIDENCE:
        article.language = lang if prob >= 0.5 else "und"
        return
    article.language = lang
    if settings.languages and lang not in settings.languages:
        wanted = ", ".join(settings.languages)
        doc.mark_skipped(
            "language",
            f"language is {lang!r} (confidence {prob:.2f}), not one of: {wanted}. "
            "sitroom codes English; translate the article first, or pass --language to accept it",
        )
