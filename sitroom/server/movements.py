"""Cross-border movements among the filtered events: each one placed at both ends, or summed
into flows by period (``by``) and by the countries left and reached (``from``, ``to``)."""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Depends, Query, Request

from ..filter_values import country_code
from ..movements import drawable, flows, movements_between
from ..store.queries import Filters
from .errors import COMMON
from .params import answer, every, filters

router = APIRouter(prefix="/api", tags=["movements"], responses=COMMON)
MOST = 5000  # movements read


def _country(value: Optional[str], parameter: str) -> Optional[str]:
    return country_code(value, parameter) if value else None


@router.get("/movements", summary="Movements across borders, with both ends placed, or summed into flows")
def movements(
    request: Request,
    f: Filters = Depends(filters),
    origin: Optional[str] = Query(None, alias="from", description="Only movements from this country (ISO3 or name)."),
    destination: Optional[str] = Query(None, alias="to", description="Only movements to this country (ISO3 or name)."),
    by: Optional[Literal["day", "week", "month"]] = Query(None, description="Sum them into flows by this period."),
):
    leaving, reaching = _country(origin, "from"), _country(destination, "to")
    found = movements_between(request.app.state.store, every(f), leaving, reaching, most=MOST)
    if by is not None:
        return answer({"items": flows(found, by)})
    return answer({"items": [m for m in found if drawable(m)]})  # the map draws a line between the ends
