"""Loading the knowledge files in ``sitroom/data``: dictionaries and rules as data.

Every loader validates what it reads and raises KnowledgeError naming the file and
the entry at fault, so an analyst who edits a file learns exactly what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

DATA = files("sitroom") / "data"
# libyaml's loader reads the knowledge files about ten times faster; same safe subset of YAML.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class KnowledgeError(ValueError):
    """A knowledge file is missing or malformed; the message names the file and entry."""


def data_path(name: str) -> Path:
    return Path(str(DATA / name))


@cache
def load_yaml(name: str) -> Any:
    path = data_path(name)
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_SafeLoader)
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: knowledge file missing; reinstall sitroom") from None
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not valid YAML: {exc}") from None


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """A word list: one entry a line; blank lines and # comments are ignored."""
    path = data_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: knowledge file missing; reinstall sitroom") from None
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(e for e in entries if e)


def compile_patterns(source: str, where: str, patterns: Any) -> list[re.Pattern[str]]:
    """Whole-line, case-insensitive patterns; a bad one is reported with its place."""
    if not isinstance(patterns, list):
        raise KnowledgeError(f"{source}: {where} must be a list of patterns")
    compiled = []
    for index, pattern in enumerate(patterns):
        if not isinstance(pattern, str):
            raise KnowledgeError(f"{source}: {where}[{index}] must be a string, got {pattern!r}")
        try:
            compiled.append(re.compile(rf"(?:{pattern})\Z", re.IGNORECASE))
        except re.error as exc:
            raise KnowledgeError(f"{source}: {where}[{index}] {pattern!r} is not a valid pattern: {exc}") from None
    return compiled


def require(source: str, mapping: Any, key: str, kind: type) -> Any:
    if not isinstance(mapping, dict) or key not in mapping:
        raise KnowledgeError(f"{source}: missing the section {key!r}")
    value = mapping[key]
    if not isinstance(value, kind):
        raise KnowledgeError(f"{source}: {key!r} must be a {kind.__name__}")
    return value


def text_list(source: str, key: str, value: Any, required: bool = True) -> list[str]:
    """A list of words or phrases; YAML reads a bare yes/no/on/off as true/false, so say to quote."""
    if value is None and not required:
        return []
    if not isinstance(value, list) or (required and not value):
        raise KnowledgeError(f"{source}: {key} must be a non-empty list of words or phrases")
    for item in value:
        if not isinstance(item, str):
            raise KnowledgeError(
                f"{source}: {key} has {item!r}, which is not text; put quotes around words such as "
                '"on", "off", "no" and "yes" (YAML reads them as true/false)'
            )
    return value


@dataclass(frozen=True)
class KnowledgeFile:
    """Files of sitroom/data, the function that loads and checks them ("module:function"), and
    what to say of what it loaded."""

    files: tuple[str, ...]
    loader: str
    describe: Callable[[Any], str]


# Every knowledge file under sitroom/data, once. `sitroom codebook check` loads each entry; a test
# checks that no file under sitroom/data is left out. The loaders are named, not imported: every
# room imports this module, and this module imports none of them.
KNOWLEDGE: tuple[KnowledgeFile, ...] = (
    KnowledgeFile(("codebook/countries.yaml", "codebook/country_words.yaml", "codebook/state.yaml",
                   "codebook/groups.yaml", "codebook/institutions.yaml", "codebook/generic.yaml",
                   "codebook/taxonomy.yaml"), "sitroom.coder.codebook:load_codebook",
                  lambda c: f"{len(c.countries)} countries, {len(c.index)} actor phrases"),
    KnowledgeFile(("codebook/event_rules.yaml",), "sitroom.coder.rules:load_rules",
                  lambda r: f"{len(r.rules)} rules, {len(r.index)} trigger phrases"),
    KnowledgeFile(("codebook/theatres.yaml",), "sitroom.coder.theatres:load_theatres", lambda t: f"{len(t)} theatres"),
    KnowledgeFile(("codebook/quantities.yaml",), "sitroom.coder.quantities:lexicon",
                  lambda q: f"{len(q.units)} number words, at most {q.most_people:,} people a figure"),
    KnowledgeFile(("codebook/time_expressions.yaml",), "sitroom.coder.when:date_phrases",
                  lambda p: f"{len(p[0])} relative dates, {len(p[1])} holidays"),
    KnowledgeFile(("codebook/attribution.yaml",), "sitroom.coder.claims:cues",
                  lambda c: f"{len(c.reporting)} reporting cues, {len(c.party_outlets)} party outlets"),
    KnowledgeFile(("codebook/places.yaml",), "sitroom.coder.places:cues",
                  lambda c: f"{len(c.prepositions)} place prepositions, {len(c.person_titles)} person titles"),
    KnowledgeFile(("incidents.yaml",), "sitroom.consolidate.rules:load_incident_rules", lambda _: "loaded"),
    KnowledgeFile(("control.yaml",), "sitroom.control.changes:load_control_rules",
                  lambda r: f"{len(r.changes)} kinds of control change, {len(r.to_actor2)} words giving it to actor2"),
    KnowledgeFile(("geo/aliases.yaml",), "sitroom.geo.aliases:load_aliases", lambda a: f"{len(a)} aliases"),
    KnowledgeFile(("geo/city_quarters.yaml",), "sitroom.geo.city_quarters:load_city_quarters",
                  lambda q: f"{sum(len(c.quarters) for c in q)} quarters of {len(q)} cities"),
    KnowledgeFile(("geo/acled_admin1.yaml",), "sitroom.geo.admin_names:acled_names",
                  lambda t: f"{sum(len(v) for v in t.values())} divisions in ACLED's names"),
    KnowledgeFile(("geo/acled_territories.yaml",), "sitroom.geo.admin_names:acled_territories",
                  lambda t: f"{sum(len(v) for v in t.values())} divisions inside ACLED's larger ones"),
    KnowledgeFile(("geo/acled_split_regions.yaml",), "sitroom.geo.admin_names:acled_split_regions",
                  lambda t: f"{sum(len(v) for v in t.values())} divisions ACLED writes as their districts"),
    KnowledgeFile(("geo/admin_names.yaml",), "sitroom.geo.admin_names:word_lists",
                  lambda w: f"{len(w[0])} English kind words"),
    KnowledgeFile(("geo/name_parts.yaml",), "sitroom.geo.name_parts:name_parts",
                  lambda p: f"{len(p.directions)} direction words, {len(p.local_features)} local feature words, "
                            f"{len(p.streets)} street words"),
    KnowledgeFile(("geo/state_abbreviations.yaml",), "sitroom.geo.abbreviations:abbreviations",
                  lambda a: f"{len(a.meaning)} abbreviations"),
    KnowledgeFile(("geo/postal_codes.yaml",), "sitroom.geo.abbreviations:postal_codes",
                  lambda c: f"{len(c)} postal codes"),
    KnowledgeFile(("geo/state_initials.yaml",), "sitroom.geo.abbreviations:state_initials",
                  lambda i: f"{sum(len(v) for v in i.values())} state initials"),
    KnowledgeFile(("english.yaml",), "sitroom.ingest.language:english_test",
                  lambda e: f"{len(e.function_words)} function words"),
    KnowledgeFile(("abbreviations.yaml",), "sitroom.annotate.sentences:lexicon",
                  lambda a: f"{len(a.titles)} titles, {len(a.openers)} sentence openers"),
    KnowledgeFile(("boilerplate.yaml",), "sitroom.ingest.clean:rules",
                  lambda r: f"{len(r.drop)} drop patterns, {len(r.tail)} tail markers"),
    KnowledgeFile(("outlets.yaml",), "sitroom.ingest.metadata:outlets",
                  lambda o: f"{len(set(o.by_domain.values()) | set(o.by_alias.values()))} outlets"),
    KnowledgeFile(("interchange/acled.yaml",), "sitroom.exports.acled_csv:acled_tables",
                  lambda t: f"{len(t['countries'])} countries with ACLED's names and regions"),
    KnowledgeFile(("interchange/plover.yaml",), "sitroom.exports.plover_jsonl:plover_tables",
                  lambda t: f"{len(t['events'])} PLOVER categories, {len(t['modes'])} mode mappings"),
)


def load_knowledge(entry: KnowledgeFile) -> Any:
    """Run an entry's loader (which raises KnowledgeError, naming file and entry, on a mistake)."""
    from importlib import import_module

    module, _, function = entry.loader.partition(":")
    return getattr(import_module(module), function)()
