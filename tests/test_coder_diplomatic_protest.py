"""A government's protest is no demonstration: "Kabul recalled its ambassador in protest at the
air strikes" and "the Foreign Office summoned the envoy to protest against the shelling" are
diplomatic acts, not Protests by "Protesters (Pakistan)". The public's protests stay protests,
whoever employs the protesters. My own sentences; the places are real."""

import pytest

from .coder_helpers import code


def _protests(text):
    return [e for e in code(text, published="2023-03-13") if e.event_type in ("Protests", "Riots")]


@pytest.mark.parametrize("text", [
    "Kabul recalled its ambassador from Islamabad on Monday in protest at the air strikes in Paktika.",
    "The Foreign Office summoned the Afghan envoy in Islamabad on Monday to protest against the shelling.",
    "The Pakistani embassy in Kabul lodged a formal protest on Monday against the treatment of its staff.",
])
def test_a_diplomatic_protest_is_no_demonstration(text):
    assert _protests(text) == []


@pytest.mark.parametrize("text", [
    "Police officers protested outside the police headquarters in Lahore on Monday over unpaid wages.",
    "Around 80 firemen protested in Cuauhtemoc, Ciudad de Mexico, on Monday, demanding protective equipment.",
    "Members of the city council protested outside the council building in Peshawar on Monday.",
    "Hundreds of people protested outside the Afghan embassy in Islamabad on Monday against the shelling.",
])
def test_the_public_s_protests_stay_protests(text):
    assert len(_protests(text)) == 1
