"""Movements across borders: each one placed at both ends, and flows summed by period
(``sitroom movements``, ``/api/movements``)."""

from .ends import placed
from .flows import PERIODS, crossing, flows, lines, period_of
from .read import movement_of, moving_events

__all__ = ["PERIODS", "crossing", "flows", "lines", "movement_of", "moving_events", "period_of", "placed"]
