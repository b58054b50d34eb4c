"""A charge and its denial in one sentence are two deeds of speech, each with its speaker: in
"Afghanistan's defence ministry accused Pakistani forces of firing rockets into Kunar, killing two
children, a charge Islamabad denied", Kabul accuses Pakistan's forces, Islamabad denies, and the
denial answers the one who made the charge. The rocket fire itself is told as Kabul's claim. My
own sentences; the places are real."""

from .story_helpers import story

TEXT = ("Afghanistan's defence ministry on Sunday accused Pakistani forces of firing rockets into Kunar province, "
        "killing two children, a charge Islamabad denied.")


def _verbal(events):
    return {e.plover.type: (e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in events if e.event_type is None and e.plover is not None}


def test_the_charge_and_the_denial_each_have_their_speaker():
    said = _verbal(story(TEXT, published="2024-11-11"))
    assert said["ACCUSE"][0].endswith("of Afghanistan") and said["ACCUSE"][1].endswith("of Pakistan"), said
    assert said["REJECT"] == ("Government of Pakistan", said["ACCUSE"][0]), said


def test_the_fire_charged_is_the_accuser_s_claim():
    fire = [e for e in story(TEXT, published="2024-11-11") if e.event_type == "Explosions/Remote violence"]
    assert len(fire) == 1 and fire[0].attribution.modality == "claimed" and fire[0].location.admin1 == "Kunar", fire
