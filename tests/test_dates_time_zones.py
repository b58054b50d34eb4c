"""A publication date written with a time zone dateutil does not know ("17:46 CDT", "10:00 PKT")
is read as the date written, with no warning (dateutil says such a zone will one day be an
error), and the zone moves no date to another day."""

import warnings

import pytest

from sitroom.ingest.dates import parse_date


@pytest.mark.parametrize("written, day", [
    ("Thu, 14 Aug 2014 17:46 CDT", "2014-08-14"),
    ("Thu, 14 Aug 2014 23:46 EDT", "2014-08-14"),
    ("26 Jul 2021 10:00 PKT", "2021-07-26"),
    ("Mon, 03 Mar 2014 23:30:00 +0500", "2014-03-03"),
])
def test_a_date_with_a_zone_is_the_date_written_without_warning(written, day):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_date(written) == day
