"""Where people who are sent back come from: the country their earlier movement in the story
reached ("46 Afghan soldiers crossed into Pakistan ... the soldiers would be returned to Kabul":
the return goes from Pakistan to Afghanistan, 46 of them)."""

from __future__ import annotations

from ..model import Event


def _start(e: Event) -> int:
    return e.evidence[0].start if e.evidence else 0


def place_returns(events: list[Event]) -> None:
    """Give each return whose origin is unknown (or the country it goes to) the destination of
    the latest earlier movement of the same movers that reached another country; and a return
    that tells no count, that movement's count (when it reached the country the return leaves)."""
    moves = sorted((e for e in events if e.movement is not None and e.actor1 is not None), key=_start)
    for i, ret in enumerate(moves):
        m = ret.movement
        if m is None or m.kind != "return":
            continue
        unplaced = not m.origin.country or m.origin.country == m.destination.country
        if not unplaced and m.count is not None:
            continue
        assert ret.actor1 is not None
        for earlier in reversed(moves[:i]):
            before = earlier.movement
            if before is None or before.kind == "return" or earlier.actor1 is None \
                    or earlier.actor1.name != ret.actor1.name:
                continue
            reached = before.destination.country
            if not reached or reached == m.destination.country or (not unplaced and reached != m.origin.country):
                continue
            m.origin.country = reached
            if m.destination.country is None:
                m.destination.country = before.origin.country
            if m.count is None and before.count is not None:
                m.count = ret.count = before.count
            break
