"""Names across languages in resolve: an acronym after a place that is only part of the name it abbreviates, and a
Cyrillic place name kept as written in another case. Sentences written for these tests, with the labels a model
gives them."""

from __future__ import annotations

from newsfold.models import Analysis, Article, Mention
from newsfold.resolve import acronym_definitions, resolve_entities
from newsfold.resolve.names import case_form_bases


def _article(aid: str, text: str, names: list[tuple[str, str]]) -> tuple[Article, Analysis]:
    mentions, pos = [], 0
    for name, label in names:
        start = text.index(name, pos)
        mentions.append(Mention(aid, start, start + len(name), name, label, 0))
        pos = start + len(name)
    return Article(id=aid, path=aid, text=text, language="fr"), Analysis(aid, "", mentions=mentions)


def test_a_place_at_the_end_of_a_longer_name_does_not_take_its_acronym():
    article, analysis = _article("fr", "Les dockers du Terminal à conteneurs de Port Seren (PSCT) sont en grève.",
                                 [("Port Seren", "LOC")])
    assert acronym_definitions(article, analysis.mentions) == []
    article, analysis = _article("en", "Dockers at the Port Seren Container Terminal (PSCT) walked out.",
                                 [("Port Seren Container Terminal", "ORG")])
    assert acronym_definitions(article, analysis.mentions) == [("Port Seren Container Terminal", "PSCT")]
    article, analysis = _article("us", "Crowds filled New York City (NYC) on Sunday.", [("New York City", "GPE")])
    assert acronym_definitions(article, analysis.mentions) == [("New York City", "NYC")]  # a place's own acronym


def test_case_forms_of_a_known_place_find_it():
    places = {"velmarsk", "port seren", "valdoria", "kyiv"}
    written = ["velmarska", "port sereni", "valdorii", "kiievi", "velmarsk", "kalugu"]
    assert case_form_bases(written, places) == [("port sereni", "port seren"), ("valdorii", "valdoria"),
                                                ("velmarska", "velmarsk")]


def test_a_ukrainian_place_in_the_genitive_joins_the_english_one():
    english = _article("en", "Dockers in Velmarsk stopped work.", [("Velmarsk", "GPE")])
    ukrainian = _article("uk", "Докери порту Вельмарська зупинили роботу.", [("Вельмарська", "GPE")])
    index = resolve_entities([english[0], ukrainian[0]], [english[1], ukrainian[1]])
    [velmarsk] = index.entities
    assert set(velmarsk.aliases) == {"Velmarsk", "Вельмарська"}
    person = _article("uk2", "Олена Петрова приїхала до Петрова.", [("Олена Петрова", "PERSON"), ("Петрова", "GPE")])
    index = resolve_entities([person[0]], [person[1]])
    assert len(index.entities) == 2  # a place key with a case ending joins only a place the corpus knows
