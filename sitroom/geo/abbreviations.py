"""State and province abbreviations written after a town ("Charleston, W.Va.", "Kansas City, Kan."),
from ``data/geo/state_abbreviations.yaml``, validated, and found in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..knowledge import KnowledgeError, load_yaml

FILE = "geo/state_abbreviations.yaml"
_ISO3 = re.compile(r"^[A-Z]{3}$")
_FORM = re.compile(r"^(?:[A-Z][A-Za-z]*\.)+$")  # "Kan.", "W.Va.", "N.S.W."


@dataclass(frozen=True)
class Abbreviation:
    start: int  # character offsets in the text searched
    end: int
    division: str  # the state or province it stands for, as the gazetteer names it
    country: str  # ISO3


@dataclass(frozen=True)
class Abbreviations:
    pattern: re.Pattern
    meaning: dict[str, tuple[str, str]]  # the abbreviation without spaces -> (division, ISO3)

    def find(self, text: str) -> list[Abbreviation]:
        """The abbreviations written in ``text``. A shortened word ("Kan.") counts only after a
        capitalised name and a comma; an initialism ("S.C.") anywhere."""
        out = []
        for m in self.pattern.finditer(text):
            written = re.sub(r"\s", "", m.group())
            division, country = self.meaning[written]
            # an initialism ("S.C.", inner dots) is a place wherever it stands
            if written.count(".") == 1 and not _after_a_name(text, m.start()):
                continue
            out.append(Abbreviation(m.start(), m.end(), division, country))
        return out


def _after_a_name(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    if not before.endswith(","):
        return False
    words = before[:-1].split()
    return bool(words) and words[-1][:1].isupper()


@cache
def abbreviations() -> Abbreviations:
    data = load_yaml(FILE)
    meaning = _division_table(FILE, data, _FORM, "must be capitalised and end with a dot, as Kan. or W.Va.")
    # longest first, so that "N.S.W." is not read as "N.S." and a following "W."
    forms = sorted(meaning, key=len, reverse=True)
    alternatives = "|".join(re.escape(f).replace(r"\.", r"\.\s?").removesuffix(r"\s?") for f in forms)
    pattern = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")
    return Abbreviations(pattern, meaning)


POSTAL_FILE = "geo/postal_codes.yaml"
_POSTAL = re.compile(r"^[A-Z]{2}$")


@cache
def postal_codes() -> dict[str, tuple[str, str]]:
    """Two-letter postal codes ("OH", "NC") -> (division, ISO3), from ``data/geo/postal_codes.yaml``."""
    return _division_table(POSTAL_FILE, load_yaml(POSTAL_FILE), _POSTAL,
                           'must be two capitals (quote "ON", which YAML reads as true)')


def _division_table(source: str, data, form: re.Pattern[str], form_hint: str) -> dict[str, tuple[str, str]]:
    """A file that maps ISO3 codes to {written form: division}, validated: written form ->
    (division, ISO3). ``form`` is what a written form must match, ``form_hint`` says so."""
    if not isinstance(data, dict) or not data:
        raise KnowledgeError(f"{source}: must map ISO3 country codes to their 'Written: Division name' pairs")
    meaning: dict[str, tuple[str, str]] = {}
    for country, table in data.items():
        if not isinstance(country, str) or not _ISO3.match(country):
            raise KnowledgeError(f"{source}: {country!r} is not an ISO3 country code (three capitals, as USA)")
        if not isinstance(table, dict) or not table:
            raise KnowledgeError(f"{source}: {country}: give its forms as 'Written: Division name'")
        for written, division in table.items():
            if not isinstance(written, str) or not form.match(written):
                raise KnowledgeError(f"{source}: {country}: {written!r} {form_hint}")
            if not isinstance(division, str) or not division.strip():
                raise KnowledgeError(f"{source}: {country}: {written} must name its state or province")
            if written in meaning:
                raise KnowledgeError(f"{source}: {written} is listed twice")
            meaning[written] = (division.strip(), country)
    return meaning


INITIALS_FILE = "geo/state_initials.yaml"
_INITIALS = re.compile(r"^[A-Z]{2,4}$")


@cache
def state_initials() -> dict[str, tuple[tuple[str, str], ...]]:
    """Initials of states and provinces written around a district ("(UP)", "(KP)") -> every
    (division, ISO3) they stand for, from ``data/geo/state_initials.yaml``: unlike postal codes,
    the same initials may serve several countries."""
    data = load_yaml(INITIALS_FILE)
    table: dict[str, list[tuple[str, str]]] = {}
    for country, forms in (data or {}).items() if isinstance(data, dict) else ():
        # (each country's table is validated as the postal codes are)
        for written, meaning in _division_table(INITIALS_FILE, {country: forms}, _INITIALS,
                                                "must be two to four capitals, as UP or KPK").items():
            table.setdefault(written, []).append(meaning)
    if not table:
        raise KnowledgeError(f"{INITIALS_FILE}: must map ISO3 country codes to their 'UP: Division name' pairs")
    return {k: tuple(v) for k, v in table.items()}


def division_of(written: str) -> tuple[str, str] | None:
    """The state or province a dateline's region stands for: "Nev.", "N.C.", "W. Va." or, since a
    dateline is where they are written, a postal code ("OH", "Pa") or an abbreviation that lost
    its dot ("Nev"). None for anything else."""
    compact = re.sub(r"\s", "", written.strip())
    found = abbreviations().meaning.get(compact) or abbreviations().meaning.get(compact + ".")
    if found is None and _POSTAL.match(compact.upper()):
        found = postal_codes().get(compact.upper())
    return found


__all__ = ["Abbreviation", "Abbreviations", "abbreviations", "division_of", "postal_codes", "state_initials"]
