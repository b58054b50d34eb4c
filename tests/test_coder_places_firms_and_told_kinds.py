"""A capitalised name followed by a firm's word in lower case ("San Fernando company") names a
firm, not a place; "in the district, Paktia" names the province around a district told before.
My own sentences; the places are real."""

from sitroom.api import pipe, text_document
from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize
from sitroom.pipeline import EVENT_STAGES


def _names(sentence):
    return [p.name for p in find_places(tokenize(sentence), sentence, set())]


def test_a_name_before_a_firm_s_word_is_no_place():
    sentence = "On 5 May 2021, in Luque (Central), bus drivers protested at the offices of San Fernando company."
    assert _names(sentence) == ["Luque"]
    docs = list(pipe([text_document(sentence, published="2021-05-06")], stages=EVENT_STAGES, published="2021-05-06"))
    event = [e for d in docs for e in d.events if e.event_type][0]
    assert (event.location.name, event.location.country) == ("Luque", "PRY")


def test_a_firm_s_word_in_capitals_or_a_place_without_one_is_unchanged():
    assert "Karachi" in _names("Workers protested in Karachi on Monday.")
    assert "San Fernando" in _names("Workers protested in San Fernando on Monday.")


def test_the_province_after_a_district_told_before():
    assert _names("Two guards were wounded by gunmen in the district, Paktia.") == ["Paktia"]
    assert _names("Two guards were wounded by gunmen in the district on Monday.") == []
