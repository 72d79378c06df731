"""One place, one person and one story whatever the language or script: places through the gazetteer's alternate
names (an inflected name through its base form), people through transliteration, stories through names, numbers
and dates. The sentences are written for this test."""

from __future__ import annotations

import pytest

from newsfold.events.stories import assign_stories
from newsfold.models import Article
from newsfold.nlp import analyse_articles
from newsfold.resolve import resolve_entities
from newsfold.resolve.names import consonant_skeleton, name_key, same_person_name
from newsfold.resolve.places import load_gazetteer

PRAGUE = {
    "en": "The ministers met in Prague on Monday. Prague police closed the old town for the day.",
    "cs": "Ministři se v pondělí sešli v Praze. Praha uzavřela staré město na celý den.",
    "pl": "Ministrowie spotkali się w poniedziałek w Pradze. Policja zamknęła stare miasto na cały dzień.",
    "ru": "Министры встретились в понедельник в Праге. Прага закрыла старый город на весь день.",
}


@pytest.fixture(scope="module")
def prague(settings):
    articles = [Article(id=lang, path=lang, text=text, language=lang) for lang, text in PRAGUE.items()]
    return resolve_entities(articles, list(analyse_articles(articles, settings.nlp)))


def test_prague_in_four_languages_and_two_scripts_is_one_entity(prague):
    entity = next(e for e in prague.entities if e.name == "Prague")
    assert {m.article for m in entity.mentions} == {"en", "cs", "pl", "ru"}
    assert {"Praha", "Praga", "Прага"} <= set(entity.aliases)


def test_a_polish_inflected_place_resolves_through_its_base_form(prague):
    start = PRAGUE["pl"].index("Pradze")
    entity = prague.at("pl", start, start + len("Pradze"))
    assert entity is not None and entity == prague.named("Prague")
    assert load_gazetteer().lookup("Praga") == load_gazetteer().lookup("Prague")


def test_a_country_is_found_by_its_name_in_other_languages():
    gazetteer = load_gazetteer()
    czechia = gazetteer.lookup("Czechia")
    assert czechia is not None and czechia.precision == "country"
    assert all(gazetteer.lookup(name) == czechia for name in ("Czechy", "Česko", "Чехия", "Чехія", "Češka"))
    assert gazetteer.lookup("Swiss") is None  # another language's name that is an English word is left out


@pytest.mark.parametrize("latin, cyrillic", [("Boris Johnson", "Борис Джонсон"), ("Joe Biden", "Джо Байден"),
                                             ("Mateusz Morawiecki", "Матеуш Моравецький")])
def test_a_person_written_in_two_scripts_is_one_name(latin, cyrillic):
    assert same_person_name(name_key(latin), name_key(cyrillic))


def test_names_that_only_sound_alike_in_part_stay_apart():
    assert consonant_skeleton("Johnson") == consonant_skeleton("Джонсон") == "jnsn"
    assert not same_person_name(name_key("Anna Ivanova"), name_key("Anna Ivanov"))  # gendered endings differ
    assert not same_person_name(name_key("Theresa May"), name_key("Teresa Mayer"))
    assert same_person_name(name_key("Angela Merkelová"), name_key("Angela Merkel"))  # the Czech -ová


STRIKE_EN = ("Dockers at the port of Gdansk walked out on 14 March, demanding higher wages. About 1,200 workers "
             "joined the strike, the Solidarnosc union said. Harbour director Marek Zielinski said talks would "
             "resume on Friday. Ships waited outside Gdansk as the strike entered its second day.")
STRIKE_PL = ("Dokerzy w porcie w Gdańsku rozpoczęli strajk 14 marca, domagając się wyższych płac. Według związku "
             "Solidarność do strajku przyłączyło się około 1200 pracowników. Dyrektor portu Marek Zieliński "
             "powiedział, że rozmowy zostaną wznowione w piątek. Statki czekały przed Gdańskiem.")
FLOOD_EN = ("Floods hit the city of Valencia on 2 May after three days of rain. About 300 homes were flooded, "
            "mayor Carmen Ortiz said. Rescue teams evacuated residents of Valencia by boat, and schools stayed "
            "closed. Ortiz asked the government for emergency funds.")
FLOOD_PL = ("Powódź nawiedziła Walencję 2 maja po trzech dniach deszczu. Zalanych zostało około 300 domów, "
            "powiedziała burmistrz Carmen Ortiz. Ratownicy ewakuowali mieszkańców łodziami, a szkoły pozostały "
            "zamknięte. Ortiz poprosiła rząd o pomoc.")


def test_two_reports_of_one_situation_in_two_languages_join_one_story(settings):
    texts = {"strike_en": (STRIKE_EN, "en"), "strike_pl": (STRIKE_PL, "pl"), "flood_en": (FLOOD_EN, "en"),
             "flood_pl": (FLOOD_PL, "pl")}
    articles = [Article(id=k, path=k, text=t, language=lang) for k, (t, lang) in texts.items()]
    index = resolve_entities(articles, list(analyse_articles(articles, settings.nlp)))
    story = assign_stories(articles, index.entities, settings.stories)
    assert story["strike_en"] == story["strike_pl"]
    assert story["flood_en"] == story["flood_pl"]
    assert story["strike_en"] != story["flood_en"]
