"""A town struck "with a missile" or "with a mortar" is shelled from afar, as ACLED codes it. My own
sentences; the places are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text", [
    "On 3 September 2024, Russian forces struck Izmail (Izmail, Odesa) with a missile.",
    "On 3 September 2024, militants hit a police post in Bannu with a mortar, wounding two policemen.",
])
def test_a_strike_with_a_missile_or_a_mortar_is_shelling(text):
    event = top(text, "2024-12-10")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence",
                                                        "Shelling/artillery/missile attack")
