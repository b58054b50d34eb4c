"""Which of a sentence's days is its violence's own: the day written on the trigger ("Monday's
shooting", "was shot late Sunday"), and the days that date a state or what followed instead
("remained in critical condition Sunday night after the shooting")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .tokens import Tokens
from .when import When, day_count, follows_violence, state_phrases

AFTER_TRIGGER = 3  # words between a trigger and a day written on it ("shot in the chest Monday")
LEGAL_REACH = 6  # words before a trigger that a legal act's word may stand at
STATE_REACH = 7  # tokens before a day that a state's phrase may stand at ("75th" is two)
# words that end the trigger's own phrase: a day after one of them is another clause's
_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "after", "before", "when", "while", "who", "which",
                            "as", "until", "since", "then", "said", "says", "told", "(", "\u2014", "-", "\u2013"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "s"})


def own_day(tokens: Tokens, t0: int, t1: int, dates: list[When]) -> When | None:
    """The day written on the trigger at tokens ``t0:t1``: one that ends right before it or before
    its possessive ("Monday's shooting", "the May 31 shooting", "a Sunday night shooting"; a
    clock time or "night" may stand between), or that starts at most three words after it, none
    of them ending its phrase ("was shot Monday", "shot in the chest late Sunday"); else, for a
    trigger in a clause opened by "a day after", the day before the one its sentence names
    (``days_before``). Only days, not weeks or months."""
    if t0 >= len(tokens):
        return None
    # "charged a man with murder Thursday": a day after a trigger that a legal act's word stands
    # before is the act's ("charged in the May 31 shooting" still dates the shooting)
    after_legal = any(follows_violence(tokens.lows, i) for i in range(max(0, t0 - LEGAL_REACH), t0))
    if after_legal and any(w.precision == 1 and w.end <= tokens[t0].start for w in dates):
        # "Police on Monday arrested a man in the fatal shooting of a teenager on Friday": the act's
        # day is written before it, the day after the trigger is the shooting's
        after_legal = False
    before_end = tokens[t0 - 1].end if t0 > 0 else -1
    for w in dates:
        if w.precision != 1:
            continue
        if w.end <= tokens[t0].start:
            between = [t.low for t in tokens[:t0] if t.start >= w.end]
            if all(x in _POSSESSIVE or x in ("night", "morning", "afternoon", "evening") for x in between) \
                    and len(between) <= 2:
                return w
            continue
        last = tokens[t1 - 1].end if t1 > t0 else before_end
        if w.start < last or after_legal:
            continue
        between = [t.low for t in tokens[t1:] if t.end <= w.start]
        if len(between) <= AFTER_TRIGGER and _CLAUSE_BREAKS.isdisjoint(between):
            return w
    return days_before(tokens, t0, dates)


_COUNTED_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}  # "a day after", "a week after", "two weeks after"
DAYS_AFTER_REACH = 8  # words from "after" to the trigger of its clause ("a day after he was shot")


def days_before(tokens: Tokens, t0: int, dates: list[When]) -> When | None:
    """ "A man died Monday, a day after he was shot": a trigger in a clause opened by "a day
    after", "four days after" (up to when.MOST_DAYS_AGO) or "a week after", when the clause before
    names its day, took place that many days before that day."""
    lows = tokens.lows
    for k in range(t0 - 1, max(-1, t0 - 1 - DAYS_AFTER_REACH), -1):
        if lows[k] in (".", ";", ","):
            return None
        if lows[k] != "after" or k < 2 or lows[k - 1] not in _COUNTED_UNITS:
            continue
        n = day_count(lows[k - 2])
        if n is None:
            continue
        if (n == 1) != (lows[k - 1] in ("day", "week")):
            return None
        n *= _COUNTED_UNITS[lows[k - 1]]
        if any(follows_violence(lows, i) for i in range(k + 1, t0)):
            return None  # "two days after police arrested a man accused of killing him": the arrest's day
        opened = tokens[k - 2].start
        told = [w for w in dates if w.precision == 1 and w.end <= opened]
        if not told:
            return None
        day = told[-1]
        return replace(day, date=(date.fromisoformat(day.date) - timedelta(days=n)).isoformat(), ahead=None)
    return None


def state_day(tokens: Tokens, t0: int, t1: int, when: When) -> bool:
    """ "was still on the run Thursday", "remained in critical condition Sunday night after what
    police called an accident", "as of Tuesday afternoon, no one was in custody": a day with a
    state's or a follow-up's phrase at most six words before it, and the trigger not between them,
    dates that state; not one written on the trigger ("sentenced over the June 2022 attack")."""
    if t0 < len(tokens) and tokens[t0].start >= when.end \
            and all(t.low in ("'s", "’s") for t in tokens[:t0] if t.start >= when.end):
        return False
    k = next((i for i, t in enumerate(tokens) if t.start >= when.start), len(tokens))
    low = max(0, k - STATE_REACH)
    if t0 < k and t1 > low:  # the trigger stands between: "still" is the trigger's own
        low = max(low, t1)
    lows = tokens.lows
    if any(follows_violence(lows, i) for i in range(low, k)):
        return True
    phrases = state_phrases()
    return any(m.end <= k for i in range(low, k) if phrases.starts(lows[i]) for m in phrases.at(lows, i))
