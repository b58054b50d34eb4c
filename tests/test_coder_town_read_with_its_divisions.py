"""A town written with the divisions around it tells the story's country as read with them, not
by its own name alone: "El Callao, Bolivar state" is in Venezuela, though "El Callao" alone is a
region of Peru. My own sentences; the places are real."""

from .story_helpers import lead


def _lead(text, published="2020-05-10"):
    return lead(text, published=published)


def test_a_town_read_with_its_state_gives_the_story_its_country():
    event = _lead("On 8 May 2020, in El Callao, Bolivar state, unidentified gunmen killed a gold miner.")
    assert (event.location.name, event.location.country) == ("El Callao", "VEN")
    assert event.actor2 is not None and event.actor2.name == "Civilians (Venezuela)"
    event = _lead("On 1 May 2020, in Trujillo, La Libertad, nurses protested outside a hospital for better pay.")
    assert (event.location.name, event.location.country) == ("Trujillo", "PER")
    assert event.actor1 is not None and event.actor1.name == "Protesters (Peru)"


def test_a_context_that_names_a_country_keeps_it():
    # "Bogota" tells Colombia by itself: a bigger San Cristobal in Venezuela does not take the story
    event = _lead("On 28 April 2020, in San Cristobal, Bogota, about 30 residents threw stones at police "
                  "demanding food aid.")
    assert event.actor1 is not None and event.actor1.country == "COL"
