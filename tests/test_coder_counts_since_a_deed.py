"""The dead of the earlier deed a count runs from ("the second shooting there since a man was
gunned down in April") are that deed's, and a victim who "has since died" is dead. My own
sentences; the places are real."""

import pytest

from .coder_helpers import top


@pytest.mark.parametrize("text", [
    "A man was shot outside an apartment complex in Tulsa on Tuesday. It is the second shooting at the "
    "complex since a man was gunned down there in April.",
    "A 24-year-old man was shot Tuesday night outside a bar in Flint. It was the third shooting on that "
    "block since a woman was killed there in January.",
])
def test_the_dead_of_the_deed_a_count_runs_from_are_not_the_leads(text):
    event = top(text, "2016-06-10")
    assert event.event_date == "2016-06-07"
    assert event.fatalities == 0


@pytest.mark.parametrize("text,dead", [
    # "since" as an adverb opens no clause of an earlier deed
    ("A man was shot in Baton Rouge on Tuesday and taken to a hospital, where he has since been declared "
     "dead, deputies said.", 1),
    # the sentence's own deed after "since" is its own
    ("A man who had been in a coma since he was shot on Tuesday died on Thursday in Dayton.", 1),
])
def test_since_that_opens_no_earlier_deed_keeps_the_dead(text, dead):
    assert top(text, "2016-06-10").fatalities == dead


@pytest.mark.parametrize("text", [
    "A man was shot in the head in Dayton on Tuesday and has since died, police said.",
    "A woman was shot several times in the chest outside a store in Macon on Monday and has since died.",
    "A teen was shot in the back near a park in Gary on Monday and had later died.",
])
def test_a_victim_who_has_since_died_is_dead(text):
    assert top(text, "2016-06-10").fatalities == 1
