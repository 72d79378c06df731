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


# Written for these tests: a made-up port strike, published on Friday 14 August 2020.
STRIKE = ("Dockers walked out on Friday. The union, which also struck between 1994 and 1997, said it will strike "
          "again next year.\n\nTalks will resume at 9 a.m. Tuesday, a 52-year-old organiser said. The talks lasted "
          "16 hours, as long as in the 1990s.")


@pytest.fixture(scope="module")
def strike(settings):
    from newsfold.models import Article
    from newsfold.nlp.parse import load_model, parse_articles

    article = Article(id="strike", path="strike", text=STRIKE, published="2020-08-14", language="en")
    return next(parse_articles([article], load_model(settings.nlp.model)))


def test_pipeline_dates_take_the_timex_reading_where_it_knows_better(strike):
    from newsfold.nlp.dates import extract_dates

    refs = {r.text: (r.value, r.granularity) for r in extract_dates(strike)}
    assert refs["Friday"] == ("2020-08-14", "day")
    assert refs["next year"] == ("2021", "year")        # dateparser alone reads this year
    assert refs["the 1990s"] == (None, "unknown")       # a decade, not a day
    assert not any("hours" in text for text in refs)   # durations are not dates


def test_extract_timexes_reads_every_time_expression_with_offsets(strike):
    from newsfold.nlp.dates import extract_timexes

    found = [(t.text, t.type, t.value) for t in extract_timexes(strike)]
    assert found == [
        ("Friday", "DATE", "2020-08-14"),
        ("1994", "DATE", "1994"), ("1997", "DATE", "1997"),   # "between 1994 and 1997": two expressions
        ("next year", "DATE", "2021"),
        ("9 a.m. Tuesday", "TIME", "2020-08-18T09:00"),       # "will resume": the coming Tuesday
        ("16 hours", "DURATION", "PT16H"),                    # the age "52-year-old" is not a time
        ("the 1990s", "DATE", "199"),
    ]
    assert all(STRIKE[t.start:t.end] == t.text for t in extract_timexes(strike))


def test_a_march_that_is_a_name_is_not_a_date(settings):
    from newsfold.models import Article
    from newsfold.nlp.dates import extract_dates, extract_timexes
    from newsfold.nlp.parse import load_model, parse_articles

    text = "We joined the March for Freedom on Friday."  # "We" is not Wednesday, "March for Freedom" not March
    article = Article(id="march", path="march", text=text, published="2020-08-14", language="en")
    parsed = next(parse_articles([article], load_model(settings.nlp.model)))
    assert [(r.text, r.value) for r in extract_dates(parsed)] == [("Friday", "2020-08-14")]
    assert [(t.text, t.value) for t in extract_timexes(parsed)] == [("Friday", "2020-08-14")]
