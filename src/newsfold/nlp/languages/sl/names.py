"""Slovene words that say what a name names: organisation nouns, titles before a person, the prepositions of a
place, nouns that make a name a place, capitals that name a country, and the case endings of a man's surname."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="sl",
    lemma_code="sl",
    frequency_code="sl",
    org_heads=frozenset({
        "stranka", "ministrstvo", "komisija", "svet", "sodišče", "banka", "univerza", "agencija", "zveza",
        "fundacija", "inštitut", "urad", "družba", "zbor", "parlament", "kongres", "vlada", "policija", "tožilstvo",
        "društvo", "organizacija", "odbor", "pisarna", "vojska", "federacija", "zbornica", "akademija", "šola",
        "bolnišnica", "televizija", "radio", "sklad", "koalicija", "skupščina", "cerkev", "klub", "skupina",
        "koncern", "podjetje", "korporacija", "služba", "inšpekcija", "unija", "zavezništvo", "gibanje", "fronta",
        "center", "senat", "letalski", "prevoznik"}),
    place_heads=frozenset({
        "morje", "ocean", "otok", "otoki", "gora", "gore", "reka", "jezero", "zaliv", "polotok", "ulica", "trg",
        "cesta", "letališče", "pristanišče", "kanal", "preliv", "puščava", "dolina", "regija", "provinca",
        "pokrajina", "država", "okrožje"}),
    person_titles=frozenset({
        "predsednik", "predsednica", "premier", "minister", "ministrica", "gospod", "gospa", "senator", "kandidat",
        "kandidatka", "guverner", "poslanec", "sodnik", "general", "papež", "kralj", "kraljica", "princ",
        "duhovnik", "dr", "prof", "župan", "direktor", "govornik", "podpredsednik", "kancler", "šef", "vodja",
        "veleposlanik", "kongresnik"}),
    place_prepositions=frozenset({"v"}),
    place_abbreviations=frozenset({"ZDA", "VB", "ZAE", "JAR"}),
    surname_endings=(("om", ""), ("em", ""), ("u", ""), ("a", "")),
    demonym_endings=("an", "ec", "ak", "anka", "ka"),
)
