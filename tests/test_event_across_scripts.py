"""One march reported in English and in Chinese is one event with two independent sources (issue "Every
language", item 6, for a language with no capitals and no spaces): the Chinese report read by its words, its
place ("天津") one entity with the English one ("Tianjin") through the place index. Sentences written for this
test. An Arabic report of the same march would not merge: the place index knows places by their Latin and
Cyrillic names, and an Arabic city name ("تيانجين") spelled in ASCII ("tynjyn") does not meet its Latin one."""

from __future__ import annotations

from conftest import TRAM_REPORT, folded

REPORTS = {
    "en": " date 2025-03-05 Thousands march in Tianjin against port sale\n\n"
          "TIANJIN — Thousands of dockworkers marched through Tianjin on Wednesday against the sale of the city's "
          "container terminal, and police detained at least 140 people.\n\n"
          "The National Dockworkers Union said 12,000 people took part in the march.\n",
    "zh": " date 2025-03-05 数千名码头工人在天津游行\n\n"
          "周三，数千名码头工人在天津举行示威游行，抗议出售集装箱码头。警方逮捕了至少140人。\n\n"
          "据全国码头工人工会称，共有1.2万人参加了游行。\n",
    "tram": TRAM_REPORT,
}


def test_a_march_told_in_english_and_chinese_is_one_event_with_two_sources(tmp_path, settings):
    with folded(tmp_path, REPORTS, settings) as store:
        languages = {a.id: a.language for a in store.articles()}
        marches = [e for e in store.events() if e.type == "PROTEST" and e.date == "2025-03-05"]
        places = [e for e in store.entities() if "天津" in e.aliases]
    assert languages == {"en": "en", "zh": "zh", "tram": "en"}
    [march] = marches
    assert set(march.sources) == {"en", "zh"} and march.independent_sources == 2
    [place] = places
    assert "Tianjin" in place.aliases  # one place in two scripts
