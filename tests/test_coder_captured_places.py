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
