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


# Each case below comes from a sentence written for these tests; the comment gives the sentence.
@pytest.mark.parametrize("text,context,expected", [
    # "The station first aired in nineteen ninety-six." (broadcast transcripts say years in words)
    ("nineteen ninety-six", TimexContext(FRIDAY), ("DATE", "1996")),
    ("January nineteen ninety-seven", TimexContext(FRIDAY), ("DATE", "1997-01")),
    ("the winter of nineteen ninety-four", TimexContext(FRIDAY), ("DATE", "1994-WI")),
    ("the year two thousand", TimexContext(FRIDAY), ("DATE", "2000")),
    ("twenty thirteen", TimexContext(FRIDAY), ("DATE", "2013")),
    ("two thousand and twelve", TimexContext(FRIDAY), ("DATE", "2012")),
    # "Three days later, the ferry sank." TimeML marks the length; "later" only relates it
    ("Three days later", TimexContext(FRIDAY, "past", "2020-08-03"), ("DURATION", "P3D")),
    ("a minute and a half later", TimexContext(FRIDAY), ("DURATION", "PT1M30S")),
    ("Just over an hour later", TimexContext(FRIDAY), ("DURATION", "PT1H")),
    ("hours later", TimexContext(FRIDAY), ("DURATION", "PTXH")),
    ("a year and a half ago", TimexContext(FRIDAY), ("DATE", "2019-02")),  # eighteen months back
    # "The lease runs for an additional year." / "They will search for two more weeks."
    ("an additional year", TimexContext(FRIDAY), ("DURATION", "P1Y")),
    ("two more weeks", TimexContext(FRIDAY), ("DURATION", "P2W")),
    ("at least 20 more years", TimexContext(FRIDAY), ("DURATION", "P20Y")),
    # "Voters go to the polls on Election Day." and the holidays set by Easter (12 April 2020)
    ("Election Day", TimexContext(FRIDAY, "future"), ("DATE", "2020-11-03")),
    ("Easter", TimexContext(FRIDAY), ("DATE", "2020-04-12")),
    ("Good Friday 2013", TimexContext(FRIDAY), ("DATE", "2013-03-29")),
    ("Easter week", TimexContext(FRIDAY), ("DATE", "2020-W15")),
    ("Thanksgiving week", TimexContext(FRIDAY, "future"), ("DATE", "2020-W48")),
    # "Divers reached the wreck on Aug. 3 and surfaced the next morning." (the day talked about, plus one)
    ("the next morning", TimexContext(FRIDAY, "past", "2020-08-03"), ("TIME", "2020-08-04TMO")),
    ("next morning", TimexContext(FRIDAY), ("TIME", "2020-08-15TMO")),
    ("that evening", TimexContext(FRIDAY, "past", "2020-08-03"), ("TIME", "2020-08-03TEV")),
    ("the morning", TimexContext(FRIDAY, "past", "2020-08-03"), ("TIME", "2020-08-03TMO")),
    ("mid-afternoon yesterday", TimexContext(FRIDAY), ("TIME", "2020-08-13TAF")),
    ("mid afternoon", TimexContext(FRIDAY), ("TIME", "2020-08-14TAF")),
    ("early this morning", TimexContext(FRIDAY), ("TIME", "2020-08-14TMO")),
    # "Shares fell on Monday after overnight losses in New York." (the night before the day talked about)
    ("overnight", TimexContext(FRIDAY, "past", "2020-08-10"), ("TIME", "2020-08-09TNI")),
    # "Profit rose in the fourth quarter, more than in the same period last year." read in August 2020
    ("the same period last year", TimexContext(FRIDAY, reference="2019-Q4"), ("DATE", "2018-Q4")),
    ("the same quarter a year earlier", TimexContext(FRIDAY), ("DATE", "2019-Q2")),
    ("this quarter last year", TimexContext(FRIDAY), ("DATE", "2019-Q3")),
    # "The hearing was set for the week of Sept. 7." / "Plants will close over the next year or so."
    ("the week of Sept. 7", TimexContext(FRIDAY, "future"), ("DATE", "2020-W37")),
    ("the weekend of Aug. 8", TimexContext(FRIDAY), ("DATE", "2020-W32-WE")),
    ("the next year or so", TimexContext(FRIDAY), ("DATE", "2021")),
])
def test_rules_read_from_written_sentences(text, context, expected):
    found = normalise_timex(text, context)
    assert found is not None and (found.type, found.value) == expected


@pytest.mark.parametrize("text,context", [
    ("This Week", TimexContext(FRIDAY)),           # 'Baker said on ABC's "This Week" that ...': a programme
    ("60 Minutes", TimexContext(FRIDAY)),          # 'He told CBS's "60 Minutes" ...'
    ("the long run", TimexContext(FRIDAY)),        # "Iraq will lose in the long run": an idiom, not a time
    ("the night", TimexContext(FRIDAY, "past", "2020-08-03")),  # "the night the plane went down"
    ("that evening", TimexContext(FRIDAY)),        # no day talked about for it to belong to
])
def test_names_idioms_and_unplaceable_parts_of_days_are_not_read(text, context):
    assert normalise_timex(text, context) is None


def test_numbers_in_words_that_are_not_years():
    assert normalise_timex("eleven fifteen", TimexContext(FRIDAY)) is None  # a clock time said in words
    assert normalise_timex("more than two thousand years ago", TimexContext(FRIDAY)) is None  # not the year 2000


def test_this_week_in_running_text_is_still_a_week():
    assert normalise_timex("This week", TimexContext(FRIDAY)) == Timex("DATE", "2020-W33")
    assert normalise_timex("the long term", TimexContext(FRIDAY)) == Timex("DATE", "FUTURE_REF")


def test_story_written_for_the_new_rules(settings):
    from newsfold.models import Article
    from newsfold.nlp.dates import extract_timexes
    from newsfold.nlp.parse import load_model, parse_articles

    text = ("The ferry left port on Election Day. Three days later, it sank. Divers reached the wreck on Nov. 7 and "
            "surfaced the next morning. They will search for two more weeks. The line last lost a ship in nineteen "
            "ninety-six. Just over an hour later the coast guard arrived.")
    article = Article(id="ferry", path="ferry", text=text, published="2020-11-10", language="en")
    parsed = next(parse_articles([article], load_model(settings.nlp.model)))
    assert [(t.text, t.type, t.value) for t in extract_timexes(parsed)] == [
        ("Election Day", "DATE", "2020-11-03"),
        ("Three days later", "DURATION", "P3D"),
        ("Nov. 7", "DATE", "2020-11-07"),
        ("the next morning", "TIME", "2020-11-08TMO"),      # the morning after Nov. 7, not after the article's day
        ("two more weeks", "DURATION", "P2W"),
        ("nineteen ninety-six", "DATE", "1996"),
        ("Just over an hour later", "DURATION", "PT1H"),
    ]


def test_calendar_helpers():
    from newsfold.nlp.timex_values import holiday_date, spelled_years

    assert [holiday_date("easter", y).isoformat() for y in (2000, 2013, 2019, 2024)] == \
        ["2000-04-23", "2013-03-31", "2019-04-21", "2024-03-31"]
    assert holiday_date("election day", 1998) == date(1998, 11, 3)      # the Tuesday after the first Monday
    assert holiday_date("election day", 2022) == date(2022, 11, 8)      # Nov. 1 is a Tuesday: not that one
    assert holiday_date("memorial day", 2020) == date(2020, 5, 25)      # the last Monday of May
    assert holiday_date("thanksgiving", 2020) == date(2020, 11, 26)     # the fourth Thursday of November
    assert spelled_years("nineteen oh five and nineteen hundred") == "1905 and 1900"
    assert spelled_years("twenty four hours") == "twenty four hours"
