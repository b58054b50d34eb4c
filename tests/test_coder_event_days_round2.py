"""Event days, round two: a date told after a verb of happening or a passive "was reported" is
the happening's, not a statement's, even with a reporting verb before it."""

from .coder_helpers import top


def test_day_after_happened_behind_a_reporting_verb_is_the_events():
    text = ("A teenager was shot in the leg in Maple Grove. "
            "Deputies say it happened Tuesday shortly before 9 p.m. near the park.")
    assert top(text, "2019-10-10").event_date == "2019-10-08"


def test_day_after_occurred_behind_said_is_the_events():
    text = ("A woman was shot outside a bakery in Riverton. "
            "Officers said the shooting occurred late Saturday behind the store.")
    assert top(text, "2019-10-10").event_date == "2019-10-05"


def test_passive_reported_day_is_the_events():
    text = ("A man was shot in the arm in Oak Falls, police said. "
            "The shooting was reported Monday evening in the 400 block of Elm Street.")
    assert top(text, "2019-10-10").event_date == "2019-10-07"


def test_statement_day_right_after_the_reporting_verb_is_still_the_statements():
    text = "A man was shot in the arm in Oak Falls, police said Wednesday."
    assert top(text, "2019-10-10").event_date == "2019-10-10"


def test_impersonal_passive_report_is_still_a_statement():
    text = "It was reported Monday that a man was shot in the arm in Oak Falls."
    assert top(text, "2019-10-10").event_date == "2019-10-10"


def test_day_of_a_sentencing_is_not_the_killings():
    text = ("A man was sentenced Thursday for the killing of his neighbour in Oak Falls. "
            "The neighbour was shot on June 3 outside his home.")
    assert top(text, "2019-10-12").event_date == "2019-06-03"


def test_opening_day_of_a_charge_gives_way_to_the_homicides_own_date():
    text = "Late Tuesday, prosecutors charged a man with murder for a shooting that happened on March 7 in Oak Falls."
    assert top(text, "2019-10-10").event_date == "2019-03-07"


def test_date_written_on_the_violence_after_a_charge_is_the_violences():
    text = "A man was charged Wednesday in the May 31 shooting death of a teenager in Oak Falls."
    assert top(text, "2019-10-10").event_date == "2019-05-31"
