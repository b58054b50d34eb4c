"""Places read beside the other places of their sentence: a town whose district the gazetteer
does not record, a neighbourhood whose name opens like a town's far away, and a deed told at an
acronym the gazetteer lacks."""

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article
from sitroom.geo.gazetteer import load_gazetteer
from sitroom.geo.resolve import Resolver


def geocoded(text, published="2021-05-10"):
    resolver = Resolver(load_gazetteer(progress=False))
    return code_article(text, split_sentences(text), "g", published, None, resolver=resolver)


def test_a_town_without_a_recorded_district_stays_itself_beside_its_written_district():
    # the gazetteer holds Barkewol in Assaba with no district; Guerou is a district of Assaba
    resolver = Resolver(load_gazetteer(progress=False))
    found = resolver.resolve("Barkewol", ["Guerou"])
    assert found is not None and found.place.kind == "city" and found.place.admin1 == "Assaba"
    assert found.place.name.startswith("Bark")
    protest = geocoded("On 8 May 2021, traders held a sit-in in Barkewol (Guerou) over water cuts.")[0]
    assert protest.location.name.startswith("Bark") and protest.location.admin1 == "Assaba"


def test_a_town_of_another_province_written_with_a_district_stays_outside_it():
    # (Barkewol lies in Assaba: written with Aleg, a district of Brakna, the written place is the answer)
    resolver = Resolver(load_gazetteer(progress=False))
    found = resolver.resolve("Barkewol", ["Aleg"])
    assert found is not None and found.place.name == "Aleg" and found.place.admin1 == "Brakna"


def test_a_neighbourhood_named_like_a_far_town_is_in_the_town_told_before_it():
    clash = geocoded("On 9 May 2021, in Volta Redonda, Rio de Janeiro, police officers went to the Paraiso "
                     "de Baixo neighborhood to check a tip. Officers were attacked by suspects and a "
                     "shoot-out broke out.")[0]
    assert clash.location.name == "Volta Redonda" and clash.location.admin1 == "Rio de Janeiro"
    # (with no town told beside it, the known opening of its name still places it)
    alone = geocoded("On 9 May 2021, residents protested in Zumpango del Lago, Mexico, against a landfill.")[0]
    assert alone.location.name == "Zumpango"


def test_a_deed_at_an_unknown_acronym_is_at_the_known_place_after_it():
    riot = geocoded("On 29 April 2021, rioters hurled petrol bombs at the XQB bank in Nabatiyeh overnight.")[0]
    assert riot.event_type == "Riots"
    assert riot.location.admin1 == "Nabatiye" and riot.location.lat is not None


def test_a_town_s_other_name_beats_a_namesake_spelled_with_one_letter_less():
    # Allahabad is Prayagraj by its former name; Alahabad (one "l") is a town of Pakistani Punjab
    resolver = Resolver(load_gazetteer(progress=False))
    found = resolver.resolve("Allahabad", [])
    assert found is not None and found.place.country == "IND" and found.place.admin1 == "Uttar Pradesh"
    # (a name held as written keeps its own places: no other name is looked up for it)
    assert resolver.resolve("Alahabad", []).place.country == "PAK"


def test_a_place_written_with_a_country_is_not_a_namesake_in_another_country():
    resolver = Resolver(load_gazetteer(progress=False))
    assert resolver.resolve("Selac", ["Kosovo"]) is None
    protest = geocoded("On 7 May 2021, villagers protested in Selac, Kosovo, over a broken water main.")[0]
    assert protest.location.country == "XKX" and protest.location.lat is None
    # a country's name that is also a province of the place's own country writes the province
    found = resolver.resolve("Rafi", ["Niger"])
    assert found is not None and found.place.country == "NGA"


def test_a_hyphenated_village_is_not_at_a_town_of_its_first_word_in_another_state():
    attack = geocoded("On 6 May 2021, a constable opened fire on card players at Alaudia-Saray village under "
                      "Rajgir police station in Nalanda district (Bihar), killing one man.")[0]
    assert attack.location.admin1 == "Bihar" and attack.location.country == "IND"


def test_the_name_a_coder_writes_in_brackets_is_the_spelling_to_look_up():
    # (Xerbouda is invented; Mora is a town of Mayo-Sava)
    attack = geocoded("On 3 June 2021, gunmen killed four herders in the village of Xerbouda [Mora] "
                      "(Mayo-Sava, Extreme-Nord).")[0]
    assert attack.location.name == "Mora" and attack.location.admin1 == "Extreme-Nord"
    assert attack.location.mention == "Xerbouda [Mora] (Mayo-Sava, Extreme-Nord)"
    # a note of where the coder put the event names the town too
    protest = geocoded("On 30 April 2021, teachers rallied at Syntagma square [coded to Athens-Central Athens] "
                       "against the reform bill.")[0]
    assert protest.location.name == "Athens" and protest.location.country == "GRC"
    # an editor's note in brackets is no name, and the places written after it still count
    unknown = geocoded("On 3 June 2021, gunmen killed four herders in the village of Xerbouda [sic] "
                       "(Mayo-Sava, Extreme-Nord).")[0]
    assert unknown.location.admin1 == "Extreme-Nord" and unknown.location.lat is not None
