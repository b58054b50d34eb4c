"""People listed by name as the subject of a plural death ("Ana Ruiz, 39, and Tom Hill, 41, were
shot and killed"): as many dead as names, when the sentence gives no figure."""

from __future__ import annotations

from . import quantities as _q

_PLURAL_PASSIVES = (("were",), ("were", "found"), ("have", "been"), ("had", "been"))


def listed_before(tokens, lows: list[str], k: int, lex) -> int:
    """How many people the sentence names one by one from its start up to the plural auxiliary
    that ends at token ``k`` (before the death word): 0 unless the list fills all of it."""
    aux = next((k - len(p) for p in _PLURAL_PASSIVES if k >= len(p) and tuple(lows[k - len(p):k]) == p), None)
    if aux is None:
        return 0
    i, people = 0, 0
    while i < aux and people < _q.NAMED_LIST_LONGEST:
        age = _q._age_end(lows, i, lex)
        i = age if age is not None else i
        nxt = _q._person_end(tokens, lows, i, lex)
        if nxt is None:
            return 0
        people, i = people + 1, nxt
        if i + 2 < aux and lows[i] == "," and lows[i + 1][:1].isdigit() and lows[i + 2] == ",":
            i += 3  # "Ana Ruiz, 39, and ...": the age's commas
        if i < aux and lows[i] == ",":
            i += 1
        if i < aux and lows[i] == "and":
            i += 1
    return people if i == aux and people >= 2 else 0
