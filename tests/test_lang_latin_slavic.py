"""The Czech, Polish and Slovene packs (nlp/languages/latin_slavic.py and cs/, pl/, sl/): names found, typed and put
in their base form across cases, and merged across languages. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from newsfold.models import Analysis, Article, Mention
from newsfold.nlp import analyse
from newsfold.nlp.languages import pack_for, paragraph_pack
from newsfold.nlp.languages.latin_slavic import LatinSlavicPack, is_latin
from newsfold.nlp.parse import load_model, parse_articles
from newsfold.resolve import resolve_entities


def _names(code: str, text: str) -> dict[str, tuple[str, str]]:
    """written form -> (normal form, label) of every name the pack finds."""
    return {text[s:e]: (normal, label) for s, e, normal, label in pack_for(code).entities(text)}


@pytest.mark.parametrize("code", ["cs", "pl", "sl", "sk", "hr"])
def test_each_language_has_a_pack_that_finds_names_and_says_what_it_does_not_analyse(code):
    pack = pack_for(code)
    assert isinstance(pack, LatinSlavicPack) and pack.code == code
    assert "entities" not in pack.not_analysed and {"dates", "figures", "parse"} <= set(pack.not_analysed)
    read_by_words = {"quotes", "events"} & set(pack.not_analysed)  # Polish has the words to read them by
    assert read_by_words == (set() if code == "pl" else {"quotes", "events"})


def test_polish_names_in_several_cases():
    text = ("Wczoraj premier Marek Zając spotkał się w Gdańsku z przedstawicielami Komisji Europejskiej. "
            "Ale Wielka Brytania milczy. Według Zająca rozmowy z Niemcami trwały dwie godziny.")
    found = _names("pl", text)
    assert found["Marek Zając"] == ("Marek Zając", "PERSON")
    assert found["Gdańsku"] == ("Gdańsk", "GPE")  # a lone name after "w" is a place
    assert found["Wielka Brytania"] == ("Wielka Brytania", "GPE")  # a country, though "Wielka" is a common word
    assert found["Niemcami"][1] == "GPE" and found["Komisji Europejskiej"][1] == "ORG"
    assert found["Zająca"][0] == "Zając"  # the genitive in its base form
    assert "Wczoraj" not in found and "Ale" not in found  # capitalised only by their place in the sentence


def test_czech_names_in_several_cases():
    text = ("Prezident Karel Dvořák přiletěl do Brna. Podle Dvořáka bude Evropská unie jednat s Polskem. "
            "Novináři z ČTK se ptali na Německo.")
    found = _names("cs", text)
    assert found["Karel Dvořák"] == ("Karel Dvořák", "PERSON")  # the title is not part of the name
    assert found["Brna"] == ("Brno", "GPE")
    assert found["Evropská unie"][1] == "ORG"  # the lower-case noun makes the run an organisation
    assert found["Polskem"] == ("Polsko", "GPE") and found["Německo"] == ("Německo", "GPE")
    assert found["ČTK"][1] == "ORG"
    assert "Podle" not in found and "Novináři" not in found


def test_slovene_names_in_several_cases():
    text = ("Minister Janez Horvat je včeraj obiskal Maribor. Horvatu so v Ljubljani povedali, da Nemčija "
            "podpira Evropsko komisijo.")
    found = _names("sl", text)
    assert found["Janez Horvat"] == ("Janez Horvat", "PERSON")
    assert found["Maribor"][1] == "GPE" and found["Ljubljani"] == ("Ljubljana", "GPE")
    assert found["Nemčija"] == ("Nemčija", "GPE") and found["Evropsko komisijo"][1] == "ORG"
    assert found["Horvatu"][0] == "Horvat"


def test_slovak_and_croatian_names_by_the_same_rules():
    sk = _names("sk", "Premiér Peter Kováč včera navštívil Košice. Podľa Kováča sa Slovensko dohodlo s Rakúskom.")
    assert sk["Peter Kováč"] == ("Peter Kováč", "PERSON") and sk["Košice"][1] == "GPE"
    assert sk["Slovensko"] == ("Slovensko", "GPE") and sk["Rakúskom"][1] == "GPE" and "Podľa" not in sk
    hr = _names("hr", "Ministar Ivan Babić je jučer bio u Splitu. Hrvatska i Europska komisija su se dogovorile.")
    assert hr["Ivan Babić"] == ("Ivan Babić", "PERSON") and hr["Splitu"] == ("Split", "GPE")
    assert hr["Hrvatska"][1] == "GPE" and hr["Europska komisija"][1] == "ORG"


def test_two_names_side_by_side_are_two():
    found = _names("pl", "Rzecznik firmy Orlenu Jan Kowalski odmówił komentarza, a BBC Anna Nowak też milczy.")
    assert "Jan Kowalski" in found and "Orlenu" in found and found["Jan Kowalski"][1] == "PERSON"
    assert found["BBC"][1] == "ORG" and found["Anna Nowak"][1] == "PERSON"


def test_a_cyrillic_paragraph_in_a_polish_article_goes_to_the_russian_pack():
    assert is_latin("Władimir Putin spotkał się z premierem.") and not is_latin("Владимир Путин встретился.")
    assert paragraph_pack("pl", "Владимир Путин встретился с премьером.").code == "ru"
    assert paragraph_pack("pl", "Władimir Putin spotkał się z premierem.").code == "pl"


def test_a_polish_article_gets_names_and_the_record_says_what_was_not_analysed(settings):
    text = "Protest w Krakowie\n\nWczoraj Anna Kowalska przemawiała w Krakowie przed siedzibą Sądu Najwyższego."
    article = Article(id="krakow", path="krakow", text=text, language="pl")
    analysis = analyse(next(parse_articles([article], load_model(settings.nlp.model))))
    names = {text[m.start:m.end]: (m.text, m.label, m.stage) for m in analysis.mentions}
    assert names["Anna Kowalska"] == ("Anna Kowalska", "PERSON", "latin_slavic")
    assert names["Krakowie"][:2] == ("Kraków", "GPE") and names["Sądu Najwyższego"][1] == "ORG"
    assert analysis.not_analysed == {"pl": [x for x in pack_for("pl").not_analysed if x not in ("dates", "figures")]}


def test_one_person_named_in_three_languages_and_cases_is_one_entity(settings):
    texts = {"pl": "Wczoraj Tomasz Wróbel odwiedził Pragę. Według Wróbla rozmowy były trudne.",
             "cs": "Tomáš Wróbel včera navštívil Prahu. Podle Wróbela byla jednání obtížná.",
             "sl": "Tomasz Wróbel je včeraj obiskal Prago. Wróblu so povedali, da so bili pogovori težki."}
    articles = [Article(id=code, path=code, text=text, language=code) for code, text in texts.items()]
    analyses = [analyse(p) for p in parse_articles(articles, load_model(settings.nlp.model))]
    index = resolve_entities(articles, analyses)
    person = [e for e in index.entities if "Wróbel" in e.name]
    assert len(person) == 1 and person[0].type == "PERSON"
    assert {s.article for s in person[0].mentions} == {"pl", "cs", "sl"}
    places = {e.name: {s.article for s in e.mentions} for e in index.entities if e.type == "GPE"}
    assert places["Praga"] == {"pl", "sl", "cs"} and "Praha" not in places  # one place, whatever its language


def _mention(article: str, text: str, start: int, name: str, label: str, stage: str) -> Mention:
    return Mention(article, start, start + len(name), text[start:start + len(name)], label, 0, stage=stage)


def test_a_name_a_model_typed_keeps_its_type_however_often_the_rules_type_it_otherwise():
    ru = "Компания Twitter заблокировала аккаунт."
    pl = ["Twitter zablokował konto.", "Wczoraj Twitter milczał.", "Konto na Twitter zniknęło."]
    articles = [Article(id="ru", path="ru", text=ru, language="ru")]
    analyses = [Analysis("ru", "h", mentions=[_mention("ru", ru, ru.index("Twitter"), "Twitter", "ORG", "cyrillic")])]
    for i, text in enumerate(pl):
        articles.append(Article(id=f"pl{i}", path=f"pl{i}", text=text, language="pl"))
        analyses.append(Analysis(f"pl{i}", "h", mentions=[
            _mention(f"pl{i}", text, text.index("Twitter"), "Twitter", "PERSON", "latin_slavic")]))
    index = resolve_entities(articles, analyses)
    twitter = [e for e in index.entities if e.name == "Twitter"]
    assert len(twitter) == 1 and twitter[0].type == "ORG" and len(twitter[0].mentions) == 4
    # with no model's word on it, the rules' label stands
    alone = resolve_entities(articles[1:], analyses[1:])
    assert [e.type for e in alone.entities] == ["PERSON"]


def test_packs_that_read_no_dates_add_no_date_locale():
    from newsfold.nlp.languages import date_locales, month_words, weekday_names

    assert date_locales() == ["en"] and date_locales(None) == ["en", "ru"]
    assert len(weekday_names()) == 7 and "maj" not in month_words()


def test_preload_loads_a_packs_dictionaries_in_this_process():
    """Before analysis workers fork, the packs of the batch's languages load their dictionaries once, so the
    workers share them (languages without such a pack, or unknown, load nothing)."""
    from newsfold.nlp.languages import preload
    from newsfold.nlp.languages.latin_slavic import lemma

    lemma.cache_clear()
    preload(["en", None, "xx"])
    assert lemma.cache_info().currsize == 0
    preload(["pl", "pl"])
    assert lemma.cache_info().currsize == 1
