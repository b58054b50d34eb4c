"""Of namesake villages in a front line's provinces, fighting is at the one nearest the line
(theatres.yaml ``line``). My own sentences; the villages are real: one Opytne lies by Avdiivka
on the 2014-2022 line of contact, a bigger one north of Bakhmut, far behind it."""

import pytest

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article
from sitroom.coder.theatres import _line
from sitroom.geo.distance import km_to_line
from sitroom.geo.gazetteer import load_gazetteer
from sitroom.geo.resolve import Resolver
from sitroom.knowledge import KnowledgeError


def geocoded(text, published):
    resolver = Resolver(load_gazetteer(progress=False))
    return code_article(text, split_sentences(text), "g", published, None, resolver=resolver)


def test_shelling_near_a_village_with_namesakes_is_at_the_one_on_the_line():
    strike = geocoded("On 12 March 2019, monitors counted forty explosions near Opytne.", "2019-03-13")[0]
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.location.name == "Opytne" and round(strike.location.lat, 1) == 48.1
    # with its province written, of the namesakes in that province
    clash = geocoded("On 12 March 2019, government forces and separatists exchanged fire near Opytne, Donetsk.",
                     "2019-03-13")[0]
    assert clash.event_type == "Battles" and round(clash.location.lat, 1) == 48.1


def test_without_a_drawn_line_or_away_from_fighting_the_bigger_namesake_stays():
    protest = geocoded("On 12 March 2019, residents of Opytne protested against water cuts.", "2019-03-13")[0]
    assert protest.event_type == "Protests" and round(protest.location.lat, 1) == 48.6


def test_a_line_is_measured_along_its_segments():
    line = ((48.0, 37.0), (48.0, 38.0))
    assert km_to_line(48.0, 37.5, line) < 0.5            # on the segment, between its points
    assert 10.5 < km_to_line(48.1, 37.5, line) < 11.7    # a tenth of a degree of latitude off it
    assert _line("test", [[48.0, 37.0], [47.5, 37.2]]) == ((48.0, 37.0), (47.5, 37.2))
    with pytest.raises(KnowledgeError):
        _line("test", [[48.0]])
