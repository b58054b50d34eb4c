"""Many reports, one incident: matching a new event to earlier incidents, and summarising them.

Pure functions over ``Report`` (one stored event as matching sees it) and the rules of
``sitroom/data/incidents.yaml``; the store calls them inside the transaction that stores
the event, so the decision and the data it rests on are committed together.

    match = best_incident(report, {incident_id: [member reports]})
    match.incident_id   # None: the report opens an incident of its own
    match.reasons       # why, check by check (stored with the link)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from ..geo.distance import km
from .rules import IncidentRules, load_incident_rules

MODALITY_STRENGTH = ("asserted", "claimed", "future", "hypothetical", "denied", "negated")


@dataclass(frozen=True)
class Report:
    """One stored event, as incident matching sees it."""

    id: int
    article_id: int
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    date: date | None
    time_precision: int | None
    side1: tuple[str, ...]  # actor1 and its associates
    side2: tuple[str, ...]
    location: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    fatalities: int | None
    modality: str
    sentence: str
    rank: int = 0
    outlet: str | None = None
    published: date | None = None
    toll_told: bool = True  # False: its 0 is the default for a toll the text did not tell

    @classmethod
    def from_record(cls, id: int, article_id: int, record: dict, outlet: str | None = None,
                    published: date | None = None) -> "Report":
        """From an event's JSON form (as stored), without rebuilding the Event."""
        loc = record.get("location") or {}
        a1, a2 = record.get("actor1"), record.get("actor2")
        located = loc.get("lat") is not None
        return cls(
            id=id, article_id=article_id,
            event_type=record.get("event_type"), sub_event_type=record.get("sub_event_type"),
            plover_type=(record.get("plover") or {}).get("type"),
            date=date.fromisoformat(record["event_date"]) if record.get("event_date") else None,
            time_precision=record.get("time_precision"),
            side1=tuple(a["name"] for a in ([a1] if a1 else []) + (record.get("assoc_actor1") or [])),
            side2=tuple(a["name"] for a in ([a2] if a2 else []) + (record.get("assoc_actor2") or [])),
            location=loc.get("name"), country=loc.get("country") or (a1 or {}).get("country"),
            admin1=loc.get("admin1"), admin2=loc.get("admin2"), lat=loc.get("lat"), lon=loc.get("lon"),
            geo_precision=loc.get("geo_precision") if located else None,
            fatalities=record.get("fatalities"), modality=(record.get("attribution") or {}).get("modality", "asserted"),
            sentence=" ".join(e["sentence"] for e in record.get("evidence") or []), rank=record.get("rank", 0),
            outlet=outlet, published=published, toll_told=record.get("fatalities_told") is not False,
        )


@dataclass
class Comparison:
    score: float = 0.0
    veto: str | None = None  # why the two cannot be one incident
    reasons: dict[str, str] = field(default_factory=dict)


@dataclass
class Match:
    incident_id: int | None
    score: float
    reasons: dict


# -- the four checks: each returns (score, reason) or (None, why not) ------------------------

def _type(a: Report, b: Report, rules: IncidentRules) -> tuple[float | None, str]:
    if a.event_type is None or b.event_type is None:
        if a.event_type is None and b.event_type is None and a.plover_type and a.plover_type == b.plover_type:
            return 1.0, f"both {a.plover_type} (PLOVER)"
        return None, "one is a verbal event, the other is not" if a.event_type or b.event_type else \
            f"PLOVER types differ ({a.plover_type} / {b.plover_type})"
    if a.sub_event_type == b.sub_event_type and a.event_type == b.event_type:
        return 1.0, f"both {a.sub_event_type}"
    if a.event_type == b.event_type:
        return rules.same_type, f"both {a.event_type} ({a.sub_event_type} / {b.sub_event_type})"
    if frozenset((a.event_type, b.event_type)) in rules.compatible:
        return rules.compatible_type, f"compatible types ({a.event_type} / {b.event_type})"
    return None, f"types differ ({a.event_type} / {b.event_type})"


def _date(a: Report, b: Report, rules: IncidentRules) -> tuple[float | None, str]:
    if a.date is None or b.date is None:
        return None, "a date is unknown"
    precision = max(a.time_precision or 1, b.time_precision or 1)
    table = rules.days_written if a.published is None and b.published is None else rules.days
    allowed = table.get(precision, max(table.values()))
    apart = abs((a.date - b.date).days)
    if apart > allowed:
        return None, f"{apart} days apart (at most {allowed} at time precision {precision})"
    return 1.0 - apart / (allowed + 1), "same day" if apart == 0 else f"{apart} day(s) apart"


def _region_contains(region: Report, place: Report) -> tuple[float | None, str]:
    if region.admin2 and place.admin2:
        if region.admin2 != place.admin2:
            return None, f"different districts ({region.admin2} / {place.admin2})"
        return 0.7, f"{place.location} lies in {region.admin2}"
    if region.admin1 and place.admin1:
        if region.admin1 != place.admin1:
            return None, f"different provinces ({region.admin1} / {place.admin1})"
        return 0.6, f"{place.location} lies in {region.admin1}"
    return 0.4, "region and place without a common division"


def _place(a: Report, b: Report, rules: IncidentRules) -> tuple[float | None, str]:
    if a.country and b.country and a.country != b.country:
        return None, f"different countries ({a.country} / {b.country})"
    pa, pb = a.geo_precision or 5, b.geo_precision or 5
    coarse = max(pa, pb)
    if coarse >= rules.finest_unknown_place:
        return None, "a place is unknown or only its country is known"
    if coarse <= 2:
        apart = km(a.lat, a.lon, b.lat, b.lon)
        allowed = rules.distance_km.get(coarse, max(rules.distance_km.values()))
        if apart > allowed:
            return None, f"{apart:.0f} km apart (at most {allowed:.0f} at geo precision {coarse})"
        return 1.0 - 0.5 * apart / allowed, f"{apart:.1f} km apart"
    if coarse == 3:
        region, place = (a, b) if pa == 3 else (b, a)
        return _region_contains(region, place)
    if a.country and b.country:
        return 0.4, f"same country ({a.country}); one place is not finer than the country"
    return 0.3, "a place is unknown"


def _side(x: tuple[str, ...], y: tuple[str, ...], rules: IncidentRules) -> tuple[float | None, str]:
    if not x or not y:
        return 0.5, "one side unnamed"
    shared = set(x) & set(y)
    if shared:
        specific = [n for n in shared if not rules.is_generic(n)]
        return (1.0, f"both name {specific[0]}") if specific else (0.75, f"both {sorted(shared)[0]}")
    named_x = [n for n in x if not rules.is_generic(n)]
    named_y = [n for n in y if not rules.is_generic(n)]
    if named_x and named_y:
        return None, f"{named_x[0]} / {named_y[0]}"
    return 0.5, f"{x[0]} may be {y[0]}"


def _actors(a: Report, b: Report, rules: IncidentRules) -> tuple[float | None, str]:
    best: tuple[float | None, str] = (None, "")
    conflicts = []
    for label, (b1, b2) in (("", (b.side1, b.side2)), ("roles swapped: ", (b.side2, b.side1))):
        s1, why1 = _side(a.side1, b1, rules)
        s2, why2 = _side(a.side2, b2, rules)
        if s1 is None or s2 is None:
            conflicts.append(why1 if s1 is None else why2)
            continue
        score = (s1 + s2) / 2
        if best[0] is None or score > best[0]:
            best = (score, f"{label}{why1}; {why2}")
    if best[0] is None:
        return None, f"different actors ({'; '.join(conflicts)})"
    return best


CHECKS = (("type", _type), ("date", _date), ("place", _place), ("actors", _actors))


def _one_source(a: Report, b: Report) -> str | None:
    """Why two reports are two events whatever they say: entries with neither outlet nor
    publication date are rows of a dataset of coded notes, one event each, already told apart.
    (One outlet's two articles of a day may still tell one incident: a feed's entries carry the
    feed's name, and an aggregator's feed holds many outlets.)"""
    return source_apart(a.article_id, a.outlet, a.published, b.article_id, b.outlet, b.published)


def is_dataset_entry(outlet: str | None, published: date | None) -> bool:
    """A report with neither outlet nor publication date: a row of a dataset of coded notes."""
    return outlet is None and published is None


def entry_article(reports: list[Report]) -> int | None:
    """The article of ``reports`` when every one is an entry of a dataset and all come from that
    one article: an entry of another article can join none of them (``source_apart``). None
    otherwise."""
    article_ids = {r.article_id for r in reports}
    if len(article_ids) == 1 and all(is_dataset_entry(r.outlet, r.published) for r in reports):
        return next(iter(article_ids))
    return None


def source_apart(article_a: int, outlet_a: str | None, published_a: date | None,
                 article_b: int, outlet_b: str | None, published_b: date | None) -> str | None:
    """``_one_source`` on what it reads of two reports (their article, outlet and publication
    date), so that the store can test it before it reads their records."""
    if article_a == article_b:
        return None  # one article's reports: the same-article threshold decides
    if is_dataset_entry(outlet_a, published_a) and is_dataset_entry(outlet_b, published_b):
        return "both are entries of a dataset without source or publication date, each its own event"
    return None


def compare(a: Report, b: Report, rules: IncidentRules | None = None) -> Comparison:
    """How well two reports fit one incident; a veto names the check that failed."""
    rules = rules or load_incident_rules()
    result = Comparison()
    if rules.one_source_apart:
        apart = _one_source(a, b)
        if apart is not None:
            result.veto = f"source: {apart}"
            result.reasons["source"] = apart
            return result
    total = 0.0
    for name, check in CHECKS:
        score, why = check(a, b, rules)
        result.reasons[name] = why
        if score is None:
            result.veto = f"{name}: {why}"
            result.score = 0.0
            return result
        total += rules.weights[name] * score
    result.score = round(total / sum(rules.weights.values()), 3)
    return result


def best_incident(report: Report, candidates: dict[int, list[Report]],
                  rules: IncidentRules | None = None, vetoed: dict[int, tuple[int, str]] | None = None) -> Match:
    """The incident ``report`` belongs to, or ``Match(None, ...)`` with the closest misses;
    ``vetoed``: incidents a check already ruled out before their reports were read (incident ->
    the id of its first report and why, as a miss tells it). With ``vetoed``, ``candidates``
    must come in the order of their first reports' ids (as the store reads them), and the
    misses of equal score keep that order among all of them."""
    rules = rules or load_incident_rules()
    best: Match | None = None
    best_leads = False
    # (score, the incident's first report, why): the first report places a vetoed incident among the others
    misses = [(0.0, first, f"incident {incident_id}: {why}") for incident_id, (first, why) in (vetoed or {}).items()]
    for incident_id, members in candidates.items():
        # the report must fit every member: no chaining (A joins B, C joins A far from B)
        comparisons = [(member, compare(report, member, rules)) for member in members]
        veto = next(((m, c) for m, c in comparisons if c.veto), None)
        if veto is not None:
            misses.append((0.0, members[0].id, f"incident {incident_id}: {veto[1].veto} (event {veto[0].id})"))
            continue
        score = round(sum(c.score for _, c in comparisons) / len(comparisons), 3)
        same_article = any(m.article_id == report.article_id for m in members)
        needed = rules.same_article_threshold if same_article else rules.threshold
        if score < needed:
            why = "one article's reports join only" if same_article else "score"
            misses.append((score, members[0].id, f"incident {incident_id}: score {score} below {needed}"
                                  + (f" ({why} at {needed})" if same_article else "")))
            continue
        # a story's main event is most likely another story's main event: among incidents it
        # fits, a lead report joins one that holds a lead before one made of side events
        leads = report.rank == 0 and any(m.rank == 0 for m in members)
        if best is None or (leads, score) > (best_leads, best.score):
            closest, comparison = max(comparisons, key=lambda mc: mc[1].score)
            best = Match(incident_id, score, {"matched_event": closest.id, "score": score,
                                              "members": len(members), **comparison.reasons})
            if leads:
                best.reasons["lead"] = "the lead event of its article joins an incident that holds another lead"
            best_leads = leads
    if best is not None:
        return best
    misses.sort(key=(lambda m: (-m[0], m[1])) if vetoed else (lambda m: -m[0]))
    why = "no earlier incident of a compatible type, date and place" if not misses else "no incident close enough"
    return Match(None, 1.0, {"opened": why, "closest": [m[2] for m in misses[:3]]})


# -- the incident as its reports tell it -----------------------------------------------------

@dataclass
class Summary:
    representative: Report
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None
    date: date | None
    time_precision: int | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    fatalities_basis: str
    modality: str
    reports: int
    articles: int  # distinct articles


def _modality_rank(modality: str) -> int:
    return MODALITY_STRENGTH.index(modality) if modality in MODALITY_STRENGTH else len(MODALITY_STRENGTH)


def representative(reports: list[Report]) -> Report:
    """The report that speaks for the incident: asserted, finest place, most salient, first stored."""
    return min(reports, key=lambda r: (_modality_rank(r.modality), r.geo_precision or 9, r.rank, r.id))


def _vote(values: list, fallback):
    """The value most of ``values`` give (empty ones aside); ``fallback`` when none is given or it
    is among the most given, else the first of those met."""
    if len(values) == 1:  # an incident of one report (most are): its value, as the count below gives it
        return values[0] or fallback
    counted = Counter(v for v in values if v)
    if not counted:
        return fallback
    top = max(counted.values())
    return fallback if counted.get(fallback) == top else next(v for v, n in counted.items() if n == top)


def _actor(side: list[str | None], fallback: str | None, rules: IncidentRules) -> str | None:
    named = [a for a in side if a and not rules.is_generic(a)]
    if fallback and not rules.is_generic(fallback):
        return _vote(named, fallback)
    return _vote(named, None) or fallback


def reconcile_fatalities(reports: list[Report], rules: IncidentRules | None = None) -> tuple[int | None, str]:
    """ACLED's rule: the lowest credible figure among the reports that tell a toll, unless a
    later report revises the toll upward.

    Reports that merely disagree (told within ``news_days`` of the first report) give their
    lowest figure; follow-ups published later (an arrest, a trial, naming one victim of several)
    do not lower it. When ``leads_first``, a figure told in passing (an event that is not its
    article's lead) counts only when no article leads with the incident. A revision (a later
    death of the wounded, a toll that rose) replaces the figure unless it is lower: a toll that
    rose is no lower than before, and a lower figure in such a sentence counts only the newly dead."""
    rules = rules or load_incident_rules()
    # a report that told no toll is no credible 0 (its 0 is only ACLED's default)
    told = [r for r in reports if r.fatalities is not None and r.toll_told]
    if not told and any(r.fatalities is not None for r in reports):
        return 0, "no report tells a toll"
    figures = told
    pool = [r for r in figures if r.modality in rules.credible_modalities]
    kind = "credible"
    if not pool:
        pool = [r for r in figures if r.modality in rules.fallback_modalities]
        kind = "claimed (no report asserts a figure)"
    if not pool:
        if any(r.fatalities is not None and r.modality in rules.credible_modalities for r in reports):
            # the only figures are background's ("In 2014, ... one man was killed there"): the
            # reports of the incident itself tell no toll
            return 0, "no credible report tells a toll"
        return None, "no report gives a figure"
    passing = ""
    if rules.leads_first:
        leads = [r for r in pool if r.rank == 0]
        if leads and len(leads) < len(pool):
            passing = f"; {len(pool) - len(leads)} told in passing not counted"
            pool = leads
    news, later = pool, []
    dated = [r.published for r in pool if r.published is not None]
    if rules.news_days is not None and dated:
        first = min(dated)
        news = [r for r in pool if r.published is None or (r.published - first).days <= rules.news_days]
        later = [r for r in pool if r not in news]
    low = min(news, key=lambda r: (r.fatalities, r.id))
    revisions = [r for r in pool if rules.is_revision(r.sentence)]
    below = ""
    if revisions:
        latest = max((r.published or date.min, r.id) for r in revisions)[0]
        newest = [r for r in revisions if (r.published or date.min) == latest]
        chosen = min(newest, key=lambda r: (r.fatalities, r.id))
        if chosen.fatalities >= low.fatalities:
            by = chosen.outlet or f"article {chosen.article_id}"
            return chosen.fatalities, f"revised to {chosen.fatalities} by a later report ({by}, {chosen.published or 'undated'})"
        below = f"; a revision's lower figure ({chosen.fatalities}) not taken"
    numbers = sorted({r.fatalities for r in news})
    follow = f"; {len(later)} later follow-up{'s' if len(later) > 1 else ''} not counted" if later else ""
    notes = f"{follow}{passing}{below}"
    if len(news) == 1:
        return low.fatalities, f"one {kind} figure{notes}"
    return low.fatalities, f"lowest of {len(news)} {kind} figures ({', '.join(map(str, numbers))}){notes}"


def summarise(reports: list[Report], rules: IncidentRules | None = None) -> Summary:
    rules = rules or load_incident_rules()
    rep = representative(reports)
    sub = _vote([r.sub_event_type for r in reports], rep.sub_event_type)
    of_sub = next((r for r in reports if r.sub_event_type == sub), rep)
    finest = min((r.time_precision or 9, r.date) for r in reports if r.date) if any(r.date for r in reports) else None
    fatalities, basis = reconcile_fatalities(reports, rules)
    return Summary(
        representative=rep,
        event_type=of_sub.event_type,
        sub_event_type=sub,
        plover_type=_vote([r.plover_type for r in reports], rep.plover_type),
        date=finest[1] if finest else None,
        time_precision=(finest[0] if finest and finest[0] != 9 else None),
        actor1=_actor([r.side1[0] if r.side1 else None for r in reports], rep.side1[0] if rep.side1 else None, rules),
        actor2=_actor([r.side2[0] if r.side2 else None for r in reports], rep.side2[0] if rep.side2 else None, rules),
        fatalities=fatalities,
        fatalities_basis=basis,
        modality=min((r.modality for r in reports), key=_modality_rank),
        reports=len(reports),
        articles=len({r.article_id for r in reports}),
    )
