"""Initials of Indian and Pakistani states written around a district ("Ballia district (UP)",
"(Warangal, TS)") name that state, in a story of that country or of none; the same initials
stay another country's postal code in its own stories. My own sentences; the places are real."""

import pytest

from sitroom.geo.abbreviations import state_initials
from sitroom.knowledge import KnowledgeError

from .coder_helpers import pipeline_events


def _first(text, published="2021-05-03"):
    return pipeline_events(text, published)[0]


def test_the_table_serves_several_countries():
    assert state_initials()["UP"] == (("Uttar Pradesh", "IND"),)
    assert ("Khyber Pakhtunkhwa", "PAK") in state_initials()["KP"]


@pytest.mark.parametrize("text, admin1", [
    ("On 30 April 2021, two groups clashed over a land dispute in Sonbarsa village of Hamirpur district (UP). "
     "One man was killed.", "Uttar Pradesh"),
    ("On 30 April 2021, two groups clashed over a land dispute in Sonbarsa village of Hamirpur district (HP). "
     "One man was killed.", "Himachal Pradesh"),
    ("On 2 May 2021, workers held a protest in Gadwara village (Bilaspur, HP) to demand their wages.",
     "Himachal Pradesh"),
    ("On 2 May 2021, workers held a protest in Gadwara village (Bilaspur, CG) to demand their wages.",
     "Chhattisgarh"),
])
def test_initials_around_a_district_name_its_state(text, admin1):
    event = _first(text)
    assert (event.location.country, event.location.admin1) == ("IND", admin1)


def test_a_postal_code_of_the_story_s_country_keeps_its_meaning():
    event = _first("MEMPHIS, TN - A man was shot dead outside a store in Memphis, TN, on Sunday night, police said.",
                   "2021-05-03")
    assert (event.location.country, event.location.admin1) == ("USA", "Tennessee")


def test_badly_written_initials_are_refused(monkeypatch, tmp_path):
    import sitroom.geo.abbreviations as abbreviations

    monkeypatch.setattr(abbreviations, "load_yaml", lambda name: {"IND": {"Up": "Uttar Pradesh"}})
    abbreviations.state_initials.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="two to four capitals"):
            abbreviations.state_initials()
    finally:
        abbreviations.state_initials.cache_clear()
