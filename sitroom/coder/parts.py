"""A part of a group told inside the group's own phrase: "Nine Maoists, including three women,
were killed", "Ten people, including two women and a minor, were injured", "84 people, 11 of
them children, were wounded". The group, told
first, is who was hurt and how many; the part is among them."""

from __future__ import annotations

PART_CUES = frozenset({"including", "incl"})  # ("among" tells the group after it: "a man among five people shot")
PART_REACH = 8  # words of a part of a group set off by commas: ", including two women and a minor,"
_ENDS = (",", ".", ";", ":")
# words that open a clause of their own: "raided villages including Kadu where villagers were killed"
_CLAUSE_WORDS = frozenset({"where", "who", "whom", "which", "that", "when", "while", "were", "was", "are", "is"})


def in_part(lows: list[str], start: int) -> bool:
    """Whether the words starting at ``start`` name a part of a group told before them
    ("including three women"), within PART_REACH words of the cue."""
    for k in range(start - 1, max(-1, start - 1 - PART_REACH), -1):
        if lows[k] in PART_CUES:
            return True
        if lows[k] in _ENDS or lows[k] in _CLAUSE_WORDS:
            return False
    return False


def past_part(lows: list[str], k: int) -> int:
    """The word after a part set off by commas that starts at ``k`` (", including three women,
    were": the word "were"); ``k`` itself when none starts there."""
    if k + 1 >= len(lows) or lows[k] != "," or lows[k + 1] not in PART_CUES:
        return k
    close = next((j for j in range(k + 2, min(len(lows), k + 3 + PART_REACH)) if lows[j] in _ENDS), None)
    return close + 1 if close is not None and lows[close] == "," else k


def before_part(lows: list[str], k: int) -> int:
    """Where a part set off by commas that ends right before word ``k`` begins (", including two
    women and a minor, were": the comma before "including"); ``k`` itself when there is none."""
    if k < 2 or lows[k - 1] != ",":
        return k
    for j in range(k - 2, max(0, k - 2 - PART_REACH), -1):
        if lows[j] in PART_CUES:
            return j - 1 if lows[j - 1] == "," else k
        if lows[j] in OF_THEM and j >= 3 and lows[j - 1] == "of" and lows[j - 3] == ",":
            return j - 3  # "Eighty-four people, 11 of them children, were": the comma before "11"
        if lows[j] in _ENDS:
            return k
    return k


OF_THEM = frozenset({"them", "whom"})  # after "of", a part of the group told before: "11 of them children"
