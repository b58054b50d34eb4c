"""Toponym resolution in context: which gazetteer place a mention means.

Each candidate with the mention's name is scored on what the text says around it:
- the places written with it ("Buleda tehsil (Kech, Balochistan)", "Kabul, Afghanistan",
  "North Waziristan in Pakistan"): the candidate's country or admin1/admin2 must fit them;
- the country the story is about (its focus, from country names, demonyms, the dateline);
- the kind of place the text names ("district", "province", "town");
- population, as a prior for otherwise equal candidates; curated aliases are trusted.

A name the gazetteer lacks as written is looked up blind to vowels and the Arabic article
("Menbij" is Manbij, "al-Hasakeh" Al-Hasakah), but only in the countries the text names.

"Kabul" in an Afghan story is Kabul, Afghanistan, not the village of Kabul in Israel.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from .distance import km
from .gazetteer import Gazetteer, Place
from .name_parts import direction_words, name_parts, without_municipality_word
from .names import fold, keys, loose, one_letter_apart as _one_letter_apart

MARGIN = 1.5  # score lead over other countries' candidates for a country to count as certain
SUPPORT_WEIGHT = 1.5  # score for each of the story's other names that agrees with a reading
SUPPORT_MOST = 2.0  # at most this much agreement counts
ARTICLE_DROPPED_SHORTEST = 5  # letters of a name looked up as one written without its Arabic article
BESIDE_KM = 50.0  # a town this near a province written with it is the one meant, whatever its gazetteer province
PROMINENT = 100_000  # people in a city too big to be a namesake lost in the places written after it

ADMIN_FEATURES = {"district": "adm2", "agency": "adm2", "tehsil": "adm2", "county": "adm2",
                  "municipality": "adm2", "prefecture": "adm2", "sub-district": "adm2", "subdistrict": "adm2",
                  "province": "adm1", "state": "adm1", "governorate": "adm1", "region": "adm1",
                  "oblast": "adm1", "department": "adm1", "raion": "adm2", "rayon": "adm2",
                  # Nigeria's districts ("Bassa local government area", "Bassa LGA")
                  "local government area": "adm2", "local government": "adm2", "lga": "adm2"}
SPELLED_IN_CONTEXT_SHORTEST = 5  # letters of a name looked for spelled otherwise in its written provinces
KIND_LEFT_OUT = 1.5  # the score a county or parish loses when its name is written without its kind word
SEAT_OF_NAMESAKE = 0.5  # the score of a town that is the seat of a district of its name, over namesake villages
_WRITTEN_KINDS = frozenset({"county", "parish", "borough"})
# kind words of districts named after their town ("Dnipro Raion"): left out, the name is the town,
# but a name written as the division around a place the gazetteer lacks stays the division
_TOWN_DISTRICT_KINDS = frozenset({"raion", "rayon"})


def _kind_left_out(written: str, own: str, enclosing: bool = False) -> bool:
    """Whether ``own`` (a division's name) ends with a kind word that ``written`` leaves out."""
    last = fold(own).rsplit(" ", 1)[-1]
    kinds = _WRITTEN_KINDS if enclosing else _WRITTEN_KINDS | _TOWN_DISTRICT_KINDS
    return last in kinds and last not in fold(written).split()


TOWN_FEATURES = {"town", "city", "village", "border town", "hamlet", "settlement", "locality", "camp",
                 "neighbourhood", "neighborhood", "market", "bazaar", "square", "colony", "community"}
AREA_FEATURES = {"area", "valley", "desert", "desert region", "mountains", "hills", "border crossing", "road",
                 "highway", "sector", "quarter"}


@dataclass(frozen=True)
class Resolved:
    place: Place
    score: float
    precision: int  # ACLED geo_precision: 1 town, 2 near a town or part of a region, 3 region, 4 country
    margin: float = 99.0  # how far the best candidate beats the best one in another country
    other_name: bool = False  # found by a town's other name (other_names.py) with no country told

    @property
    def country_certain(self) -> bool:
        """Sure enough of the country to name actors after it ("Civilians (Peru)")."""
        return self.margin >= MARGIN


class Resolver:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._lookup = lru_cache(maxsize=100_000)(self._lookup_uncached)
        self._held_exactly = lru_cache(maxsize=100_000)(gazetteer.holds_exactly)

    def _lookup_uncached(self, name: str) -> tuple[Place, ...]:
        return tuple(self.gaz.lookup(name))

    def candidates(self, name: str) -> tuple[Place, ...]:
        return self._lookup(name)

    def _without_article(self, name: str) -> tuple[Place, ...]:
        """Places known only with an Arabic article before ``name`` (``Gazetteer.
        lookup_without_article``), for a name of five letters or more: shorter ones are words."""
        if len(fold(name).replace(" ", "")) < ARTICLE_DROPPED_SHORTEST:
            return ()
        return tuple(self.gaz.lookup_without_article(name))

    def without_particles(self, name: str) -> tuple[Place, ...]:
        """Places known only with other Spanish or Portuguese particles inside the name
        (``Gazetteer.lookup_without_particles``): "San Andres de Tuxtla" is San Andrés Tuxtla."""
        return tuple(self.gaz.lookup_without_particles(name))

    def known_part(self, name: str) -> str | None:
        """The longest opening run of words of ``name`` that the gazetteer knows: "Texas" in
        "the Texas Department of State Health Services". Only an opening run, never a lone
        direction word (see name_parts): "Korean Peninsula" is no town called Peninsula, and
        "Northeast Georgia Medical Center" no town called Northeast; nor a lone word in lower
        case, an article that opens the name ("the al Nour square" names no town called Al)."""
        parts = name.split()
        directions = direction_words()
        for size in range(len(parts) - 1, 0, -1):
            sub = " ".join(parts[:size])
            if size == 1 and (fold(sub) in directions or sub.islower()):
                return None
            if self.candidates(sub):
                return sub
        return None

    def country_of(self, name: str) -> str | None:
        """The country a name denotes outright ("Pakistan"), if it does."""
        for p in self.candidates(name):
            if p.kind == "country":
                return p.country
        return None

    def _state_not_country(self, name: str, context: str, iso3: str) -> bool:
        """Whether the context ``context`` written after ``name``, a country's name (``iso3``), is
        read as a province of the same name: the country holds no place called ``name``, and a
        province of that name holds one ("Rome, Georgia", "Athens, Georgia")."""
        found = self.candidates(name)
        if any(p.country == iso3 for p in found):
            return False
        told = set(keys(context))
        return any(p.kind == "city" and told & set(keys(p.admin1 or "")) for p in found)

    def resolve(self, name: str, context: list[str] | tuple[str, ...] = (), focus: str | None = None,
                feature: str | None = None, near: bool = False, focus_weight: float = 2.0,
                region: str | None = None, enclosing: bool = False,
                support: Mapping[Place, float] | None = None, told: frozenset[str] = frozenset()) -> Resolved | None:
        """The best place for a mention; ``focus_weight`` is how much the story's country counts
        (less in world news, where "London" should stay in England); ``region`` is the admin1
        the story is most about ("Gainesville" in a Georgia story is Gainesville, Georgia);
        ``support`` scores the readings that the story's other names agree with (see coherence);
        ``told`` holds countries the story's other names lie in, where a name the gazetteer
        lacks as written is looked for spelled otherwise too."""
        ctx_countries: set[str | None] = set()
        ctx_keys = set()
        # context the gazetteer knows as a place ("Indiana", not "Trump" in "Washington, Trump said")
        placed_context = False
        # every country the written context may lie in, for a name matched by spelling alone
        possible: set[str | None] = {focus} if focus else set()
        # countries of context names the gazetteer holds only spelled otherwise: a guess that
        # a name it holds as written overrules ("Kawlin, Sagaing" is not Kowloon, Hong Kong)
        spelled_countries: set[str | None] = set()
        # provinces of the districts written with it, for a town whose district the gazetteer lacks
        district_provinces: set[tuple[str | None, str | None]] = set()
        for c in context:
            iso3 = self.country_of(c)
            if iso3 and focus and iso3 != focus \
                    and any(p.kind == "adm1" and p.country == focus for p in self.candidates(c)):
                iso3 = None  # "Augusta, Georgia" in an American story: the state, not the country
            if iso3 and self._state_not_country(name, c, iso3):
                iso3 = None  # "Rome, Georgia" in any story: Georgia holds no Rome, the state does
            if iso3:
                ctx_countries.add(iso3)
                possible.add(iso3)
            else:
                ctx_keys.update(keys(c))
                as_written = self.candidates(c)
                written = as_written or self._division_spelled_otherwise(c)
                ctx_keys.update(k for p in written for k in keys(p.name))  # "Idleb" matches Idlib's names
                placed_context = placed_context or bool(written)
                district_provinces.update((p.country, p.admin1) for p in written if p.kind == "adm2")
                # a context admin name also fixes a country when it has only one
                owners = {p.country for p in written if p.kind in ("adm1", "adm2")}
                if len(owners) == 1:
                    (ctx_countries if as_written else spelled_countries).update(owners)
                if as_written:
                    possible.update(owners)
        if spelled_countries and not ctx_countries:
            ctx_countries = spelled_countries
        possible.update(spelled_countries & ctx_countries)
        if feature and not self.candidates(name) and self.candidates(f"{name} {feature.title()}"):
            name = f"{name} {feature.title()}"  # "the Nour square" is the place named Nour Square
        cands = self.candidates(name) or self._without_article(name) or self.without_particles(name)
        if not context and _initials(name):
            # "AAS", "APC": a group's or a party's initials, not the village of Ås in Norway or
            # Apc in Hungary; a country, a province, a big city or a curated short form stays
            # ("UAE", "DC", "KP")
            cands = tuple(p for p in cands if prominent(p) or self._curated(p))
        guessed = False  # matched by spelling in no country the text names: not sure of the country
        spelled = False  # matched blind to vowels: a big namesake elsewhere is no reason to keep it
        renamed: tuple[Place, ...] = ()
        if cands and not self._held_exactly(name):
            # "Allahabad" is Prayagraj by its other name, not Alahabad spelled with one "l"
            renamed = self._other_name(name, possible)
            cands = renamed or cands
        if cands:
            by_other_name = self._other_beside(name, cands, possible)
            cands = (*cands, *by_other_name, *self._spelled_at_home(name, cands, ctx_countries or possible))
            by_other_name = (*by_other_name, *renamed)
        else:
            # a town's other name ("Acapulco" is Acapulco de Juarez) before a namesake spelled
            # with other vowels (Ocopulco)
            cands = by_other_name = self._other_name(name, possible)
            if not cands and fold(feature or "") not in name_parts().natural_features:
                # ("the Hamrin mountains" the gazetteer lacks are no council of Malta spelled otherwise)
                cands, guessed = self._spelled_otherwise(name, possible | told if not ctx_countries else possible,
                                                         enclosing, bool(ctx_countries))
                spelled = bool(cands)
            if not cands:
                beside = self._spelled_in_context(name, ctx_keys, ctx_countries, ADMIN_FEATURES.get(feature or ""))
                if beside is not None:
                    return Resolved(beside, 0.0, precision(beside, feature, near))
                town = self._town_of_municipality(name, ctx_keys, ctx_countries)
                if town is not None:
                    return Resolved(town, 0.0, precision(town, feature, near))
                return self.enclosing_place(context, focus, region)
        if feature is None:
            # "Laurel County" is the county, not the town of Laurel: a kind word in the name
            # says what kind of place it is, as it does written after the name
            head, _, last = fold(name).rpartition(" ")
            if head and last in ADMIN_FEATURES:
                feature = last
        want_kind = ADMIN_FEATURES.get(feature or "")
        # (the story's own country is not demoted by its namesake division: "Mexico" in a
        # Mexican story is the country, not the State of Mexico)
        home_division = bool(focus) and any(p.kind == "adm1" and p.country == focus for p in cands) \
            and not any(p.kind == "country" and p.country == focus for p in cands)
        # "Horlivka" names the city and the district around it: a bare name is the town
        # (a name written as the division around an unknown place keeps the division)
        seats = {(p.country, p.admin1, p.admin2) for p in cands if p.kind == "city"} \
            if not (want_kind or enclosing) else set()
        # (a town bears the written name itself: read only where a county could lose to it)
        town_of_name = any(p.kind == "adm2" for p in cands) \
            and any(p.kind == "city" and fold(p.name) == fold(name) for p in cands)
        # (namesake towns of one province: the seat of the district of that name is the one meant)
        towns_in = Counter((p.country, p.admin1) for p in cands if p.kind == "city" and fold(p.name) == fold(name))
        seat_districts = {(p.country, p.admin1, fold(p.name)) for p in cands
                          if p.kind == "adm2" and towns_in[(p.country, p.admin1)] > 1}
        best: tuple[float, Place] | None = None
        by_country: dict[str | None, float] = {}
        matched_context = False
        for p in cands:
            score = 0.6 * math.log10(p.population + 10)
            # a curated alias is the name's usual meaning, unless a kind word or the places
            # written with it say otherwise ("Washington state", "Washington, Indiana")
            usual = self._curated(p) and (not want_kind or p.kind == want_kind)
            if p.kind in ("country", "region"):
                # "Russia" is the country, not a town of that name; but in a story about the United
                # States "Georgia" is the state
                score += 1.0 if home_division else 3.0
            if ctx_countries:
                score += 3.0 if p.country in ctx_countries else -3.0
            if focus and p.country == focus:
                score += focus_weight
            if region and p.admin1 == region and p.country == focus:
                score += 1.5
            if support:
                score += SUPPORT_WEIGHT * min(SUPPORT_MOST, support.get(p, 0.0))
            if ctx_keys:
                own = set(keys(p.name))
                admins = _division_keys(p)
                # a province matches no context by its own name; a town may lie in a province of
                # its own name ("Veracruz, Veracruz" is the city in the state)
                if p.kind != "city":
                    admins -= own
                if _overlap(admins, ctx_keys if p.kind == "city" else ctx_keys - own):
                    score += 3.0
                    matched_context = True
                elif p.kind == "city" and not p.admin2 and (p.country, p.admin1) in district_provinces:
                    # "El Ayoun (Kankossa)": the gazetteer tells no district of the town, and the
                    # district written with it lies in the town's province: nothing disagrees
                    score += 2.0
                    matched_context = True
                elif placed_context:
                    usual = False
            if usual:
                score += 2.5
            if want_kind:
                score += 1.5 if p.kind == want_kind else (0.5 if p.kind.startswith("adm") else 0.0)
            elif feature in TOWN_FEATURES and p.kind == "city":
                score += 1.5
            elif p.kind == "city":
                score += 0.3  # a bare name is more often the town than the district named after it
                if p.admin2 and fold(p.admin2) == fold(p.name) == fold(name) \
                        and (p.country, p.admin1, fold(p.name)) in seat_districts:
                    # "El Salto, Jalisco": the seat of the district of that name, not a namesake
                    # village of another district of the state
                    score += SEAT_OF_NAMESAKE
            elif p.kind == "adm2" and town_of_name and _kind_left_out(name, p.name, enclosing):
                # "in Jackson" is the town of that name: a county whose own name holds its kind
                # word ("Jackson County") is written with it
                score -= KIND_LEFT_OUT
            elif _seat_inside(p, seats):
                score -= 1.0
            if best is None or score > best[0]:
                best = (score, p)
            if score > by_country.get(p.country, -99.0):
                by_country[p.country] = score
        score, place = best
        # "Lalpur village of Bhagabanpur area (East Midnapore district, West Bengal)": no Lalpur
        # lies in the districts written with it, so those districts are the better answer
        # (a place as big as a province is not a namesake lost in them: "Texas, Arizona and New
        # Mexico" is a list, and "Los Angeles, Miami" names two cities)
        # ("Shawal valley of North Waziristan" is not Sahiwal, Punjab, however big: only its vowels agree)
        outside_districts = bool(ctx_keys) and not matched_context and (spelled or not prominent(place)) \
            and any(self.candidates(c) for c in context)
        # "Khost town (Harnai district, Balochistan)": no Khost in Pakistan is known, so the
        # written district is a better answer than a Khost in another country
        wrong_country = bool(ctx_countries) and place.country not in ctx_countries and bool(context)
        if outside_districts or wrong_country:
            # "Balakliia (Izium, Kharkiv)": the namesake held as written lies elsewhere; the town
            # in the written districts that goes by the name among its other names is the one
            # (Balakliya), before the district around it
            beside = self._other_in_context(name, cands, ctx_keys, ctx_countries) \
                or self._spelled_in_context(name, ctx_keys, ctx_countries, want_kind)
            if beside is not None:
                return Resolved(beside, score, precision(beside, feature, near))
            fallback = self.enclosing_place(context, focus, region)
            if fallback is not None and (wrong_country or not ctx_countries
                                         or fallback.place.country in ctx_countries):
                town = _namesake_beside(cands, fallback.place)
                if town is not None:
                    return Resolved(town, score, precision(town, feature, near))
                return fallback
            if wrong_country and place.kind not in ("country", "region") and fold(place.name) != fold(name) \
                    and self._country_written(context, place.country):
                # "Selac, Kosovo": a place the gazetteer lacks in the country written with it, not a
                # place of another country that goes by that name among others (a place bearing the
                # name itself stays: "Jerusalem, Israel" is the city, whatever country holds it; and
                # "Syria, Iraq" is a list of countries)
                return None
        others = [s for c, s in by_country.items() if c != place.country]
        margin = 0.0 if guessed else score - max(others) if others else 99.0
        return Resolved(place, score, precision(place, feature, near), margin,
                        not possible and place in by_other_name)

    def _curated(self, p: Place) -> bool:
        """A place of the aliases file (its own or a GeoNames place an alias points at)."""
        return (p.population == 0 and p.geonameid is None) or p.geonameid in self.gaz.curated

    def _country_written(self, context, other: str | None) -> bool:
        """Whether a name written with a place is a country's ("Selac, Kosovo"), and no province's
        of the country ``other`` ("Rafi LGA (Niger)" writes the Nigerian state)."""
        return any(self.country_of(c) for c in context) \
            and not any(p.kind == "adm1" and p.country == other for c in context for p in self.candidates(c))

    def _other_name(self, name: str, countries: set[str | None]) -> tuple[Place, ...]:
        """Towns that go by ``name`` among their other names ("Patras" is Patra, "Uralsk" Oral),
        for a name no place bears as its own: in ``countries``, those the text places it in,
        since other names repeat the world over ("Elenovka" is also Sevan, Armenia); with no
        country known, only the one prominent town of that name. Never a town of a country whose
        places English news writes as spelled at home: its other names are former ones and
        names in other tongues ("Feltonville" was Hudson, Massachusetts)."""
        found = self._towns_by_other_name(name)
        if countries:
            return _spelled_alike(self, name, tuple(p for p in found if p.country in countries))
        big = tuple(p for p in found if prominent(p))
        return big if len(big) == 1 else ()

    def _other_beside(self, name: str, cands, countries: set[str | None]) -> tuple[Place, ...]:
        """Towns that go by ``name`` among their other names, read beside the places of that own
        name when none of those lies in the countries the text places it in ("Kalinovo" in a
        Donetsk story is Kalynove, not the Russian village; "Odessa, Ukraine" is Odesa). Never
        without a country told: a big city's former name is a town's own ("Salisbury" is no
        longer Harare, "Ariel" is no Jerusalem)."""
        if not countries or any(p.kind in ("country", "region") for p in cands):
            return ()  # ("Africa" is the continent, not an old name of Mahdia)
        if any(p.country in countries for p in cands):
            # "Kupiansk" names only the district written with its kind word ("Kupiansk Raion") as
            # it is spelled now; the town it is named after may be held spelled otherwise
            # (Kupyansk), in the same province: a bare name is the town
            if not all(p.kind in ("adm1", "adm2") and fold(p.name) != fold(name) for p in cands):
                return ()
            provinces = {(p.country, p.admin1) for p in cands}
            return tuple(p for p in self._towns_by_other_name(name)
                         if p.kind == "city" and (p.country, p.admin1) in provinces)
        return tuple(p for p in self._towns_by_other_name(name) if p.country in countries and p not in cands)

    def _other_in_context(self, name: str, cands, ctx_keys: set[str], countries: set[str | None]) -> Place | None:
        """The biggest town that goes by ``name`` among its other names and lies in the provinces
        or districts the text writes with it (``ctx_keys``) and in its countries, when none of
        ``cands`` (the places of that own name) does."""
        if not ctx_keys:
            return None
        return _biggest_town_within([p for p in self._towns_by_other_name(name) if p not in cands],
                                    ctx_keys, countries)

    def _spelled_in_context(self, name: str, ctx_keys: set[str], countries: set[str | None],
                            want_kind: str | None) -> Place | None:
        """The town or district of the provinces written with ``name`` that spells it one letter
        apart or blind to "h" and doubled letters ("Chora district, Urozgan" is Chorah, "Nahri
        Saraj district, Helmand" Nahr-e Saraj), when no place of that spelling lies there: inside
        the district written with it, where one is; the biggest, of the kind its kind word says.
        Never in a country whose places English news writes as spelled at home."""
        bare = fold(name).replace(" ", "").replace("-", "")
        if not ctx_keys or len(bare) < SPELLED_IN_CONTEXT_SHORTEST or not _spellable(name):
            return None
        written_loose = loose(fold(name))
        as_written = name_parts().spelled_as_written  # there another letter is another town
        names, districts = self.gaz.cols["name"], self.gaz.cols["admin2"]
        found: list[Place] = []
        written: dict[str, bool] = {}  # each district of the provinces read: whether the text writes it
        for country, _admin1, own, rows in self.gaz.provinces():
            if (countries and country not in countries) or country in as_written \
                    or not _overlap(set(own), ctx_keys):
                continue
            for i in rows:
                district = districts[i]
                if district and district not in written:
                    written[district] = _overlap(set(keys(district)), ctx_keys)
                if _one_letter_apart(name, names[i]) or loose(fold(names[i])) == written_loose:
                    found.append(self.gaz.place(i))
        if any(written.values()):
            # a district is written with the name: a namesake of the province outside it is not the place
            found = [p for p in found if p.admin2 and written.get(p.admin2, False)]
        if not found:
            return None
        return max(found, key=lambda p: (p.kind == want_kind, p.population))

    def _town_of_municipality(self, name: str, ctx_keys: set[str], countries: set[str | None]) -> Place | None:
        """ "Paletwa Township, Mindat District, Chin State", the township the gazetteer lacks: the
        biggest town of its name in the provinces or districts written with it (a township of
        Myanmar is named after its town). Not a town of that name elsewhere: "Springfield
        Township" in an Ohio story is no Springfield of another county."""
        bare = without_municipality_word(name)
        if bare is None or not ctx_keys:
            return None
        return _biggest_town_within(self.candidates(bare), ctx_keys, countries)

    def _spelled_at_home(self, name: str, cands, countries: set[str | None]) -> tuple[Place, ...]:
        """The provinces, districts and big towns of the story's countries spelled with another "h"
        or doubled letter ("Hiran region" in a Somali story is Hiraan), read beside the places of
        that exact spelling when none of those lies in those countries (a village of Iraq's);
        never in a country whose places English news writes as spelled at home."""
        if not countries or any(p.country in countries for p in cands):
            return ()
        as_written = name_parts().spelled_as_written  # there another letter is another place
        return tuple(p for p in self.gaz.lookup_loose(name)
                     if p.country in countries and p.country not in as_written and p not in cands
                     and (p.kind in ("adm1", "adm2") or prominent(p)))

    def _towns_by_other_name(self, name: str) -> list[Place]:
        """Towns that go by ``name`` among their other names, outside the countries whose places
        English news writes as spelled at home (there other names are former ones and names in
        other tongues)."""
        as_written = name_parts().spelled_as_written
        return [p for p in self.gaz.lookup_other(name) if p.country not in as_written]

    def _division_spelled_otherwise(self, name: str) -> tuple[Place, ...]:
        """The province a name the gazetteer lacks means when only its vowels or article differ
        ("Idleb" is Idlib), with its namesake districts: only where they all lie in one country,
        and never for an acronym ("OSYM").  Districts alone are too many to be more than chance."""
        if not _spellable(name):
            return ()
        found = tuple(p for p in self.gaz.lookup_vowelless(name) if p.kind in ("adm1", "adm2"))
        if len({p.country for p in found}) != 1 or not any(p.kind == "adm1" for p in found):
            return ()
        return found

    def _spelled_otherwise(self, name: str, countries: set[str | None], enclosing: bool,
                           country_written: bool = False) -> tuple[tuple[Place, ...], bool]:
        """Candidates for a name the gazetteer lacks as written, spelled with other vowels
        ("Menbij" is Manbij, "Teftnaz" Taftanaz): in ``countries``, those the text places it
        in through the places written with it or the story's country, since a vowel-blind name
        matches namesakes the world over, else the one prominent place it spells ("Idleb
        province" in a report about Turkish forces); never for an acronym.  A name written as the
        division around another ("Fakkeh in al-Hasakeh") may also be the one country's division
        it spells, as a guess (True) that gives the story and its actors no country."""
        if not _spellable(name):
            return (), False
        as_written = name_parts().spelled_as_written  # there another vowel is another place
        found = [p for p in self.gaz.lookup_vowelless(name) if p.country not in as_written]
        placed = tuple(p for p in found if p.country in countries) if countries else ()
        if placed:
            return placed, False
        # the one prominent place it spells, also outside the country the story is about when
        # no place written with the name tells its country: a focus read from the actors
        # ("Turkish forces ... in Idleb province") is no reason to lose Idlib, but the story
        # and its actors get no country from it ("the Hamrin mountains in Saladin province" are
        # no council of Malta)
        placed = _one_prominent(name, found) if not country_written else ()
        if placed or not enclosing:
            return placed, bool(placed) and bool(countries)
        division = self._division_spelled_otherwise(name)
        return division, bool(division)

    def enclosing_place(self, context, focus, region: str | None = None) -> Resolved | None:
        """ "Buleda tehsil (Kech, Balochistan)" with Buleda unknown: the most specific enclosing place,
        read in the story's region as any bare name is ("Volunteer Parkway in Bristol" in a
        Tennessee story is in Bristol, Tennessee)."""
        for i, outer in enumerate(context):
            found = self.resolve(outer, tuple(context[i + 1:]), focus, None, False, enclosing=True, region=region)
            if found is not None and found.place.kind == "city" and not prominent(found.place) \
                    and i == len(context) - 1:
                # "Tonenke (Donetsk)": the last name written around an unknown place is its province
                # when one bears that very name, rather than a small town of it in the story's country
                # (Donetsk, Rostov oblast)
                division = [p for p in self.candidates(outer) if p.kind == "adm1" and fold(p.name) == fold(outer)]
                if len(division) == 1 and division[0].country != found.place.country:
                    found = Resolved(division[0], found.score, 3, found.margin)
            if found is not None and found.place.kind != "country":
                return Resolved(found.place, found.score - 1.0, 2, found.margin)
        return None


def _namesake_beside(cands, division: Place) -> Place | None:
    """The town of the name that lies beside the province written with it though the gazetteer
    counts it in a neighbouring one ("Garabulli (Almargeb)": GeoNames files Garabulli under
    Tripoli, ACLED and the press under Almargeb): the nearest town of the name in the province's
    country within BESIDE_KM of its point, else None. A district written with it is too small to
    err by a border: only provinces."""
    if division.kind != "adm1" or division.lat is None or division.lon is None:
        return None
    near = [(km(p.lat, p.lon, division.lat, division.lon), p) for p in cands
            if p.kind == "city" and p.country == division.country and p.lat is not None and p.lon is not None]
    near = [(d, p) for d, p in near if d <= BESIDE_KM]
    if not near:
        return None
    # (in the province the text writes: the writer's map is the one its reader knows)
    return replace(min(near, key=lambda dp: dp[0])[1], admin1=division.admin1)


def _spelled_alike(resolver: Resolver, name: str, found: tuple[Place, ...]) -> tuple[Place, ...]:
    """Of several towns that go by ``name`` among their other names, those whose own name spells it
    with other vowels ("Sloviansk" is Slovyansk, though Nikopol also went by it), else all."""
    if len(found) < 2 or not _spellable(name):
        return found
    alike = {(p.name, p.lat, p.lon) for p in resolver.gaz.lookup_vowelless(name)}
    return tuple(p for p in found if (p.name, p.lat, p.lon) in alike) or found


def _one_prominent(name: str, found: list[Place]) -> tuple[Place, ...]:
    """With no country to look in, a name spelled with other vowels is taken for a place only
    when it is one letter from exactly one prominent place the world over (its article aside),
    with the districts and towns of its name inside that place ("Idleb city" is Idlib, "Quamishli" Qamishli): a province
    or a city of 100,000 people is what news writes in many spellings; villages are too many."""
    big = [p for p in found if prominent(p) and p.kind != "country" and _one_letter_apart(name, p.name)]
    if len({(p.country, p.admin1) for p in big}) != 1:
        return ()
    home = (big[0].country, big[0].admin1)
    return tuple(p for p in found if (p.country, p.admin1) == home)


def _division_keys(p: Place) -> set[str]:
    """The keys of the province and district a place lies in."""
    return set(keys(p.admin1 or "")) | set(keys(p.admin2 or ""))


def _biggest_town_within(places, ctx_keys: set[str], countries: set[str | None]) -> Place | None:
    """The most populous town of ``places`` that lies in the provinces or districts written
    (``ctx_keys``) and in ``countries`` (any, when empty), else None."""
    found = [p for p in places if p.kind == "city" and (not countries or p.country in countries)
             and _overlap(_division_keys(p), ctx_keys)]
    return max(found, key=lambda p: p.population) if found else None


def _initials(name: str) -> bool:
    """A name of two or three capital letters ("AAS", "IS"): initials more often than a place."""
    return 2 <= len(name) <= 3 and name.isalpha() and name.isupper()


def _spellable(name: str) -> bool:
    """A name that may be spelled otherwise: words of letters, not an acronym ("OSYM") or a code."""
    return not name.isupper() and name.replace(" ", "").replace("-", "").isalpha()


def prominent(p: Place) -> bool:
    """A country, a province or a big city: written with places that do not hold it, it is
    listed beside them, not lost inside them."""
    return p.kind in ("country", "region", "adm1") or p.population >= PROMINENT


def _seat_inside(p: Place, seats: set) -> bool:
    """Whether p is a district with a town of the same name in it ("Horlivka" in Horlivskyi
    Raion). Provinces keep their lead: "New York" or "Idlib" alone is as often the province."""
    return p.kind == "adm2" and (p.country, p.admin1, p.admin2) in seats


def _overlap(admins: set[str], context: set[str]) -> bool:
    """Admin names agree, allowing a suffix of spelling ("Luhansk" and "Luhanska oblast")."""
    if admins & context:
        return True
    return any(len(a) >= 5 and len(c) >= 5 and (a.startswith(c) or c.startswith(a)) for a in admins for c in context)


def precision(place: Place, feature: str | None, near: bool) -> int:
    if place.kind in ("country", "region"):
        return 4
    if place.kind == "city":
        return 2 if near or (feature in AREA_FEATURES) else 1
    if feature in AREA_FEATURES:
        return 2
    return 3


@lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    from ..loads import one_off
    from .gazetteer import load_gazetteer

    with one_off("gazetteer"):  # a run's rate leaves the load out (sitroom/loads.py)
        return Resolver(load_gazetteer())


__all__ = ["Resolved", "Resolver", "default_resolver", "fold"]
