"""A protest whose next sentence tells the crowd arrested by a pronoun, by a count or as "arrests
were made", or the force stepping in, is one Protest with intervention, not a protest and an
arrest. My own sentences; the places are real."""

import pytest

from .coder_helpers import pipeline_events

PUB = "2021-06-04"


@pytest.mark.parametrize("text", [
    "On 3 June 2021, dozens of drivers staged a protest in Cochabamba against fuel prices. "
    "Police officers arrested them for breaking the lockdown.",
    "On 3 June 2021, surfers held a demonstration at a beach in Durban to demand the reopening of the sea. "
    "Several arrests were made.",
    "On 3 June 2021, workers protested in Mandalay over unpaid wages. They were arrested for gathering in a group.",
    "On 3 June 2021, farmers protested in Nashik over onion prices. Police reached the spot and controlled "
    "the situation.",
    "On 3 June 2021, residents blocked the main road in Tyre to protest power cuts. Soldiers tried to reopen "
    "the road.",
    "On 3 June 2021, traders protested in Kano over new taxes. Police detained 4 protesters.",
])
def test_one_protest_with_intervention(text):
    kinds = [(e.event_type, e.sub_event_type) for e in pipeline_events(text, PUB)]
    assert kinds[0] == ("Protests", "Protest with intervention")
    assert ("Strategic developments", "Arrests") not in kinds

