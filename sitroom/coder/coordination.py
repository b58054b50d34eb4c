"""A deed told as the second of two coordinated predicates ("gunmen approached a patrol and
started shooting", "police chased the suspects and arrested them"): its agent is the subject of
the first predicate, not that predicate's object, which stands nearer the trigger."""

from __future__ import annotations

from typing import Protocol, Sequence

# words that may stand between the first predicate's object and the second's trigger
_LINKS = frozenset({"and", "then", "later", "also", "subsequently", "started", "began", "proceeded", "to",
                    "reportedly", "allegedly", "immediately"})
# words that end a clause or join two subjects: between them, the two actors are not subject and object
_BOUNDARIES = frozenset({".", ";", ":", ",", "(", ")", "who", "which", "that", "when", "after", "before", "while", "as",
                         "because", "and", "or", "but", "by", "'s", "said", "says", "told"})
_OF_PHRASE = frozenset({"of", "from", "belonging"})  # words after a noun that go on naming it
_LONGEST = 6  # words of the first predicate between its subject and its object
_OBJECT_TAIL = 4  # words of the object's phrase after the actor named in it ("police patrol in Sonsonate")


class Span(Protocol):
    start: int
    end: int


def coordinated_agent(lows: Sequence[str], left: Sequence[Span], t0: int) -> tuple[int, int] | None:
    """The indexes in ``left`` (the actors named before the trigger at token ``t0``, in order) of
    the subject and the object of the predicate coordinated before it, when the trigger follows
    "and" as a second predicate; None otherwise."""
    last = len(left) - 1
    # an actor named inside the object's phrase ("four suspected terrorists of the banned TTP")
    # belongs to that object
    while last >= 2 and left[last - 1].end < left[last].start \
            and lows[left[last - 1].end] in _OF_PHRASE and left[last].start - left[last - 1].end <= _OBJECT_TAIL:
        last -= 1
    if last < 1:
        return None
    obj, subject = left[last], left[last - 1]
    gap = _unbracketed(lows[left[-1].end:t0])  # (from the end of the object's whole phrase)
    if "and" not in gap:
        return None
    k = gap.index("and")
    # the object's own words may run on ("a police patrol and"), the second predicate's are few
    if k > _OBJECT_TAIL or not _BOUNDARIES.isdisjoint(gap[:k]) or not _LINKS.issuperset(gap[k:]):
        return None
    verb = lows[subject.end:obj.start]
    if not verb or len(verb) > _LONGEST or not _BOUNDARIES.isdisjoint(verb):
        return None
    return last - 1, last


def _unbracketed(words: Sequence[str]) -> list[str]:
    """``words`` without what stands in brackets: "in Malam Fatori (Abadam, Borno) and" is the
    object's place and its districts, no clause of its own."""
    out: list[str] = []
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(w)
    return out if depth == 0 else list(words)
