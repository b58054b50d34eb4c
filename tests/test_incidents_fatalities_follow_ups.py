"""Incident fatalities: follow-ups, figures told in passing and revisions that would lower the toll.
My own reports."""

from datetime import date

from sitroom.consolidate.incidents import Report, reconcile_fatalities

from .test_incidents import report as airstrike_report


SHOOTING = dict(
    event_type="Violence against civilians", sub_event_type="Attack", date=date(2024, 5, 4),
    side1=("Unidentified Armed Group (United States)",), side2=("Civilians (United States)",),
    location="Springfield", country="USA", admin1="Illinois", admin2="Sangamon County",
    lat=39.8, lon=-89.64, geo_precision=2, fatalities=3, published=date(2024, 5, 5),
)


def report(id=1, article=1, **given) -> Report:
    """A report of one shooting in Springfield, Illinois (test_incidents' builder, other facts)."""
    return airstrike_report(id, article, **{**SHOOTING, **given})


def test_a_follow_up_weeks_later_does_not_lower_the_toll_of_the_first_reports():
    # the first reports tell three dead; a story on a charge a month later names only one victim
    first = [report(1, 1, fatalities=3), report(2, 2, fatalities=3, published=date(2024, 5, 6))]
    charge = report(3, 3, fatalities=1, published=date(2024, 6, 7))
    figure, basis = reconcile_fatalities([*first, charge])
    assert figure == 3
    assert basis.startswith("lowest of 2 credible figures (3)") and "1 later follow-up" in basis


def test_reports_that_merely_disagree_in_the_first_news_still_give_the_lowest():
    # same day and next day: they disagree, the lowest stands (ACLED)
    reports = [report(1, 1, fatalities=4), report(2, 2, fatalities=2), report(3, 3, fatalities=5,
                                                                               published=date(2024, 5, 6))]
    assert reconcile_fatalities(reports) == (2, "lowest of 3 credible figures (2, 4, 5)")


def test_undated_reports_all_count():
    # rows of a dataset of notes carry no publication date: no follow-up can be told apart
    notes = [report(1, 1, fatalities=6, published=None), report(2, 2, fatalities=2, published=None)]
    assert reconcile_fatalities(notes)[0] == 2


def test_a_figure_told_in_passing_counts_only_without_a_lead_report():
    lead = report(1, 1, fatalities=3)
    # a roundup whose lead is another shooting mentions this one with a partial count
    passing = report(2, 2, fatalities=1, rank=4)
    figure, basis = reconcile_fatalities([lead, passing])
    assert figure == 3 and "told in passing not counted" in basis
    # with no lead report, the mention is all there is
    assert reconcile_fatalities([passing, report(3, 3, fatalities=2, rank=1)])[0] == 1


def test_a_revision_never_lowers_the_toll():
    # two dead at first; days later one more victim dies, and that sentence is read as 1 (the newly dead)
    first = report(1, 1, fatalities=2)
    later = report(2, 2, fatalities=1, published=date(2024, 5, 9),
                   sentence="A third man wounded in the shooting died of his injuries on Wednesday.")
    figure, basis = reconcile_fatalities([first, later])
    assert figure == 2 and "a revision's lower figure (1) not taken" in basis


def test_a_later_death_or_a_risen_toll_still_replaces_a_lower_figure():
    first = report(1, 1, fatalities=1)
    later = report(2, 2, fatalities=2, published=date(2024, 5, 12),
                   sentence="A woman hurt in the shooting later died at the hospital, police said.")
    figure, basis = reconcile_fatalities([first, later])
    assert figure == 2 and basis.startswith("revised to 2 by a later report")


def test_a_figure_only_background_tells_gives_the_incident_no_toll_of_its_own():
    # the article's lead tells no toll (a boy wounded); its background sentence, kept generic,
    # tells one man killed there years ago
    lead = report(1, 1, fatalities=0, toll_told=False)
    background = report(2, 1, fatalities=1, modality="generic")
    assert reconcile_fatalities([lead, background]) == (0, "no credible report tells a toll")
    # with no credible report at all, no figure is given
    assert reconcile_fatalities([background])[0] is None
