"""French words that say what a name names: organisation nouns, titles before a person, the prepositions of a
place, nouns that make a name a place, capitals that name a country, and how a noun for a people ends."""

from __future__ import annotations

from ..latin_slavic import NameWords

WORDS = NameWords(
    code="fr",
    lemma_code="fr",
    frequency_code="fr",
    org_heads=frozenset({
        "parti", "ministère", "commission", "conseil", "cour", "tribunal", "banque", "université", "agence",
        "syndicat", "confédération", "fédération", "fondation", "institut", "assemblée", "sénat", "parlement",
        "gouvernement", "police", "gendarmerie", "armée", "comité", "union", "organisation", "association",
        "mouvement", "front", "alliance", "coalition", "société", "groupe", "compagnie", "église", "club"}),
    place_heads=frozenset({
        "mer", "océan", "île", "îles", "mont", "montagne", "fleuve", "rivière", "lac", "golfe", "baie", "place",
        "rue", "avenue", "boulevard", "aéroport", "port", "canal", "désert", "vallée", "région", "province",
        "département"}),
    person_titles=frozenset({
        "président", "présidente", "ministre", "premier", "m", "mme", "monsieur", "madame", "général", "maire",
        "député", "députée", "sénateur", "juge", "pape", "roi", "reine", "prince", "dr", "porte-parole", "chef",
        "dirigeant", "leader", "secrétaire", "ambassadeur", "candidat", "candidate", "procureur", "préfet"}),
    place_prepositions=frozenset({"à", "au", "aux", "en"}),
    place_abbreviations=frozenset({"USA", "UK"}),
    surname_endings=(),
    inflected=False,
    demonym_endings=("ais", "aise", "ois", "oise", "ien", "ienne", "ain", "aine"),
)
