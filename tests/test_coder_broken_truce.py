"""A truce that collapses, ends or is violated is no agreement; one agreed or taking effect is. My
own sentences; the places are real."""

import pytest

from .coder_helpers import code


def _types(text: str) -> list:
    return [(e.event_type, e.sub_event_type) for e in code(text, "2022-05-11")]


AGREEMENT = ("Strategic developments", "Agreement")


@pytest.mark.parametrize("text", [
    "Militants attacked a checkpoint in Khyber on Tuesday, killing four soldiers. The attack came months after a "
    "ceasefire between the government and the Pakistani Taliban broke down.",
    "Militants have stepped up attacks on the police in Khyber since the collapse of a ceasefire last year.",
    "Rebels violated the ceasefire on Monday, attacking an army post near Malakal and killing two soldiers.",
])
def test_a_broken_truce_is_no_agreement(text):
    assert AGREEMENT not in _types(text)


@pytest.mark.parametrize("text", [
    "The government and the rebels agreed to a ceasefire on Monday in Juba.",
    "A ceasefire took effect in Tigray on Monday.",
])
def test_a_truce_agreed_is_an_agreement(text):
    assert AGREEMENT in _types(text)
