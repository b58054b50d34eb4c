"""Event dates: explicit dates in the text, or relative ones resolved against publication.

"On 9 May 2020" is that day; "late Sunday" is the last Sunday on or before publication
(precision 1, a day); "last week" is the Monday of the week before (precision 2);
"earlier this month" is the first of the month (precision 3).  Without a publication date
a relative expression cannot be resolved, and the date stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ..ingest.dates import EARLIEST, LATEST  # a date outside them is no date of news
from ..knowledge import KnowledgeError, load_yaml
from .phrases import PhraseIndex
from .tokens import lows_of, may_hold_digits, tokenize, words

FILE = "codebook/time_expressions.yaml"

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_M = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
# The patterns below the first, and _WEEKDAY, look ahead at the characters their alternatives
# can start with, so that the engine rejects most word starts at once instead of trying every
# alternative (the month pattern is 1.7x quicker so).
_EXPLICIT = [
    re.compile(r"\b(?P<iso>(?P<year>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d))\b"),
    re.compile(rf"\b(?=\d){_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?\b", re.I),
    re.compile(rf"\b(?=[jfmasond]){_M}\s+{_D}(?:,?\s+{_Y})?\b", re.I),
]
# a date written in numbers with its year: "12/23/16", "6/3/2016", "23.12.2016", "09-17-2016"; which number is
# the month is decided by the publication date (see _numeric_day)
_NUMERIC = re.compile(r"(?<![\w./-])(?P<n1>[0-3]?\d)(?:/(?P<n2>[0-3]?\d)/(?P<ny>(?:19|20)\d\d|\d\d)"
                      r"|(?P<sep>[.-])(?P<hn2>[0-3]?\d)(?P=sep)(?P<hny>(?:19|20)\d\d))(?![\d/-]|\.\d)")
# (with dots or dashes, a whole year only: "Article 2.1.18", "3-2-16" are no dates)
_WEEKDAY = re.compile(r"\b(?=[lepotmwfs])(?:(?P<mod>late|early|on|last|this|past)\s+)?"
                      r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)


@dataclass(frozen=True)
class When:
    date: str  # ISO
    precision: int  # 1 day, 2 week, 3 month
    start: int  # character offsets of the expression in the sentence
    end: int
    explicit: bool  # written as a date, not relative to publication
    # a weekday that is the one after publication's: read as six days before publication, or as
    # the day after it when the story tells its own day by its weekday (a page dated in another
    # time zone, or a day early); this is that day after
    ahead: str | None = None
    weekday: bool = False  # told by its weekday ("Sunday", "late Sunday")
    named: bool = False  # told by a holiday's name ("Christmas Eve", "on New Year's Day")
    counted: bool = False  # counted back from another day the sentence tells ("two days earlier")
    ago: bool = False  # counted back from publication ("three days ago"): a deed told as past


@cache
def relative_phrases() -> PhraseIndex:
    data = load_yaml(FILE)
    index = PhraseIndex()
    for phrase, spec in (data.get("relative") or {}).items():
        if not isinstance(spec, dict) or spec.get("precision") not in (1, 2, 3):
            raise KnowledgeError(f"{FILE}: relative.{phrase} needs a precision of 1, 2 or 3")
        index.add(words(phrase), spec)
    return index


@cache
def _ago() -> tuple[re.Pattern, dict[str, dict], dict[str, int]]:
    """The pattern of "<count> <unit> ago", the units (ago_units) and the counts in words."""
    data = load_yaml(FILE)
    units = data.get("ago_units") or {}
    counts = data.get("ago_counts") or {}
    for unit, spec in units.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("days"), int) \
                or spec.get("precision") not in (1, 2, 3):
            raise KnowledgeError(f"{FILE}: ago_units.{unit} needs whole days and a precision of 1, 2 or 3")
    if not all(isinstance(n, int) and n > 0 for n in counts.values()):
        raise KnowledgeError(f"{FILE}: ago_counts must be positive whole numbers")
    alternatives = "|".join(re.escape(str(w)) for w in sorted(counts, key=len, reverse=True))
    unit_words = "|".join(re.escape(str(u)) for u in sorted(units, key=len, reverse=True))
    pattern = re.compile(rf"\b(?P<count>\d{{1,2}}|{alternatives})\s+(?P<unit>{unit_words})\s+ago\b", re.I)
    return pattern, {str(u).lower(): spec for u, spec in units.items()}, {str(w).lower(): n for w, n in counts.items()}


def day_count(word: str) -> int | None:
    """A count of days written as a word or in digits ("a", "four", "4": ``ago_counts`` in
    time_expressions.yaml), up to MOST_DAYS_AGO; else None."""
    n = int(word) if word.isdigit() else _ago()[2].get(word.lower())
    return n if n and n <= MOST_DAYS_AGO else None


@cache
def _day_of_month() -> re.Pattern:
    """ "on the 16th" (day_of_month_before / day_of_month_after in time_expressions.yaml)."""
    before = "|".join(r"\s+".join(map(re.escape, words(p))) for p in _listed("day_of_month_before"))
    after = "|".join(re.escape(w) for w in _listed("day_of_month_after"))
    # (not one of a list of ordinals: "the 2nd and 3rd floors", "the 3rd, 5th and 7th battalions")
    return re.compile(rf"\b(?:{before})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s*(?:,|and|or)\s*\d)"
                      rf"(?=\s*(?:[,.;:!?)]|$|(?:{after})\b))", re.I)


def _listed(key: str) -> list[str]:
    """The phrases listed under ``key`` in time_expressions.yaml (none when the key is absent)."""
    from ..knowledge import text_list

    return text_list(FILE, key, load_yaml(FILE).get(key) or [])


def _phrase_index(key: str) -> PhraseIndex:
    index = PhraseIndex()
    for phrase in _listed(key):
        index.add(words(phrase), phrase)
    return index


def _word_set(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _listed(key))


@cache
def dated_deeds() -> frozenset[str]:
    """Nouns of deeds that a month and its year written before them date (``dated_deeds`` in time_expressions.yaml)."""
    return _word_set("dated_deeds")


@cache
def relative_words() -> frozenset[str]:
    """Words that open a relative clause (``relative_words`` in time_expressions.yaml)."""
    return _word_set("relative_words")


@cache
def sentence_adverbs() -> frozenset[str]:
    """Words that open a sentence, never a dateline's town (``sentence_adverbs``)."""
    return _word_set("sentence_adverbs")


@cache
def year_openers() -> frozenset[str]:
    """Words before a year that make it the year of a deed (``year_openers``)."""
    return _word_set("year_openers")


@cache
def holiday_attributes() -> frozenset[str]:
    """Nouns after which a holiday's name tells what kind of thing, not a day (``holiday_attributes``)."""
    return _word_set("holiday_attributes")


def night_words() -> frozenset[str]:
    """Relative days of the page's own day that may be the night before (``night_words``)."""
    return _word_set("night_words")


@cache
def bound_words() -> frozenset[str]:
    """Words before a day that bounds a stretch of time (``bounds`` in time_expressions.yaml)."""
    return _word_set("bounds")


@cache
def stamp_line_words() -> frozenset[str]:
    """Words a page's time line holds beside its date and clock time (``stamp_line_words`` and
    ``page_stamps`` in time_expressions.yaml), written without their dots ("a.m." is "am")."""
    listed = _listed("stamp_line_words") + _listed("page_stamps")
    return frozenset(w.replace(".", "") for phrase in listed for w in phrase.lower().split()) | frozenset(WEEKDAYS)


@cache
def page_stamps() -> PhraseIndex:
    """Words that stamp a page with its time (``page_stamps`` in time_expressions.yaml)."""
    return _phrase_index("page_stamps")


@cache
def photo_captions() -> PhraseIndex:
    """Phrases of a photo's caption before the day it was taken (``photo_captions`` in time_expressions.yaml)."""
    return _phrase_index("photo_captions")


@cache
def span_start_clauses() -> frozenset[str]:
    """Words opening a clause of the earlier deed a count runs from (``span_start_clauses``)."""
    return _word_set("span_start_clauses")


@cache
def happening_verbs() -> PhraseIndex:
    """Verbs that tell when a happening took place (``happening_verbs`` in time_expressions.yaml)."""
    return _phrase_index("happening_verbs")


@cache
def anniversary_phrases() -> PhraseIndex:
    """Words after which a deed of the same clause is remembered (``anniversary_phrases`` in time_expressions.yaml)."""
    return _phrase_index("anniversary_phrases")


@cache
def sequence_phrases() -> PhraseIndex:
    """Words after a deed that tell what it answered (``sequence_phrases`` in time_expressions.yaml)."""
    return _phrase_index("sequence_phrases")


@cache
def clause_openers() -> frozenset[str]:
    """Words that open a reported clause after a reporting verb (``clause_openers`` in time_expressions.yaml)."""
    return _word_set("clause_openers")


@cache
def passive_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The passive's auxiliaries, the reporting verbs whose passive dates the happening, and the
    impersonal subjects before them (``passive_auxiliaries``, ``passive_reports``,
    ``impersonal_subjects`` in time_expressions.yaml)."""
    return _word_set("passive_auxiliaries"), _word_set("passive_reports"), _word_set("impersonal_subjects")


@cache
def day_speech() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of speech after a day and the speakers before it that make it the day of speaking
    (``day_speech_verbs`` and ``day_speakers`` in time_expressions.yaml)."""
    return _word_set("day_speech_verbs"), _word_set("day_speakers")


@cache
def legal_process_words() -> frozenset[str]:
    """Words of the legal process that follows violence (``legal_process_words`` in time_expressions.yaml)."""
    return _word_set("legal_process_words")


@cache
def after_violence_words() -> frozenset[str]:
    """The words of the legal process and of what else follows violence, together: a day or a
    sentence they stand in dates what followed, not the violence."""
    return legal_process_words() | follow_up_words() | mourning_words()


def follows_violence(lows: list[str], i: int, words: frozenset[str] | None = None) -> bool:
    """Whether the word at ``i`` is one of ``words`` (by default ``after_violence_words``): not
    "court" after a word of ``playing_courts`` ("a basketball court", "the food court")."""
    low = lows[i]
    if low not in (after_violence_words() if words is None else words):
        return False
    return not (low == _COURT and i > 0 and lows[i - 1] in playing_courts())


_COURT = "court"


@cache
def playing_courts() -> frozenset[str]:
    """Words before "court" that make it no court of law (``playing_courts`` in time_expressions.yaml)."""
    return _word_set("playing_courts")


@cache
def mourning_words() -> frozenset[str]:
    """Words of mourning that follows violence: a funeral, a vigil (``mourning_words`` in
    time_expressions.yaml)."""
    return _word_set("mourning_words")


@cache
def state_phrases() -> PhraseIndex:
    """Phrases of a state or of what followed violence that date it rather than the violence
    (``state_phrases`` in time_expressions.yaml)."""
    return _phrase_index("state_phrases")


@cache
def follow_up_words() -> frozenset[str]:
    """Words of what follows violence besides the legal process: an arrest, custody (``follow_up_words``
    in time_expressions.yaml)."""
    return _word_set("follow_up_words")


@cache
def named_day_phrases() -> PhraseIndex:
    """Days named for what they mark whose date varies (``named_days`` in time_expressions.yaml):
    never places, like the holidays."""
    return _phrase_index("named_days")


@cache
def holiday_phrases() -> PhraseIndex:
    """Holidays by name (``holidays`` in time_expressions.yaml), each with how to find its day."""
    return holiday_index(load_yaml(FILE))


def holiday_index(data: dict) -> PhraseIndex:
    index = PhraseIndex()
    for phrase, spec in (data.get("holidays") or {}).items():
        fixed = isinstance(spec, dict) and {"month", "day"} <= set(spec) and "weekday" not in spec
        movable = isinstance(spec, dict) and spec.get("weekday") in WEEKDAYS and spec.get("nth") in (1, 2, 3, 4, -1)
        easter = isinstance(spec, dict) and isinstance(spec.get("easter"), int)
        if not (fixed or movable or easter):
            raise KnowledgeError(f"{FILE}: holidays.{phrase} needs month and day, month, weekday and nth "
                                 "(1-4 or -1), or easter (days from Easter Sunday)")
        index.add(words(phrase), spec)
    return index


def date_phrases() -> tuple[PhraseIndex, PhraseIndex, PhraseIndex]:
    """Every phrase of time_expressions.yaml, loaded and checked: relative dates, holidays, page stamps."""
    return relative_phrases(), holiday_phrases(), page_stamps()


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def _holiday_in(spec: dict, year: int) -> date | None:
    try:
        if "easter" in spec:
            return _easter(year) + timedelta(days=spec["easter"])
        if "weekday" not in spec:
            return date(year, spec["month"], spec["day"])
        target, nth = WEEKDAYS[spec["weekday"]], spec["nth"]
        if nth > 0:
            first = date(year, spec["month"], 1)
            day = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            following = date(year + spec["month"] // 12, spec["month"] % 12 + 1, 1)
            last = following - timedelta(days=1)
            day = last - timedelta(days=(last.weekday() - target) % 7)
        return day + timedelta(days=spec.get("days", 0))
    except (ValueError, OverflowError):
        return None


def _holidays(tokens, lows: list[str], published: date | None, year_hint: int | None, taken: list) -> list[When]:
    """ "On Christmas Eve", "over Thanksgiving": the holiday's day in the publication year, or the
    year before when that day is more than a week after publication; without a publication date,
    in the year the text names."""
    out = []
    for match in holiday_phrases().find(tokens):
        start, end = tokens[match.start].start, tokens[match.end - 1].end
        if not tokens[match.start].capitalized or any(s < end and start < e for s, e in taken):
            continue
        if match.end < len(lows) and lows[match.end] in holiday_attributes() and not WEEKDAYS.keys().isdisjoint(lows):
            continue  # "killed at a Christmas party early Sunday": what kind of party; Sunday is its day
        shift = _day_around(lows, match.start)
        if shift is None:
            continue
        year = published.year if published is not None else year_hint
        if year is None:
            continue
        day = _holiday_in(match.payload, year)
        if day is not None and published is not None and day > published + timedelta(days=7):
            day = _holiday_in(match.payload, year - 1)
        if day is not None:
            day += timedelta(days=shift)
        if day is None or _valid(day.year, day.month, day.day) is None:
            continue
        taken.append((start, end))
        out.append(When(day.isoformat(), 1, start, end, False, named=True))
    return out


def _day_around(lows: list[str], k: int) -> int | None:
    """How a holiday at token k dates what is told: its own day (0), "the day after" it (1) or
    "the day before" it (-1); None when it only bounds the time ("just after Christmas",
    "since Easter", "before Thanksgiving")."""
    before = lows[max(0, k - 2):k]
    if before[-2:] == ["day", "after"]:
        return 1
    if before[-2:] == ["day", "before"]:
        return -1
    if before and before[-1] in ("after", "before", "since", "until", "till", "ahead", "following", "preceding"):
        return None
    return 0


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day if EARLIEST <= day <= LATEST else None  # "31 December 9999" dates no event


@cache
def _holiday_words() -> frozenset[str]:
    return holiday_phrases().first_words()


_MONTH_WORDS = frozenset(MONTHS)
_WEEKDAY_WORDS = frozenset(WEEKDAYS)


def _year_like(lows: list[str]) -> bool:
    return any(w[:1].isdigit() and len(w) >= 4 for w in lows)


def find_dates(sentence: str, published: date | None, year_hint: int | None = None, tokens=None,
               day_before: When | None = None) -> list[When]:
    """Every date expression in a sentence that can be resolved, in order. Each kind of
    expression is only looked for when its words are there (a month name, a four-digit
    number, a weekday, a relative phrase)."""
    found: list[When] = []
    taken: list[tuple[int, int]] = []
    if tokens is None:
        tokens = tokenize(sentence)
    lows = lows_of(tokens)
    patterns = []
    if may_hold_digits(sentence) and _year_like(lows):
        patterns.append(_EXPLICIT[0])
    if not _MONTH_WORDS.isdisjoint(lows):
        patterns.extend(_EXPLICIT[1:])
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groupdict()
            if g.get("iso"):
                d = _valid(int(g["year"]), int(g["imonth"]), int(g["iday"]))
            else:
                month = MONTHS.get(g["month"].lower().rstrip("."))
                if month is None or not g["month"][:1].isupper():
                    continue  # month names are capitalised; "may 9" is the verb
                year = int(g["year"]) if g.get("year") else _year_for(month, int(g["day"]), published, year_hint)
                d = _valid(year, month, int(g["day"])) if year and month else None
            if d is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(When(d.isoformat(), 1, m.start(), m.end(), True))
    if may_hold_digits(sentence):
        found.extend(_numeric_days(sentence, published, taken))
    if not _holiday_words().isdisjoint(lows):
        found.extend(_holidays(tokens, lows, published, year_hint, taken))
    if not _MONTH_WORDS.isdisjoint(lows) and may_hold_digits(sentence):
        found.extend(_month_years(tokens, lows, taken, published))
    if published is not None:
        dated = tuple(w for w in found if w.explicit and w.precision == 1)
        found.extend(_relatives(sentence, published, taken, tokens, dated))
        if not _MONTH_WORDS.isdisjoint(lows):
            found.extend(_bare_months(tokens, lows, published, taken))
    if " day" in sentence and (found or day_before is not None):
        found.extend(_days_before_told(sentence, found, taken, day_before))
    found.sort(key=lambda w: w.start)
    if found and not _schedule_words().isdisjoint(lows):
        found = [w for w in found if not _scheduled(tokens, lows, w)]
    return found


def _numeric_days(sentence: str, published: date | None, taken: list) -> list[When]:
    """Dates written in numbers with their year ("on 12/23/16 at 8:50 p.m.", "6/3/2016"): see
    _numeric_day."""
    found = []
    for m in _NUMERIC.finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        before = sentence[max(0, m.start() - BIRTH_REACH):m.start()].lower()
        if any(word in before for word in _BIRTH_WORDS):
            continue  # "Doe (DOB 11/05/1990)", "born 4/12/1988": a record's date, no happening's
        day = _numeric_day(int(m["n1"]), int(m["n2"] or m["hn2"]), m["ny"] or m["hny"], published)
        if day is not None:
            taken.append((m.start(), m.end()))
            found.append(When(day.isoformat(), 1, m.start(), m.end(), True))
    return found


BIRTH_REACH = 12  # characters before a numeric date within which a word of birth makes it a record's
_BIRTH_WORDS = ("dob", "d.o.b", "born", "birth")
RECENT_DAYS = 14  # an ambiguous numeric date is read only as a day of the last two weeks


def _numeric_day(first: int, second: int, year_digits: str, published: date | None) -> date | None:
    """The day of a date written in numbers: month first (American) or day first (most other
    places). A reading after publication (by more than a day, for time zones) is no day a report
    tells. Where both readings are days before it, the one of the last RECENT_DAYS is kept, as
    news tells what is recent; where neither or both are, and without a publication date, an
    ambiguous date is no date ("2/3/25" in a story of mid-March may be either)."""
    year = int(year_digits)
    if len(year_digits) == 2:
        now = (published or LATEST).year
        year += 2000 if 2000 + year <= now + 1 else 1900
    readings = {d for d in (_valid(year, first, second), _valid(year, second, first)) if d is not None}
    if published is not None:
        readings = {d for d in readings if d <= published + timedelta(days=1)}
    if len(readings) == 2 and published is not None:
        readings = {d for d in readings if d >= published - timedelta(days=RECENT_DAYS)}
    return readings.pop() if len(readings) == 1 else None


@cache
def schedule_phrases() -> PhraseIndex:
    """Words before a day something is set for (``schedule_phrases`` in time_expressions.yaml)."""
    return _phrase_index("schedule_phrases")


@cache
def _schedule_words() -> frozenset[str]:
    return schedule_phrases().first_words()


def _scheduled(tokens, lows: list[str], when: When) -> bool:
    """ "is scheduled to be sentenced July 26", "his next court date is Jan. 5": a day set for
    what is still to come dates no happening (and without a year is no day of the year before)."""
    k = next((i for i, t in enumerate(tokens) if t.start >= when.start), len(tokens))
    index = schedule_phrases()
    return any(m.end >= k - 3 for i in range(max(0, k - 6), k) for m in index.at(lows, i, k))


def _year_for(month: int, day: int, published: date | None, hint: int | None) -> int | None:
    if published is None:
        return hint
    year = published.year
    candidate = _valid(year, month, day)
    if candidate and candidate > published + timedelta(days=7):
        year -= 1  # "on December 30" in a January story is last year's
    return year


def _relatives(sentence: str, published: date, taken: list, tokens, dated: tuple[When, ...] = ()) -> list[When]:
    """The dates told relative to publication: weekdays (the day of a date written right after
    one of ``dated``, the days found written out), relative phrases, days counted back, days of
    the month told alone."""
    out: list[When] = []
    weekdays = _WEEKDAY.finditer(sentence) if not _WEEKDAY_WORDS.isdisjoint(lows_of(tokens)) else ()
    for m in weekdays:
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        target = WEEKDAYS[m.group("wd").lower()]
        written = next((w for w in dated if 0 <= w.start - m.end() <= 2 and not sentence[m.end():w.start].strip(" ,")
                        and date.fromisoformat(w.date).weekday() == target), None)
        if written is not None:
            # "killed Saturday, July 5": the date written after it tells which Saturday (where the
            # two disagree, one is a slip, and the weekday is read as always)
            out.append(When(written.date, 1, m.start(), m.end(), False, None, True))
            taken.append((m.start(), m.end()))
            continue
        back = (published.weekday() - target) % 7
        mod = (m.group("mod") or "").lower()
        if mod in ("last", "past") and back == 0:
            back = 7
        d = published - timedelta(days=back)
        ahead = (published + timedelta(days=1)).isoformat() if back == 6 and mod not in ("last", "past") else None
        out.append(When(d.isoformat(), 1, m.start(), m.end(), False, ahead, True))
        taken.append((m.start(), m.end()))
    weekday_spans = [(s, e) for s, e in taken if _WEEKDAY.fullmatch(sentence, s, e)]
    if " ago" in sentence:
        out.extend(_agos(sentence, published, taken))
    if "the " in sentence and may_hold_digits(sentence):
        out.extend(_days_of_month(sentence, published, taken))
    for match in relative_phrases().find(tokens):
        spec = match.payload
        start, end = tokens[match.start].start, tokens[match.end - 1].end
        if any(s < end and start < e for s, e in taken):
            continue
        if spec.get("days") == 0 and any(0 <= s - end <= 1 or 0 <= start - e <= 1 for s, e in weekday_spans):
            continue  # "overnight Monday", "Sunday overnight": the weekday tells the day
        if "days" in spec:
            d = published + timedelta(days=spec["days"])
        elif "weeks" in spec:
            d = _week(published, spec["weeks"])
        elif "weekend" in spec:
            if match.end < len(tokens) and tokens[match.end].text.lower() in _NOT_THIS_WEEKEND:
                continue  # "the weekend of November 24", "the weekend before the election"
            if spec["weekend"] == 0 and published.weekday() not in _DAYS_AFTER_A_WEEKEND:
                continue  # ("more protests are planned over the weekend" in a Friday story: to come)
            d = _weekend(published, spec["weekend"])
        else:
            first = published.replace(day=1)
            months = spec.get("months", 0)
            y, mo = divmod(first.month - 1 + months, 12)
            d = first.replace(year=first.year + y, month=mo + 1)
        out.append(When(d.isoformat(), spec["precision"], start, end, False))
    return out


_NOT_THIS_WEEKEND = frozenset({"of", "before", "after", "ahead"})
_DAYS_AFTER_A_WEEKEND = frozenset({5, 6, 0, 1})  # Saturday to Tuesday: "over the weekend" is the one just past


def _weekend(published: date, offset: int) -> date:
    """The Saturday of the weekend a story tells: the last one begun by publication ("over the
    weekend" in a Monday story, or in a Sunday one), or with ``offset`` -1 the last one over by
    then ("last weekend", "this past weekend" in a Sunday story is the one before)."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if offset < 0 and published.weekday() >= 5:
        saturday -= timedelta(days=7)
    return saturday


def _week(published: date, offset: int) -> date:
    """The Monday of the week ``offset`` weeks from publication's. A Sunday story's "last week" is
    the week that ends the day before (the press's week runs Sunday to Saturday: a shooting on
    Tuesday is "last week's" in the next Sunday's paper), not the week before that."""
    monday = published - timedelta(days=published.weekday())
    if offset < 0 and published.weekday() == 6:
        offset += 1
    return monday + timedelta(weeks=offset)


MOST_DAYS_AGO = 10  # "ten days ago" dates a day; "100 days ago" is loose talk


def _agos(sentence: str, published: date, taken: list) -> list[When]:
    """ "three days ago": that long before publication."""
    pattern, units, _ = _ago()

    def read(m: re.Match) -> tuple[date, int] | None:
        n = day_count(m.group("count"))
        spec = units[m.group("unit").lower()]
        if n is None:
            return None  # ("100 days ago" is loose talk)
        return published - timedelta(days=n * spec["days"]), spec["precision"]

    return [replace(w, ago=True) for w in _matched_days(pattern, sentence, taken, read)]


@cache
def _before_told() -> re.Pattern:
    """ "the day before", "a day earlier", "the previous day", "two days earlier": told back from
    another day, not from publication; never before a noun ("the day before the election")."""
    counts = "|".join(re.escape(str(w)) for w in sorted(_ago()[2], key=len, reverse=True))
    return re.compile(rf"\b(?:(?:the|a)\s+day\s+(?:before|earlier|prior)|the\s+previous\s+day"
                      rf"|(?P<count>\d|{counts})\s+days\s+(?:before|earlier|prior))"
                      r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|when|while|as|after|in|at|on|near|outside|inside)\b)", re.I)


def _days_before_told(sentence: str, found: list[When], taken: list, day_before: When | None = None) -> list[When]:
    """ "Speaking on Tuesday, the commander said militants had attacked the farmers the day
    before": that many days before the last day the sentence told ahead of it (to the day), or
    else ``day_before``, the last day the sentence before told ("Mourners gathered Saturday for
    his funeral. He was killed eight days earlier"); with no such day, nothing (the day before
    what is not told here)."""
    def read(m: re.Match) -> tuple[date, int] | None:
        anchor = next((w for w in sorted(found, key=lambda w: -w.end) if w.precision == 1 and w.end <= m.start()),
                      day_before if day_before is not None and day_before.precision == 1 else None)
        n = day_count(m.group("count") or "1")
        if anchor is None or n is None:
            return None
        return date.fromisoformat(anchor.date) - timedelta(days=n), 1

    return [replace(w, counted=True) for w in _matched_days(_before_told(), sentence, taken, read)]


def _days_of_month(sentence: str, published: date, taken: list) -> list[When]:
    """ "on the 16th": that day of the publication's month, or of the month before when the day
    is still to come."""

    def read(m: re.Match) -> tuple[date, int] | None:
        day = int(m.group("day"))
        year, month = published.year, published.month
        if day > published.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        d = _valid(year, month, day)
        return (d, 1) if d is not None else None

    return _matched_days(_day_of_month(), sentence, taken, read)


def _matched_days(pattern: re.Pattern, sentence: str, taken: list, read) -> list[When]:
    """The days ``read`` gives (a date and its precision, or None) for each match of ``pattern``
    that no date found before overlaps; each one found is taken."""
    out = []
    for m in pattern.finditer(sentence):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found = read(m)
        if found is None:
            continue
        out.append(When(found[0].isoformat(), found[1], m.start(), m.end(), False))
        taken.append((m.start(), m.end()))
    return out


_FULL_MONTHS = frozenset(m for m in MONTHS if len(m) > 3 or m == "may")
_MONTH_PARTS = frozenset({"early", "mid", "mid-", "late", "the", "end", "middle", "beginning", "of"})


MONTH_YEAR_OPENS = 4  # words from a sentence's start within which a month and its year may date it
_MONTH_YEAR_OPENERS = frozenset({"in", "back", "during", "the", "early", "late", "mid", "mid-", "by"})


# a month told mid-sentence dates the deed of the "when" clause right after it: "since October,
# when border clashes killed 23 soldiers", "in March 2024, when gunmen stormed the market"
# ("until September, when lawmakers return" looks ahead: no deed's date)
_CLAUSE_MONTH_BEFORE = frozenset({"in", "since", "during"})


def _when_clause_after(lows: list[str], k: int) -> bool:
    return lows[k:k + 2] == [",", "when"]


def _month_years(tokens, lows: list[str], taken: list[tuple[int, int]], published: date | None = None) -> list[When]:
    """ "In May 2024, protests ...", "The June 2024 protests left 60 dead": a month written with
    its year and no day at the opening of a sentence, as that month (precision 3; the year is
    written, so it is explicit). Not one further on, which tells a comparison or a background
    ("since March 2024", "formed in March 2023", "The operation began in May 2025"), unless a
    "when" clause follows it, whose deed it dates ("in March 2024, when gunmen stormed the
    market"), or it is written on a deed's noun ("over the June 2022 attack on a church"), and
    not after publication; such a month dates only that deed (``deed_scope``). Never the verb
    "may" (month names are capitalised)."""
    out: list[When] = []
    for k in range(len(lows) - 1):
        w = lows[k]
        y = k + 2 if lows[k + 1] == "of" and k + 2 < len(lows) else k + 1  # ("In October of 2014, ...")
        year = lows[y]
        if w not in _FULL_MONTHS or not tokens[k].text[:1].isupper() or len(year) != 4 or not year.isdigit() \
                or not 1900 < int(year) < 2100:
            continue
        month = date(int(year), MONTHS[w], 1)
        if not (k < MONTH_YEAR_OPENS and all(x in _MONTH_YEAR_OPENERS for x in lows[:k])):
            if not _when_clause_after(lows, y + 1) and not (y + 1 < len(lows) and lows[y + 1] in dated_deeds()):
                continue  # ("the deadliest attack since March 2024", "a militia formed in March 2023")
            if published is not None and month > published:
                continue  # ("until March 2027, when the mandate ends": ahead, no deed's date)
        start, end = tokens[k].start, tokens[y].end
        if any(s < end and start < e for s, e in taken):
            continue  # ("5 May 2024" is a day, read already)
        taken.append((start, end))
        out.append(When(month.isoformat(), 3, start, end, True))
    return out


def deed_scope(tokens, when: When) -> tuple[int, int] | None:
    """The tokens in which a trigger must start to take ``when``, a month told mid-sentence for
    one deed (``_month_years``, ``_bare_months``): the "when" clause after it ("the deadliest
    attack since March 2024, when bandits killed 40 people": not the attack the sentence opens
    with), or the deed's noun right after it and the word after that ("jailed over the June 2022
    attack", "the May 2025 ambush killed 15 soldiers"); None for any other date, which the whole
    sentence may take."""
    if when.precision != 3:
        return None
    lows = tokens.lows
    k = next((i for i, t in enumerate(tokens) if t.start >= when.start), len(tokens))
    if k <= MONTH_YEAR_OPENS and all(x in _MONTH_YEAR_OPENERS or x in _MONTH_PARTS or x == "back" for x in lows[:k]):
        return None  # a month opening its sentence frames all it tells
    end = next((i for i, t in enumerate(tokens) if t.start >= when.end), len(tokens))
    if _when_clause_after(lows, end):
        return end + 2, len(tokens)
    if end < len(lows) and lows[end] in dated_deeds():
        return end, end + 2  # (and the verb right after it: "the May 2025 ambush killed 15 soldiers")
    return None


def _bare_months(tokens, lows: list[str], published: date, taken: list[tuple[int, int]]) -> list[When]:
    """ "In December, militants attacked a checkpoint", "In late June, ...", "Last September, ...": a
    month written without a day or a year that opens its sentence, before the month of publication,
    as that month (the last one before publication; precision 3): a story's background, told apart from its own
    event (merging keeps a deed wholly before the lead's apart); or one further on after "in" or
    "since" with a "when" clause after it, whose deed it dates ("Relations have soured since
    October, when border clashes killed 23 soldiers"). Never the verb "may"."""
    out: list[When] = []
    for k, w in enumerate(lows):
        if k >= 5 and lows[k + 1:k + 3] != [",", "when"]:
            continue
        month = MONTHS.get(w) if w in _FULL_MONTHS else None  # ("Mar", "Dec" are too often other words)
        if month is None or not tokens[k].text[:1].isupper():
            continue
        if k + 1 < len(lows) and (lows[k + 1][:1].isdigit() or lows[k + 1] in ("'s", "’s")):
            continue  # "December 5", "December 2024" (read as dates), "December's"
        j = k - 1
        while j >= 0 and lows[j] in _MONTH_PARTS:
            j -= 1
        opens = j >= 0 and lows[j] in ("in", "last") and (j == 0 or (j == 1 and lows[0] == "back"))
        if not opens and j >= 0 and lows[j] in _CLAUSE_MONTH_BEFORE and _when_clause_after(lows, k + 1):
            opens = True  # ("Relations have soured since October, when border clashes killed 23")
        if not opens or k + 1 >= len(lows) or lows[k + 1] != "," or month == published.month:
            continue  # ("In December," opens the sentence; "Back in December," too)
        start, end = tokens[j].start, tokens[k].end
        if any(s < end and start < e for s, e in taken):
            continue
        year = published.year if month < published.month else published.year - 1
        out.append(When(date(year, month, 1).isoformat(), 3, start, end, False))
    return out


def story_days(dates: list[list[When]], published: date | None) -> list[list[When]]:
    """The dates of a story's sentences, with a weekday that is the one after publication's read as
    the day after publication when the story also names the publication day by its weekday ("was
    shot Tuesday night ... police said Wednesday" in a story dated Tuesday: the page's date is a day
    early, not the shooting a week old); otherwise it stays six days before publication."""
    if published is None or not any(w.ahead for ws in dates for w in ws):
        return dates
    day = published.isoformat()
    if not any(w.weekday and w.date == day for ws in dates for w in ws):
        return dates
    return [[replace(w, date=w.ahead, ahead=None) if w.ahead else w for w in ws] for ws in dates]


def parse_iso(value: str | None) -> date | None:
    """An ISO date; None for none, for a malformed one and for an impossible one (a crawler's
    zero time "0001-01-01", "9999-12-31"), which relative dates cannot be counted from."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day if EARLIEST <= day <= LATEST else None
