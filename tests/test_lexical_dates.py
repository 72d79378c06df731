"""Dates in paragraphs no parser reads (nlp/lexical_dates.py), and publication dates from labels and datelines in
the page's language (metadata.py). Every sentence here was written for these tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from newsfold.metadata import settle_published
from newsfold.models import Article
from newsfold.nlp import analyse, redate
from newsfold.nlp.dates import extract_dates
from newsfold.nlp.languages import pack_for
from newsfold.nlp.lexical_dates import STAGE, extract_lexical_dates, lexical_date_spans, normalise_lexical
from newsfold.nlp.lexicon import paragraph_language, reads_dates, reads_figures
from newsfold.nlp.parse import load_model, parse_articles

FRIDAY = date(2026, 2, 13)


def _dates(code: str, text: str, base: date | None = FRIDAY) -> list[tuple[str, str | None, str, str | None]]:
    return [(text[s:e], *normalise_lexical(text[s:e], code, base)) for s, e, _ in lexical_date_spans(text, code)]


@pytest.mark.parametrize("code,text,expected", [
    ("fr", "Hier, les dockers ont voté la grève jusqu'au 20 février.",
     [("Hier", "2026-02-12", "day", None), ("20 février", "2026-02-20", "day", None)]),
    ("fr", "Lundi dernier, le syndicat a écrit au ministre.", [("Lundi dernier", "2026-02-09", "day", "monday")]),
    ("fr", "Ils reviendront lundi prochain.", [("lundi prochain", "2026-02-16", "day", "monday")]),
    ("de", "Am Mittwoch, den 11. Februar 2026, legten die Fahrer die Arbeit nieder.",
     [("Mittwoch, den 11. Februar 2026", "2026-02-11", "day", "wednesday")]),
    ("de", "Gestern blieb der Hafen geschlossen, heute Morgen auch.",
     [("Gestern", "2026-02-12", "day", None), ("heute", "2026-02-13", "day", None)]),  # "Morgen": the morning
    ("de", "Er wurde am späten Donnerstagabend festgenommen und am Freitagmorgen verhört.",
     [("Donnerstagabend", "2026-02-12", "day", "thursday"), ("Freitagmorgen", "2026-02-13", "day", "friday")]),
    ("es", "El martes 10 de febrero de 2026 los mineros marcharon; ayer volvieron.",
     [("martes 10 de febrero de 2026", "2026-02-10", "day", "tuesday"), ("ayer", "2026-02-12", "day", None)]),
    ("it", "Domenica Ferri ha detto che ieri il corteo è partito alle nove.",
     [("ieri", "2026-02-12", "day", None)]),  # "Domenica" capitalised mid-sentence is a name
    ("pt", "Na segunda-feira, 9 de fevereiro, os estivadores pararam.",
     [("segunda-feira, 9 de fevereiro", "2026-02-09", "day", "monday")]),
    ("ru", "Вчера докеры вышли к порту, а в среду, 11 февраля, объявили забастовку.",
     [("Вчера", "2026-02-12", "day", None), ("среду, 11 февраля", "2026-02-11", "day", "wednesday")]),
    ("ru", "В феврале 2026 года в окружающей среде ничего не изменилось.",
     [("феврале 2026", "2026-02", "month", None)]),
    ("uk", "Позавчора, у середу, водії тролейбусів зупинили роботу.",
     [("Позавчора", "2026-02-11", "day", None), ("середу", "2026-02-11", "day", "wednesday")]),
    ("pl", "Wczoraj, w środę 11 lutego 2026 r., kierowcy zastrajkowali.",
     [("Wczoraj", "2026-02-12", "day", None), ("środę 11 lutego 2026", "2026-02-11", "day", "wednesday")]),
    ("tr", "Dün liman işçileri 10 Şubat'ta başlayan grevi sürdürdü.",
     [("Dün", "2026-02-12", "day", None), ("10 Şubat", "2026-02-10", "day", None)]),
    ("cs", "Řidiči v úterý 10. 2. 2026 nevyjeli; v pátek 13.02.2026 také ne.",
     [("úterý", "2026-02-10", "day", "tuesday"), ("pátek", "2026-02-13", "day", "friday"),
      ("13.02.2026", "2026-02-13", "day", None)]),
])
def test_dates_in_each_language_are_anchored_to_the_article(code, text, expected):
    assert _dates(code, text) == expected


def test_the_articles_own_weekday_is_that_day_and_a_year_old_month_goes_back():
    assert normalise_lexical("vendredi", "fr", FRIDAY) == ("2026-02-13", "day", "friday")
    assert normalise_lexical("in der kommenden Woche", "de", FRIDAY) == (None, "unknown", None)
    # "le 20 décembre" in a February article is last December
    assert normalise_lexical("20 décembre", "fr", FRIDAY) == ("2025-12-20", "day", None)


def test_an_undated_article_keeps_the_grain_and_the_weekday():
    assert _dates("fr", "Le 20 février, mardi.", None) == [("20 février", None, "day", None),
                                                           ("mardi", None, "day", "tuesday")]
    assert _dates("de", "Am 20.02.2026.", None) == [("20.02.2026", "2026-02-20", "day", None)]


def test_which_languages_get_dates_and_figures():
    assert all(reads_dates(c) and reads_figures(c) for c in ("fr", "de", "es", "it", "pt", "ru", "uk", "pl", "tr",
                                                             "cs"))
    assert reads_dates("nl") and not reads_figures("nl")  # CLDR months for any language; figures need its words
    assert not reads_dates("en") and not reads_dates("zz")  # English is the parser's
    assert paragraph_language("uk", pack_for("ru")) == "uk"  # a Cyrillic paragraph of a Ukrainian page
    assert paragraph_language("fr", pack_for("ru")) == "ru"  # a Russian quote in a French page


def test_a_french_article_gets_dates_and_a_later_date_reanchors_them(settings):
    text = ("Les dockers de Valmont ont cessé le travail hier.\n\nJeudi, le syndicat a annoncé une marche pour "
            "le 20 février.")
    article = Article(id="fr1", path="fr1", text=text, published="2026-02-13", language="fr")
    analysis = analyse(next(parse_articles([article], load_model(settings.nlp.model))))
    found = [(d.text, d.value, d.stage) for d in analysis.dates]
    assert found == [("hier", "2026-02-12", STAGE), ("Jeudi", "2026-02-12", STAGE),
                     ("20 février", "2026-02-20", STAGE)]
    undated = replace(article, published=None)
    bare = analyse(next(parse_articles([undated], load_model(settings.nlp.model))))
    assert [d.value for d in bare.dates] == [None, None, None]
    dated = redate(article, bare)
    assert [(d.text, d.value, d.weekday) for d in dated.dates] == [
        ("hier", "2026-02-12", None), ("Jeudi", "2026-02-12", "thursday"), ("20 février", "2026-02-20", None)]


def test_an_english_article_keeps_its_dates(settings):
    text = "Dockers in Valmont walked out on Thursday.\n\nThe union said a march would follow on Feb. 20."
    article = Article(id="en1", path="en1", text=text, published="2026-02-13", language="en")
    parsed = next(parse_articles([article], load_model(settings.nlp.model)))
    assert extract_lexical_dates(parsed) == []
    assert analyse(parsed).dates == extract_dates(parsed)
    assert [d.value for d in analyse(parsed).dates] == ["2026-02-12", "2026-02-20"]


@pytest.mark.parametrize("code,text,url,expected", [
    ("fr", "Publié le 12/02/2026 à 18h40\n\nLes dockers ont voté.", None, ("2026-02-12", "byline")),
    ("ru", "Опубликовано: 12.02.2026\n\nДокеры проголосовали.", None, ("2026-02-12", "byline")),
    ("es", "Publicado el 12 de febrero de 2026\n\nLos estibadores votaron.", None, ("2026-02-12", "byline")),
    ("de", "VALMONT, 12. Februar 2026 (dpa) - Die Hafenarbeiter haben abgestimmt.", None, ("2026-02-12", "dateline")),
    ("de", "Stand: 12.02.2026 16:05 Uhr\n\nDie Hafenarbeiter haben abgestimmt.", None, ("2026-02-12", "byline")),
    ("de", "Der Stand der Dinge ist unklar, 12.02.2026 wird entschieden.", None, None),  # "Stand" is a label only so
    ("uk", "ВАЛМОНТ, 12 лютого — Докери проголосували.", "https://news.example/2026/02/12/docks",
     ("2026-02-12", "dateline")),
    ("uk", "ВАЛМОНТ, 12 лютого — Докери проголосували.", None, None),  # a day with no year is no date
    ("de", "Die Polizei, 12. Februar 2026 hat nichts gesagt.", None, None),  # no dash: not a dateline
])
def test_publication_date_from_a_label_or_dateline(code, text, url, expected):
    found = settle_published(Article(id="a", path="a", text=text, language=code, url=url))
    assert (None if found is None else (found.value, found.source)) == expected
    if found is not None:
        assert found.reasons and f"({code})" in found.reasons[0]
