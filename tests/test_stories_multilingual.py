"""An article in another script joins the story it belongs to through names (as canonical entities), numbers and
dates, and only that story. The texts in fixtures/multilingual are invented for this test."""

from __future__ import annotations

from pathlib import Path

from newsfold import Store, run
from newsfold.events.doc_clusters import text_features

FIXTURES = Path(__file__).parent / "fixtures" / "multilingual"


def test_dates_and_numbers_read_the_same_in_any_script():
    russian = text_features("Полиция задержала 140 человек 5 марта; в марше приняли участие 12 000 человек.")
    english = text_features("Police detained 140 people on March 5; 12,000 people took part in the march.")
    shared = {f for f in russian if f in english}
    assert {"D:march 5", "#:140", "#:12000"} <= shared


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
