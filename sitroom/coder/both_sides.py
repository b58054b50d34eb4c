"""A fight's toll told side by side: "three soldiers were martyred and two terrorists were killed".

Each death verb of a sentence counts its own figure, and a finding keeps its figures under one
victim key, so two figures of one sentence are read as two tellings of one toll and the lower
wins. Where the two figures name the two sides of a fight (a state's forces, and an armed group
that is not the state's), they are different dead, and ACLED counts both sides' dead in the
event's fatalities: the sentence's toll is their sum.
"""

from __future__ import annotations

from .actors import Mention
from .codebook import PRO_GOVERNMENT
from .quantities import Quantity

STATE, REBEL = "state", "armed group"
_NON_STATE_ARMED = frozenset({2, 3, 4})  # ACLED actor types: rebels, political and identity militias
_REACH = 2  # words between a figure and its noun ("three Pakistani soldiers", "two suspected militants")


def side_of(m: Mention) -> str | None:
    """Which side of a fight the mention names, if it names an armed one; a militia that fights
    beside the state's forces (groups.yaml ``sides_with``: "12 VDP fighters" against JNIM) is on
    their side."""
    if m.is_source or m.place_like or m.vague:
        return None
    if m.actor_type == 1 or (m.kind == "state" and m.armed) or (m.armed and m.role == PRO_GOVERNMENT):
        return STATE
    if m.armed and m.actor_type in _NON_STATE_ARMED:
        return REBEL
    return None


def _counted_side(chain: list[Quantity], mentions: list[Mention]) -> str | None:
    """The side of the armed actor a figure counts: the mention just after its last number."""
    last = chain[-1]
    if last.start == last.end:  # a death told without a figure
        return None
    for m in mentions:
        if last.end <= m.start <= last.end + _REACH:
            return side_of(m)
    return None


def both_sides_toll(deaths: list[tuple[list[Quantity], int]], mentions: list[Mention],
                    large_scale: bool) -> tuple[int, list[int]] | None:
    """The sum of the figures of ``deaths`` (quantities.death_figures) when they count the dead
    of both sides, each side with a death verb of its own, and the indices in ``deaths`` of the
    figures summed; None when they do not count both sides."""
    by_side: dict[str, int] = {}
    counted: list[int] = []
    for k, (chain, _) in enumerate(deaths):
        side = _counted_side(chain, mentions)
        if side is None:
            continue
        counted.append(k)
        figure = sum(c.value(large_scale) for c in chain)
        # one side told twice in the sentence is one toll told twice: the lower is its part here
        by_side[side] = min(figure, by_side.get(side, figure))
    if len(by_side) < 2:
        return None
    return sum(by_side.values()), counted
