"""The demo's four foreign reports (Russian, Ukrainian, French, German) against section 9 of its key
(tests/demo_answers.md): dates, names merged with the English ones, figures, quotes, and the events they join."""

from __future__ import annotations

import pytest

from conftest import by_prefix
from newsfold.resolve.names import name_key

FOREIGN = {"06": "ru", "07": "uk", "08": "fr", "09": "de"}


def _entity_of(store, alias):
    key = name_key(alias)
    found = [e for e in store.entities() if key in {name_key(a) for a in e.aliases}]
    assert len(found) == 1, (alias, [(e.name, e.aliases) for e in found])
    return found[0]


def _figure(store, prefix, text):
    found = [f for f in store.figures() if f.article.startswith(prefix) and f.text == text]
    assert len(found) == 1, (prefix, text, [f.text for f in store.figures() if f.article.startswith(prefix)])
    return found[0]


def _speaker(store, prefix, start_of_quote):
    names = {e.id: e.name for e in store.entities()}
    quote = next(q for q in store.quotes() if q.article.startswith(prefix) and q.text.startswith(start_of_quote))
    return names.get(quote.speaker or "", quote.speaker_name)


def _sources(event):
    return {s[:2] for s in event.sources}


def test_languages_dates_outlets_and_one_story(demo_store):
    articles = demo_store.articles()
    expected = {"06": ("2025-03-05", "byline", "Северный вестник"),
                "07": ("2025-03-07", "html-metadata", "Морський вісник"),
                "08": ("2025-03-06", "byline", "Le Courrier maritime"),
                "09": ("2025-03-08", "byline", "Hafenrundschau")}
    for prefix, (published, source, outlet) in expected.items():
        article = by_prefix(articles, prefix)
        assert (article.language, article.published, article.published_source, article.outlet) == \
               (FOREIGN[prefix], published, source, outlet), prefix
        assert article.duplicate_of is None
    assert len({a.story for a in articles}) == 1  # they join the demo's one story
    assert by_prefix(articles, "09").title == "Valdoria: Gewerkschaftschef Dorofejew wieder frei"


def test_read_more_lines_and_footers_go(demo_store):
    articles = demo_store.articles()
    for prefix, furniture in (("06", "Читайте также"), ("08", "Lire aussi"), ("09", "Mehr zum Thema"),
                              ("07", "Підписатися"), ("07", "Читайте також"), ("06", "©"), ("08", "©")):
        assert furniture not in by_prefix(articles, prefix).text, (prefix, furniture)
    assert by_prefix(articles, "09").text.endswith("für Montag angekündigt.")


def test_names_join_their_english_entities(demo_store):
    dorofeyev = _entity_of(demo_store, "Mikhail Dorofeyev").id
    for alias in ("Михаил Дорофеев", "Михайла Дорофєєва", "Mikhaïl Dorofeïev", "Michail Dorofejew", "Dorofejew"):
        assert _entity_of(demo_store, alias).id == dorofeyev, alias
    assert _entity_of(demo_store, "Антон Веск").id == _entity_of(demo_store, "Anton Vesk").id
    assert _entity_of(demo_store, "Віра Тамм").id == _entity_of(demo_store, "Vera Tamm").id
    assert _entity_of(demo_store, "Вельмарск").id == _entity_of(demo_store, "Velmarsk").id
    assert _entity_of(demo_store, "ПОРТ-СЕРЕН").id == _entity_of(demo_store, "Port Seren").id
    # "Terminal à conteneurs de Port Seren (PSCT)": the acronym names the terminal, not the place in its name
    assert _entity_of(demo_store, "PSCT").id != _entity_of(demo_store, "Port Seren").id


def test_ukrainian_places_in_other_cases_join_their_english_entities(demo_store):
    """Ukrainian names are kept as written: the genitive and the locative join the place by their case endings."""
    assert _entity_of(demo_store, "Вельмарська").id == _entity_of(demo_store, "Velmarsk").id
    assert _entity_of(demo_store, "Порт-Серені").id == _entity_of(demo_store, "Port Seren").id


@pytest.mark.xfail(strict=True, reason="descriptive names are not translated across languages (key, section 9)")
def test_the_union_is_one_entity_in_four_languages(demo_store):
    union = _entity_of(demo_store, "Valdorian Union of Dockworkers").id
    assert _entity_of(demo_store, "Вальдорийский профсоюз докеров").id == union
    assert _entity_of(demo_store, "Syndicat valdorien des dockers").id == union


def test_no_people_made_of_institutions_or_adverbs(demo_store):
    people = {e.name for e in demo_store.entities() if e.type == "PERSON"}
    assert "Накануне Национальное собрание" not in {e.name for e in demo_store.entities()}
    assert not people & {"Syndicat", "Национальное собрание", "Michail"}


@pytest.mark.xfail(strict=True, reason="German one-word runs English also writes are kept as people, so is the "
                                       "Liberté of a French square; Ukrainian names come from the Russian model "
                                       "(key, section 9)")
def test_no_german_nouns_or_ukrainian_institutions_as_people(demo_store):
    people = {e.name for e in demo_store.entities() if e.type == "PERSON"}
    assert not people & {"Stand", "Tisch", "Fuß", "Liberté", "Поліція Вальдорії", "Вальдорійської"}


def test_figures_in_each_language_count_what_they_say(demo_store):
    for prefix, text, value, category in (
            ("06", "не менее 140", 140, "arrests"), ("06", "около 3 000", 3000, "participants"),
            ("06", "12 000", 12000, "participants"), ("07", "щонайменше 140", 140, "arrests"),
            ("08", "au moins 140", 140, "arrests"), ("08", "3 000", 3000, "participants"),
            ("09", "3.000", 3000, "participants"), ("09", "mehr als 210", 210, "arrests")):
        figure = _figure(demo_store, prefix, text)
        assert (figure.low, figure.category) == (value, category), (prefix, text)
    assert _figure(demo_store, "09", "3.000").claimed_by_name == "der Polizei"
    assert _figure(demo_store, "06", "около 3 000").claimed_by_name == "полиции"
    assert _figure(demo_store, "06", "12 000").claimed_by_name == "Вальдорийский профсоюз докеров"
    assert _figure(demo_store, "08", "3 000").claimed_by_name == "Les forces de l'ordre"
    assert _figure(demo_store, "09", "mehr als 210").claimed_by_name == "des Innenministeriums"


@pytest.mark.xfail(strict=True, reason="a count with no noun after it ('en a compté 12 000', 'sprach von 12.000') "
                                       "is not read as a figure (key, section 9)")
def test_the_unions_count_without_its_noun(demo_store):
    assert _figure(demo_store, "08", "12 000").category == "participants"
    assert _figure(demo_store, "09", "12.000").category == "participants"


def test_quotes_have_their_speakers(demo_store):
    assert _speaker(demo_store, "06", "Можно арестовать сотню") == "Mikhail Dorofeyev"
    assert _speaker(demo_store, "06", "полицейские применили силу") == "Anton Vesk"  # reported
    assert _speaker(demo_store, "07", "Його затримали вночі") == "Vera Tamm"
    assert _speaker(demo_store, "08", "Les policiers n'ont fait usage") == "Anton Vesk"
    assert _speaker(demo_store, "08", "la grève continuerait") == "Mikhail Dorofeyev"  # reported
    assert _speaker(demo_store, "09", "Wir werden zu den Gesprächen gehen") == "Mikhail Dorofeyev"


def test_the_march_and_the_strike_have_the_foreign_reports_as_sources(demo_store):
    events = demo_store.events()
    [march] = [e for e in events if e.date == "2025-03-05" and e.type == "PROTEST" and e.mode == "demonstrate"]
    assert {"06", "07", "08", "09"} <= _sources(march) and march.independent_sources == 7
    [strike] = [e for e in events if e.date == "2025-03-03" and e.type == "PROTEST" and e.mode == "strike"]
    assert {"01", "08", "09"} <= _sources(strike)
    # "au moins 140" interpellations: the arrests 03 counts, one event in English and French
    [arrests] = [e for e in events if e.date == "2025-03-05" and e.type == "COERCE"]
    assert {"03", "08"} <= _sources(arrests) and arrests.independent_sources == 2


@pytest.mark.xfail(strict=True, reason="weekdays after 'с'/'з' are in the genitive ('с понедельника'), which the "
                                       "Russian and Ukrainian date words do not read (key, section 9)")
def test_the_strike_since_monday_in_russian_and_ukrainian(demo_store):
    [strike] = [e for e in demo_store.events() if e.date == "2025-03-03" and e.type == "PROTEST" and e.mode == "strike"]
    assert {"06", "07"} <= _sources(strike)


def test_the_detention_told_in_ukrainian_and_german_is_one_event(demo_store):
    detentions = [e for e in demo_store.events() if e.date == "2025-03-06" and e.type == "COERCE"]
    assert any({"07", "09"} <= _sources(e) for e in detentions)
    [release] = [e for e in demo_store.events() if e.type == "CONCEDE" and "09" in _sources(e)]
    assert release.date == "2025-03-07"  # "am Freitagabend", in a report of Saturday 8 March


@pytest.mark.xfail(strict=True, reason="05 names the detained man only by description; nothing it shares with "
                                       "the Ukrainian and German sentences counts as evidence (key, section 9)")
def test_the_detention_is_one_event_in_three_languages(demo_store):
    [detention] = [e for e in demo_store.events() if e.date == "2025-03-06" and e.type == "COERCE"]
    assert {"05", "07", "09"} <= _sources(detention)


@pytest.mark.xfail(strict=True, reason="'für Montag' after a past tense is read as the past Monday (key, section 9)")
def test_talks_announced_for_monday_are_the_coming_monday(demo_store):
    [talks] = [e for e in demo_store.events() if e.type == "CONSULT" and "09" in _sources(e)]
    assert talks.date == "2025-03-10"
