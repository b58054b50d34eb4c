"""Stage ``language``: identify the article's language; skip those not asked for.

Uses py3langid (its model ships inside the PyPI package).  Very short texts are
too short to tell and are accepted as "und" (undetermined) rather than skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..document import Document
from ..knowledge import KnowledgeError, load_yaml
from ..pipeline import stage
from ..settings import Settings

SAMPLE_CHARS = 1500  # plenty for a confident guess on news prose; keeps the stage fast
MIN_CHARS = 60
MIN_CONFIDENCE = 0.8
CREOLE_WORDS = 2  # different words of its own that make a sample a creole's, not English prose


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from ..loads import one_off

    with one_off("language model"):  # a run's rate leaves the load out (sitroom/loads.py)
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


ENGLISH_FILE = "english.yaml"
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class EnglishTest:
    function_words: frozenset[str]
    share: float
    min_words: int
    # English-based creoles the identifier may name for short English prose, each with words of
    # its own that English prose does not use (english.yaml ``creoles``)
    creoles: dict[str, frozenset[str]]

    def creole_in_english(self, lang: str, sample: str) -> bool:
        """Whether ``lang`` is an English-based creole of whose own words the sample uses fewer
        than CREOLE_WORDS: a short English note full of Nigerian names is read as Nigerian Pidgin
        by the identifier."""
        own = self.creoles.get(lang)
        return own is not None and len(own.intersection(_WORD.findall(sample.lower()))) < CREOLE_WORDS

    def passes(self, sample: str) -> bool:
        """Whether the sample's words are plainly English prose (see english.yaml)."""
        found = _WORD.findall(sample.lower())
        if len(found) < self.min_words:
            return False
        return sum(map(self.function_words.__contains__, found)) >= self.share * len(found)


@cache
def english_test() -> EnglishTest:
    data = load_yaml(ENGLISH_FILE)
    try:
        words, share, least = data["function_words"], float(data["share"]), int(data["min_words"])
        creoles = data["creoles"]
    except (TypeError, KeyError, ValueError) as exc:
        raise KnowledgeError(f"{ENGLISH_FILE}: needs function_words (a list), share, min_words and creoles "
                             f"({exc})") from None
    if not isinstance(words, list) or not 0 < share < 1 or least < 1:
        raise KnowledgeError(f"{ENGLISH_FILE}: function_words must be a list, share in (0, 1), min_words >= 1")
    if not isinstance(creoles, dict) or not all(isinstance(v, list) and v for v in creoles.values()):
        raise KnowledgeError(f"{ENGLISH_FILE}: creoles must map a language code to a list of its own words")
    return EnglishTest(frozenset(str(w).lower() for w in words), share, least,
                       {str(k): frozenset(str(w).lower() for w in v) for k, v in creoles.items()})


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, confidence); ("und", 0.0) when the text is too short to tell.
    Plain English prose is recognised by its function words alone (confidence 1.0), which
    costs a tenth of the statistical identifier; everything else goes to the identifier."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_CHARS:
        return "und", 0.0
    if english_test().passes(sample):
        return "en", 1.0
    lang, prob = _identifier().classify(sample)
    if english_test().creole_in_english(lang, sample):
        return "en", float(prob)
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
