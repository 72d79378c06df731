"""Spanish words that say what a name names: organisation nouns, titles before a person, the prepositions of a
place, nouns that make a name a place, capitals that name a country, and how a noun for a people ends."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="es",
    lemma_code="es",
    frequency_code="es",
    org_heads=frozenset({
        "partido", "ministerio", "comisión", "consejo", "tribunal", "banco", "universidad", "agencia", "sindicato",
        "confederación", "federación", "fundación", "instituto", "asamblea", "senado", "congreso", "parlamento",
        "gobierno", "policía", "ejército", "comité", "unión", "organización", "asociación", "movimiento",
        "alianza", "coalición", "grupo", "compañía", "iglesia", "guardia"}),
    place_heads=frozenset({
        "mar", "océano", "isla", "islas", "monte", "montaña", "río", "lago", "golfo", "bahía", "plaza", "calle",
        "avenida", "aeropuerto", "puerto", "canal", "desierto", "valle", "región", "provincia"}),
    person_titles=frozenset({
        "presidente", "presidenta", "ministro", "ministra", "señor", "señora", "sr", "sra", "general", "alcalde",
        "alcaldesa", "diputado", "diputada", "senador", "juez", "papa", "rey", "reina", "dr", "portavoz", "jefe",
        "líder", "secretario", "embajador", "candidato", "candidata", "fiscal"}),
    place_prepositions=frozenset({"en"}),
    place_abbreviations=frozenset({"EEUU", "EE", "UU", "USA", "UK"}),
    surname_endings=(),
    inflected=False,
    demonym_endings=("ano", "ana", "ense", "és", "esa", "ino", "ina"),
)
