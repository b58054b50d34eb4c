"""A deed at a site told without a place ("their checkpoint was overrun"), placed by a later
sentence about sites of the same kind, and a place told across a border from a named town
("a post opposite Arandu"). My own sentences; the places are real."""

import pytest

from sitroom.control.changes import change_of
from sitroom.geo.gazetteer import load_gazetteer

from .story_helpers import lead


def test_an_unnamed_site_takes_the_place_a_later_sentence_gives_sites_of_its_kind():
    e = lead("QUETTA: Militants overran a police checkpoint on Tuesday night after a long gunfight, officials "
             "said. The police had asked for more men at their checkpoints outside Zhob weeks ago, a constable said.",
             dateline="QUETTA")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.location.name == "Zhob" and e.location.country == "PAK"


def test_a_later_sentence_without_the_sites_kind_does_not_place_it():
    e = lead("Militants overran a police checkpoint on Tuesday night, officials said. Schools in Bara stayed shut "
             "on Wednesday.")
    assert e.location is None or e.location.name != "Bara"


def test_a_capitalised_post_is_a_paper_not_a_site():
    e = lead("Militants overran an army camp on Tuesday night, the Post reported. The Post has an office in Bara.")
    assert e.location is None or e.location.name != "Bara"


@pytest.mark.parametrize("dateline", [None, "CHITRAL"])
def test_a_post_opposite_a_town_across_the_border_is_on_the_deeds_side(dateline):
    # the story's own town (its dateline, on the near side) does not pull it back across
    text = "Taliban fighters overran an Afghan border post opposite Arandu on Sunday, officials in Chitral said."
    e = lead(f"{dateline}: {text}" if dateline else text, dateline=dateline, published="2021-07-26")
    loc = e.location
    assert loc.country == "AFG" and loc.admin1 == "Kunar" and loc.geo_precision == 2
    assert loc.mention.startswith("Arandu")


def test_opposite_a_town_of_the_deeds_own_country_stays_at_the_town():
    e = lead("Police in Chitral arrested two men opposite Drosh bazaar on Monday after a gunfight.",
             published="2021-07-26")
    assert e.location.country == "PAK"


def test_the_nearest_town_of_a_country_within_a_distance():
    gaz = load_gazetteer(progress=False)
    near = gaz.nearest_town(35.33, 71.55, "AFG", 50.0)  # across from Arandu, Chitral
    assert near is not None and near.country == "AFG" and near.admin1.startswith("Kuna")
    assert gaz.nearest_town(35.33, 71.55, "AFG", 1.0) is None
    assert gaz.nearest_town(35.33, 71.55, "BRA", 500.0) is None


def test_a_control_change_answers_to_the_name_it_was_told_by():
    record = {"sub_event_type": "Non-state actor overtakes territory", "event_date": "2021-07-25",
              "actor1": {"name": "Taliban", "actor_type": 2},
              "actor2": {"name": "Military Forces of Afghanistan", "actor_type": 1},
              "location": {"name": "Naray", "mention": "Arandu town of Chitral", "country": "AFG", "geonameid": 1,
                           "geo_precision": 2, "lat": 35.2, "lon": 71.5},
              "evidence": [{"sentence": "s", "trigger": "overran"}]}
    change = change_of(record)
    assert change.named("Naray") and change.named("arandu") and not change.named("Chitral")
    assert not change.named("Aran") and change.to_dict()["mention"] == "Arandu town of Chitral"
