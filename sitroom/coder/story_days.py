"""The day of a story's event: the first day its findings tell that is not the page's, moved back
to the happening before what followed it; the story's anchor for an event told with none; a week or
month narrowed by a day told within it; the sentences that tell what followed violence."""

from __future__ import annotations

from datetime import date, timedelta

from .day_spans import is_weekend
from .merging import Draft
from .sentence_coder import SentenceInfo, answered_deeds_day, legal_act_date, statement_date
from .when import (MONTHS, after_violence_words, bound_words, dated_deeds, day_count, deed_scope, follows_violence,
                   night_words, sequence_phrases, year_openers)

STATEMENT_DAYS = 31  # a statement that a story tells as its only day was made at most this long before it
EARLIER_DAYS = 7  # a day told with an event up to this many days before its first is the happening's


def event_day(d: Draft, pub):
    """The date of an event told in several sentences: the first day written on a violence trigger
    ("Monday's shooting", "was shot late Sunday": trigger_day.py), unless the first dated sentence
    opens with its own day or only "overnight" or "today" told it; else the first day told that is
    not the day of publication (a page stamp or a headline's "Posted: Tuesday, May 27" gives the day
    the story came out, not the happening: "shot his grandfather Sunday"), else the first day told,
    else the first date told (a week, a month). A day told with it up to a week earlier is the happening's,
    and the first day one that followed it (a death, an arrest, a vigil, a hearing: "died Friday
    after being shot Thursday", "a judge on Wednesday found probable cause in the shooting death
    Tuesday night"), unless the first day opens its sentence ("On 8 May, ..."), which frames
    everything the sentence tells."""
    found = [(x.info, x.when) for x in d.findings if x.when is not None]
    published = pub.isoformat() if pub else None
    # (when every day told is publication's, still a day before a vaguer date: "shot his sons Friday
    # morning" in a story out that Friday, not "lost his job last week")
    days = [(i, w) for i, w in found if w.precision == 1]
    # a day written on a trigger ("shot Monday night") is the happening's, before any other, unless
    # only "overnight" or "today" told it (the page's own day, which may be the night before) or a
    # day opens the first dated sentence ("On 12 July, militants killed ... The body was found on
    # 16 July": that day frames all it tells); then no earlier day is looked for
    own = [(x.info, x.when) for x in d.findings if x.when is not None and x.own_day
           and (x.when.date != published or x.when.weekday or x.when.explicit or x.when.named)]
    if own and found and _opens(*found[0]):
        own = []
    info, first = own[0] if own else next(((i, w) for i, w in days if w.date != published),
                                          days[0] if days else found[0] if found else (None, None))
    if first is None or info is None or first.precision != 1 or _opens(info, first) or own:
        return first
    low = (date.fromisoformat(first.date) - timedelta(days=EARLIER_DAYS)).isoformat()
    # (not a day counted back from another: "A man arrested on Monday had been released on bail
    # two days earlier" tells when he was released)
    told = [w for x in d.findings for w in x.info.dates if w.precision == 1 and low <= w.date < first.date
            and not w.counted and not statement_date(x.info, w) and not _since(x.info, w) and not legal_act_date(x, w)
            and not answered_deeds_day(x.info, x.trigger[1], w)]
    return min(told, key=lambda w: w.date) if told else first


_CLAUSE_ENDS = frozenset({",", ";", ":"})


def written_day(published: date | None, page_day: date | None) -> date | None:
    """The day a story was written, which its weekdays and "yesterday" count from and which an
    event it tells with no day of its own took place on: the day a line of the page carries
    ("Date: Tuesday, February 14, 2017", "Posted: Thursday, August 14") when it is up to
    STATEMENT_DAYS before the publication date given with the story (a day the page was collected
    or republished), else the publication date."""
    if published is None or page_day is None:
        return published or page_day
    if published - timedelta(days=STATEMENT_DAYS) <= page_day < published:
        return page_day
    return published


def days_before_lead(d: Draft) -> int | None:
    """How many days before the story's lead a deed told after "a day after" or "two days after"
    took place ("The attack came a day after police killed two gang members in a shootout": 1),
    when none of its reports tells a day of its own; else None."""
    if any(x.when is not None for x in d.findings):
        return None
    f = d.first
    lows = f.info.tokens.lows
    t0 = f.trigger[0]
    for m in sequence_phrases().find(f.info.tokens):
        # (the deed in the clause the phrase opens: "a day after police killed two gang members in
        # a shootout"; not one after its comma, the sentence's own: "A day after a bombing, ...")
        if m.end > t0 or lows[m.end - 1] != "after" or not _CLAUSE_ENDS.isdisjoint(lows[m.end:t0]):
            continue
        span = lows[m.start:m.end]
        if span[:2] == ["a", "day"]:
            return 1
        if span[0] == "days" and m.start > 0:
            return day_count(lows[m.start - 1])
    return None


def anchor_day(infos: list[SentenceInfo], pub):
    """The date of an event told with none of its own: the story's first day that is not the
    day it came out (a page stamp, "Posted: Tuesday, May 27"), when it tells one earlier (a
    story written weeks after a shooting dates it once: "on March 1"), else its first date (not a
    month told for one deed: "since March 2024, when bandits killed 40 people")."""
    dates = [w for info in infos for w in info.dates if not statement_date(info, w)
             and deed_scope(info.tokens, w) is None]
    published = pub.isoformat() if pub else None
    if not dates and published is not None:
        # "On Tuesday, AFRICOM said it had conducted an air strike": a story that tells no day of
        # the deed, only of its telling, dates it no later than that
        # (a statement of the last weeks: a date alone on a line years back is a record's, a birth date)
        recent = (pub - timedelta(days=STATEMENT_DAYS)).isoformat()
        return next((w for info in infos for w in info.dates
                     if w.precision == 1 and recent <= w.date < published and statement_date(info, w)), None)
    if not dates or published is None or dates[0].date != published:
        return dates[0] if dates else None
    return next((w for w in dates if w.precision == 1 and w.explicit and w.date < published), dates[0])


def _telling(d: Draft, when) -> SentenceInfo | None:
    return next((x.info for x in d.findings if any(w is when for w in x.info.dates)), None)


def told_overnight(d: Draft, when) -> bool:
    """Whether the page's own day ``when`` of the event ``d`` is told by one of its sentences as a
    time that may be the night before ("an overnight shooting"; time_expressions.yaml
    ``night_words``), not as "today"."""
    info = _telling(d, when)
    return info is not None and info.text[when.start:when.end].lower() in night_words()


def overnight_statement_day(d: Draft, when, pub):
    """The day before ``pub`` on which the sentence that tells the event ``d`` as "overnight"
    (``when``) tells its statement made, or None: "strikes killed 25 people overnight, officials
    said on Wednesday" in a page dated Thursday tells Wednesday's early hours (what is said of a
    night was said after it)."""
    info = _telling(d, when)
    published = pub.isoformat()
    said = [w for w in info.dates if w.precision == 1 and w.date < published and statement_date(info, w)] \
        if info is not None else []
    return max(said, key=lambda w: w.date) if said else None


def night_before(days, later, pub):
    """The day before ``pub`` told by its weekday or date (``days``: the story's days that no
    statement dates, as (sentence index, When); ``later``: the ids of those that sentences telling
    what followed violence name), or None: the day of an event the story tells only as
    "overnight" or "today" when it also tells "The incident happened around 11:30 p.m. Monday"."""
    eve = (pub - timedelta(days=1)).isoformat()
    return next((w for _, w in days if w.date == eve and (w.weekday or w.explicit) and id(w) not in later), None)


YEARS_BEFORE = 2  # a story told a year on may still be about that deed (a trial, an arrest)
PASSIVE_REACH = 2  # words before a trigger within which its auxiliary tells the passive ("were shot", "were later killed")
_PASSIVE_AUX = frozenset({"was", "were"})


_ARTICLES = frozenset({"a", "an", "the"})


def told_in_earlier_year(info: SentenceInfo, pub, trigger: int) -> int | None:
    """The year, at least YEARS_BEFORE before publication (one before, for a year alone that opens
    a sentence telling its deed in the passive: "In 2015, 43 people were shot dead"), in which a
    sentence tells its deed, by
    a date of that year or its month ("In December 2023, ...") or the year alone ("In 2022,
    fighters overran the base", "killed three during 2015"), or before a deed's noun that opens
    the sentence ("The 1994 genocide killed"), when it tells no date of publication's year; else
    None. Not a year set off by a comma after the first trigger (token ``trigger``): "killed five
    villagers in Damboa, a town first raided in 2014" tells this year's deed. (A year before a
    noun that names no deed is no date: "a 2010 black BMW".)"""
    if pub is None or any(w.date[:4] >= str(pub.year) for w in info.dates):
        return None
    tokens = info.tokens
    lows = tokens.lows
    trigger_at = tokens[trigger].start if trigger < len(tokens) else len(info.text)

    def of_the_deed(at: int) -> bool:  # (a character offset)
        return at < trigger_at or not {",", ";"} & set(info.text[trigger_at:at])

    told = next((w for w in info.dates if w.explicit and int(w.date[:4]) <= pub.year - YEARS_BEFORE
                 and of_the_deed(w.start)), None)
    if told is not None:
        return int(told.date[:4])
    # (a year alone that opens a sentence telling its deed in the passive frames a whole year: "In
    # 2015, 43 people were shot dead in Dayton" tells last year's count, not a deed of the story's
    # days; "In 2024, he shot and killed two men" may be the deed a trial story is about)
    framed = trigger < len(lows) and _PASSIVE_AUX.intersection(lows[max(0, trigger - PASSIVE_REACH):trigger])
    for k in range(1, len(lows)):
        w = lows[k]
        back = 1 if k == 1 and lows[0] in year_openers() and framed else YEARS_BEFORE
        if len(w) == 4 and w.isdigit() and 1900 < int(w) <= pub.year - back and of_the_deed(tokens[k].start):
            if lows[k - 1] in year_openers() or lows[k - 1].rstrip(".") in MONTHS \
                    or ((k <= 2 or lows[k - 1] in _ARTICLES) and k + 1 < len(lows) and lows[k + 1] in dated_deeds()):
                return int(w)
    return None


def follow_up_sentence(info: SentenceInfo) -> bool:
    """A sentence that tells what followed violence: an arrest, a charge, a court's act."""
    lows = info.tokens.lows
    words = after_violence_words()
    if words.isdisjoint(lows):
        return False  # (most sentences)
    return any(follows_violence(lows, i, words) for i in range(len(lows)))


def within(vague, days):
    """ "shot last month ... On March 6, police said": the first day told within the week or month
    a vaguer date names, else that date."""
    start = date.fromisoformat(vague.date)
    if vague.precision == 2:
        end = start + timedelta(days=2 if is_weekend(vague) else 7)
    else:
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    first, last = start.isoformat(), end.isoformat()
    return next((w for w in days if w.precision == 1 and first <= w.date < last), vague)


def _opens(info: SentenceInfo, when) -> bool:
    """A date before which its sentence has at most two words ("On 8 May 2020, ...", "Late Tuesday, ...")."""
    return sum(1 for t in info.tokens if t.end <= when.start and t.text[:1].isalnum()) <= 2


def _since(info: SentenceInfo, when) -> bool:
    """ "waiting since May 4", "held until Monday": the bound of a stretch of time, not a happening."""
    before = [t.low for t in info.tokens if t.end <= when.start][-1:]
    return bool(before) and before[0] in bound_words()
