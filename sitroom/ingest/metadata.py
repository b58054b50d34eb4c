"""Stage ``metadata``: dateline, outlet and publication date.

The publication date comes, in this order, from the input record or feed entry,
the HTML metadata, a date line in the text ("Published: 26 July 2021"), and last
the ``--published`` option.  Without any of them it stays unknown: never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from ..document import Document
from ..knowledge import KnowledgeError, load_yaml, require
from ..pipeline import stage
from ..settings import Settings
from .dates import EARLIEST, LATEST, parse_date

OUTLETS_FILE = "outlets.yaml"

_CAPS_PLACE = r"[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*){0,3}"
_TITLE_PLACE = r"[A-Z][a-z.'’]+(?:[ -][A-Z][a-z.'’]+){0,2}"
_REGION = r"(?:\s*,\s*(?P<region>[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+){0,2}))?"
_MONTH_DAY = r"\s*,\s*(?P<day>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})"
_DAY = rf"(?:{_MONTH_DAY})?"
_AGENCY = r"\s*\((?P<agency>[A-Za-z0-9.,/ ]{2,30})\)"
_SEP = r"\s*(?:[:\-–—]+)\s*(?=\S)"
_WIRE_CREDIT = r"(?:(?:The )?Associated Press\s+|Reuters\s+|AFP\s+)?"  # "Associated Press MEMPHIS, Tenn. (AP) -"
_DATELINES = (
    re.compile(rf"{_WIRE_CREDIT}(?P<place>{_CAPS_PLACE}){_REGION}{_DAY}(?:{_AGENCY})?{_SEP}"),
    # "Norfolk, Va. -", "Austin, TX -": a town with its state's abbreviation or postal code
    re.compile(rf"(?P<place>{_TITLE_PLACE})\s*,\s*(?P<region>(?:[A-Z][a-z]{{0,3}}\.){{1,2}}|[A-Z]{{2}})"
               rf"(?:{_AGENCY})?{_SEP}"),
    # "(Cincinnati, OH)--": a local station's dateline in brackets
    re.compile(rf"\((?P<place>{_TITLE_PLACE}){_REGION}\){_SEP}"),
    re.compile(rf"(?P<place>{_TITLE_PLACE}){_REGION}{_DAY}{_AGENCY}{_SEP}"),
    re.compile(rf"(?P<place>{_TITLE_PLACE}){_REGION}{_MONTH_DAY}{_SEP}"),
)
_NOT_PLACES = {"UPDATE", "UPDATED", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO", "PHOTOS", "ANALYSIS", "OPINION", "NOTE"}
_NOT_NAME_WORDS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December", "On", "In", "That", "This",
}  # fmt: skip


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None = None
    marked: bool = True  # written with a region or an agency: "RENO, Nev. (KOLO) -", not "RPD:"


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph``: "ISLAMABAD:", "KABUL (Reuters) -", "Quetta, Jan 5 (APP):"."""
    for pattern in _DATELINES:
        match = pattern.match(paragraph)
        if not match:
            continue
        place = match.group("place").strip()
        if place.upper() in _NOT_PLACES or len(place) < 3:
            continue
        rest = paragraph[match.end():match.end() + 1]  # its first character only, never a copy of it all
        if not rest[:1].isupper() and not rest[:1].isdigit() and not rest[:1] in "\"“'‘":
            continue  # "Afghan forces - who ..." is a sentence, not a dateline
        name = place.title() if place.isupper() else place
        region = match.groupdict().get("region")
        if region:
            # "OHIO" is Ohio, but a postal code stays as written ("PA")
            name = f"{name}, {region.title() if region.isupper() and len(region) > 2 else region}"
        agency = match.groupdict().get("agency")
        if agency and _DATED.search(agency):
            agency = None  # "INDIANAPOLIS, Ind. (Dec. 2, 2015) -": a date, not an agency
        return Dateline(name, agency.strip() if agency else None, bool(region or agency))
    return None


_DATED = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d")


@dataclass(frozen=True)
class Outlets:
    by_domain: dict[str, str]
    by_alias: dict[str, str]  # lower-cased name or alias -> canonical name
    cues: re.Pattern[str]
    cue_words: re.Pattern[str]  # the fixed words of every cue, lower-cased: where a cue may match


def _trim_spaces(pattern: str) -> str:
    return re.sub(r"^(?:\\s\+)+|(?:\\s\+)+$", "", pattern)


@cache
def outlets() -> Outlets:
    data = load_yaml(OUTLETS_FILE)
    by_domain: dict[str, str] = {}
    by_alias: dict[str, str] = {}
    spelled: set[str] = set()  # names as written, for case-sensitive cues
    for index, entry in enumerate(require(OUTLETS_FILE, data, "outlets", list)):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise KnowledgeError(f"{OUTLETS_FILE}: outlets[{index}] needs a name")
        name = entry["name"]
        for domain in entry.get("domains") or []:
            by_domain[str(domain).lower()] = name
        for alias in [name, *(entry.get("aliases") or [])]:
            by_alias[str(alias).lower()] = name
            spelled.add(str(alias))
    names = sorted((a for a in spelled if len(a) > 2), key=len, reverse=True)
    known = "|".join(re.escape(n) for n in names)
    outlet_pattern = rf"(?:{known})\b|The(?:\s+[A-Z][\w.&-]+){{1,3}}"
    # One pattern for all cues, so the text is scanned once; each cue gets its own
    # group name for the outlet, since a name may appear only once in a pattern.
    alternatives, fixed = [], []
    # the characters a cue can start with: the first of its words, in any case, or the first of
    # an outlet's name as written ("The ..." included)
    any_case, as_written = set(), {"T", *(n[0] for n in names)}
    for i, cue in enumerate(require(OUTLETS_FILE, data, "cues", list)):
        words = re.escape(cue).replace(r"\ ", r"\s+")
        head, _, tail = words.partition(re.escape("{outlet}"))
        alternatives.append(f"(?:(?i:{head})(?P<o{i}>{outlet_pattern})(?i:{tail}))")
        fixed.extend(w for w in (_trim_spaces(head), _trim_spaces(tail)) if w)
        if head:
            any_case.add(cue[0])
    cue_words = re.compile("|".join(sorted({w.lower() for w in fixed}, key=len, reverse=True)))
    # looking ahead at the first character spares the engine trying every cue at every character
    starts = f"(?=(?i:[{_class(any_case)}])|[{_class(as_written)}])" if not any(c.isspace() for c in any_case) else ""
    return Outlets(by_domain, by_alias, re.compile(starts + "(?:" + "|".join(alternatives) + ")"), cue_words)


def _class(characters: set[str]) -> str:
    """The inside of a character class holding exactly ``characters``."""
    return "".join(re.escape(c) for c in sorted(characters))


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    table = outlets().by_domain
    while host:
        if host in table:
            return table[host]
        host = host.partition(".")[2]
    return None


def canonical_outlet(name: str) -> str:
    return outlets().by_alias.get(name.strip().lower(), name.strip())


_REACH = 120  # characters either side of a cue's fixed words that a whole cue may span


def _cue_matches(text: str) -> list[re.Match[str]]:
    """The cues in ``text``, in order. A whole-text scan would try every outlet name at every
    character; the fixed words ("told", "has learnt") are found first and the cues are only
    tried around them."""
    table = outlets()
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would drift
        return list(table.cues.finditer(text))
    found: dict[int, re.Match[str]] = {}
    for hit in table.cue_words.finditer(lowered):
        for match in table.cues.finditer(text, max(0, hit.start() - _REACH), hit.end() + _REACH):
            if match.start() not in found or match.end() > found[match.start()].end():
                found[match.start()] = match
    return [found[k] for k in sorted(found)]


def outlet_from_text(text: str) -> str | None:
    """The outlet named by a clear in-text cue ("told The Nation"), if any."""
    for match in _cue_matches(text):
        words = next(v for v in match.groups() if v).split()
        while words and words[-1].strip(".,") in _NOT_NAME_WORDS:
            words.pop()
        if words and words != ["The"]:
            return canonical_outlet(" ".join(words).strip(".,"))
    return None


_DATELINE_REACH = 1000  # characters of a paragraph a dateline can open; more is never read


DATELINE_PARAGRAPHS = 4  # paragraphs a dateline may open: a page's headline, byline, "Updated:" line
# or photo caption may stand before it; one after the first two must name its region or agency


def _first_paragraphs(text: str, count: int = DATELINE_PARAGRAPHS) -> list[str]:
    """The openings of the first ``count`` paragraphs (up to _DATELINE_REACH characters each): a
    split of the whole text would copy it all, however long."""
    out: list[str] = []
    start = 0
    while len(out) < count and start <= len(text):
        cut = text.find("\n\n", start)
        end = len(text) if cut < 0 else cut
        out.append(text[start: min(end, start + _DATELINE_REACH)])
        if cut < 0:
            break
        start = cut + 2
    return out


@stage("metadata")
def metadata(doc: Document, settings: Settings) -> None:
    article = doc.article
    assert article is not None
    agency = None
    # the first paragraph is often the headline: a bare word and a colon there ("RPD: Officer ...")
    # gives way to a dateline with its region or agency in the paragraph after it
    # (a page's byline, "Updated:" line or photo caption may stand before it: a dateline with its
    # region or agency a paragraph or two further, after a headline's, is the story's too)
    paragraphs = [(i, d) for i, d in enumerate(map(find_dateline, _first_paragraphs(article.text))) if d]
    found = [d for i, d in paragraphs if i < 2]
    dateline = next((d for d in found if d.marked), None)
    if dateline is None and article.title:
        # "LEXINGTON, SC: Coroner: Child ...": a headline opened by a town with its state
        titled = find_dateline(article.title[:_DATELINE_REACH])
        dateline = titled if titled is not None and "," in titled.place else None
    if dateline is None:
        dateline = next((d for i, d in paragraphs if i >= 2 and d.marked), None)
    if dateline is None:
        dateline = found[0] if found else None
    if dateline:
        article.dateline, agency = dateline.place, dateline.agency
        if agency and agency not in article.credits:
            article.credits.append(agency)

    if article.outlet:
        article.outlet = canonical_outlet(article.outlet)
    else:
        found = outlet_from_url(article.url)
        where = "url"
        if not found:
            found, where = outlet_from_text(article.text), "text"
        if not found and agency:
            found, where = canonical_outlet(agency), "dateline"
        if found:
            article.outlet, article.outlet_from = found, where

    candidates = []
    given = doc.notes.get("published_given")
    if given:
        candidates.append((given[0], given[1]))
    candidates += [
        (doc.notes.get("published_html"), "html-metadata"),
        (doc.notes.get("published_text"), "text"),
        (settings.published, "option"),
    ]
    for value, where in candidates:
        date = parse_date(value)
        if date and not EARLIEST.isoformat() <= date <= LATEST.isoformat():
            # a crawler's zero time ("0001-01-01T00:00:00Z") or "9999-12-31": no publication date
            doc.warnings.append(f"publication date {str(value)[:40]!r} (from the {where}) is impossible; "
                                "taken as unknown")
            continue
        if date:
            article.published, article.published_from = date, where
            break
