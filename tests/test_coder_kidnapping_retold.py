"""A kidnapping named again after "the" far down a story is the one told before, wherever its
speaker is: "The police spokesman in Katsina confirmed the kidnapping" adds no second abduction.
My own sentences; the places are real."""

from .coder_helpers import code

STORY = ("Gunmen abducted 30 people, mostly women and children, in Dan Musa on Friday night, residents said. The "
         "attackers arrived on motorcycles and went from house to house. Residents said they fled into the bush. "
         "Schools in the area were closed on Saturday. Traders said the market was empty. Many families have left "
         "the area. The police spokesman in Katsina confirmed the kidnapping on Sunday.")


def test_a_kidnapping_confirmed_far_down_is_the_one_told_first():
    abductions = [e for e in code(STORY, "2024-03-17") if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(abductions) == 1
    assert abductions[0].event_date == "2024-03-15"
