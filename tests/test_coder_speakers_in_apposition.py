"""A speaker set off from the verb by an apposition or a relative clause is still the speaker:
"Zabihullah Mujahid, a Taliban spokesman, said", "Voice of Jihad, the Taliban website, said",
"the army, which rarely comments, said". A party speaking through such an apposition claims its
figures. My own sentences; the places and groups are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text,source", [
    ("Zabihullah Mujahid, a Taliban spokesman, said 40 Afghan soldiers were killed in an attack on a base in "
     "Helmand on Sunday.", "Zabihullah Mujahid"),
    ("The attack killed 12 soldiers at a post in Zhob, the army, which rarely comments, said on Sunday.",
     "the army"),
])
def test_the_speaker_before_an_apposition(text, source):
    assert top(text, "2021-07-20").attribution.source == source


def test_a_partys_spokesman_claims_the_figures():
    text = ("Zabihullah Mujahid, a Taliban spokesman, said 40 Afghan soldiers were killed in an attack on a base "
            "in Helmand on Sunday.")
    assert top(text, "2021-07-20").attribution.modality == "claimed"


def test_a_partys_outlet_in_apposition_counts_no_dead():
    text = ("Voice of Jihad, the Taliban website, said 40 Afghan soldiers were killed in an attack on a base in "
            "Helmand on Sunday.")
    event = top(text, "2021-07-20")
    assert (event.attribution.source, event.attribution.modality, event.fatalities) == ("Voice of Jihad", "claimed", 0)


@pytest.mark.parametrize("text,source", [
    # the one who denies another's claim speaks, not "The Taliban denied Pakistani"
    ("The Taliban denied Pakistani claims that militants had been killed in Kunar on Sunday.", "The Taliban"),
    # an adjective of saying inside the speaker's words cuts nothing
    ("The alleged gunman's lawyer said on Monday that his client shot two men in Dayton.",
     "The alleged gunman's lawyer"),
])
def test_a_speaker_is_cut_at_a_verb_of_saying_inside(text, source):
    assert top(text, "2021-07-20").attribution.source == source
