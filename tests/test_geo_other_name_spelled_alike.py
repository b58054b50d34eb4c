"""Of several towns that go by a name among their other names, the one whose own name spells it
with other vowels is meant: "Sloviansk" is Slovyansk (Donetsk), though Nikopol, a town of the
same size, also went by it."""

import pytest

from sitroom.geo.resolve import default_resolver


@pytest.mark.parametrize("written, own, province", [
    ("Sloviansk", "Slovyansk", "Donetsk"),
    ("Kostiantynivka", "Kostyantynivka", "Donetsk"),
    ("Kupiansk", "Kupyansk", "Kharkiv"),
])
def test_a_town_written_as_another_spells_it(written, own, province):
    found = default_resolver().resolve(written, (), "UKR")
    assert (found.place.name, found.place.admin1) == (own, province)
