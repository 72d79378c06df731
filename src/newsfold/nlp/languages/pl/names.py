"""Polish words that say what a name names: organisation nouns, titles before a person, the prepositions of a
place, nouns that make a name a place, capitals that name a country, and the case endings of a man's surname."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="pl",
    lemma_code="pl",
    frequency_code="pl",
    org_heads=frozenset({
        "partia", "ministerstwo", "komisja", "rada", "sąd", "trybunał", "bank", "uniwersytet", "agencja",
        "związek", "fundacja", "instytut", "urząd", "spółka", "linia", "sejm", "senat", "parlament", "kongres",
        "rząd", "policja", "prokuratura", "stowarzyszenie", "organizacja", "komitet", "biuro", "departament",
        "straż", "armia", "federacja", "izba", "akademia", "szkoła", "szpital", "telewizja", "radio", "fundusz",
        "koalicja", "platforma", "zgromadzenie", "kościół", "klub", "grupa", "koncern", "firma", "korporacja",
        "służba", "inspekcja", "unia", "sojusz", "ruch", "front", "centrum"}),
    place_heads=frozenset({
        "morze", "ocean", "wyspa", "wyspy", "góra", "góry", "rzeka", "jezioro", "zatoka", "półwysep", "ulica",
        "plac", "aleja", "lotnisko", "port", "kanał", "cieśnina", "pustynia", "dolina", "region", "prowincja",
        "województwo", "stan", "hrabstwo"}),
    person_titles=frozenset({
        "prezydent", "premier", "minister", "pan", "pani", "senator", "kandydat", "gubernator", "poseł",
        "sędzia", "generał", "papież", "król", "królowa", "książę", "ksiądz", "dr", "prof", "burmistrz", "prezes",
        "rzecznik", "wiceprezydent", "kanclerz", "szef", "lider", "przewodniczący", "ambasador", "kongresmen"}),
    place_prepositions=frozenset({"w", "we"}),
    place_abbreviations=frozenset({"USA", "ZEA", "RPA", "UK"}),
    surname_endings=(("owi", ""), ("em", ""), ("a", "")),
    demonym_endings=("anin", "czyk", "ak", "ec", "ka"),
)
