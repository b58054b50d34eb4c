"""Where an article's events happened: its place mentions resolved with the gazetteer (when
there is one) in the story's country, the most precise place an event was told at, a place the
gazetteer lacks put at a known place told with it, and fighting in a theatre of war put on its
front line.
"""

from __future__ import annotations

import re

from dataclasses import replace
from functools import cache

from ..geo.abbreviations import abbreviations, division_of, state_initials
from ..geo.coherence import support
from ..geo.distance import km, km_to_line
from ..geo.gazetteer import Place
from ..geo.name_parts import (direction_words, is_local_feature, is_street, is_street_word, is_town_part, is_town_side,
                              named_alone, names_other_than_state, states_written, without_municipality_word)
from ..geo.names import ascii_name, fold, keys, spellings
from ..geo.resolve import ADMIN_FEATURES, Resolved, precision as geo_precision, prominent
from ..geo.sides import seat_toward
from ..model import Location
from .codebook import Codebook
from .places import (CITY, NAMESAKE_TOWN, PlaceMention, bureau_dateline, capital_named, crime_scenes, cues as place_cues, is_country,
                     jurisdictions, place_country, shared_division)
from .sentence_coder import SentenceInfo
from .theatres import Front, runs_through
from .web_address import outweighs, stray_town, web_country, web_state, web_told


class ArticlePlaces:
    """The article's place mentions resolved with the gazetteer (when there is one)."""

    def __init__(self, codebook: Codebook, resolver, focus: str | None, infos: list[SentenceInfo],
                 dateline: str | None, outlet_town: str | None = None, web: tuple = (), slug: tuple = ()):
        self.codebook = codebook
        self.resolver = resolver
        self.focus = focus
        self._cache: dict = {}
        self._support = None
        self._parts: dict[str, str] = {}  # a part of a town told as the town's ("Miami's Overtown")
        # the countries of the story's names of provinces or districts that only one country's
        # towns and divisions bear ("the countryside of Aleppo"): where a name the gazetteer lacks
        # as written is looked for spelled otherwise, beside the story's country ("Tall Refaat" is
        # Tall Rif'at), and a place it lacks may be placed (see _nearest_known)
        self.told_countries: frozenset[str] = frozenset()
        if resolver is not None:
            # the article's names agree on where it is ("Paris" with "Lamar County" is in Texas)
            self._support = support({p.name: resolver.candidates(p.name) for info in infos for p in info.places})
            self.told_countries = frozenset(
                c for c in {_division_country(resolver, n) for info in infos for p in info.places
                            for n in (p.name, *p.context)} if c)
        if resolver is not None:
            self._parts = _possessed_parts(infos)
        # names the story writes as parts of a town ("the Austin neighborhood"): never its town,
        # wherever they are also written bare
        self.town_parts = {fold(p.name) for info in infos for p in info.places if is_town_part(p.text, p.feature)}
        # the story's own spelling of a name the gazetteer writes with its opening word shortened
        # or in full ("St. George" for Saint George, "Ft. Myers" for Fort Myers)
        self.written = _written_spellings([dateline, outlet_town]
                                          + [n for info in infos for p in info.places for n in (p.name, *p.context)])
        if resolver is not None and focus is None:
            votes: dict[str, int] = {}
            voted: set[str] = set()
            for info in infos:
                for p in info.places:
                    # each name votes once: a village's name told three times ("Overtown") says
                    # no more of the country than a big city's told once ("Miami")
                    if p.name in voted or (is_town_side(p.name) and not p.context):
                        continue  # ("the South Side" is a part of a town, no town "Southside")
                    voted.add(p.name)
                    # resolved without a focus, and not cached: the cache holds answers given the focus
                    # a region of no one country ("the Middle East") casts no vote; a city of
                    # 100,000 people or more is sure enough of its country
                    # ("Overtown" told as "Miami's Overtown" votes as Miami)
                    name = self._parts.get(fold(p.name), p.name) if not p.context else p.name
                    r = resolver.resolve(name, p.context, None, p.feature, p.near)
                    if r is not None and _part_of_unknown_town(r, p, resolver, None):
                        continue  # "the al Alam square in Tyr" says nothing of Al-'Alam's country
                    # a town's other name places a mention but never says the story's country:
                    # "the Wheels of Soul" (a club) is not news from Seoul
                    if r is not None and not r.other_name and r.place.country \
                            and (r.country_certain or (r.place.kind == "city" and prominent(r.place))):
                        votes[r.place.country] = votes.get(r.place.country, 0) + 1
            for info in infos:
                for p in info.places:
                    for name in p.context:
                        # "Eastridge Mall in Gastonia": the town written around a place votes
                        # twice, a town the story says its place is in
                        if name in voted:
                            continue
                        voted.add(name)
                        r = resolver.resolve(name, (), None)
                        if r is not None and r.place.kind == "city" and r.country_certain and r.place.country:
                            votes[r.place.country] = votes.get(r.place.country, 0) + 2
            if dateline:
                r = resolver.resolve(dateline)
                if r is not None and r.country_certain and r.place.country:
                    votes[r.place.country] = votes.get(r.place.country, 0) + 2
            if outlet_town:
                # "... - MSNewsNow.com - Jackson, MS": a local outlet's town, written with its state
                r = dateline_town(resolver, outlet_town)
                if r is not None and r.place.country and ("," in outlet_town or r.country_certain
                                                          or prominent(r.place)):
                    votes[r.place.country] = votes.get(r.place.country, 0) + 2
            country = web_country(web)
            if country is not None:
                # "nbcphiladelphia.com": a local outlet's city, by its web address, as sure as its title's
                votes[country] = votes.get(country, 0) + 2
            if votes:
                self.focus = max(votes, key=lambda iso3: votes[iso3])
        # the story's own town: its dateline ("RENO, Nev. (KOLO) -"), else the town of its country
        # it names most; a local story's streets and unplaced events are there, and its state
        # decides between namesakes ("Westwood" in a Cincinnati story)
        self.region: str | None = None
        self.home = None
        self.local = False
        self.correspondent = False  # filed under a foreign correspondent's dateline ("KYIV, Ukraine -")
        # the state the story names most, read once: for a dateline without its state, else for
        # the town the story names most
        named: str | None = None
        named_read = False
        if resolver is not None and dateline:
            # a dateline without its state ("DEER LODGE (WATE) -") is the namesake in the state
            # the story names most ("Morgan County, Tennessee"...), when it names one
            hint = None
            if "," not in dateline:
                hint = named = _named_state(infos, self.focus)
                named_read = True
            self.home = dateline_town(resolver, dateline, self.focus, hint)
            if self.home is not None and "," not in dateline and hint is None:
                # "ENGLEWOOD -" in a story of the Chicago police, or of a Chicago outlet by its web
                # address ("abc7chicago.com"): a part of the big city
                big = self._big_city_over_namesake(self.home, self._told_towns(infos) + web_told(web, self.focus),
                                                   infos)
                big = big or stray_town(self.home, web, self.focus)
                if big is not None:
                    self.home, dateline = big, f"{big.place.name}, {big.place.admin1}"
        # a bare capital's dateline ("ISLAMABAD:") is where a story was filed, often far from its
        # events; a town written with its state ("Reno, Nev."), a city its country's news writes
        # alone ("DETROIT -": name_parts.yaml standalone_cities), a bare town of a country whose
        # news writes other states' towns with their state ("HARTFORD -" is a Connecticut outlet's)
        # or the town a story names most is the local story's own, whose bare namesakes elsewhere
        # are taken for parts of it
        # (not a town written with its country, "BAMAKO, Mali (Reuters) -": a foreign correspondent's
        # dateline, whose story may be anywhere in the country)
        self.correspondent = self.home is not None and _country_dateline(codebook, dateline, self.home)
        self.local = self.home is not None and not self.correspondent \
            and ("," in (dateline or "") or named_alone(self.home.place.country, self.home.place.name)
                 or states_written(self.home.place.country))
        self.datelined = self.home is not None  # the story's town is its dateline's, not a guess
        # filed at a wire service's regional bureau ("CAIRO (AP) -"), not at the story's town
        self.bureau = self.home is not None and bureau_dateline(dateline)
        # the countries the story names ("Sudan", "Sudanese troops"): a bureau's story may be about one
        self.named_countries = {m.nationality or m.country for info in infos for m in info.mentions
                                if m.nationality or m.kind in ("country", "people")} if self.bureau else set()
        self.told_home = True  # the story's town is one its text (or page title) tells
        outlet = None
        if resolver is not None and outlet_town and "," in outlet_town:
            outlet = dateline_town(resolver, outlet_town, self.focus)
        elif resolver is not None and outlet_town:
            # a newspaper's name ("... - Denver Herald"): a town of the story's country, sure of
            # it ("Orange County Register" names no town; "Los Angeles Times" in a story read as
            # Chile's is not Los Ángeles, Chile)
            blind = dateline_town(resolver, outlet_town)
            outlet = dateline_town(resolver, outlet_town, self.focus)
            if outlet is None or outlet.place.kind != "city" or outlet.place.country != self.focus \
                    or not outlet.country_certain \
                    or (blind is not None and prominent(blind.place) and blind.place.country != self.focus):
                outlet = None
        if self.home is None and resolver is not None:
            # the state the story names most ("a Georgia Highway", "Laurel, Miss."), else a local
            # outlet's state ("... - MSNewsNow.com - Jackson, MS"), decides between the namesakes
            # of the town a story names most ("Lexington" is Lexington, Mississippi)
            hint = named if named_read else _named_state(infos, self.focus)
            # (the outlet's own state, not one the text names: "Sharon, Pennsylvania" in an Ohio story)
            outlets_state = hint is None
            if hint is None and outlet is not None and outlet.place.country == self.focus:
                hint = outlet.place.admin1
            self.region = hint or web_state(web, self.focus)
            self.home = self._most_told_town(infos, outlets_state)
            if hint is None and self.region is not None and self.home is not None:
                # (a local outlet's state read from its web address, as for a dateline)
                hinted, self.region = self.home, None
                self._cache.clear()
                blind = self._most_told_town(infos)
                self.home = blind if blind is not None and outweighs(blind, hinted) else hinted
                self.home = stray_town(self.home, web, self.focus) or self.home
                hint = web_state(web, self.focus)
            self.local = self.home is not None
            self.region = (hint or web_state(web, self.focus)) if self.home is None else None
            self._cache.clear()
        if self.home is None and outlet is not None:
            # the weakest cue: the town a local outlet names itself after in the page's title
            # ("... - WMC Action News 5 - Memphis, Tennessee")
            self.home = outlet
            self.local = True
        if self.home is None and web_told(web, self.focus):
            # weaker still: the big city a local outlet's web address names ("abc7chicago.com")
            # (its spots are the city's; but a story that tells no town of its own may tell
            # several crimes: merging.py retells none of them far down as the lead's)
            self.home = web_told(web, self.focus)[0][2]
            self.local = True
            self.told_home = False
        slug_town = [p for p in slug if self.focus in (None, p.country)]
        if self.home is None and slug_town:
            # weakest: the big city the page's address names in its headline's words
            # (".../child-shot-in-parking-lot-southeast-atlanta/"), for a story that names no town
            self.home = Resolved(slug_town[0], 0.0, 1)
            self.local = True
            self.told_home = False
        if self.home is None and resolver is not None and self.focus is not None:
            # no town of its own, but a county it names ("the Wyandotte County district attorney"):
            # the story's events are in that county, at its seat, as far as is known
            self.home = self._most_told_county(infos)
        if self.home is not None and self.focus is None:
            self.focus = self.home.place.country
        if self.home is not None and self.home.place.country == self.focus and not self.correspondent:
            # (a foreign correspondent's dateline, "KYIV, Ukraine -", is where the reporter files
            # from: its province is no hint to the story's namesakes, "Dnipro" is still the city)
            self.region = self.home.place.admin1
            self._cache.clear()  # names read before the region was known are read again with it

    def _most_told_town(self, infos: list[SentenceInfo], outlets_state: bool = False) -> Resolved | None:
        """Without a dateline, the story's town is the town of its country it names most often
        (the first of those named as often); with ``outlets_state`` (the region is the outlet's
        state), not a small town of another state written bare (``_bare_elsewhere``)."""
        told = self._told_towns(infos, outlets_state)
        if not told:
            return None
        best = max(told, key=lambda t: (t[0], -t[1]))[2]
        return self._big_city_over_namesake(best, told, infos) or best

    def _most_told_county(self, infos: list[SentenceInfo]) -> Resolved | None:
        """The county (second-level division) of the story's country it names most often, sure of
        its country and in the state the story names most, else the only county of its name in
        the country (the first of those named as often); None when it names none."""
        hint = _named_state(infos, self.focus)
        told: dict[int, tuple[int, int, Resolved]] = {}
        for info in infos:
            # ("the Orange County Sheriff's Office": a county's force names the county)
            forces = [PlaceMention(name, name, 0, 0, 0) for name in jurisdictions(info.tokens)
                      if ADMIN_FEATURES.get(fold(name).rpartition(" ")[2]) == "adm2"]
            for p in info.places + forces:
                r = self.resolve(p)
                if r is None or r.place.kind != "adm2" or r.place.country != self.focus or not r.country_certain \
                        or (hint is not None and r.place.admin1 != hint):
                    continue
                head, _, last = fold(p.name).rpartition(" ")
                if ADMIN_FEATURES.get(p.feature or last) != "adm2" \
                        and not (head and fold(r.place.name).endswith(" " + last)):
                    continue  # written as a county ("Tulsa County", "Caddo Parish"), not a town ("in Hudson")
                if hint is None and sum(c.kind == "adm2" and c.country == self.focus
                                        for c in self.resolver.candidates(p.name)) > 1:
                    continue  # "Orange County" of no state named: one of several
                count, first, _ = told.get(id(r.place), (0, info.index, r))
                told[id(r.place)] = (count + 1, first, r)
        if not told:
            return None
        return max(told.values(), key=lambda t: (t[0], -t[1]))[2]

    def _told_towns(self, infos: list[SentenceInfo], outlets_state: bool = False) -> list[tuple[int, int, Resolved]]:
        """The towns of the story's country it names: (times told, first sentence, reading);
        with ``outlets_state``, not those ``_bare_elsewhere`` leaves out."""
        told: dict[int, tuple[int, int, Resolved]] = {}
        for info in infos:
            # ("North Tulsa" in a headline tells Tulsa)
            # ("[coded to Athens-Central Athens]" tells Athens)
            found = [self.resolve(p) or (_part_of_town(p, self) if info.index < 0 else None) or _city_part(p, self)
                     for p in info.places]
            # "Fresno police", "the Laurel Police Department": a local force names its town
            found += [self._force_town(name) for name in jurisdictions(info.tokens)]
            scene = self._crime_scene_town(info)
            if scene is not None:
                found.append(scene)
            # (a big city's name written as a neighbourhood's, "the Austin neighborhood", is a part of
            # another town; a small place may be that very neighbourhood)
            found = [r for p, r in zip(info.places, found)
                     if not (r is not None and prominent(r.place) and fold(p.name) in self.town_parts)
                     and not (outlets_state and r is not None and not p.context and self._bare_elsewhere(r.place))] \
                + found[len(info.places):]
            for r in found:
                # (a city of 100,000 people or more is sure enough: "Fresno police" is not Fresno, Colombia)
                if r is None or r.place.kind != "city" or not (r.country_certain or prominent(r.place)) \
                        or self.focus not in (None, r.place.country):
                    continue
                key = id(r.place)
                count, first, _ = told.get(key, (0, info.index, r))
                told[key] = (count + 1, first, r)
        return list(told.values())

    def _force_town(self, name: str) -> Resolved | None:
        """The town a local force is named after ("Kansas City police"), read without "City" where
        the gazetteer knows no town of the name with it ("the Taichung City Police": Taichung)."""
        found = self.resolver.resolve(name, (), self.focus, region=self.region)
        if (found is None or found.place.kind != "city") and name.endswith(" " + CITY):
            found = self.resolver.resolve(name[:-len(CITY) - 1], (), self.focus, region=self.region)
        return found

    def _bare_elsewhere(self, p: Place) -> bool:
        """A small town of another state than the story's outlet's (its page title's or web
        address's; a state the text names may be written for a town elsewhere), written
        without its state in news that writes other states' towns with theirs (``states_written``):
        a place the gazetteer lacks in the story's state ("Green Meadows" in a Los Angeles paper's
        story is no village of Ohio), not the story's town."""
        return self.region is not None and p.kind == "city" and p.country == self.focus \
            and p.admin1 != self.region and not prominent(p) and states_written(self.focus)

    def _crime_scene_town(self, info: SentenceInfo) -> Resolved | None:
        """ "Police investigate Wilmington double shooting": the first name a crime is called
        after that is a town, one that bears the name as written before one found by a part of
        it ("Chapel Hill drive-by shooting" is Chapel Hill, not Hill City)."""
        first: Resolved | None = None
        for name in crime_scenes(info.tokens):
            r = self.resolver.resolve(name, (), self.focus, region=self.region)
            if r is None or r.place.kind != "city":
                continue
            if fold(r.place.name) == fold(name):
                return r
            first = first or r
        return first

    def _big_city_over_namesake(self, town: Resolved, told: list, infos: list[SentenceInfo]) -> Resolved | None:
        """A small town's name borne by towns of several states ("Kensington", "Germantown",
        "Englewood"), read in none of the story's states, is a part of the big city of another state
        the story names ("Philadelphia police"), not the namesake town: that city (the most told of
        them), or None. A town with a police force of its own ("Beloit police") is a town."""
        p = town.place
        if p.kind != "city" or p.population >= VILLAGE or prominent(p) \
                or (self.region is not None and p.admin1 == self.region):
            return None
        if any(fold(name) == fold(p.name) for info in infos for name in jurisdictions(info.tokens)):
            return None
        states = {c.admin1 for c in self.resolver.candidates(p.name) if c.kind == "city" and c.country == p.country}
        if len(states) < 2:
            return None
        big = [(count, -first, r) for count, first, r in told
               if r.place.kind == "city" and prominent(r.place) and r.place.country == p.country
               and r.place.admin1 != p.admin1 and (self.region is None or r.place.admin1 == self.region)]
        return max(big, key=lambda t: t[:2])[2] if big else None

    def resolve(self, p):
        if self.resolver is None or p is None:
            return None
        key = (p.name, tuple(p.context), p.feature, p.near, getattr(p, "beside", False), getattr(p, "also", None),
               getattr(p, "side", None))
        if key in self._cache:
            return self._cache[key]
        if not p.context and fold(p.name) in self._parts:
            # "in Overtown" where the story writes "Miami's Overtown": a part of Miami
            town = self.resolver.resolve(self._parts[fold(p.name)], (), self.focus, region=self.region,
                                         support=self._support)
            if town is not None and town.place.kind == "city" and town.place.country in (None, self.focus) \
                    and (town.country_certain or prominent(town.place)):
                self._cache[key] = replace(town, precision=max(town.precision, 2))
        if key not in self._cache and not p.context and is_town_side(p.name):
            # "the South Side", "the East End": a side of the story's town, not a namesake town
            # ("Southside", Alabama) of another state; placed where the story's town is (see locate)
            r = self._alone(p)
            in_region = r is not None and self.region is not None and r.place.country == self.focus \
                and r.place.admin1 == self.region
            self._cache[key] = r if in_region else None
        if key not in self._cache and p.context and is_street_word(p.feature):
            # "Murree road in Rawalpindi city": a road named after the town it leads to lies in the
            # place written around it (precision 2), not in that town; where the gazetteer lacks
            # that place, the road's town is the nearest known
            enclosing = self.resolver.enclosing_place(self._written_context(p), self.focus, self.region)
            if enclosing is not None:
                self._cache[key] = enclosing
        if key not in self._cache and getattr(p, "beside", False):
            # "Forney, east of Dallas": the town itself, in the story's country, when the gazetteer
            # knows it; else at the place it lies beside (below)
            r = self._alone(p)
            if r is not None and r.place.kind == "city" and r.place.country == self.focus:
                self._cache[key] = r
        if key not in self._cache and len(p.context) == 1 and p.feature in place_cues().settlement_words:
            # "the West Bank city of Jenin", "Sudan's western town of Geneina": a division's name
            # before the kind word and "of" encloses the town named after them
            town = self._town_inside(p)
            if town is not None:
                self._cache[key] = town
        capital = capital_named(self.codebook, p) if key not in self._cache else None
        if capital is not None:
            town, iso3 = capital  # "the Yemeni capital": Sanaa, in Yemen
            self._cache[key] = self.resolver.resolve(town, (), iso3)
        if key not in self._cache:
            # "R.I.", "N.J." written alone (a dateline the reader did not take for one): the state
            state = _initialism_state(p.name)
            name, country = (state[0], state[1]) if state else (p.name, self.focus)
            self._cache[key] = self.resolver.resolve(name, self._written_context(p), country, p.feature, p.near,
                                                     region=self.region, support=self._support,
                                                     told=self.told_abroad())
        self._cache[key] = self._beside_written(p, self._cache[key])
        return self._cache[key]

    def told_abroad(self) -> frozenset[str]:
        """The countries of the story's provinces and districts (``told_countries``) when none of
        them is the story's country: a country told by its actors alone ("Turkish forces ... in
        Idleb"), not by its places or its own town ("inside the Honda" in a story from Jackson,
        Mississippi, names no Colombian district)."""
        if self.focus in self.told_countries or (self.home is not None and self.home.place.country == self.focus):
            return frozenset()
        return self.told_countries

    def _beside_written(self, p, found: Resolved | None) -> Resolved | None:
        """A mention's reading moved by what is written beside it: the side of a province it is
        told on, or another spelling in brackets after it."""
        side = getattr(p, "side", None)
        if side is not None and found is not None and self._at_anchor(p, found):
            # "Sfuhen in the southern countryside of Idleb": a village the gazetteer lacks, on that
            # side of the province (at the seat of its district there, near it: precision 2)
            seat = seat_toward(self.resolver.gaz, found.place, side)
            if seat is not None:
                found = replace(found, place=seat, precision=2)
        also = getattr(p, "also", None)
        if also:
            # "Zibane [Ziban] (Anzourou, Tillaberi)": the name in brackets is the spelling of the
            # coder's gazetteer; a town the gazetteer holds by it is the place
            other = self.resolver.resolve(also, self._written_context(p), self.focus, p.feature, p.near,
                                          region=self.region, support=self._support)
            if other is None and "-" in also:
                # "[coded to Athens-Central Athens]": the town of the coder's part of it
                other = self.resolver.resolve(also.split("-")[0].strip(), self._written_context(p), self.focus,
                                              region=self.region, support=self._support)
            if other is not None and other.place.kind == "city" and other.precision == 1:
                found = other
        return found

    def _at_anchor(self, p, found: Resolved) -> bool:
        """Whether a mention is read at the place whose side it is told on (its last written
        place, or itself where none is written), not at a place of its own name."""
        if not p.context:
            return True  # "villages in the southern countryside of Idleb": the mention is the place
        if set(keys(p.name)) & set(keys(found.place.name)):
            return False  # the village itself, found
        if any(set(keys(c)) & set(keys(found.place.name)) for c in p.context[:-1]):
            return False  # "a crossing in Al Bab city in the northern countryside of Aleppo": at the town written
        return bool(set(keys(p.context[-1])) & set(keys(found.place.name) + keys(found.place.admin1 or "")))

    def _town_inside(self, p) -> Resolved | None:
        """The town written after "<division> <kind> of" when the division's name reads as a
        province or country that holds it ("the West Bank city of Jenin"), else None."""
        outer = self.resolver.resolve(p.name, (), self.focus, region=self.region, support=self._support)
        if outer is None or outer.place.kind not in ("adm1", "country"):
            return None
        town = self.resolver.resolve(p.context[0], (p.name,), outer.place.country, region=self.region,
                                     support=self._support)
        if town is None or town.place.kind != "city" or town.place.country != outer.place.country:
            return None
        if outer.place.kind == "adm1" and town.place.admin1 != outer.place.admin1:
            return None
        return town

    def _written_context(self, p) -> list[str]:
        """The places written around a mention, states and municipalities read as the gazetteer names them."""
        return [self._municipality(self._state_written(c)) for c in p.context]

    def _alone(self, p) -> Resolved | None:
        """The mention read by its own name, without the places written around it."""
        return self.resolver.resolve(p.name, [], self.focus, p.feature, p.near, region=self.region,
                                     support=self._support)

    def _state_written(self, written: str) -> str:
        """A state of the story's country written as its abbreviation, with or without its dot,
        or its postal code after a town ("Lake Butler, Fla", "Cooper County, MO"): the state's
        name, not a namesake village abroad ("Fla", Norway)."""
        division = division_of(written) if len(written) <= 6 else None
        if division is None or (self.focus is not None and division[1] != self.focus):
            # "Ballia district (UP)": a state's initials, of the story's country (of the one
            # country that writes them, in a story of none)
            meanings = state_initials().get(written.strip(), ())
            here = [d for d, iso3 in meanings if iso3 == self.focus] if self.focus is not None \
                else [d for d, _ in meanings] if len(meanings) == 1 else []
            return here[0] if here else written
        return division[0]

    def _municipality(self, written: str) -> str:
        """A municipality written with its kind ("Millbrook Borough", "Lower Merion Township")
        that the gazetteer knows only by its name: that name."""
        bare = without_municipality_word(written)
        if bare and not self.resolver.candidates(written) and self._local_town(bare):
            return bare
        return written

    def _local_town(self, name: str) -> bool:
        """Whether the gazetteer knows a town of this name in the story's state (else country)."""
        return any(c.kind == "city" and c.country == self.focus and self.region in (None, c.admin1)
                   for c in self.resolver.candidates(name))

    def unknown(self, written: str) -> bool:
        """Whether the gazetteer knows no place of this name, nor a town of the story's state by
        its name without its kind word ("Quarry Township")."""
        bare = without_municipality_word(written)
        return not self.resolver.candidates(written) and not (bare and self._local_town(bare))

    def country(self, p, told_with: list | None = None) -> str | None:
        """The country of the place mention ``p``; ``told_with``, the places its sentence names,
        may name a country that a small place abroad lies in ("In Russia, ... Shebekino")."""
        if p is None:
            return None
        r = self.resolve(p)
        if r is not None and _part_of_unknown_town(r, p, self.resolver, self.focus):
            r = None  # "the al Alam square in Tyr" is not in Al-'Alam's country (see locate)
        elif r is not None and is_town_part(p.text, p.feature) and not p.context:
            # "the Pilsen neighborhood" in a Chicago story is Chicago's (see locate), not Czechia's
            r = _in_told_town(r, p, self, told_with or [])
        if r is not None and r.country_certain:
            # "Whitehaven" in a Memphis story: a part of the town (see locate), not England's
            return self.focus if _stray_abroad(r, p, self, told_with or []) else r.place.country
        if r is not None and r.place.admin1 and any(fold(c) == fold(r.place.admin1) for c in p.context):
            # "Macon, Georgia": the town lies in the division written with it, which is a state
            # here, not the country of that name
            return r.place.country
        iso3 = place_country(self.codebook, p)
        if r is not None and iso3 is not None and iso3 != r.place.country \
                and shared_division(self.codebook, self.resolver, p, iso3):
            # "Camden" read as the town of New Jersey: a division's bare name that a sizeable town
            # elsewhere shares ("Camden" is also a London borough) tells not the division's country
            return r.place.country
        return iso3


_TITLE_TOWN = re.compile(r"(?:\s[-|\u2013\u2014]\s*|\|\s*)([A-Z][\w.']*(?:[ -][A-Z][\w.']*){0,3}),\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*$")


TITLE_TAIL = 200  # characters at a title's end read for the outlet's town (a title may be any length)


def title_town(title: str | None) -> str | None:
    """ "Town, State" closing a page's title after a dash or bar ("... - WMC Action News 5 -
    Memphis, Tennessee", "... | Dayton, OH"): where a local outlet is, as a dateline writes it.
    The state must be one: its name, abbreviation or postal code."""
    found = _TITLE_TOWN.search((title or "")[-TITLE_TAIL:])
    if found is None:
        return _paper_town(title)
    town, state = found.group(1).strip(), found.group(2).strip()
    if division_of(state) is None and fold(state) not in _state_names():
        return None
    return f"{town}, {state}"


def _paper_town(title: str | None) -> str | None:
    """The town in a newspaper's name closing a page's title after a dash or bar ("... - Denver
    Herald", "... | The Macon Chronicle"; places.yaml outlet_words), written alone."""
    found = _paper_pattern().search((title or "")[-TITLE_TAIL:])
    if found is None:
        return None
    # "The Daily Free Press", "Sunday Herald", "Macon Morning Telegraph": the paper's schedule or
    # readers, not its town
    words = found.group(1).split()
    while words and words[0] in place_cues().outlet_name_words:
        words.pop(0)
    while words and words[-1] in place_cues().outlet_name_words:
        words.pop()
    return " ".join(words) or None


@cache
def _paper_pattern():
    words = "|".join(re.escape(w) for w in sorted(place_cues().outlet_words, key=len, reverse=True))
    return re.compile(rf"(?:\s[-|\u2013\u2014]\s*|\|\s*)(?:The\s+)?([A-Z][\w.']*(?: [A-Z][\w.']*){{0,2}}) (?:{words})\s*$")


@cache
def _state_names() -> frozenset[str]:
    return frozenset(fold(division) for division, _ in abbreviations().meaning.values())


def _named_state(infos: list[SentenceInfo], country: str | None) -> str | None:
    """The state of the story's country its text names most, by name ("in Georgia", "the
    Tennessee Bureau of Investigation") or by abbreviation after a town ("Laurel, Miss."), when
    one leads; None when none is named or two are named as often."""
    if country is None:
        return None
    names = _state_pattern(country)
    if names is None:
        return None
    counts: dict[str, int] = {}
    for info in infos:
        for m in names.finditer(info.text):
            after = _NEXT_WORD.match(info.text, m.end())
            if after is not None and names_other_than_state(after.group(1)):
                continue  # "in Kansas City": no word of the state
            state = m.group(1)
            counts[state] = counts.get(state, 0) + 1
        for a in abbreviations().find(info.text):
            if a.country == country:
                counts[a.division] = counts.get(a.division, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


_NEXT_WORD = re.compile(r" ([A-Z][a-z]*)\b")


@cache
def _state_pattern(country: str):
    """A pattern for the names of ``country``'s states (those its abbreviations stand for),
    written capitalised as whole words; its group 1 is the state's name."""
    states = {division for division, iso3 in abbreviations().meaning.values() if iso3 == country}
    if not states:
        return None
    alternatives = "|".join(re.escape(s) for s in sorted(states, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({alternatives})(?![\w])")


_POSSESSED = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})['\u2019]s ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)")


def _possessed_parts(infos: list[SentenceInfo]) -> dict[str, str]:
    """Places a story tells as a town's ("Miami's Overtown", "in Richmond's East End"): the
    folded name of each part, with the town's name. Only names the story reads as places."""
    told = {fold(p.name) for info in infos for p in info.places}
    parts: dict[str, str] = {}
    for info in infos:
        for m in _POSSESSED.finditer(info.text):
            part = fold(m.group(2))
            if part in told and part != fold(m.group(1)):
                parts.setdefault(part, m.group(1))
    return parts


def _written_spellings(names: list) -> dict[str, str]:
    """The names a story writes with a shortened or written-out opening word ("St. George",
    "Mount Vernon"), by the folded other spelling ("saint george", "mt vernon"): the story's own
    spelling, in its case when written in capitals ("ST. GEORGE" -> "St. George")."""
    out: dict[str, str] = {}
    for name in names:
        if not name:
            continue
        name = name.partition(",")[0].strip()
        for other in spellings(fold(name))[1:]:
            out.setdefault(other, name.title() if name.isupper() else name)
    return out


def _initialism_state(name: str) -> tuple[str, str] | None:
    """The state a dotted initialism stands for ("N.J.", "R.I.", "W. Va."): (division, ISO3)."""
    compact = name.replace(" ", "")
    if compact.count(".") < 2:
        return None  # "Kan." or "Mass." alone may be a word that ends a sentence
    return division_of(compact)


def dateline_town(resolver, dateline: str, focus: str | None = None, region: str | None = None) -> Resolved | None:
    """The town a dateline names ("Reno, Nev.", "Florence, S.C.", "Kabul"); a state's
    abbreviation or postal code is read as its state, and "Lancaster Twp" is looked up as
    Lancaster when the gazetteer lacks the whole name. A town the gazetteer does not know, written
    with its state ("ROSEBUD, Mo."), is still the story's town: as written, in that state, placed
    at the state's point (precision 3)."""
    name, _, written_region = (part.strip() for part in dateline.partition(","))
    context = []
    division = (division_of(written_region) or _state_written(resolver, written_region, focus)) \
        if written_region else None
    if written_region:
        context.append(division[0] if division else written_region)
    for written in (name, without_municipality_word(name)):
        found = resolver.resolve(written, context, focus, region=region) if written else None
        if found is not None and found.place.kind in ("city", "adm2", "adm3") and _in_division(found.place, division):
            return found
    if division is None or not name:
        return None
    state = resolver.resolve(division[0], [], division[1])
    if state is None or state.place.kind != "adm1" or state.place.country != division[1]:
        return None
    s = state.place
    town = Place(geonameid=None, name=name, country=s.country, admin1=s.name, admin2=None, lat=s.lat, lon=s.lon,
                 population=0, kind="city")
    return Resolved(place=town, score=state.score, precision=3)


def _state_written(resolver, written: str, focus: str | None) -> tuple[str, str] | None:
    """A state written in full after a dateline's town ("COLERAIN TOWNSHIP, Ohio"), as
    ``division_of`` gives an abbreviated one: (its name, its country)."""
    found = resolver.resolve(written, [], focus)
    if found is None or found.place.kind != "adm1" or fold(found.place.name) != fold(written):
        return None
    return found.place.name, found.place.country


def _in_division(place: Place, division: tuple[str, str] | None) -> bool:
    """Whether a town lies in the state its dateline writes ("BENTON TOWNSHIP, Mich." is no Benton
    County of Arkansas); a dateline without a state allows any."""
    if division is None:
        return True
    state, country = division
    return place.country == country and (not place.admin1 or place.admin1.lower() == state.lower())


_SPECIFICITY = {"city": 0, "adm3": 1, "adm2": 2, "adm1": 3, "region": 4, "country": 5}


def most_specific(places: ArticlePlaces, mentions: list):
    """Of the places an event was told at, the most precise: "near Chitral" over "into Pakistan".
    A mention written wholly in capitals that the gazetteer lacks is none: in a line in capitals (a
    broadcast's transcript, "THE SHOOTING HAPPENED OUTSIDE THAT HOUSE") capitals mark no name."""
    mentions = [p for p in mentions if not (_in_capitals(p.text) and places.resolve(p) is None)]
    if not mentions:
        return None

    def rank(item) -> tuple[int, int]:
        order, p = item
        r = _read(p, places)
        level = _SPECIFICITY.get(r.place.kind, 6) if r is not None else (4 if not (p.context or p.feature) else 1)
        return level, order

    return min(enumerate(mentions), key=rank)[1]


def in_written_province(places: ArticlePlaces, place, told_with: list):
    """``place``, unless it is a town written without a province of its own that the gazetteer
    reads in another province than the one ``told_with`` (its sentence's places) writes beside
    another place: then that other place ("Hamirpur village near Rapar town (Kachchh, Gujarat)":
    the gazetteer lacks the village, and the town of its name lies in another state). A place
    written only with a town the gazetteer holds just spelled otherwise ("Deval block, Tharali, in
    Chamoli (Uttarakhand)": Thariāl lies in Punjab) is written without a province of its own too."""
    if place.context and (places.resolver is None or any(places.resolver.gaz.holds_exactly(name)
                                                         for name in place.context)):
        return place
    r = places.resolve(place)
    if r is None or r.place.kind != "city" or not r.place.admin1:
        return place
    inside = []
    for p in told_with:
        w = _read(p, places) if p.context and p is not place else None
        if w is not None and w.place.country == r.place.country and w.place.admin1:
            if w.place.admin1 == r.place.admin1:
                return place
            inside.append(p)
    return most_specific(places, inside) if inside else place


def sizeable_in_one_country(resolver, name: str) -> str | None:
    """The country of the towns and divisions of ``name`` that hold at least NAMESAKE_TOWN people,
    when they are all in one ("Zahle", "Sidon": Lebanon's, whatever hamlets abroad share the name;
    "Attica": Greece's region, not the small towns of the US); else None."""
    found = {c.country for c in resolver.candidates(name) if c.population >= NAMESAKE_TOWN}
    return found.pop() if len(found) == 1 else None


def _division_country(resolver, name: str) -> str | None:
    """The one country whose towns and divisions of ``name`` hold NAMESAKE_TOWN people or more,
    when one of them is a province or a district ("Aleppo", "Idleb"; not a town alone, which a
    person or a firm may be named after: "Honda")."""
    iso3 = sizeable_in_one_country(resolver, name)
    return iso3 if iso3 is not None and any(c.kind in ("adm1", "adm2") and c.country == iso3
                                            for c in resolver.candidates(name)) else None


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def locate(place, places: ArticlePlaces, country: str | None, told_with: list, front: Front | None = None) -> Location:
    resolved = _hyphen_town_inside(place, places, places.resolve(place))
    if resolved is not None and not place.context:
        resolved = _in_told_province(resolved, place, places, told_with)
    if resolved is not None and front is not None and not place.context:
        resolved = _on_the_front(place, places, resolved, front)
        if resolved is None:  # a front-line village the gazetteer lacks: not its namesake far away
            return Location(name=place.name, mention=place.text, country=country)
    if resolved is not None and front is not None and front.line:
        resolved = _nearest_the_line(place, places, resolved, front)
    if resolved is not None and place.across and country not in (None, resolved.place.country):
        across = _across_border(resolved, places, country)  # the other side: not the story's own town
        return _location(across, places, place.text) if across is not None \
            else Location(name=place.name, mention=place.text, country=country, geo_precision=3)
    if resolved is not None and is_town_part(place.text, place.feature) \
            and (not place.context or not _context_confirms(resolved, place, places.resolver, places.focus)):
        # (a part written with its own town, "al Nour square in Tripoli", is in that town; words
        # after it that name none of the namesake's divisions confirm nothing: "in the Shawnee
        # neighborhood, Louisville Metro Police said" is Louisville's, not Shawnee, Kansas)
        resolved = _in_told_town(resolved, place, places, told_with)
    if resolved is not None and (is_street(place.name) or place.street) and not _in_home_region(resolved, places):
        resolved = None  # "Windsor Drive" in an Indianapolis story: no street of Windsor, Colorado
    if resolved is not None and places.home is not None and (not place.context or resolved.place.kind == "adm1"):
        # (a state is the story's town's, whatever is written with it: "N.M. (KRQE)")
        resolved = _homeward(resolved, place, places)
    if resolved is not None and _stray_abroad(resolved, place, places, told_with):
        resolved = None  # "Panay" in a Houston story: a street or a spot of the town, not a Philippine village
    home = places.home
    if resolved is not None and home is not None and _holds_home(resolved, places):
        # "shot in Sangamon County, Ill." in a Springfield story: the county is told, the town is the story's
        resolved = replace(home, precision=max(home.precision, 2))
    if resolved is None:
        resolved = _nearest_known(place, places, told_with) or (None if place.street else _part_of_town(place, places))
        if resolved is not None and home is not None and _holds_home(resolved, places):
            # "Elm Lane" told with "Greene County" in a story datelined at a town of that county: the town
            resolved = replace(home, precision=max(home.precision, 2))
    if resolved is None and places.home is not None and _may_be_home(place, places):
        # a street, building or neighbourhood of a local story: in the story's own town
        resolved = replace(places.home, precision=max(places.home.precision, 2))
    if resolved is None:
        return Location(
            name=place.name,
            mention=place.text,
            country=place_country(places.codebook, place) or country,
            geo_precision=2 if place.near or place.feature in ("area", "region") else None,
        )
    return _location(resolved, places, place.text)


def capital(places: ArticlePlaces, iso3: str | None) -> Place | None:
    """The capital of a country (the codebook's), as the gazetteer holds it: the town of that
    name in the country."""
    country = places.codebook.countries.get(iso3 or "")
    if country is None or not country.capital or places.resolver is None:
        return None
    found = places.resolver.resolve(country.capital, focus=iso3)
    if found is None or found.place.kind != "city" or found.place.country != iso3:
        return None
    return found.place


def national_location(places: ArticlePlaces, iso3: str | None) -> Location | None:
    """A country's own act told at no place ("the government extended the curfew nationwide"):
    the country, at its capital's point, as ACLED places what a state does as a whole."""
    country = places.codebook.countries.get(iso3 or "")
    town = capital(places, iso3)
    if country is None or town is None:
        return None
    return Location(name=country.name, country=iso3, lat=town.lat, lon=town.lon, geo_precision=4)


def _location(resolved: Resolved, places: ArticlePlaces, mention: str | None) -> Location:
    p = resolved.place
    # an event told only at a province or district is put at the town that stands for it (the
    # one of its own name, else its biggest), and one told only at a country at its capital, as
    # ACLED does
    seat = places.resolver.gaz.seat(p) if p.kind != "country" else capital(places, p.country)
    lat, lon = (seat.lat, seat.lon) if seat is not None else (p.lat, p.lon)
    name = ascii_name(p.name) or p.name
    return Location(
        name=places.written.get(fold(name), name),
        mention=mention,
        country=p.country,
        admin1=ascii_name(p.admin1),
        admin2=ascii_name(p.admin2),
        lat=lat,
        lon=lon,
        geonameid=p.geonameid,
        feature_code=p.feature_code,
        geo_precision=resolved.precision,
    )


ACROSS_KM = 50.0  # a place across a border from a named town is this near it


def _across_border(resolved: Resolved, places: ArticlePlaces, country: str) -> Resolved | None:
    """An event of another country told "opposite" a town ("Afghan troops lost a post opposite
    Arandu", a Pakistani town): near the town of the event's country closest to it (precision 2),
    as ACLED names a place on the right side of the border; nothing when none is near."""
    p = resolved.place
    # (a district across the border from its town: "Chitral district", read from Chitral itself)
    p = places.resolver.gaz.seat(p) or p
    if p.lat is None or p.lon is None:
        return None
    town = places.resolver.gaz.nearest_town(p.lat, p.lon, country, ACROSS_KM)
    return Resolved(town, resolved.score, 2) if town is not None else None


PART_OF_TOWN_KM = 30.0  # a part of a town lies within this distance of the town's point


def _in_told_province(resolved: Resolved, place, places: ArticlePlaces, told_with: list) -> Resolved:
    """A bare town's namesake in the province that its sentence names on its own ("an attack on
    Ahmadabad district governor ... in the district, Paktia" is Paktia's Ahmadabad, not Gujarat's)."""
    p = resolved.place
    if p.kind == "adm1":
        return resolved
    provinces = [r.place for r in (places.resolve(o) for o in told_with if o is not place and o.name != place.name)
                 if r is not None and r.place.kind == "adm1"]
    if not provinces or any((q.country, q.admin1) == (p.country, p.admin1) for q in provinces):
        return resolved
    inside = [c for c in places.resolver.candidates(place.name)
              if any((c.country, c.admin1) == (q.country, q.admin1) for q in provinces) and c.kind != "adm1"]
    if not inside:
        return resolved
    best = max(inside, key=lambda c: (c.kind == "city", c.population))
    return replace(resolved, place=best, precision=geo_precision(best, place.feature, place.near))


def _context_confirms(resolved: Resolved, place, resolver, focus: str | None) -> bool:
    """Whether the words written with the place name the resolved place itself ("Market Street
    in Millersburg Borough" read as Millersburg), its division or country, or a place the
    gazetteer knows near it ("al Nour square in Tripoli City": the town it is in). A known town
    far from it confirms nothing: "the Pilsen neighborhood of Chicago" is no part of Pilsen,
    Czechia."""
    p = resolved.place
    if _names_town(place.context, p):
        return True
    if place.context:
        # "the Kenwood neighborhood in Dayton, Ohio": the town written first around it holds it, so a
        # Kenwood of Ohio far from Dayton is not confirmed by the state written after
        around = resolver.resolve(place.context[0], list(place.context[1:]), focus)
        if around is not None and around.place.kind == "city" and not _near_or_unplaced(around, p):
            # (unless the town read in the place's own country holds it: "al Nour square in Tripoli"
            # in a story whose focus is Libya is the square of Lebanon's Tripoli)
            own = resolver.resolve(place.context[0], list(place.context[1:]), p.country) \
                if p.country != focus else None
            return own is not None and own.place.kind == "city" and _near_or_unplaced(own, p)
    names = {fold(n) for n in (p.admin1, p.admin2, p.country) if n}
    written = [fold(c).rstrip(".") for c in place.context]
    if any(c and (c in names or any(n.startswith(c) for n in names)) for c in written):  # ("Calif." too)
        return True
    return any(_near_or_unplaced(resolver.resolve(c, [], focus), p) for c in place.context)


def _near_or_unplaced(found: Resolved | None, p: Place) -> bool:
    """Whether a place found for words written with ``p`` lies within a town's reach of it (or
    either has no point to tell)."""
    if found is None:
        return False
    q = found.place
    if p.lat is None or p.lon is None or q.lat is None or q.lon is None:
        return True
    return km(p.lat, p.lon, q.lat, q.lon) <= PART_OF_TOWN_KM


def _part_of_unknown_town(resolved: Resolved, place, resolver, focus: str | None) -> bool:
    """A part of a town written with words of its own that name no known place and none of
    its namesake's divisions ("the Zahle square in Tyr", a town the gazetteer lacks): the
    namesake (Zahle) is not where it is."""
    return bool(place.context) and is_town_part(place.text, place.feature) \
        and not _context_confirms(resolved, place, resolver, focus)


def _in_told_town(resolved: Resolved, place, places: ArticlePlaces, told_with: list) -> Resolved | None:
    """A part of a town ("Vale Verde neighborhood", "Colonia San Francisco") told beside a known
    town ("in Volta Redonda, ... the Vale Verde neighborhood"), or in a story datelined at a town,
    is in that town, not at a namesake town far from it (precision 2, part of the town); one
    written with words of its own that name no known place and none of the namesake's divisions
    is in no town known (None)."""
    p = resolved.place
    if p.lat is None or p.lon is None:
        return resolved
    for other in told_with:
        if other is place or other.name == place.name:
            continue
        town = places.resolve(other)
        if town is None or town.place.kind != "city" or town.place.lat is None or town.place.lon is None:
            continue
        if km(p.lat, p.lon, town.place.lat, town.place.lon) <= PART_OF_TOWN_KM:
            return resolved
        return replace(town, precision=max(town.precision, 2))
    if place.context:
        # written with its own town: in that town ("the Pilsen neighborhood of Chicago"), or, where
        # the gazetteer lacks it ("the Zahle square in Tyr"), in no town known: not in the town its
        # name recalls, nor in the story's town
        return _written_town(place, places)
    home = places.home
    if home is not None and home.place.kind == "city" and home.place.lat is not None and home.place.lon is not None:
        # "in the Russell neighborhood" in a Louisville story: Louisville's, not the town of Russell;
        # "in the Ashburn neighborhood" in a Chicago story, where the gazetteer holds Ashburn too:
        # the story's town, as coders name the place of a part of a town
        return replace(home, precision=max(home.precision, 2))
    return resolved


def _written_town(place, places: ArticlePlaces) -> Resolved | None:
    """The known town written with a part of a town ("of Chicago"), as a part of it (precision 2)."""
    for name in place.context:
        town = places.resolver.resolve(name, [], places.focus)
        if town is not None and town.place.kind == "city" and town.place.lat is not None:
            return replace(town, precision=max(town.precision, 2))
    return None


def _names_town(written: list[str], town: Place) -> bool:
    """Whether words written with a place are, or open with, the town's name ("Millersburg
    Borough")."""
    name = fold(town.name) + " "
    return any((fold(w) + " ").startswith(name) for w in written)


def _in_home_region(resolved: Resolved, places: ArticlePlaces) -> bool:
    home = places.home
    return home is not None and places.region is not None and resolved.place.admin1 == places.region \
        and resolved.place.country == home.place.country


_PART_WORDS = frozenset({"downtown", "uptown", "midtown", "central", "greater", "inner", "outer"})


def _part_of_town(place, places: ArticlePlaces) -> Resolved | None:
    """ "South Los Angeles", "Downtown Memphis", "West Philadelphia": a part of a known town,
    named by a direction before the town's name, is in that town (precision 2)."""
    words = place.name.split()
    if len(words) < 2 or fold(words[0]) not in direction_words() | _PART_WORDS or is_town_side(place.name):
        return None  # ("the South Side" of an unnamed town is no part of Side, Turkey)
    found = places.resolve(replace(place, name=" ".join(words[1:])))
    # ("West Side" in a Chicago story is no part of Side, Turkey)
    if found is None or found.place.kind != "city" \
            or (places.focus is not None and found.place.country not in (None, places.focus)):
        return None
    if _small_town_elsewhere(found.place, places):
        return None  # "South Broadway" in a Lexington story: no part of Broadway, Virginia
    return replace(found, precision=max(found.precision, 2))


def _homeward(resolved: Resolved, place, places: ArticlePlaces) -> Resolved:
    """A local story's place read in the light of its own town: a county or state that holds
    the town ("in Los Angeles County" in a Los Angeles story) is the town; a small namesake in
    another state of a bare name the gazetteer lacks in the story's own ("Westwood" in a
    Cincinnati story, not Westwood, Massachusetts) is a part of the town, as far as is known."""
    home = places.home
    assert home is not None
    p, h = resolved.place, home.place
    if p is h:
        return resolved  # the town itself, read where it is told (on a front line, say)
    if fold(place.name) == fold(h.name):
        # the dateline's town named again: itself ("Rosebud" in a "ROSEBUD, Mo." story is not
        # Rosebud County, Montana); a town the story only names most may be read elsewhere
        if places.datelined and (p.country, p.admin1) != (h.country, h.admin1):
            return replace(home, precision=home.precision)
        return resolved
    if p.admin1 != h.admin1 or p.country != h.country:
        # a bare name with a namesake in the story's own state (else its own country) is that one:
        # "Kent" in a Seattle story is Kent, Washington, not the English county
        # (not the province of a foreign correspondent's dateline: "Dnipro" in a "KYIV, Ukraine"
        # story is the city, not the raion of Kyiv's province)
        cands = places.resolver.candidates(place.name)
        local = ([c for c in cands if c.country == h.country and c.admin1 == h.admin1]
                 if not places.correspondent else []) or \
            ([c for c in cands if c.country == h.country] if p.country != h.country else [])
        if local:
            best = max(local, key=lambda c: (c.kind == "city", c.population))
            return replace(resolved, place=best, precision=geo_precision(best, place.feature, place.near))
    if p.country != h.country:
        return resolved
    if places.local and p.kind == "city" and p.admin1 != h.admin1 and not place.context \
            and (fold(place.name) in places.town_parts or place.feature == "area"):
        # "the Austin neighborhood" in a Chicago story, "near the Cumberland area" in a Cobb County
        # story: a part of the story's town or county, not a town in another state
        return replace(home, precision=max(home.precision, 2))
    holds = (p.kind == "adm1" and p.admin1 == h.admin1) or \
        (p.kind == "adm2" and p.admin1 == h.admin1 and p.admin2 == h.admin2 and h.kind == "city")
    if holds and fold(place.name) != fold(p.name) and _village_off_dateline(place, places):
        # "GOMA, Congo - ... the village of Mamove in North Kivu": the province written around a
        # village the gazetteer lacks holds the dateline's town, but the village is elsewhere in it
        return resolved
    namesake = _small_town_elsewhere(p, places) and not place.context \
        and (not place.feature or place.feature in place_cues().settlement_words)
    if holds or namesake:
        return replace(home, precision=max(home.precision, 2))
    return resolved


def _stray_abroad(resolved: Resolved, place, places: ArticlePlaces, told_with: list) -> bool:
    """A small place abroad read for a name of a local story whose town is in the story's
    country, when nothing written with the name, nor any place of its sentence (``told_with``:
    "In Russia, ... a drone attack on Shebekino"), names that other country: a namesake of a
    street, a shop or a neighbourhood the gazetteer lacks, not the place the story is about."""
    home, p = places.home, resolved.place
    if home is None or places.focus is None or home.place.country != places.focus:
        return False
    if places.bureau and p.country in places.named_countries:
        return False  # (a wire bureau's town is where a story was filed: "CAIRO (AP) - Sudanese ... in Kabkabiya")
    if p.country in (None, places.focus) or prominent(p):
        return False
    return all(place_country(places.codebook, q) != p.country for q in (place, *told_with))


def _holds_home(resolved: Resolved, places: ArticlePlaces) -> bool:
    """The county (second-level division) that holds a local story's own town, or the country of a
    datelined local story's town ("RIVERSIDE, Calif. - ... the deadliest shooting in the United
    States"): the country is where the town is, the town is where the event was."""
    home = places.home
    p = resolved.place
    if home is None or not places.local or home.place.kind != "city" or home.place.country != p.country:
        return False
    if p.kind == "country":
        return places.datelined
    return p.kind == "adm2" and home.place.admin1 == p.admin1 and home.place.admin2 == p.name


def _country_dateline(codebook, dateline: str | None, home: Resolved) -> bool:
    """Whether a dateline writes its town with the town's country ("KYIV, Ukraine (AP) -",
    "BAMAKO, Mali"), as a foreign correspondent does, not with its state or province
    ("ATLANTA, Georgia" names the state its town is in)."""
    if not dateline or "," not in dateline:
        return False
    written = re.split(r"[(\-\u2013\u2014:]", dateline.split(",", 1)[1], maxsplit=1)[0].strip()
    return bool(written) and is_country(codebook, written) and fold(written) != fold(home.place.admin1 or "")


def _village_off_dateline(place, places: ArticlePlaces) -> bool:
    """ "BEIRUT (Reuters) - ... in the village of Aitaroun", "KABUL: ... residents of Ogossagou":
    in a story filed from a town that is not the story's own (a capital's or a foreign
    correspondent's dateline), a name the gazetteer lacks, written as a village or with no kind
    word, that is no street, building or ground is a village elsewhere, not a spot of that town
    ("the Serena Hotel", "the Gulshan-e-Iqbal area" are the capital's)."""
    return places.datelined and not places.local and not place.street \
        and not any(is_local_feature(w) for w in (place.text, place.name, place.feature or "")) \
        and (place.feature is None or place.feature in place_cues().settlement_words) \
        and place.feature not in ("city", "municipality")


def _may_be_home(place, places: ArticlePlaces) -> bool:
    """A place the gazetteer lacks lies in the story's town when nothing written with it says
    otherwise: no other country, no enclosing place of its own."""
    home = places.home
    country = place_country(places.codebook, place)
    # (a place written with an enclosing place the gazetteer lacks too, "the Oakview Apartments in
    # Quarry Township" in a datelined story, is in the story's town as far as is known)
    # (nor does one written with the story's town itself: "at Young Park in Norfolk" in a Norfolk story)
    # (its country read from that name may be a namesake's: Norfolk, England)
    if home is not None and place.context and all(fold(c) == fold(home.place.name) for c in place.context):
        return True
    if home is not None and places.bureau and places.focus not in (None, home.place.country):
        return False  # "NAIROBI (AP) - ... in a town in Darfur": a wire bureau's town, not the story's
    if home is not None and _village_off_dateline(place, places):
        return False
    return home is not None and country in (None, home.place.country) \
        and (not place.context or (places.datelined and all(places.unknown(c) for c in place.context)))


def home_location(places: ArticlePlaces, country: str | None) -> Location | None:
    """An event told at no place, in a story with a town of its own in the event's country:
    that town, as part of or near it (precision 2)."""
    home = places.home
    if home is None or country not in (None, home.place.country):
        return None
    return _location(replace(home, precision=max(home.precision, 2)), places, None)


VILLAGE = 50_000  # people: a smaller town named in front-line fighting may be a namesake


def _on_the_front(place, places: ArticlePlaces, resolved: Resolved, front: Front) -> Resolved | None:
    """Fighting in a theatre of war (theatres.yaml) at a village with a namesake on the front
    line is on the front line: "explosions near Lozove" in a Donbas report is not the Lozove
    in Crimea. Where the front-line village is missing from the gazetteer and the theatre was
    the country's one war (``unplaced``), a town of under 50,000 far from the line is taken for it
    and left unplaced (None). A place written with its province keeps it (no ``front`` then)."""
    p = resolved.place
    if p.kind != "city" or runs_through(front.admin1, p.admin1):
        return resolved
    namesakes = [c for c in places.resolver.candidates(place.name)
                 if c.kind == "city" and c.country == p.country and runs_through(front.admin1, c.admin1)]
    if namesakes:
        best = max(namesakes, key=lambda c: c.population)
        return replace(resolved, place=best, precision=geo_precision(best, place.feature, place.near))
    if front.unplaced and p.population < VILLAGE:
        return None
    return resolved


LINE_MARGIN_KM = 10.0  # how much nearer the front line a namesake must lie to be taken instead


def _nearest_the_line(place, places: ArticlePlaces, resolved: Resolved, front: Front) -> Resolved:
    """Of namesake villages in the front line's provinces (in the written province, where one is
    written), fighting is at the one nearest the line: "explosions near Opytne" is the Opytne by
    Avdiivka, not the bigger one north of Bakhmut (theatres.yaml ``line``)."""
    p = resolved.place
    if p.kind != "city" or p.lat is None or p.lon is None or not runs_through(front.admin1, p.admin1):
        return resolved
    namesakes = [c for c in places.resolver.candidates(place.name)
                 if c.kind == "city" and c.country == p.country and c.lat is not None and c.lon is not None
                 and runs_through(front.admin1, c.admin1) and (not place.context or c.admin1 == p.admin1)]
    if len(namesakes) < 2:
        return resolved
    best = min(namesakes, key=lambda c: km_to_line(c.lat, c.lon, front.line))
    if km_to_line(best.lat, best.lon, front.line) + LINE_MARGIN_KM >= km_to_line(p.lat, p.lon, front.line):
        return resolved
    return replace(resolved, place=best, precision=geo_precision(best, place.feature, place.near))


_NAME_JOINS = [["de"], ["del"], ["do"], ["da"], ["dos"], ["das"], ["di"]]


def _nearest_known(place, places: ArticlePlaces, told_with: list):
    """A place the gazetteer lacks ("the Lins neighbourhood", "Zumpango de Ocampo", a road)
    is placed, at precision 2 (part of or near a known place), at the best known place told
    with it: the known opening of its own name when the name goes on with "de", "del", ...
    ("Zumpango"), the known place after its last "of" ("Bat Galim Square of Haifa"), the known
    town before a hyphen ("Damboa - Maiduguri road"), else the most specific known place named in the same sentences, in the same
    country when the mention names one, else the town a spot is named after ("Donetsk" of
    "Donetsk Airport"; a square or church told with its town is in that town: "Moreno Square"
    in La Plata is no town called Moreno)."""
    resolver = places.resolver
    if resolver is None:
        return None
    country = place_country(places.codebook, place) or places.focus
    part = resolver.known_part(place.name)

    def opening():
        return _part_of(resolver.resolve(part, place.context, places.focus, None, True), country)

    # "Santa" of "Santa Ana" or "Al" of "Al Watiyah" is no place
    if part is not None and place.name[len(part):].split()[:1] in _NAME_JOINS:
        found = opening()
        if found is not None and not _province_unlike_told(found, place, places, told_with):
            return found

    # "Bat Galim Square of Haifa", "PD10 of Kandahar": a part of a known place named with it
    head, of, tail = place.name.rpartition(" of ")
    if of and head and tail:
        found = _part_of(places.resolve(replace(place, name=tail, near=True)), country)
        if found is not None:
            return found

    found = _before_hyphen(place, places, country)
    if found is not None and not _province_unlike_told(found, place, places, told_with):
        return found

    # (in the story's country, or, where the mention writes none, in a country only the story's
    # places tell: "on the Afes front in Idleb" in a story about Turkish forces is in Syria)
    countries = {country} if place_country(places.codebook, place) or not country \
        else {country, *places.told_abroad()}

    def known(other) -> bool:
        found = _read(other, places)
        return found is not None and found.place.kind not in ("country", "region") \
            and not (country and found.place.country not in countries) and not _stray_namesake(found, other, places)

    others = [o for o in told_with if o is not place and o.name != place.name and known(o)]
    if others:
        nearest = most_specific(places, others)
        told = _read(nearest, places)
        if told is not None:  # (known() read each of them)
            return replace(told, precision=max(told.precision, 2))
    # a spot named after its town (geo/name_parts.yaml local_features); a street is not named
    # after the town it is in, unless that is the story's own region's town
    if part is None or not is_local_feature(place.name):
        return None
    found = opening()
    # (but a street of a local story named after another town of its state, "Branford Street" in
    # a Hartford story, is a street of the story's own town: see below)
    if found is None or (_in_home_region(found, places) and not _street_of_home(place, found, places)):
        return found
    # a street is never named after a town outside the story's region; in a local story, a park
    # or a hall is not either, unless the town is a big one ("Shawnee Park" in a Louisville story
    # is in Louisville, not in Shawnee, Kansas)
    if is_street(place.name) or (places.local and not prominent(found.place)):
        return None
    return found


def _province_unlike_told(found: Resolved, place, places: ArticlePlaces, told_with: list) -> bool:
    """Whether the known opening of a name lies in another province than every place the gazetteer
    knows among those told with it ("in Barra Mansa, Rio de Janeiro, police went to the Paraiso de
    Cima neighborhood": a neighbourhood of Barra Mansa, not a town called Paraiso in another state;
    "Alaudia-Saray village in Nalanda district (Bihar)" is no Alaudia of Jharkhand)."""
    told = [_read(o, places) for o in told_with if o is not place and o.name != place.name]
    known = [r for r in told if r is not None and r.place.kind not in ("country", "region")]
    return bool(known) and all((r.place.country, r.place.admin1) != (found.place.country, found.place.admin1)
                               for r in known)


def _street_of_home(place, found: Resolved, places: ArticlePlaces) -> bool:
    """A street a local story names after a place other than its own town: in the town."""
    home = places.home
    return is_street(place.name) and places.local and home is not None and found.place is not home.place


def _stray_namesake(found: Resolved, other, places: ArticlePlaces) -> bool:
    """A small town of another state read for a bare name told beside a local story's place
    ("Lyons and Lidgerwood" in a Spokane story is a corner, not Lyons, Illinois)."""
    return _small_town_elsewhere(found.place, places) and found.place.country == places.focus and not other.context


FAR_IN_STATE_KM = 250.0  # a datelined local story's own region: its outlet covers no town further off


def _small_town_elsewhere(p: Place, places: ArticlePlaces) -> bool:
    """A town, not a big city, of another state than a local story's, or of its state but far
    from the town of its dateline ("Oak Park" in a Sacramento story is the neighbourhood, not the
    town of Ventura County, 480 km off)."""
    if not places.local or places.region is None or p.kind != "city" or prominent(p):
        return False
    if p.admin1 != places.region:
        return True
    home = places.home
    if not places.datelined or home is None or home.place.kind != "city":
        return False
    lat, lon, home_lat, home_lon = p.lat, p.lon, home.place.lat, home.place.lon
    if lat is None or lon is None or home_lat is None or home_lon is None:
        return False
    return km(lat, lon, home_lat, home_lon) > FAR_IN_STATE_KM


def _part_of(found: Resolved | None, country: str | None) -> Resolved | None:
    """A known place, not a country or a region, in ``country`` (when one is known): where a
    place it holds is, as part of it or near it (precision 2)."""
    if found is None or found.place.kind in ("country", "region") \
            or (country is not None and found.place.country != country):
        return None
    return replace(found, precision=max(found.precision, 2))


def _hyphen_town(place, places: ArticlePlaces) -> Resolved | None:
    """The known town that opens a hyphenated name the gazetteer lacks ("Athens-Central Athens",
    "Zolote-5"; see _before_hyphen), where the mention names no other country. Not for a road:
    "the Noe-Bixby Road" of a local story is no sign of a town called Noe."""
    if "-" not in place.name or is_street(place.text) or place.feature in ("road", "highway"):
        return None
    return _before_hyphen(place, places, place_country(places.codebook, place) or places.focus)


def _read(place, places: ArticlePlaces) -> Resolved | None:
    """A mention as the article reads it, or else by the known town opening its hyphenated name."""
    return places.resolve(place) or _hyphen_town(place, places)


def _city_part(place, places: ArticlePlaces) -> Resolved | None:
    """A part of a big city written after its name and a hyphen ("Athens-Central Athens",
    "Lima-San Juan de Lurigancho"): that city, as a town the story tells."""
    found = _hyphen_town(place, places)
    return found if found is not None and prominent(found.place) else None


def _road_end_country(places: ArticlePlaces, first: str, rest: str, found: Resolved) -> Resolved:
    """The town ``first`` that opens a road's name, read in the country of the town ``rest`` at
    its other end when that country holds a town of its name ("the Tripoli-Beirut highway" leaves
    Lebanon's Tripoli, not Libya's); else ``found``."""
    end = places.resolver.resolve(rest, (), places.focus)
    if end is None or end.place.kind != "city" or end.place.country in (None, found.place.country):
        return found
    here = places.resolver.resolve(first, (), end.place.country)
    return replace(here, precision=max(here.precision, 2)) \
        if here is not None and here.place.kind == "city" and here.place.country == end.place.country else found


def _hyphen_town_inside(place, places: ArticlePlaces, found: Resolved | None) -> Resolved | None:
    """For a hyphenated name the gazetteer lacks, read as the division written around it
    ("Zolote-5, Luhansk", "the highway Turmero-Maracay, Aragua state"), the known town that opens
    the name (see _before_hyphen) when it lies in that division; else ``found``."""
    if found is None or "-" not in place.name or not place.context \
            or set(keys(place.name.partition("-")[0])) & set(keys(found.place.name)):
        return found
    if found.place.kind not in ("adm1", "adm2") and not set(keys(place.context[-1])) & set(keys(found.place.name)):
        return found  # ("Dhaka-Aricha highway in Savar city (Savar, Dhaka)" is at the town written)
    town = _before_hyphen(place, places, found.place.country)
    if town is None or not found.place.admin1 or town.place.admin1 != found.place.admin1:
        return found
    return town


def _before_hyphen(place, places: ArticlePlaces, country: str | None) -> Resolved | None:
    """A road between two towns ("the Damboa - Maiduguri road", "the Turmero-Maracay highway"),
    a numbered namesake ("Zolote-5") or a part of a big city ("Belgrade-Stari Grad") is at the
    known town that opens the name (precision 2). A town whose own name joins two words
    ("Kalynove-Borshchuvate") is not the town of its first word."""
    first, hyphen, rest = (w.strip() for w in place.name.partition("-"))
    if not hyphen or len(first) < 3 or not rest or fold(first.rsplit(" ", 1)[-1]) in place_cues().articles:
        return None
    found = places.resolve(replace(place, name=first, near=True, feature=None))  # (the town, not a road of it)
    if found is None:
        return None
    between = " - " in place.name or rest[0].isdigit() or is_street(place.text) \
        or place.feature in ("road", "highway") or bool(places.resolver.candidates(rest.split()[0]))
    if between and not rest[0].isdigit():
        found = _road_end_country(places, first, rest, found)
    if found.place.kind != "city" or (country is not None and found.place.country != country):
        return None
    if not (between or prominent(found.place)):
        return None
    return replace(found, precision=max(found.precision, 2))
