"""Language per paragraph: a page that mixes languages gets each paragraph's language, stored on the article and
read by the nlp stage's packs. The sentences are written for this test."""

from __future__ import annotations

from dataclasses import replace

from newsfold.clean import clean_document
from newsfold.clean.language import paragraph_languages
from newsfold.models import Article, RawDoc
from newsfold.nlp.languages import paragraph_pack
from newsfold.settings import default_settings

ENGLISH = ("Thousands of people marched through the city centre on Saturday, and the police said the march "
           "passed off peacefully.")
RUSSIAN = ("Тысячи людей прошли в субботу по центру города, полиция сообщила, что шествие прошло спокойно и "
           "без задержаний.")
UKRAINIAN = ("Тисячі людей пройшли в суботу центром міста, поліція повідомила, що хода минула спокійно і без "
             "затримань.")
POLISH = ("Tysiące ludzi przeszły w sobotę przez centrum miasta, a policja poinformowała, że marsz przebiegł "
          "spokojnie.")


def test_each_paragraph_of_a_mixed_page_gets_its_own_language():
    clean = default_settings().clean
    text = "\n\n".join([ENGLISH, RUSSIAN, "Short line.", ENGLISH])
    assert paragraph_languages(text, "en", clean) == ["en", "ru", "en", "en"]  # a short line keeps the page's


def test_a_ukrainian_page_with_a_russian_paragraph():
    clean = default_settings().clean
    assert paragraph_languages("\n\n".join([UKRAINIAN, RUSSIAN, UKRAINIAN]), "uk", clean) == ["uk", "ru", "uk"]


def test_the_clean_stage_stores_paragraph_languages_only_where_they_differ():
    settings = default_settings().clean
    page = f"{ENGLISH}\n\n{POLISH}\n\n{ENGLISH} {ENGLISH}\n"
    mixed = clean_document(RawDoc(path="a.txt", text=page, format="text"), "a", set(), settings)
    assert mixed.language == "en" and mixed.paragraph_languages == ["en", "pl", "en"]
    assert mixed.paragraph_language(1) == "pl"
    plain = clean_document(RawDoc(path="b.txt", text=f"{ENGLISH}\n\n{ENGLISH}\n", format="text"), "b", set(), settings)
    assert plain.paragraph_languages == [] and plain.paragraph_language(1) == "en"


def test_the_nlp_stage_reads_a_paragraph_with_its_own_languages_pack():
    article = Article(id="a", path="a", text=f"{ENGLISH}\n\n{POLISH}", language="en")
    assert paragraph_pack(article.paragraph_language(1), POLISH).code == "en"  # the page's label: the English pack
    mixed = replace(article, paragraph_languages=["en", "pl"])
    assert paragraph_pack(mixed.paragraph_language(1), POLISH).code == "pl"
