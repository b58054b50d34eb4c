"""Deeds told by what they left or how they ended: an operation told by its dead, an incursion,
a crowd told by the aim of its gathering or only by its dispersal."""

from .coder_helpers import code, top


def test_an_operation_told_by_the_dead_it_left_is_a_clash_with_them():
    clash = top("On 4 June 2021, a joint army operation along the canal in Diyala province left five IS "
                "militants dead.", "2021-06-05")
    assert (clash.event_type, clash.sub_event_type) == ("Battles", "Armed clash")
    assert clash.fatalities == 5
    # a crash or a flood that left people dead is no operation and no attack
    assert not [e for e in code("A bus crash on the mountain road left nine people dead on Friday.", "2021-06-05")
                if e.event_type]
    assert not [e for e in code("The floods left 30 people dead across the province.", "2021-06-05")
                if e.event_type]


def test_an_incursion_is_an_attack_on_those_it_reached():
    clash = top("On 2 June 2021, government forces conducted an incursion against rebel fighters in Sirwah "
                "district.", "2021-06-05")
    assert (clash.event_type, clash.sub_event_type) == ("Battles", "Armed clash")
    attack = top("On 2 June 2021, gunmen carried out an incursion in Kitchanga and shot dead a farmer.", "2021-06-05")
    assert (attack.event_type, attack.sub_event_type) == ("Violence against civilians", "Attack")


def test_a_gathering_told_by_the_attention_it_sought_is_a_protest():
    protest = top("On 5 June 2021, street vendors gathered in the main square of Cordoba to draw attention to "
                  "their loss of income.", "2021-06-06")
    assert (protest.event_type, protest.sub_event_type) == ("Protests", "Peaceful protest")
    assert protest.actor1.name.startswith("Protesters")
    # a gathering with no aim told is no protest
    assert not [e for e in code("Relatives gathered in the hospital waiting room on Saturday.", "2021-06-06")
                if e.event_type == "Protests"]


def test_a_crowd_told_only_by_its_dispersal_is_a_demonstration_met_by_the_police():
    event = top("On 5 June 2021, dozens of youths who ignored the curfew had to be dispersed by police "
                "using tear gas in the Ferentari neighbourhood of Bucharest.", "2021-06-06")
    assert event.event_type in ("Protests", "Riots")
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces of Romania")
