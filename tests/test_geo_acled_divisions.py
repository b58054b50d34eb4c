"""First-level divisions in ACLED's names where they differ from the gazetteer's English ones
(data/geo/acled_admin1.yaml): Congo's and Cameroon's provinces in French, Somalia's regions in
English; the gazetteer's own name still reads. My own sentences; the places are real."""

import pytest

from sitroom.geo.admin_names import acled_admin1
from sitroom.geo.gazetteer import load_gazetteer

from .test_coder_places_written import top


@pytest.mark.parametrize("text,admin1", [
    ("On 12 June 2025, al Shabaab attacked a military base in Afgoye (Lower Shabelle).", "Lower Shabelle"),
    ("On 12 June 2025, M23 fighters clashed with the army in Kalehe (South Kivu).", "Sud-Kivu"),
    ("On 12 June 2025, separatists killed a gendarme in Bamenda (Mezam, North-West).", "Nord-Ouest"),
    ("On 12 June 2025, gunmen attacked a market in Mora (Mayo-Sava, Extreme-Nord).", "Extreme-Nord"),
    ("On 12 June 2025, al Shabaab shelled a base in Beledweyne (Beledweyne, Hiraan).", "Hiraan"),
    ("On 12 June 2025, clan militias fought near Dhusamareb in Galgaduud region.", "Galgaduud"),
])
def test_an_events_division_has_acleds_name(text, admin1):
    assert top(text).location.admin1 == admin1


def test_the_gazetteers_name_still_finds_the_division():
    gaz = load_gazetteer(progress=False)
    for written in ("Shabeele Hoose", "Lower Shabelle"):
        assert any(p.kind == "adm1" and p.country == "SOM" and p.name == "Lower Shabelle" for p in gaz.lookup(written))
    for written in ("Hiiran", "Hiraan"):
        assert any(p.kind == "adm1" and p.country == "SOM" and p.name == "Hiraan" for p in gaz.lookup(written))


def test_a_division_acled_names_as_the_gazetteer_does_keeps_its_name():
    assert acled_admin1("SOM", "Bay") == "Bay"
    assert acled_admin1("CMR", "Littoral") == "Littoral"
    assert acled_admin1(None, "South Kivu") == "South Kivu"


def test_russias_provinces_go_by_their_capitals_names():
    event = top("On 11 March 2025, a Ukrainian drone attack on Shebekino in Russia's Belgorod region killed one woman.")
    assert (event.location.country, event.location.admin1) == ("RUS", "Belgorod")


@pytest.mark.parametrize("text,admin1", [
    ("On 12 June 2025, Fano militia attacked an army camp in Bahir Dar (Amhara).", "Amhara"),
    ("On 12 June 2025, OLA fighters ambushed a police patrol near Nekemte (Oromia).", "Oromia"),
    ("On 12 June 2025, a drone struck a car in Sarmada (Idlib), killing two men.", "Idleb"),
    ("On 12 June 2025, gunmen killed a shopkeeper in Douma (Rif Dimashq).", "Rural Damascus"),
    ("On 12 June 2025, an Israeli drone strike hit a car near Tripoli (North Lebanon).", "North"),
    ("On 12 June 2025, armed men clashed in Zawiya (Az Zawiyah) over a checkpoint.", "Azzawya"),
    ("On 12 June 2025, a roadside bomb wounded two soldiers near Tikrit (Salah al-Din).", "Sala al-Din"),
])
def test_divisions_of_the_middle_east_and_ethiopia_have_acleds_names(text, admin1):
    assert top(text).location.admin1 == admin1
