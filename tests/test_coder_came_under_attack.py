"""What "came under attack" or "came under heavy fire" is the target, not the attacker; a
government criticised ("came under fire from lawmakers") is no target of violence. My own
sentences; the places are real."""

import pytest

from .coder_helpers import code, top


@pytest.mark.parametrize("text,target", [
    ("A police post came under attack in Bannu on Monday, police said.", "Police Forces"),
    ("A military convoy came under heavy fire in Kurram on Monday.", "Military Forces"),
    ("An army patrol came under fire from militants in Kurram on Monday, killing two soldiers.",
     "Military Forces"),
])
def test_what_came_under_attack_is_the_target(text, target):
    event = top(text, "2024-03-20")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2.name.startswith(target)
    assert not event.actor1.name.startswith(("Police Forces", "Military Forces"))


def test_fire_from_critics_is_no_violence():
    text = "The provincial government came under fire from opposition lawmakers on Monday over the budget."
    assert [e for e in code(text, "2024-03-20") if e.event_type] == []
