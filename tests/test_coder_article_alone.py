"""An Arabic article written alone before a word in lower case opens no place's name: "at Al
cadala junction" names no place called Al (a village of Norway). My own sentences."""

import pytest

from sitroom.coder.places import find_places
from sitroom.coder.tokens import tokenize


@pytest.mark.parametrize("sentence, names", [
    ("Police clashed with soldiers at Al cadala junction in Hodan district.", ["Hodan"]),
    ("Two men were shot near El kilo market in Mogadishu.", ["Mogadishu"]),
    # (an article before a capitalised word opens a name, as before)
    ("Shells fell on houses in El Mina and in Al Qusayr.", ["El Mina", "Al Qusayr"]),
])
def test_an_article_alone_before_a_word_in_lower_case_is_no_place(sentence, names):
    assert [p.name for p in find_places(tokenize(sentence), sentence, set())] == names
