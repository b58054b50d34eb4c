"""A bare town is read in the province its sentence names; ACLED's abbreviation of Azad Jammu and
Kashmir is that province. My own sentences; the places are real."""

from sitroom.api import pipe, text_document
from sitroom.pipeline import EVENT_STAGES


def first(text, published="2020-05-09"):
    docs = list(pipe([text_document(text, published=published)], stages=EVENT_STAGES, published=published))
    return [e for d in docs for e in d.events if e.event_type][0]


def test_a_bare_town_is_the_namesake_in_the_province_its_sentence_names():
    event = first("Unknown gunmen killed a district official in Ahmadabad on Monday, police in Paktia said.")
    assert (event.location.name, event.location.admin1, event.location.country) == ("Ahmadabad", "Paktia", "AFG")


def test_ajk_in_a_notes_brackets_is_azad_kashmir():
    event = first("On 1 May 2020, military forces of India and Pakistan exchanged fire across the LoC at a sector "
                  "near the border (Haveli district, AJK).")
    assert (event.location.admin1, event.location.country) == ("Azad Jammu and Kashmir", "PAK")
