"""A movement told in a clause of what came before gives way to the sentence's own, and a handback
counts and sends the people it names. My own sentences; the places are real."""

from sitroom.annotate.sentences import split_sentences
from sitroom.coder.document_coder import code_article

from .story_helpers import lead, resolver


def movements(text, published="2021-08-02"):
    events = code_article(text, split_sentences(text), "t", published, None, resolver=resolver())
    return [e.movement for e in events if e.movement is not None]


def test_a_handback_after_a_crossing_is_the_handback():
    e = lead("Iran handed back 20 Afghan border guards to Afghan officials at the Islam Qala crossing on Sunday, "
             "a week after they fled into Iran, officials said.", published="2021-08-02")
    m = e.movement
    assert (m.kind, m.origin.country, m.destination.country, m.count) == ("return", "IRN", "AFG", 20)


def test_a_flight_after_an_attack_keeps_its_own_ends():
    # the clause after "after" tells what came before; its places are not where people went
    moved = movements("Hundreds of Afghan villagers crossed into Pakistan on Monday after they fled from their "
                      "homes in Kunar, officials said.")
    assert [(m.kind, m.origin.country, m.destination.country) for m in moved] == [("flight", "AFG", "PAK")]


def test_people_deported_with_no_destination_told_go_to_their_own_country():
    found = movements("About 900 Afghan refugees were deported from Pakistan through the Chaman crossing on Tuesday.",
                      published="2024-03-20")
    assert [(m.origin.country, m.destination.country, m.count) for m in found] == [("PAK", "AFG", 900)]
    # a destination told is kept
    found = movements("Iran deported 500 Afghans to Herat on Monday.", published="2024-03-20")
    assert [(m.destination.country, m.destination.name) for m in found] == [("AFG", "Herat")]
