"""A group's acronym mistyped in an article that names the group.

"The Tehreek-e-Taliban Pakistan (TTP) ... forced the TPP insurgents to announce a ceasefire":
the unknown capitals before an armed noun are one letter from the acronym of a group the
article names, so they name that group. Only an unknown word of three or more capitals
right before an armed noun ("militants", "insurgents", "fighters") is read this way, and
only when exactly one group named in the article is one substitution or one swap of two
neighbouring letters away.
"""

from __future__ import annotations

from .codebook import Codebook, Lex
from .sentence_coder import SentenceInfo


def respell_acronyms(codebook: Codebook, infos: list[SentenceInfo]) -> None:
    named = {m.name for info in infos for m in info.mentions if m.kind == "group"}
    candidates = [(a, lex) for a, lex in codebook.group_acronyms.items() if lex.name in named]
    if not candidates:
        return
    for info in infos:
        for m in info.mentions:
            if m.kind != "generic" or not m.armed or m.start == 0:
                continue
            word = info.tokens[m.start - 1]
            if len(word.text) < 3 or not (word.text.isalpha() and word.text.isupper()) \
                    or any(o.start <= m.start - 1 < o.end for o in info.mentions):
                continue
            hits = {lex.name: lex for a, lex in candidates if one_edit_apart(word.text, a)}
            if len(hits) == 1:
                _as_group(info, m, next(iter(hits.values())), word.text)


def one_edit_apart(a: str, b: str) -> bool:
    """Same length, and one letter changed or two neighbouring letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _as_group(info: SentenceInfo, m, lex: Lex, written: str) -> None:
    m.start -= 1
    m.text = info.text[info.tokens[m.start].start:info.tokens[m.end - 1].end]
    m.kind, m.name, m.country = "group", lex.name, lex.country
    m.actor_type, m.sector, m.armed, m.role = lex.actor_type, lex.sector, lex.armed, lex.role
    m.nationality = None
    m.extras["respelled"] = written
