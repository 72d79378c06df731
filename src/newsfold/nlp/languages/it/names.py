"""Italian words that say what a name names: organisation nouns, titles before a person, the prepositions of a
place, nouns that make a name a place, capitals that name a country, and how a noun for a people ends."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="it",
    lemma_code="it",
    frequency_code="it",
    org_heads=frozenset({
        "partito", "ministero", "commissione", "consiglio", "corte", "tribunale", "banca", "università", "agenzia",
        "sindacato", "confederazione", "federazione", "fondazione", "istituto", "assemblea", "senato", "camera",
        "parlamento", "governo", "polizia", "carabinieri", "esercito", "comitato", "unione", "organizzazione",
        "associazione", "movimento", "fronte", "alleanza", "coalizione", "gruppo", "società", "chiesa"}),
    place_heads=frozenset({
        "mare", "oceano", "isola", "isole", "monte", "montagna", "fiume", "lago", "golfo", "baia", "piazza", "via",
        "viale", "aeroporto", "porto", "canale", "deserto", "valle", "regione", "provincia"}),
    person_titles=frozenset({
        "presidente", "ministro", "ministra", "premier", "signor", "signora", "sig", "generale", "sindaco",
        "deputato", "deputata", "senatore", "giudice", "papa", "re", "regina", "dott", "portavoce", "capo",
        "leader", "segretario", "ambasciatore", "candidato", "candidata", "procuratore"}),
    place_prepositions=frozenset({"a"}),
    place_abbreviations=frozenset({"USA", "UK"}),
    surname_endings=(),
    inflected=False,
    demonym_endings=("ano", "ana", "ese", "ino", "ina"),
)
