"""A foreign correspondent's dateline ("KYIV, Ukraine -") is where the story was filed, not a
hint to its namesakes: "Dnipro" is still the city, not the raion of Kyiv's province. My own
sentences."""

from .coder_helpers import pipeline_events


def test_a_city_named_under_a_correspondents_dateline_is_the_city():
    for text in [
        "KYIV, Ukraine — Russian missiles struck an apartment block in Dnipro on Saturday, killing 20 people.",
        "KYIV, Ukraine (AP) — Russian missiles struck an apartment block in the city of Dnipro on Saturday, "
        "killing 20 people.",
    ]:
        event = pipeline_events(text, "2023-05-10")[0]
        assert (event.location.name, event.location.admin1) == ("Dnipro", "Dnipropetrovsk"), text


def test_a_district_of_the_correspondents_country_is_still_found():
    event = pipeline_events("KABUL, Afghanistan (AP) — A roadside bomb killed four civilians in Paghman "
                            "district on Sunday, police said.", "2023-05-10")[0]
    assert (event.location.country, event.location.admin1) == ("AFG", "Kabul")


def test_a_bare_raion_name_is_its_town():
    from sitroom.geo.resolve import default_resolver

    # "Dnipro Raion" of Kyiv's province holds its kind word in its name: a bare "Dnipro" is the city
    found = default_resolver().resolve("Dnipro", [], "UKR", region="Kyiv")
    assert found.place.kind == "city" and found.place.admin1 == "Dnipropetrovsk"


def test_people_from_a_province_killed_in_a_town_were_killed_in_the_town():
    for text in [
        "QUETTA: Unidentified gunmen shot dead two laborers from Punjab in Turbat late Sunday night, police said.",
        "Unidentified gunmen shot dead two laborers from Punjab in Turbat late Sunday night, police said.",
    ]:
        event = pipeline_events(text, "2023-05-10")[0]
        assert (event.location.name, event.location.admin1) == ("Turbat", "Balochistan"), text


def test_a_province_spelled_otherwise_is_found_in_the_storys_country():
    event = pipeline_events("Somalia's government and a clan militia signed a ceasefire in Hiran region on "
                            "Wednesday, officials said.", "2023-05-10")[0]
    assert (event.location.country, event.location.admin1) == ("SOM", "Hiraan")
