"""Portuguese words that say what a name names: organisation nouns, titles before a person, the prepositions of a
place, nouns that make a name a place, capitals that name a country, and how a noun for a people ends."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="pt",
    lemma_code="pt",
    frequency_code="pt",
    org_heads=frozenset({
        "partido", "ministério", "comissão", "conselho", "tribunal", "banco", "universidade", "agência", "sindicato",
        "confederação", "federação", "fundação", "instituto", "assembleia", "senado", "congresso", "parlamento",
        "governo", "polícia", "exército", "comitê", "comité", "união", "organização", "associação", "movimento",
        "aliança", "coligação", "coalizão", "grupo", "companhia", "igreja"}),
    place_heads=frozenset({
        "mar", "oceano", "ilha", "ilhas", "monte", "montanha", "rio", "lago", "golfo", "baía", "praça", "rua",
        "avenida", "aeroporto", "porto", "canal", "deserto", "vale", "região", "província", "estado"}),
    person_titles=frozenset({
        "presidente", "presidenta", "ministro", "ministra", "senhor", "senhora", "sr", "sra", "general", "prefeito",
        "prefeita", "deputado", "deputada", "senador", "juiz", "juíza", "papa", "rei", "rainha", "dr", "porta-voz",
        "chefe", "líder", "secretário", "embaixador", "candidato", "candidata", "procurador"}),
    place_prepositions=frozenset({"em"}),
    place_abbreviations=frozenset({"EUA", "USA", "UK"}),
    surname_endings=(),
    inflected=False,
    demonym_endings=("ano", "ana", "ense", "ês", "esa", "ino", "ina"),
)
