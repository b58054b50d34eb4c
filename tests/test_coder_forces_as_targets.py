"""Forces as targets: the regime's soldiers, posts and checkpoints are its military; a government's
or a regime's forces are the country's own, not the foreign force named before them; and the force
a relative clause describes is the one the passive deed befell. My own sentences; the places are
real."""

from .story_helpers import lead


def test_a_regimes_soldiers_and_posts_are_its_military():
    for target in ("a regime checkpoint", "nine regime soldiers", "regime positions"):
        event = lead(f"On 3 May 2021, gunmen opened fire at {target} near Sahwa in Daraa.", published="2021-05-04")
        assert event.actor2 is not None and event.actor2.name == "Military Forces of Syria", target


def test_government_positions_shelled_by_a_foreign_force_are_the_countrys_own():
    event = lead("On 4 May 2021, Turkish forces and allied rebel factions, operating under OPS, shelled government "
                 "positions in the village of Zannubah in Ar-Raqqa.", published="2021-05-05")
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Syria"


def test_the_one_a_relative_clause_describes_is_the_one_shot():
    event = lead("On 4 May 2021, traffic police who tried to stop two men on a motorcycle were shot and injured in "
                 "Celaya, Guanajuato.", published="2021-05-05")
    assert (event.event_type, event.actor2.name) == ("Battles", "Police Forces of Mexico")
