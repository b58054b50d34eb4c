"""Movements across borders: each one placed at both ends, and flows summed by period
(``sitroom movements``, ``/api/movements``)."""

from .ends import placed
from .flows import PERIODS, crossing, drawable, flows, lines, period_of
from .read import movement_of, movements_between, moving_events

__all__ = ["PERIODS", "crossing", "drawable", "flows", "lines", "movement_of", "movements_between", "moving_events",
           "period_of", "placed"]
