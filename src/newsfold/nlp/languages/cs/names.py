"""Czech words that say what a name names: organisation nouns, titles before a person, the prepositions of a
place, nouns that make a name a place, capitals that name a country, and the case endings of a man's surname."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="cs",
    lemma_code="cs",
    frequency_code="cs",
    org_heads=frozenset({
        "strana", "ministerstvo", "komise", "rada", "soud", "banka", "univerzita", "agentura", "svaz", "nadace",
        "institut", "úřad", "společnost", "sněmovna", "senát", "parlament", "kongres", "vláda", "policie",
        "zastupitelství", "sdružení", "organizace", "výbor", "kancelář", "armáda",
        "federace", "komora", "akademie", "škola", "nemocnice", "televize", "rozhlas", "fond", "koalice",
        "shromáždění", "církev", "klub", "skupina", "koncern", "firma", "korporace", "služba", "inspekce", "unie",
        "aliance", "hnutí", "fronta", "centrum", "spolek", "aerolinie"}),
    place_heads=frozenset({
        "moře", "oceán", "ostrov", "ostrovy", "hora", "hory", "řeka", "jezero", "záliv", "poloostrov", "ulice",
        "náměstí", "třída", "letiště", "přístav", "kanál", "průliv", "poušť", "údolí", "region", "provincie",
        "kraj", "stát", "okres"}),
    person_titles=frozenset({
        "prezident", "premiér", "ministr", "pan", "paní", "senátor", "kandidát", "guvernér", "poslanec", "soudce",
        "generál", "papež", "král", "královna", "princ", "kněz", "dr", "prof", "starosta", "předseda", "mluvčí",
        "viceprezident", "kancléř", "šéf", "lídr", "velvyslanec", "kongresman"}),
    place_prepositions=frozenset({"v", "ve"}),
    place_abbreviations=frozenset({"USA", "ČR", "SR", "SAE", "JAR", "UK"}),
    surname_endings=(("ovi", ""), ("em", ""), ("a", ""), ("u", "")),
    demonym_endings=("an", "ec", "ák", "anka", "ka"),
)
