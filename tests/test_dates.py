"""Date normalisation against the article's own date (hand-worked cases)."""

from __future__ import annotations

from datetime import date

import pytest

from newsfold.nlp.dates import normalise

FRIDAY = date(2020, 8, 14)


@pytest.mark.parametrize("text,future,expected", [
    ("Friday", False, ("2020-08-14", "day")),          # the article's own day
    ("on Friday", False, ("2020-08-14", "day")),
    ("earlier Friday", False, ("2020-08-14", "day")),
    ("Sunday", False, ("2020-08-09", "day")),          # most recent Sunday
    ("Wednesday", True, ("2020-08-19", "day")),        # "will meet on Wednesday": the coming one
    ("Monday", True, ("2020-08-17", "day")),
    ("last Friday", False, ("2020-08-07", "day")),
    ("Aug. 9", False, ("2020-08-09", "day")),
    ("August 13, 2020", False, ("2020-08-13", "day")),
    ("August 14", False, ("2020-08-14", "day")),
    ("June", False, ("2020-06", "month")),
    ("1991", False, ("1991", "year")),                 # a year, not 1991-08-14
    ("yesterday", False, ("2020-08-13", "day")),
    ("the day before", False, ("2020-08-13", "day")),
    ("two days earlier", False, ("2020-08-12", "day")),
    ("last week", False, ("2020-W32", "week")),
    ("26 years", False, (None, "duration")),
    ("four nights", False, (None, "duration")),
    ("more than a week ago", False, (None, "unknown")),
])
def test_normalise(text, future, expected):
    value, granularity, _ = normalise(text, FRIDAY, future=future)
    assert (value, granularity) == expected


def test_relative_dates_follow_the_date_being_talked_about():
    value, _, _ = normalise("two days earlier", FRIDAY, reference=date(2020, 8, 12))
    assert value == "2020-08-10"


def test_without_an_article_date_only_explicit_dates_resolve():
    assert normalise("August 13, 2020", None)[0] == "2020-08-13"
    assert normalise("Aug. 9", None)[0] is None
    assert normalise("Monday", None) == (None, "day", "monday")  # the weekday is still known


def test_a_date_months_ahead_without_a_year_is_last_year():
    assert normalise("December 20", date(2021, 1, 10))[0] == "2020-12-20"
