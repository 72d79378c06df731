"""Dating an undated article from its story (events/dating.py), on small hand-written stories."""

from __future__ import annotations

from newsfold.events.dating import infer_dates
from newsfold.metadata import with_published
from newsfold.models import Analysis, Article, DateRef, EventMention, Figure, PublishedDate, Sentence
from newsfold.nlp import redate


def _article(aid: str, published: str | None) -> Article:
    return Article(id=aid, path=aid, text="", published=published, story="S1")


def _ref(aid: str, text: str, weekday: str | None = None, future: bool = False, granularity: str = "day") -> DateRef:
    return DateRef(aid, 0, len(text), text, None, granularity, weekday, future=future)


def _total(aid: str, value: float, as_of: str) -> Figure:
    return Figure(f"{aid}-f0", aid, 0, 5, f"{value:,.0f}", value, value, value, "people", "arrests", as_of=as_of,
                  cumulative=True)


def _arrests(aid: str, value: float) -> Figure:
    return Figure(f"{aid}-f1", aid, 0, 5, f"{value:,.0f}", value, value, value, "people", "arrests")


def _story(undated: Analysis, total: tuple[float, str] | None = None) -> tuple[list[Article], list[Analysis]]:
    dated = [_article("a", "2021-03-11"), _article("b", "2021-03-12")]  # a Thursday and a Friday
    analyses = [Analysis("a", "", figures=[_total("a", *total)] if total else []), Analysis("b", "")]
    return [*dated, _article("u", None)], [*analyses, undated]


def test_the_own_day_is_the_weekday_the_others_lead_up_to():
    undated = Analysis("u", "", dates=[_ref("u", "on Sunday", "sunday"), _ref("u", "Monday", "monday"),
                                       _ref("u", "on Wednesday", "wednesday", future=True)],
                       figures=[_arrests("u", 5200)])
    articles, analyses = _story(undated, (5000, "2021-03-10"))
    (inference,) = infer_dates(articles, analyses, [])
    assert inference.weekday == "monday"
    # Mondays near the story: 8 March (before the 5,000 counted by the 10th), 15 and 22 March
    assert str(inference.value) == "2021-03-15"
    assert any("no fewer than" in r for r in inference.reasons)


def test_two_equally_near_days_stay_unknown():
    undated = Analysis("u", "", dates=[_ref("u", "Monday", "monday")])
    articles, analyses = _story(undated)
    (inference,) = infer_dates(articles, analyses, [])
    # 8 March is 3 days before the story's first report and 15 March 3 days after its last: no way to choose
    assert inference.value is None
    assert [str(c) for c in inference.candidates] == ["2021-03-08", "2021-03-15", "2021-03-22"]


def test_an_explicit_past_date_bounds_the_day():
    undated = Analysis("u", "", dates=[_ref("u", "Monday", "monday"), _ref("u", "March 9")])
    articles, analyses = _story(undated)
    (inference,) = infer_dates(articles, analyses, [])
    assert str(inference.value) == "2021-03-15"


def test_no_weekday_no_guess():
    undated = Analysis("u", "", dates=[_ref("u", "March 9")])
    articles, analyses = _story(undated)
    assert infer_dates(articles, analyses, []) == []


def test_last_and_next_weekdays_are_not_the_own_day():
    undated = Analysis("u", "", dates=[_ref("u", "last Friday", "friday"), _ref("u", "Tuesday", "tuesday")],
                       figures=[_arrests("u", 150)])
    articles, analyses = _story(undated, (100, "2021-03-12"))
    (inference,) = infer_dates(articles, analyses, [])
    assert inference.weekday == "tuesday" and str(inference.value) == "2021-03-16"


def test_an_inferred_date_is_a_record_and_the_analysis_is_redated_as_a_new_one():
    text = "Dockers walked out on Monday."
    monday = DateRef("u", text.index("Monday"), text.index("Monday") + 6, "Monday", None, "unknown", "monday")
    mention = EventMention("u-e0", "u", 0, len(text), text, "walked out", "PROTEST", "strike", None, None,
                           weekday="monday", date_text="Monday", date_start=monday.start)
    running = Figure("u-f0", "u", 0, 5, "700", 700, 700, 700, "people", "arrests", cumulative=True)
    undated = Article(id="u", path="u", text=text, language="en")
    analysis = Analysis("u", "", sentences=[Sentence("u", 0, len(text), 0)], dates=[monday], events=[mention],
                        figures=[running])
    found = PublishedDate("u", "2021-03-16", "inferred", ("a Tuesday report",))
    dated = with_published(undated, found)
    assert (dated.published, dated.published_source) == ("2021-03-16", "inferred")
    assert dated.metadata["published_inferred"] == ["a Tuesday report"] and undated.published is None
    redone = redate(dated, analysis)
    assert (redone.events[0].date, redone.events[0].date_granularity) == ("2021-03-15", "day")
    assert redone.dates[0].value == "2021-03-15"
    assert analysis.events[0].date is None and analysis.dates[0].value is None  # the input is kept as it was
    assert redate(undated, analysis) is analysis  # no date, nothing to anchor to
