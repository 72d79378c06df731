"""One march reported in English, French and Russian is one event with three independent sources (issue "Every
language", item 6): each report read in its own language, their place one entity, their stories one story.
Sentences written for this test."""

from __future__ import annotations

from conftest import TRAM_REPORT, folded

REPORTS = {
    "en": " date 2025-03-05 Thousands march in Port Seren against port sale\n\n"
          "PORT SEREN — Thousands of dockworkers marched through Port Seren on Wednesday against the sale of the "
          "city's container terminal, and police detained at least 140 people.\n\n"
          "The Valdorian Union of Dockworkers said 12,000 people took part in the march.\n",
    "fr": " date 2025-03-05 Des milliers de dockers manifestent à Port Seren\n\n"
          "Des milliers de dockers ont manifesté mercredi à Port Seren contre la vente du terminal à conteneurs. "
          "La police a interpellé au moins 140 personnes.\n\n"
          "Selon le syndicat des dockers, 12 000 personnes ont participé à la marche.\n",
    "ru": " date 2025-03-05 Тысячи докеров вышли на марш в Порт-Серене\n\n"
          "Тысячи докеров прошли маршем по Порт-Серену в среду, протестуя против продажи контейнерного терминала. "
          "Полиция задержала не менее 140 человек.\n\n"
          "По данным профсоюза докеров, в марше приняли участие 12 000 человек.\n",
    "tram": TRAM_REPORT,
}


def test_a_march_told_in_three_languages_is_one_event_with_three_sources(tmp_path, settings):
    with folded(tmp_path, REPORTS, settings) as store:
        languages = {a.id: a.language for a in store.articles()}
        marches = [e for e in store.events() if e.type == "PROTEST" and e.date == "2025-03-05"]
        places = {e.name: e for e in store.entities() if e.name == "Port Seren"}
        stories = {a.id: a.story for a in store.articles()}
    assert {languages[k] for k in ("en", "fr", "ru")} == {"en", "fr", "ru"}
    [march] = marches
    assert set(march.sources) == {"en", "fr", "ru"} and march.independent_sources == 3
    assert {"Port Seren", "Порт-Серену"} <= set(places["Port Seren"].aliases)  # one place in two scripts
    assert stories["en"] == stories["fr"] == stories["ru"] != stories["tram"]  # one common word is no story


def test_without_the_tram_report_the_three_reports_are_still_one_story(tmp_path, settings):
    # in three texts, what all three share (the place, the numbers) is what joins them
    with folded(tmp_path, {name: REPORTS[name] for name in ("en", "fr", "ru")}, settings) as store:
        stories = {a.id: a.story for a in store.articles()}
    assert stories["en"] == stories["fr"] == stories["ru"]
