"""Towns told at their centre join a report of a suburb; a dateline below a page's byline or "Updated:"
line is the story's. My own sentences; the places are real."""

from datetime import date

import sitroom
from sitroom.api import text_document
from sitroom.consolidate.incidents import Report, compare


def town(id, article, lat, lon, precision=2, **given) -> Report:
    base = dict(
        id=id, article_id=article, event_type="Violence against civilians", sub_event_type="Attack",
        plover_type="ASSAULT", date=date(2021, 5, 2), time_precision=1,
        side1=("Unidentified Gang (United States)",), side2=("Civilians (United States)",),
        location="Springfield", country="USA", admin1="Ohio", admin2="Clark County",
        lat=lat, lon=lon, geo_precision=precision, fatalities=1, modality="asserted", sentence="", rank=0,
        published=date(2021, 5, 3),
    )
    base.update(given)
    return Report(**base)


def test_a_town_centre_and_a_suburb_forty_km_out_may_tell_one_shooting():
    # 0.36 degrees of latitude: about 40 km north
    city, suburb = town(1, 1, 40.00, -83.00), town(2, 2, 40.36, -83.00)
    assert compare(city, suburb).veto is None


def test_towns_sixty_km_apart_stay_two_shootings():
    city, other = town(1, 1, 40.00, -83.00), town(2, 2, 40.54, -83.00)  # about 60 km
    assert compare(city, other).veto.startswith("place")


def test_two_exact_spots_forty_km_apart_stay_two_shootings():
    a, b = town(1, 1, 40.00, -83.00, precision=1), town(2, 2, 40.36, -83.00, precision=1)
    assert compare(a, b).veto.startswith("place")


def test_a_dateline_below_a_byline_and_a_player_notice_is_the_storys():
    text = ("Teen hurt in overnight shooting\n\nby: Ann Lee Updated: May 2, 2021 - 7:15 AM\n\n"
            "Turn on scripts in your browser to play this clip\n\n"
            "DAYTON, Ohio - A teenager was shot on Elm Street late Saturday, police said.")
    doc = next(sitroom.pipe([text_document(text, doc_id="u")]))
    assert doc.article.dateline == "Dayton, Ohio"


def test_a_dateline_below_a_byline_and_a_photo_caption_is_the_storys():
    text = ("Man shot outside store\n\nBy Ann Lee | Posted 9:02 PM\n\nThe store's front (Courtesy: Channel 4)\n\n"
            "AKRON, Ohio (WXYZ) - A man was shot outside a store Sunday.")
    doc = next(sitroom.pipe([text_document(text, doc_id="c")]))
    assert doc.article.dateline == "Akron, Ohio"


def test_a_bare_capitalised_word_deep_in_the_story_is_no_dateline():
    text = ("Man shot outside store\n\nA man was shot outside a store Sunday.\n\n"
            "Police said more.\n\nUPDATE: The man died at a hospital.")
    doc = next(sitroom.pipe([text_document(text, doc_id="n")]))
    assert doc.article.dateline is None
