"""Language identification: the English fast path and the identifier behind it."""

from __future__ import annotations

import pytest

from sitroom.ingest.language import detect_language, english_test

ENGLISH = (
    "The army said on Sunday that its soldiers had cleared two villages near the border after a "
    "week of fighting. A spokesman for the provincial government told reporters that families who "
    "fled the shelling were being housed in schools, and that food had reached the camps by road. "
    "It was the third such operation in the district this year."
)
# Written for this test: prose that shares a few short words with English ("a", "in", "is")
OTHERS = {
    "pt": ("O exército atacou no domingo várias posições perto da fronteira. Nas aldeias as famílias "
           "fugiram e as autoridades abriram um campo para os deslocados. Um porta-voz disse que a "
           "situação é tensa e que a ajuda chega a tempo para todos os que ficaram sem casa."),
    "nl": ("Het leger heeft zondag meerdere posities in de buurt van de grens aangevallen. In de dorpen "
           "is het onrustig en veel families zijn gevlucht naar de stad. Een woordvoerder zei dat de "
           "situatie gespannen is en dat er binnenkort hulp komt voor de mensen in de kampen."),
}


def test_english_prose_passes_the_function_word_test():
    assert english_test().passes(ENGLISH)
    assert detect_language(ENGLISH) == ("en", 1.0)


@pytest.mark.parametrize("code", sorted(OTHERS))
def test_other_languages_go_to_the_identifier(code):
    assert not english_test().passes(OTHERS[code])
    lang, prob = detect_language(OTHERS[code])
    assert lang == code and prob > 0.8


def test_short_or_listlike_english_goes_to_the_identifier():
    # too few words for the share to mean anything; the identifier still says English
    headline = ("Army clears two border villages after week of fighting, spokesman says; "
                "displaced families sheltered in schools, food convoys reach camps")
    assert not english_test().passes(headline)
    assert detect_language(headline)[0] == "en"


def test_a_short_english_note_that_the_identifier_takes_for_pidgin_is_english():
    # the identifier reads this one-sentence note, full of Nigerian names, as Nigerian Pidgin
    note = "On 25 December 2024, a Nigerian air strike hit Rumtuwa village in Sokoto state, killing 10 civilians."
    assert detect_language(note)[0] == "en"


def test_nigerian_pidgin_with_its_own_words_stays_pidgin():
    pidgin = "Di gunmen wey attack di village for Zamfara state on Monday kill ten pipo, na wetin police tok."
    assert detect_language(pidgin)[0] == "pcm"
