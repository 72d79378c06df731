"""An article in another script joins the story it belongs to through names (as canonical entities), numbers and
dates, and only that story. The texts in fixtures/multilingual are invented for this test."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsfold import Store, run
from newsfold.events.doc_clusters import FeatureWeights, text_features
from newsfold.events.story_words import reads_words, word_weight

FIXTURES = Path(__file__).parent / "fixtures" / "multilingual"


def test_dates_and_numbers_read_the_same_in_any_script():
    russian = text_features("Полиция задержала 140 человек 5 марта; в марше приняли участие 12 000 человек.")
    english = text_features("Police detained 140 people on March 5; 12,000 people took part in the march.")
    shared = {f for f in russian if f in english}
    assert {"D:march 5", "#:140", "#:12000"} <= shared


def test_words_of_other_languages_are_lemmas_weighted_by_their_rarity_in_the_language():
    polish = text_features("Wybory odbyły się w niedzielę. Po wyborach rząd podał się do dymisji.", "pl")
    assert polish["W:wybory"] == 2 and "W:się" not in polish  # two forms, one lemma; a stop word left out
    assert word_weight("i", "pl") == 0.0 < word_weight("rząd", "pl") < word_weight("koronawirus", "pl")
    assert reads_words("sl") and not reads_words("en") and not reads_words(None)
    # the weight is the language's, whatever the corpus: a word in most texts of a corpus weighs what it weighs
    # in two
    corpus = [polish, polish, *[Counter({"W:rząd": 1}) for _ in range(20)]]
    alone = FeatureWeights([polish, polish], max_df=0.2, smooth=True).vector(polish, "pl")
    among = FeatureWeights(corpus, max_df=0.2, smooth=True).vector(polish, "pl")
    assert alone == among


def test_a_russian_report_joins_the_english_story_and_not_another(tmp_path, settings):
    db = tmp_path / "ml.db"
    run([str(FIXTURES)], str(db), settings, progress=False)
    store = Store(db, readonly=True)
    try:
        story = {a.id: a.story for a in store.articles()}
        dorofeyev = next(e for e in store.entities() if "Михаил Дорофеев" in e.aliases)
    finally:
        store.close()
    assert "Mikhail Dorofeyev" in dorofeyev.aliases
    assert story["c_ru"] == story["a_en"] == story["b_en"]
    assert story["d_en"] == story["e_en"] != story["a_en"]


# One strike told in English, French and Russian, and an unrelated English report of the same days (written for
# this test): in a corpus this small every shared name or number is in most texts and weighs little.
STRIKE = {
    "strike_en": " date 2025-06-11 Nurses strike across Carvella hospitals\n\n"
                 "CARVELLA — Nurses at the city's four public hospitals walked out on Wednesday over unpaid "
                 "overtime, and the health ministry said 2,300 of them joined the strike.\n\n"
                 "Union leader Mirela Ostan told a rally outside Saint Anselm hospital that the walkout would last "
                 "until Friday.\n",
    "strike_fr": " date 2025-06-11 Grève des infirmières dans les hôpitaux de Carvella\n\n"
                 "Les infirmières des quatre hôpitaux publics de Carvella ont cessé le travail mercredi pour "
                 "réclamer le paiement de leurs heures supplémentaires. Selon le ministère de la Santé, 2 300 "
                 "d'entre elles ont rejoint la grève.\n\n"
                 "La syndicaliste Mirela Ostan a déclaré devant l'hôpital Saint-Anselme que la grève durerait "
                 "jusqu'à vendredi.\n",
    "strike_ru": " date 2025-06-11 Медсёстры Карвеллы объявили забастовку\n\n"
                 "Медсёстры четырёх государственных больниц Карвеллы в среду прекратили работу, требуя оплатить "
                 "сверхурочные часы. По данным министерства здравоохранения, к забастовке присоединились 2 300 "
                 "человек.\n\n"
                 "Лидер профсоюза Мирела Остан заявила на митинге у больницы Святого Ансельма, что забастовка "
                 "продлится до пятницы.\n",
    "ferry_en": " date 2025-06-10 Ferry link to Brannock island reopens after repairs\n\n"
                "BRANNOCK — The ferry between the city of Dunmere and Brannock island reopened on Tuesday after "
                "three months of repairs to its landing ramp, the harbour authority said.\n\n"
                "Crossings will run every two hours during the summer, officials said.\n",
}


def _stories(tmp_path, settings, names: list[str]) -> dict[str, str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        (folder / f"{name}.txt").write_text(STRIKE[name], encoding="utf-8")
    run([str(folder)], str(tmp_path / "s.db"), settings, progress=False)
    store = Store(str(tmp_path / "s.db"), readonly=True)
    try:
        return {a.id: a.story or "" for a in store.articles()}
    finally:
        store.close()


def test_a_strike_told_in_three_languages_is_one_story_and_an_unrelated_report_another(tmp_path, settings):
    story = _stories(tmp_path, settings, list(STRIKE))
    assert story["strike_en"] == story["strike_fr"] == story["strike_ru"]
    assert story["ferry_en"] != story["strike_en"]


def test_without_the_unrelated_report_the_three_are_still_one_story(tmp_path, settings):
    story = _stories(tmp_path, settings, ["strike_en", "strike_fr", "strike_ru"])
    assert story["strike_en"] == story["strike_fr"] == story["strike_ru"]
