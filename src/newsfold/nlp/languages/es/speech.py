"""Spanish speech verbs (lemmas): reporting with a clause ("dijo que ..."), stance on an object, and the verbs
that introduce or follow a direct quote ("«...», declaró X")."""

from __future__ import annotations

SPEECH_VERBS = frozenset({
    "decir", "declarar", "afirmar", "anunciar", "explicar", "añadir", "agregar", "indicar", "señalar", "asegurar",
    "subrayar", "precisar", "confirmar", "reconocer", "responder", "escribir", "advertir", "prometer", "insistir",
    "admitir", "negar", "considerar", "sostener", "denunciar", "manifestar", "destacar", "recordar",
})
STANCE_VERBS = frozenset({
    "acusar", "condenar", "criticar", "apoyar", "rechazar", "celebrar", "calificar", "exigir", "pedir",
    "reclamar", "defender",
})
QUOTE_CUES = frozenset({
    "decir", "declarar", "afirmar", "añadir", "agregar", "explicar", "escribir", "responder", "gritar", "corear",
    "señalar", "asegurar", "indicar", "advertir", "subrayar", "sostener", "destacar",
})
