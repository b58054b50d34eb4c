"""A place taken is the object of the verb even when written after its kind and "of" ("captured the
border town of Spin Boldak"). My own sentences."""

from .coder_helpers import top


def test_a_town_taken_after_its_kind_word_is_territory_overtaken():
    for sentence, place in [
        ("The Taliban captured the border town of Spin Boldak on Wednesday.", "Spin Boldak"),
        ("Insurgents seized the remote mountain district of Dand late on Tuesday.", "Dand"),
    ]:
        event = top(sentence, "2021-07-14")
        assert (event.event_type, event.sub_event_type) == ("Battles", "Non-state actor overtakes territory"), \
            sentence
        assert event.location.name == place


def test_a_capital_word_before_of_names_no_place_taken():
    # "seized the Bank of Kabul's vault": an organisation's name, not a town taken
    event = top("Gunmen seized the Bank of Kabul guards' weapons on Tuesday.", "2021-07-14")
    assert event is None or event.sub_event_type != "Non-state actor overtakes territory"


def test_posts_overrun_across_the_border_are_on_its_other_side():
    from .coder_helpers import pipeline_events

    events = pipeline_events("CHITRAL: Forty-six Afghan soldiers crossed into Pakistan's Chitral district late on "
                             "Sunday and sought refuge after Taliban fighters overran their posts across the "
                             "border, the military said.", "2021-07-14")
    taken = next(e for e in events if e.sub_event_type == "Non-state actor overtakes territory")
    assert taken.location.country == "AFG" and taken.location.lat is not None
    # "across the border from Chitral" already names its side; "into Kunar" is a movement's end
    events = pipeline_events("Taliban fighters overran Afghan army posts across the border from Chitral on "
                             "Sunday.", "2021-07-14")
    assert events[0].location.country == "AFG"
