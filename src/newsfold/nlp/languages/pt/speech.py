"""Portuguese speech verbs (lemmas): reporting with a clause ("disse que ..."), stance on an object, and the verbs
that introduce or follow a direct quote ("“...”, declarou X")."""

from __future__ import annotations

SPEECH_VERBS = frozenset({
    "dizer", "declarar", "afirmar", "anunciar", "explicar", "acrescentar", "indicar", "sublinhar", "assegurar",
    "garantir", "confirmar", "reconhecer", "responder", "escrever", "advertir", "alertar", "prometer", "insistir",
    "admitir", "negar", "considerar", "defender", "denunciar", "destacar", "lembrar", "ressaltar",
})
STANCE_VERBS = frozenset({
    "acusar", "condenar", "criticar", "apoiar", "rejeitar", "recusar", "classificar", "exigir", "pedir",
    "reivindicar", "defender",
})
QUOTE_CUES = frozenset({
    "dizer", "declarar", "afirmar", "acrescentar", "explicar", "escrever", "responder", "gritar", "sublinhar",
    "assegurar", "garantir", "indicar", "alertar", "destacar", "ressaltar",
})
