"""Attribution and modality: who says an event happened, and how firmly.

A source is the phrase that a reporting verb introduces ("ISPR said", "according to
military sources", "a tribal elder ... told The Nation"). Modality is read from cues
before the trigger: a denial ("It is not true that ..."), a future or hypothetical
("would probably settle"), a negation ("did not attack"), or a claim ("claimed to have
killed").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..knowledge import KnowledgeError, load_yaml, text_list
from ..model import Attribution
from .phrases import PhraseIndex
from .tokens import Token

FILE = "codebook/attribution.yaml"
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "being", "be"})
_BOUNDARY = frozenset({",", ";", ":", ".", '"', "\u201c", "\u201d", "(", ")", "that", "while", "but", "as", "when", "after"})


@dataclass
class Cues:
    reporting: PhraseIndex
    claim: PhraseIndex
    denial: PhraseIndex
    future: PhraseIndex
    hypothetical: PhraseIndex
    negation: PhraseIndex
    anonymous: PhraseIndex


@cache
def cues() -> Cues:
    data = load_yaml(FILE)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{FILE}: must be a mapping")

    def index(key: str) -> PhraseIndex:
        return PhraseIndex.of(text_list(FILE, key, data.get(key)))

    return Cues(index("reporting"), index("claim_cues"), index("denial_cues"), index("future_cues"),
                index("hypothetical_cues"), index("negation_cues"), index("anonymous_cues"))


@dataclass
class Source:
    start: int  # token span of the source phrase
    end: int
    text: str
    cue: str
    anonymous: bool


def find_source(tokens: list[Token], text: str) -> Source | None:
    """The reporting clause of a sentence, if any."""
    c = cues()
    anonymous = bool(c.anonymous.find(tokens))
    for m in c.reporting.find(tokens):
        cue = m.payload
        if m.end < len(tokens) and tokens[m.end].low in ("to", "responsibility", "credit"):
            # "a civilian claimed to be an informer" reports nothing; who "claimed responsibility"
            # for an attack is its actor, not a source
            continue
        if m.start > 0 and tokens[m.start - 1].low in _PASSIVE_AUX and cue not in ("according to", "citing"):
            continue  # "an airstrike was reported": what is reported, not who reports
        if cue in ("according to", "citing"):
            span = _forward(tokens, m.end)
        else:
            span = _backward(tokens, m.start) or _forward(tokens, m.end)  # "officials said", "said the ISPR"
        if span is None:
            continue
        start, end = span
        return Source(start, end, text[tokens[start].start:tokens[end - 1].end], cue, anonymous)
    return None


def _backward(tokens: list[Token], start: int) -> tuple[int, int] | None:
    j = start
    while j > 0 and start - j < 10 and tokens[j - 1].low not in _BOUNDARY:
        j -= 1
    if j == start:
        return None
    # skip trailing time words: "the ISPR said Monday" is handled by stopping at the verb
    return j, start


def _forward(tokens: list[Token], end: int) -> tuple[int, int] | None:
    j = end
    while j < len(tokens) and j - end < 8 and tokens[j].low not in _BOUNDARY:
        j += 1
    if j == end:
        return None
    return end, j


def modality(tokens: list[Token], trigger_start: int, source: Source | None,
             trigger_end: int | None = None) -> tuple[str, str | None]:
    """The modality of an event whose trigger spans tokens [trigger_start, trigger_end)."""
    c = cues()
    # cues inside a long trigger count too: "troops would soon leave"
    before = tokens[max(0, trigger_start - 5):trigger_end or trigger_start]
    window = tokens[:trigger_start]
    # "It is not true that we have spared ...", "denied that ..."
    for m in c.denial.find(window):
        return "denied", m.payload
    for m in c.negation.find(before):
        if m.payload in ("no", "without") and m.end < len(before) and before[m.end].low not in ("one", "longer"):
            continue
        return "negated", m.payload
    for m in c.hypothetical.find(before):
        if before[m.start].text[:1].isupper() and m.start + len(before) > 0 and before[m.start].low == "may":
            continue  # "On 2 May" is a date, not a possibility
        return "hypothetical", m.payload
    for m in c.future.find(before):
        return "future", m.payload
    for m in c.claim.find(tokens[max(0, trigger_start - 8):trigger_start]):
        return "claimed", m.payload
    if source is not None and source.cue in ("claimed", "claims", "claiming", "alleged", "alleges", "suggested", "suggests"):
        return "claimed", source.cue
    return "asserted", None


def attribution(tokens: list[Token], trigger_start: int, source: Source | None,
                trigger_end: int | None = None) -> Attribution:
    mode, cue = modality(tokens, trigger_start, source, trigger_end)
    if source is None:
        return Attribution(modality=mode, cue=cue)
    return Attribution(modality=mode, source=source.text, cue=cue or source.cue, anonymous=source.anonymous)
