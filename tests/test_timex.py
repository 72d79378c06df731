"""TIMEX3 normalisation: hand-worked cases against a Friday, and a few properties over many anchors."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsfold.nlp.timex import Timex, TimexContext, normalise_timex, parse_number, shift_value, value_granularity

FRIDAY = date(2020, 8, 14)  # in the third quarter, in summer, in ISO week 33


@pytest.mark.parametrize("text,expected", [
    # days and weekdays: the article's own day is included; past by default
    ("Friday", ("DATE", "2020-08-14")),
    ("Monday", ("DATE", "2020-08-10")),
    ("last Friday", ("DATE", "2020-08-07")),
    ("next Tuesday", ("DATE", "2020-08-18")),
    ("yesterday", ("DATE", "2020-08-13")),
    ("tomorrow", ("DATE", "2020-08-15")),
    ("tonight", ("TIME", "2020-08-14TNI")),
    ("last night", ("TIME", "2020-08-13TNI")),
    ("Friday morning", ("TIME", "2020-08-14TMO")),
    ("7 p.m.", ("TIME", "2020-08-14T19:00")),
    ("10:35 a.m. Tuesday", ("TIME", "2020-08-11T10:35")),
    ("noon Thursday", ("TIME", "2020-08-13T12:00")),
    # explicit dates; a month without a year is the nearest one looking back
    ("Aug. 9", ("DATE", "2020-08-09")),
    ("August 13, 2020", ("DATE", "2020-08-13")),
    ("Monday, Aug. 10", ("DATE", "2020-08-10")),
    ("7 August 1998", ("DATE", "1998-08-07")),
    ("2020-08-14", ("DATE", "2020-08-14")),
    ("March", ("DATE", "2020-03")),
    ("December", ("DATE", "2019-12")),
    ("early September", ("DATE", "2020-09")),
    ("June last year", ("DATE", "2019-06")),
    ("Thanksgiving", ("DATE", "2020-11-26")),       # fourth Thursday of November 2020
    # calendar units
    ("last week", ("DATE", "2020-W32")),
    ("this week", ("DATE", "2020-W33")),
    ("next month", ("DATE", "2020-09")),
    ("this year", ("DATE", "2020")),
    ("early next year", ("DATE", "2021")),
    ("a year ago", ("DATE", "2019")),
    ("two years ago", ("DATE", "2018")),
    ("three months ago", ("DATE", "2020-05")),
    ("the weekend", ("DATE", "2020-W33-WE")),
    ("fiscal 1989", ("DATE", "1989")),
    # quarters, halves, seasons, decades, centuries
    ("the third quarter", ("DATE", "2020-Q3")),
    ("the fourth quarter", ("DATE", "2019-Q4")),    # not come yet this year: last year's
    ("the first half of 1990", ("DATE", "1990-H1")),
    ("the year-earlier quarter", ("DATE", "2019-Q2")),  # the last completed quarter, a year before
    ("last fall", ("DATE", "2019-FA")),
    ("this summer", ("DATE", "2020-SU")),
    ("the 1990s", ("DATE", "199")),
    ("the late '70s", ("DATE", "197")),
    ("the 20th century", ("DATE", "19")),
    # references to the present, past and future
    ("now", ("DATE", "PRESENT_REF")),
    ("currently", ("DATE", "PRESENT_REF")),
    ("recently", ("DATE", "PAST_REF")),
    ("the near future", ("DATE", "FUTURE_REF")),
    # durations
    ("two weeks", ("DURATION", "P2W")),
    ("26 years", ("DURATION", "P26Y")),
    ("16-hour", ("DURATION", "PT16H")),
    ("half an hour", ("DURATION", "PT30M")),
    ("a year and a half", ("DURATION", "P1Y6M")),
    ("5 1/2 hours", ("DURATION", "PT5H30M")),
    ("the past two decades", ("DURATION", "P20Y")),
    ("several years", ("DURATION", "PXY")),
    ("the first nine months", ("DURATION", "P9M")),
    # sets
    ("daily", ("SET", "P1D")),
    ("every two years", ("SET", "P2Y")),
    ("every Monday", ("SET", "XXXX-WXX-1")),
    ("Tuesday nights", ("SET", "XXXX-WXX-2TNI")),
])
def test_normalise_timex(text, expected):
    found = normalise_timex(text, TimexContext(FRIDAY))
    assert found is not None and (found.type, found.value) == expected


@pytest.mark.parametrize("text", ["6-year-old", "52 years old", "the day", "year", "Olympic", "44", "80486"])
def test_not_time_expressions(text):
    assert normalise_timex(text, TimexContext(FRIDAY)) is None


def test_tense_moves_weekdays_months_and_quarters_forward():
    future = TimexContext(FRIDAY, tense="future")
    assert normalise_timex("Monday", future) == Timex("DATE", "2020-08-17")
    assert normalise_timex("Friday", future) == Timex("DATE", "2020-08-14")  # today, not a week on
    assert normalise_timex("December", future) == Timex("DATE", "2020-12")
    assert normalise_timex("March", future) == Timex("DATE", "2021-03")
    assert normalise_timex("the fourth quarter", future) == Timex("DATE", "2020-Q4")


def test_the_date_talked_about_anchors_relative_expressions():
    quarter = TimexContext(FRIDAY, reference="2020-Q2")
    assert normalise_timex("a year earlier", quarter) == Timex("DATE", "2019-Q2")
    assert normalise_timex("the quarter", quarter) == Timex("DATE", "2020-Q2")
    day = TimexContext(FRIDAY, reference="1995-05-22")
    assert normalise_timex("the following year", day) == Timex("DATE", "1996")
    assert normalise_timex("the day before", day) == Timex("DATE", "1995-05-21")
    assert normalise_timex("two days earlier", TimexContext(FRIDAY, reference="2019-Q3")) == \
        Timex("DATE", "2020-08-12")  # a quarter cannot move by days: the article's date does


def test_without_an_anchor_only_what_the_text_says_is_kept():
    assert normalise_timex("Friday") == Timex("DATE", "XXXX-WXX-5")
    assert normalise_timex("August 14") == Timex("DATE", "XXXX-08-14")
    assert normalise_timex("1991") == Timex("DATE", "1991")
    assert normalise_timex("two weeks") == Timex("DURATION", "P2W")
    assert normalise_timex("last week") is None


@pytest.mark.parametrize("offset", range(14))
def test_weekdays_fall_in_the_week_on_the_side_the_tense_says(offset):
    anchor = FRIDAY + timedelta(days=offset)
    for name in ("Monday", "Wednesday", "Sunday"):
        past = date.fromisoformat(normalise_timex(name, TimexContext(anchor)).value)  # type: ignore[union-attr]
        ahead = date.fromisoformat(normalise_timex(name, TimexContext(anchor, "future")).value)  # type: ignore
        assert 0 <= (anchor - past).days <= 6 and 0 <= (ahead - anchor).days <= 6
        assert past.strftime("%A") == ahead.strftime("%A") == name


@pytest.mark.parametrize("month", range(1, 13))
def test_yesterday_and_last_month_step_back_across_year_ends(month):
    anchor = date(2021, month, 1)
    assert normalise_timex("yesterday", TimexContext(anchor)) == Timex("DATE", (anchor - timedelta(1)).isoformat())
    before = anchor - timedelta(days=1)
    assert normalise_timex("last month", TimexContext(anchor)) == Timex("DATE", f"{before.year}-{before.month:02d}")


def test_value_helpers():
    assert parse_number("twenty four") == 24 and parse_number("5 1/2") == 5.5 and parse_number("several") is None
    assert [value_granularity(v) for v in ("2020-08-14", "2020-W33", "2020-08", "2020-Q3", "2020", "199", "P2D")] == \
        ["day", "week", "month", "quarter", "year", "decade", "other"]
    assert shift_value("2020-Q1", -1, "quarter") == "2019-Q4"
    assert shift_value("2020-03-31", -1, "month") == "2020-02-28"
    assert shift_value("2020-SU", -1, "year") == "2019-SU"
