"""The stories stage keeps each text's features in the store: a re-run reads them back instead of reading the texts
(and loading their languages' dictionaries and word lists) again, and the stories come out the same."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from newsfold import Store, run
from newsfold.events import stories, story_words
from newsfold.events.doc_clusters import text_features
from newsfold.events.story_words import word_weight
from newsfold.models import Article
from newsfold.pipeline import build_pipeline

TEXTS = {
    "strike": " date 2025-03-03 Dockers strike in Port Seren\n\nPORT SEREN — Dockworkers at the Port Seren container "
              "terminal walked off the job on Monday against the sale of the terminal.\n",
    "grève": " date 2025-03-04 Grève des dockers à Port Seren\n\nLes dockers du terminal à conteneurs de Port Seren "
             "sont en grève depuis lundi contre la vente du terminal.\n",
}


def _article(article_id: str, text: str, language: str, duplicate_of: str | None = None) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", text=text, language=language, duplicate_of=duplicate_of)


def test_features_read_before_are_not_read_again(monkeypatch):
    first = [_article("a", "Dockworkers walked off the job in Port Seren on Monday.", "en"),
             _article("b", "Les dockers sont en grève à Port Seren depuis lundi.", "fr")]
    features, found = stories.read_story_features(first, {})
    assert set(features) == {"a", "b"} and len(found) == 2
    assert features["b"] == text_features(first[1].text, "fr")

    def unread(text: str, language: str | None = None) -> Counter[str]:
        raise AssertionError(f"read again: {text[:30]}")

    monkeypatch.setattr(stories, "text_features", unread)
    again, new = stories.read_story_features(first + [_article("c", first[0].text, "en", duplicate_of="a")], found)
    assert again == features and new == {}  # a copy is never read: it joins its original's story


def test_the_same_text_in_another_language_label_is_read_again():
    english = _article("a", "Port Seren strike", "en")
    _, found = stories.read_story_features([english], {})
    _, again = stories.read_story_features([replace(english, language="de")], found)
    assert len(again) == 1


def _stories_and_kept(db: str) -> tuple[dict[str, str | None], list[Counter[str]], list[Article]]:
    store = Store(db, readonly=True)
    try:
        kept = store.story_features(build_pipeline().keys["stories"])
        articles = store.articles()
    finally:
        store.close()
    return {a.id: a.story for a in articles}, [Counter(v) for v in kept.values()], articles


def test_a_run_keeps_each_texts_features_and_a_rebuild_reading_them_gives_the_same_stories(tmp_path, settings):
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "f.db")
    run([str(tmp_path)], db, settings, progress=False)
    first, kept, articles = _stories_and_kept(db)
    assert len(kept) == 2 and all(text_features(a.text, a.language) in kept for a in articles)
    # a changed setting that moves nothing here makes the next run rebuild, reading the kept features back
    run([str(tmp_path)], db, replace(settings, stories=replace(settings.stories, refine_passes=3)), progress=False)
    again, kept_again, _ = _stories_and_kept(db)
    assert again == first and len(kept_again) == 2


def test_a_text_with_no_features_is_kept_and_read_back():
    empty = _article("e", "—", "en")
    _, found = stories.read_story_features([empty], {})
    assert found and not next(iter(found.values()))
    features, new = stories.read_story_features([empty], found)
    assert features == {"e": Counter()} and new == {}


POLISH = _article("p", "Wybory odbyły się w niedzielę. Po wyborach rząd podał się do dymisji.", "pl")


def test_word_rarity_is_looked_up_once_per_text_and_weighs_as_a_fresh_lookup(monkeypatch):
    features, _ = stories.read_story_features([POLISH], {})
    rarity, found = stories.read_word_rarity([POLISH], features, {})
    lemmas = {f[2:] for f in features["p"] if f.startswith("W:")}
    assert lemmas and set(rarity["pl"]) == lemmas and [set(kept) for kept in found.values()] == [lemmas]
    assert all(word_weight(w, "pl", rarity) == word_weight(w, "pl") for w in lemmas)
    assert word_weight("rząd", "pl", rarity) < word_weight("koronawirus", "pl", rarity)  # one not kept: looked up

    def no_lookup(wanted):
        assert not any(wanted.values()), f"looked up again: {wanted}"
        return {}

    monkeypatch.setattr(stories, "word_rarity", no_lookup)
    again, new = stories.read_word_rarity([POLISH, replace(POLISH, id="q")], features | {"q": features["p"]}, found)
    assert again == rarity and new == {}
    english, none = stories.read_word_rarity([_article("e", "Port Seren strike", "en")], {"e": Counter()}, {})
    assert english == {} and none == {}  # English words weigh by the corpus: no word list


def test_a_rebuild_reads_the_kept_word_rarity_and_loads_no_word_list(tmp_path, settings, monkeypatch):
    for name, text in TEXTS.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "r.db")
    run([str(tmp_path)], db, settings, progress=False)
    first, _, _ = _stories_and_kept(db)

    def unloaded(lemma: str, language: str) -> int:
        raise AssertionError(f"word list loaded for {lemma!r} ({language})")

    monkeypatch.setattr(story_words, "_centi_zipf", unloaded)
    run([str(tmp_path)], db, replace(settings, stories=replace(settings.stories, refine_passes=3)), progress=False)
    again, _, _ = _stories_and_kept(db)
    assert again == first
