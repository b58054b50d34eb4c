"""Stretches written in capitals (television captions, shouted updates) are read in lower case:
their words are no names or acronyms. My own sentences."""

from sitroom.coder.codebook import load_codebook
from sitroom.coder.shouting import read_case, shouted_spans

from .coder_helpers import pipeline_events


def test_a_shouted_sentence_is_read_in_lower_case_with_its_letters_in_place():
    text = "POLICE SAY THE CAR WAS FOUND BURNED OUT IN A FIELD."
    read = read_case(text)
    assert read == "Police say the car was found burned out in a field."
    assert len(read) == len(text)


def test_only_the_shouted_stretch_changes():
    text = "UPDATE: OFFICERS TRIED TO ARREST HIM AT HOME - Carla Mendes"
    assert read_case(text) == "Update: officers tried to arrest him at home - Carla Mendes"
    # a stretch inside a sentence keeps no capital of its own
    assert read_case("Viewers wrote in: THE ROAD IS STILL CLOSED TO TRAFFIC") \
        == "Viewers wrote in: the road is still closed to traffic"


def test_datelines_labels_and_lists_of_acronyms_are_not_shouting():
    for text in [
        "KERRVILLE COUNTY (KXAN) - A deputy shot a man who fired at him.",
        "MARLOW, KAN. (KSNT) - A man was shot on Friday.",
        "BREAKING NEWS: Two men were shot in Tulsa.",
        "Fighters of the TTP, BLA, BLF AND BRA were named in the report.",
        "On 5 May 2021, JNIM, ISGS, IS AND AQIM fighters clashed near Menaka.",
    ]:
        assert shouted_spans(text, load_codebook().index) == [], text
        assert read_case(text, load_codebook().index) == text


def test_countries_peoples_and_capitals_keep_their_capitals():
    text = "PAKISTANI TROOPS KILLED 12 MILITANTS NEAR THE AFGHAN BORDER, OFFICIALS IN KABUL SAID."
    assert read_case(text, load_codebook().index) \
        == "Pakistani troops killed 12 militants near the Afghan border, officials in Kabul said."
    # short ones are words here: "CAR" is no Central African Republic, "US" no United States
    text = "POLICE TOLD US THE CAR WAS STOLEN FROM A DRIVEWAY."
    assert read_case(text, load_codebook().index) == "Police told us the car was stolen from a driveway."


def test_letters_that_lower_to_two_characters_stay_as_written():
    text = "İZMIR POLICE SAY THE MAN WAS ARRESTED AT HOME."
    read = read_case(text, load_codebook().index)
    assert len(read) == len(text) and read.startswith("İzmir")


def test_a_shouted_caption_gives_no_acronym_actors():
    text = ("HOLLIS POLICE SAY A MAN WAS SHOT AND KILLED OUTSIDE A CAR WASH ON SATURDAY NIGHT. "
            "THE SHOOTING IS UNDER INVESTIGATION.")
    events = pipeline_events(text, "2021-06-13")
    assert events
    names = {a.name for e in events for a in (e.actor1, e.actor2) if a is not None}
    assert not any("Islamic State" in n or "Central African" in n for n in names), names
    assert events[0].event_type == "Violence against civilians" and events[0].fatalities == 1
    assert events[0].evidence[0].start == 0
