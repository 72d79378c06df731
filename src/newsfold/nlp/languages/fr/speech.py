"""French speech verbs (lemmas): reporting with a clause ("a déclaré que ..."), stance on an object, and the
verbs that introduce or follow a direct quote ("« ... », a déclaré X")."""

from __future__ import annotations

SPEECH_VERBS = frozenset({
    "dire", "déclarer", "affirmer", "annoncer", "expliquer", "ajouter", "indiquer", "estimer", "assurer",
    "souligner", "préciser", "confirmer", "reconnaître", "répondre", "écrire", "raconter", "rappeler", "prévenir",
    "avertir", "promettre", "insister", "admettre", "nier", "démentir", "juger", "penser", "croire",
    "signaler", "répéter", "noter", "dénoncer", "regretter", "lancer", "confier", "marteler",
})
STANCE_VERBS = frozenset({
    "accuser", "condamner", "critiquer", "soutenir", "rejeter", "refuser", "saluer", "dénoncer", "qualifier",
    "appeler", "exiger", "réclamer", "demander", "défendre", "contester",
})
QUOTE_CUES = frozenset({
    "dire", "déclarer", "affirmer", "ajouter", "expliquer", "lancer", "écrire", "répondre", "crier", "scander",
    "souligner", "assurer", "estimer", "indiquer", "préciser", "confier", "marteler", "raconter", "prévenir",
    "avertir", "annoncer", "tweeter",
})
