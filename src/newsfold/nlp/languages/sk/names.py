"""Slovak words that say what a name names: organisation nouns, nouns that make a name a place, titles before a
person, the prepositions of a place, capitals that name a country, and the case endings of a man's surname."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="sk",
    lemma_code="sk",
    frequency_code="sk",
    org_heads=frozenset({
        "strana", "ministerstvo", "komisia", "rada", "súd", "banka", "univerzita", "agentúra", "zväz", "nadácia",
        "inštitút", "úrad", "spoločnosť", "parlament", "kongres", "vláda", "polícia", "prokuratúra", "združenie",
        "organizácia", "výbor", "kancelária", "armáda", "federácia", "komora", "akadémia", "škola", "nemocnica",
        "televízia", "rozhlas", "fond", "koalícia", "zhromaždenie", "cirkev", "klub", "skupina", "koncern", "firma",
        "korporácia", "služba", "inšpekcia", "únia", "aliancia", "hnutie", "front", "centrum", "spolok", "senát"}),
    place_heads=frozenset({
        "more", "oceán", "ostrov", "ostrovy", "hora", "hory", "rieka", "jazero", "záliv", "polostrov", "ulica",
        "námestie", "letisko", "prístav", "kanál", "prieliv", "púšť", "údolie", "región", "provincia", "kraj",
        "štát", "okres"}),
    person_titles=frozenset({
        "prezident", "premiér", "minister", "pán", "pani", "senátor", "kandidát", "guvernér", "poslanec", "sudca",
        "generál", "pápež", "kráľ", "kráľovná", "princ", "kňaz", "dr", "prof", "starosta", "predseda", "hovorca",
        "viceprezident", "kancelár", "šéf", "líder", "veľvyslanec", "kongresman"}),
    place_prepositions=frozenset({"v", "vo"}),
    place_abbreviations=frozenset({"USA", "SR", "ČR", "SAE", "JAR"}),
    surname_endings=(("ovi", ""), ("om", ""), ("a", ""), ("u", "")),
    demonym_endings=("an", "ec", "ák", "anka", "ka"),
)
