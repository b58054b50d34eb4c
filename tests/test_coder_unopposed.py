"""A place taken without a fight is a non-violent transfer of territory (ACLED's Strategic
developments), not a battle: the other side left first, or no one resisted. A place fought for
stays a battle. Every sentence is my own; the places are real."""

import pytest

from .coder_helpers import top

NON_VIOLENT = ("Strategic developments", "Non-violent transfer of territory")
BATTLE = ("Battles", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", [
    "Al Shabaab fighters seized the town of Baidoa on Monday after Ethiopian troops withdrew from their bases.",
    "The Taliban took control of Spin Boldak district on Wednesday after government forces abandoned their posts.",
    "Militants seized two border posts in Kunar on Monday that had been abandoned by Afghan forces.",
    "The Taliban took over the district headquarters in Arghandab without a fight on Monday.",
])
def test_a_place_taken_unopposed_is_a_non_violent_transfer(text):
    event = top(text, published="2021-06-09")
    assert (event.event_type, event.sub_event_type) == NON_VIOLENT
    assert event.attribution.modality == "asserted"  # "without a fight" tells how, not whether
    assert event.actor1 is not None and event.actor1.name in ("Al Shabaab", "Taliban",
                                                            "Unidentified Armed Group (Afghanistan)")


@pytest.mark.parametrize("text", [
    # fought for: a battle, whatever happened after
    "Taliban fighters captured the district centre of Dand Patan on Tuesday after heavy fighting with Afghan forces.",
    "The Taliban seized the town of Ghazni after government forces withdrew following a fierce battle.",
    # with no word of how it fell, the taking stays a battle
    "The Taliban overran the border town of Spin Boldak on Wednesday.",
])
def test_a_place_fought_for_stays_a_battle(text):
    event = top(text, published="2021-06-09")
    assert (event.event_type, event.sub_event_type) == BATTLE


def test_dead_told_with_the_taking_make_it_a_battle():
    event = top("Al Shabaab seized the town of Baidoa on Monday after Ethiopian troops withdrew, and three "
                "soldiers were killed.", published="2021-06-09")
    assert event.event_type == "Battles"


def test_the_unopposed_section_must_name_its_cues_and_fighting_words():
    from sitroom.coder.rules import _unopposed_cues
    from sitroom.knowledge import KnowledgeError

    with pytest.raises(KnowledgeError, match="unopposed needs 'cues' and 'fighting'"):
        _unopposed_cues({"cues": ["without a fight"]})
    cues, fighting = _unopposed_cues({"cues": ["without a fight"], "fighting": ["clashes"]})
    from sitroom.coder.tokens import tokenize

    words = tokenize("rebels took the town without a fight before clashes")
    assert [m.start for m in cues.find(words)] == [4] and [m.start for m in fighting.find(words)] == [8]
