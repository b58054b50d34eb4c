"""A town that GeoNames names with a kind word of its own tongue is found by the name news
writes: "Ciudad Benito Juárez" as "Benito Juarez", "Ciudad Madero" as "Madero"
(data/geo/admin_names.yaml, leading_town_kinds). My own sentences."""

from sitroom.geo.admin_names import without_leading_kind
from sitroom.geo.resolve import default_resolver

from .coder_helpers import pipeline_events


def test_the_name_after_a_towns_kind_word_is_a_name_of_the_town():
    assert without_leading_kind(["Ciudad Obregón"], town=True) == ["obregon"]
    assert without_leading_kind(["Ciudad del Este", "Ciudad de Allende"], town=True) == []
    assert without_leading_kind(["Ciudad 12"], town=True) == []
    # a division's kind words are not a town's, nor the other way round
    assert without_leading_kind(["Ciudad Madero"]) == []
    assert without_leading_kind(["Amphoe Pa Daet"], town=True) == []


def test_a_town_written_without_its_kind_word_is_found_in_the_state_written_with_it():
    found = default_resolver().resolve("Benito Juarez", ["Nuevo Leon"])
    assert (found.place.name, found.place.admin1) == ("Ciudad Benito Juárez", "Nuevo León")


def test_a_bare_name_is_the_big_town_that_goes_by_it():
    found = default_resolver().resolve("Madero", [])
    assert (found.place.name, found.place.admin1) == ("Ciudad Madero", "Tamaulipas")


def test_a_shooting_told_in_a_northern_mexican_town_is_placed_there():
    events = pipeline_events("Gunmen on a motorcycle shot dead a shopkeeper in Benito Juarez, Nuevo Leon, "
                             "on Sunday night, local police said.", "2021-03-01")
    place = events[0].location
    assert (place.admin1, place.country) == ("Nuevo Leon", "MEX")  # (written in plain letters, as ACLED does)
    assert abs(place.lat - 25.65) < 0.1 and abs(place.lon + 100.09) < 0.1
