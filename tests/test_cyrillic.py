"""Cyrillic text: names in Russian and Belarusian paragraphs and embedded posts, and how they join English ones.

Every snippet here was written for these tests.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import by_prefix
from newsfold import Store, run
from newsfold.export.json import build_record
from newsfold.models import Article
from newsfold.nlp import analyse_articles
from newsfold.nlp.cyrillic import cyrillic_entities, embed_entities, is_cyrillic
from newsfold.resolve.names import name_key


def _found(text: str) -> dict[str, tuple[str, str]]:
    """written form -> (normal form, label)"""
    return {text[s:e]: (name, label) for s, e, name, label in cyrillic_entities(text)}


def test_person_in_the_genitive_is_lemmatised():
    found = _found("Вчера вечером в Минске задержали профсоюзного лидера Михаила Дорофеева.")
    assert found["Михаила Дорофеева"] == ("Михаил Дорофеев", "PERSON")
    assert found["Минске"] == ("Минск", "GPE")


def test_organisations_keep_their_dependents_and_lose_their_quotation_marks():
    found = _found("Рабочие завода «Гродноазот» вышли на забастовку утром в пятницу.")
    assert found["Гродноазот"] == ("Гродноазот", "ORG")
    found = _found("Делегация Минского тракторного завода прибыла в Москву.")
    assert found["Минского тракторного завода"] == ("Минский тракторный завод", "ORG")
    assert found["Москву"] == ("Москва", "GPE")


def test_places_towns_and_natural_features():
    found = _found("Туристы отдыхали в Беловежской пуще, а потом уехали в Жлобин.")
    assert found["Беловежской пуще"] == ("Беловежская пуща", "LOC")
    assert found["Жлобин"] == ("Жлобин", "GPE")


def test_belarusian_names_are_not_inflected_by_the_russian_dictionary():
    found = _found("Прэзідэнт Лукашэнка сустрэўся з рабочымі. Святлана Ціханоўская выступіла ў Вільнюсе ў панядзелак.")
    assert found["Святлана Ціханоўская"] == ("Святлана Ціханоўская", "PERSON")
    assert found["Лукашэнка"] == ("Лукашэнка", "PERSON")  # the title is not part of the name


def test_only_cyrillic_posts_are_tagged():
    assert embed_entities("Workers at Grodno Azot went on strike today, said Ivan Petrov.") == []
    assert not is_cyrillic("Workers at Grodno Azot (Гродноазот) went on strike.")
    names = [name for _, _, name, _ in embed_entities("Александр Лукашенко приехал в Гродно.")]
    assert names == ["Александр Лукашенко", "Гродно"]


RU_PARAGRAPH = "В Гродно бастуют рабочие «Гродноазота». «Мы требуем, чтобы Лукашенко ушёл», — сказал Иван Петров."


def test_a_cyrillic_paragraph_in_the_body_gets_mentions(settings):
    text = ("Workers at Grodno Azot walked out on Friday, local media reported.\n\n" + RU_PARAGRAPH
            + "\n\nPresident Alexander Lukashenko called the strikers idlers.")
    article = Article(id="mixed", path="mixed.txt", text=text, language="en")
    analysis = next(analyse_articles([article], settings.nlp))
    russian = [m for m in analysis.mentions if m.stage == "cyrillic"]
    start = text.index(RU_PARAGRAPH)
    assert all(start <= m.start < m.end <= start + len(RU_PARAGRAPH) for m in russian)
    by_written = {text[m.start:m.end]: m for m in russian}
    assert by_written["Гродно"].text == "Гродно" and by_written["Гродно"].label == "GPE"
    org = by_written["Гродноазота"]
    assert (org.text, org.label, org.in_quote) == ("Гродноазот", "ORG", False)
    assert (by_written["Лукашенко"].label, by_written["Лукашенко"].in_quote) == ("PERSON", True)
    assert (by_written["Иван Петров"].label, by_written["Иван Петров"].in_quote) == ("PERSON", False)
    sentence = analysis.sentences[org.sentence]  # spaCy's Russian punctuation rules split the paragraph
    assert sentence.start == start and sentence.end == start + RU_PARAGRAPH.index(".") + 1
    assert analysis.sentences[by_written["Иван Петров"].sentence].end == start + len(RU_PARAGRAPH)
    english = {text[m.start:m.end] for m in analysis.mentions if m.stage == "nlp"}
    assert "Alexander Lukashenko" in english and not english & set(by_written)


STORY = """ date 2020-08-14 Workers at the Grodno Azot fertiliser plant in the western city of Grodno walked out on \
Friday, demanding that President Alexander Lukashenko step down.

A local news site posted a picture of the strikers:

Гродно. Рабочие «Гродноазота» вышли на забастовку и требуют отставки Лукашенко. pic.twitter.com/Ab3dEf9 — \
Гродненские новости (@grodnonews) August 14, 2020

Lukashenko said the strikes at Grodno Azot had been organised from abroad.
"""


@pytest.fixture(scope="module")
def story_db(tmp_path_factory, settings):
    folder = tmp_path_factory.mktemp("cyrillic")
    (folder / "in").mkdir()
    (folder / "in" / "grodno.txt").write_text(STORY, encoding="utf-8")
    db = str(folder / "story.db")
    run([str(folder / "in")], db, settings, progress=False)
    return db, str(folder / "in")


def _entity(store: Store, alias: str):
    found = [e for e in store.entities() if alias in e.aliases]
    assert len(found) == 1, (alias, [(e.name, e.aliases) for e in store.entities()])
    return found[0]


def test_names_in_an_embedded_post_join_the_english_entities(story_db):
    store = Store(story_db[0], readonly=True)
    article = store.articles()[0]
    assert len(article.embeds) == 1 and "Гродноазота" not in article.text
    post = article.embeds[0]
    assert {post.text[x.start:x.end]: x.name for x in post.entities}["Гродноазота"] == "Гродноазот"
    plant = _entity(store, "Grodno Azot")
    assert {"Grodno Azot", "Гродноазот", "Гродноазота"} <= set(plant.aliases)
    assert plant.name == "Grodno Azot"
    assert [post.text[m.start:m.end] for m in plant.embed_mentions if m.embed == 0] == ["Гродноазота"]
    president = _entity(store, "Alexander Lukashenko")
    assert "Лукашенко" in president.aliases and president.embed_mentions
    assert _entity(store, "Гродно").id == _entity(store, "Grodno").id
    for entity in store.entities():  # the offsets rule still holds: mentions index the clean text
        assert all(article.text[m.start:m.end] in entity.aliases for m in entity.mentions)
    store.close()


def test_embed_mentions_are_exported_and_reruns_change_nothing(story_db, settings):
    db, folder = story_db
    store = Store(db, readonly=True)
    before = build_record(store)
    store.close()
    plant = next(e for e in before["entities"] if "Гродноазот" in e["aliases"])
    post = before["articles"][0]["embeds"][plant["embed_mentions"][0]["embed"]]
    span = plant["embed_mentions"][0]
    assert post["text"][span["start"]:span["end"]] == "Гродноазота"
    summary = run([folder], db, settings, progress=False)
    assert (summary.unchanged, summary.analysed) == (1, 0)
    store = Store(db, readonly=True)
    assert build_record(store) == before
    store.close()


def test_natasha_loads_only_for_cyrillic_text_and_needs_no_pkg_resources():
    code = """
import sys
sys.modules["pkg_resources"] = None  # gone from recent setuptools; pymorphy2's dictionary lookup used it
from newsfold import load_settings
from newsfold.nlp import analyse_texts
from newsfold.nlp.cyrillic import cyrillic_entities
list(analyse_texts([("a", "Workers in Minsk went on strike on Friday.", None)], load_settings().nlp))
assert "natasha" not in sys.modules, "natasha loaded for English text"
assert [n for _, _, n, _ in cyrillic_entities("Вчера в Минске задержали Михаила Дорофеева.")][-1] == "Михаил Дорофеев"
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


def test_seed_tutby_post_joins_grodno_azot(seeds_store):
    copy = by_prefix(seeds_store.articles(), "002")
    index, post = next((i, e) for i, e in enumerate(copy.embeds) if e.handle == "tutby")
    names = {post.text[x.start:x.end]: (x.name, x.label) for x in post.entities}
    assert names["Гродноазот"] == ("Гродноазот", "ORG")
    key = name_key("Grodno Azot")
    [plant] = [e for e in seeds_store.entities() if key in {name_key(a) for a in e.aliases}]
    assert "Гродноазот" in plant.aliases and plant.type == "ORG"
    assert any(m.article == copy.id and m.embed == index and post.text[m.start:m.end] == "Гродноазот"
               for m in plant.embed_mentions)
    assert plant.mentions, "the English mentions of Grodno Azot stay in the same entity"


def test_an_adverb_opening_the_sentence_is_no_part_of_a_name():
    found = _found("Накануне Национальное собрание одобрило продажу терминала.")
    assert "Национальное собрание" in found and not any(w.startswith("Накануне") for w in found)


def test_a_name_next_to_a_street_or_square_word_is_that_street():
    found = _found("Колонна вышла с площади Свободы и направилась к Минску.")
    assert found["площади Свободы"][1] == "FAC"
    assert found["Минску"] == ("Минск", "GPE")
