"""A foreign correspondent's dateline ("KYIV, Ukraine -") is where the story was filed, not a
hint to its namesakes: "Dnipro" is still the city, not the raion of Kyiv's province. My own
sentences."""

from .coder_helpers import pipeline_events


PLACED = [
    # a city named under a correspondent's dateline is the city, not a raion near the dateline
    ("KYIV, Ukraine — Russian missiles struck an apartment block in Dnipro on Saturday, killing 20 people.",
     "Dnipro", "Dnipropetrovsk"),
    ("KYIV, Ukraine (AP) — Russian missiles struck an apartment block in the city of Dnipro on Saturday, "
     "killing 20 people.", "Dnipro", "Dnipropetrovsk"),
    # people from a province killed in a town were killed in the town
    ("QUETTA: Unidentified gunmen shot dead two laborers from Punjab in Turbat late Sunday night, police said.",
     "Turbat", "Balochistan"),
    ("Unidentified gunmen shot dead two laborers from Punjab in Turbat late Sunday night, police said.",
     "Turbat", "Balochistan"),
]


def test_each_story_is_placed_where_its_deed_was():
    for text, name, admin1 in PLACED:
        event = pipeline_events(text, "2023-05-10")[0]
        assert (event.location.name, event.location.admin1) == (name, admin1), text


def test_a_district_of_the_correspondents_country_is_still_found():
    event = pipeline_events("KABUL, Afghanistan (AP) — A roadside bomb killed four civilians in Paghman "
                            "district on Sunday, police said.", "2023-05-10")[0]
    assert (event.location.country, event.location.admin1) == ("AFG", "Kabul")


def test_a_bare_raion_name_is_its_town():
    from sitroom.geo.resolve import default_resolver

    # "Dnipro Raion" of Kyiv's province holds its kind word in its name: a bare "Dnipro" is the city
    found = default_resolver().resolve("Dnipro", [], "UKR", region="Kyiv")
    assert found.place.kind == "city" and found.place.admin1 == "Dnipropetrovsk"


def test_a_province_spelled_otherwise_is_found_in_the_storys_country():
    event = pipeline_events("Somalia's government and a clan militia signed a ceasefire in Hiran region on "
                            "Wednesday, officials said.", "2023-05-10")[0]
    assert (event.location.country, event.location.admin1) == ("SOM", "Hiraan")
