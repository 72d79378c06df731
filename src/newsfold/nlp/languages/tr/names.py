"""Turkish words that say what a name names: organisation nouns, titles before a person, nouns that make a name a
place, capitals that name a country, and how a noun for a people ends (cases are suffixes: no place prepositions)."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="tr",
    lemma_code="tr",
    frequency_code="tr",
    org_heads=frozenset({
        "partisi", "parti", "bakanlığı", "bakanlık", "komisyon", "konsey", "mahkeme", "mahkemesi", "banka",
        "bankası", "üniversite", "üniversitesi", "ajans", "ajansı", "sendika", "sendikası", "konfederasyon",
        "vakıf", "vakfı", "enstitü", "meclis", "meclisi", "hükümet", "polis", "ordu", "komite", "birlik", "birliği",
        "dernek", "derneği", "hareket", "hareketi", "cephe", "cephesi", "ittifak", "grup", "şirket"}),
    place_heads=frozenset({
        "deniz", "denizi", "okyanus", "ada", "adası", "dağ", "dağı", "nehir", "nehri", "göl", "gölü", "körfez",
        "meydan", "meydanı", "cadde", "caddesi", "sokak", "havalimanı", "liman", "kanal", "vadi", "bölge", "il"}),
    person_titles=frozenset({
        "cumhurbaşkanı", "başbakan", "bakan", "bay", "bayan", "general", "başkan", "başkanı", "vali", "milletvekili",
        "hakim", "papa", "kral", "kraliçe", "dr", "sözcü", "sözcüsü", "lider", "lideri", "büyükelçi", "aday",
        "savcı"}),
    place_prepositions=frozenset(),
    place_abbreviations=frozenset({"ABD", "AB", "BM", "UK"}),
    surname_endings=(),
    inflected=False,
    demonym_endings=("li", "lı", "lu", "lü"),
)
