"""A battle's dead told side by side: "killing five attackers ... Three soldiers embraced martyrdom
during the exchange of fire" is 8 dead, since the figure counts the armed side it names ("Three
people are dead" still counts everyone). A group's claim told after the battle, with no place or
day of its own ("The TTP claimed that its fighters had killed 12 soldiers"), is its account of that
battle, whose toll it does not change. "Called on Kabul to stop ..." names no place. My own
sentences; the places are real."""

from .story_helpers import story

TIRAH = ("Security forces repulsed an attack on a check post in the Tirah valley of Khyber district, killing five "
         "attackers, the military said on Monday. Three soldiers embraced martyrdom during the intense exchange "
         "of fire.\n\nThe military said the attackers had come from across the border and called on Kabul to stop "
         "its soil from being used against Pakistan.\n\nThe banned Tehreek-e-Taliban Pakistan claimed on its "
         "Telegram channel that its fighters had killed 12 soldiers.")


def test_both_sides_dead_are_summed_and_the_claim_is_the_battle_s():
    events = story(TIRAH, published="2024-11-11")
    assert len(events) == 1, events
    e = events[0]
    assert (e.event_type, e.fatalities, e.location.admin1) == ("Battles", 8, "Khyber Pakhtunkhwa"), e


def test_three_people_dead_count_the_gunman_too():
    events = story("Three people are dead after an apparent murder-suicide at a bar in Hammond, Louisiana, late "
                   "Tuesday night, police said. Police say a man shot and killed his wife and another man before "
                   "turning the gun on himself.", published="2016-01-01")
    assert events[0].fatalities == 3, events[0]


def test_the_one_called_on_is_no_place():
    from sitroom.coder.places import find_places
    from sitroom.coder.tokens import tokenize
    sentence = "The military called on Kabul to stop its soil from being used against Pakistan."
    assert find_places(tokenize(sentence), sentence, set()) == []
