"""Spanish event triggers (lemmas, or lemmas of several words) with their PLOVER type and mode, in the vocabulary
of ``en/events.py``, and the modal words that make an event hypothetical. General news vocabulary only."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "manifestación": ("PROTEST", "demonstrate"), "manifestante": ("PROTEST", "demonstrate"),
    "protesta": ("PROTEST", "demonstrate"), "protestar": ("PROTEST", "demonstrate"),
    "concentración": ("PROTEST", "demonstrate"), "marcha": ("PROTEST", "demonstrate"),
    "marchar": ("PROTEST", "demonstrate"), "movilización": ("PROTEST", "demonstrate"),
    "huelga": ("PROTEST", "strike"), "huelguista": ("PROTEST", "strike"), "paro": ("PROTEST", "strike"),
    "disturbio": ("PROTEST", "riot"), "enfrentamiento": ("PROTEST", "riot"), "boicot": ("PROTEST", "boycott"),
    "detener": ("COERCE", "arrest"), "detenido": ("COERCE", "arrest"), "detención": ("COERCE", "arrest"),
    "arrestar": ("COERCE", "arrest"), "arresto": ("COERCE", "arrest"), "encarcelar": ("COERCE", "arrest"),
    "represión": ("COERCE", "repress"), "dispersar": ("COERCE", "repress"), "prohibir": ("COERCE", "restrict"),
    "golpear": ("ASSAULT", "beat"), "tortura": ("ASSAULT", "torture"), "torturar": ("ASSAULT", "torture"),
    "matar": ("ASSAULT", "kill"), "asesinar": ("ASSAULT", "kill"), "asesinato": ("ASSAULT", "kill"),
    "masacre": ("ASSAULT", "kill"), "disparar": ("ASSAULT", "shoot"), "tiroteo": ("ASSAULT", "shoot"),
    "herir": ("ASSAULT", "beat"), "ataque": ("ASSAULT", "attack"), "atacar": ("ASSAULT", "attack"),
    "agresión": ("ASSAULT", "attack"), "atentado": ("ASSAULT", "explosive"), "explosión": ("ASSAULT", "explosive"),
    "bombardeo": ("ASSAULT", "artillery"), "bombardear": ("ASSAULT", "artillery"), "secuestrar": ("ASSAULT", "abduct"),
    "secuestro": ("ASSAULT", "abduct"), "violación": ("ASSAULT", "sexual"), "saqueo": ("ASSAULT", "property"),
    "saquear": ("ASSAULT", "property"), "incendiar": ("ASSAULT", "property"),
    "combate": ("FIGHT", None), "combatir": ("FIGHT", None), "batalla": ("FIGHT", None),
    "alto el fuego": ("AGREE", "ceasefire"), "tregua": ("AGREE", "ceasefire"), "acuerdo de paz": ("AGREE", "peace"),
    "visita": ("CONSULT", "visit"), "visitar": ("CONSULT", "visit"), "reunión": ("CONSULT", "meet"),
    "reunirse": ("CONSULT", "meet"), "cumbre": ("CONSULT", "meet"), "exigir": ("REQUEST", None),
    "reclamar": ("REQUEST", None), "amenazar": ("THREATEN", None), "acusar": ("ACCUSE", None),
    "condenar": ("ACCUSE", None), "rechazar": ("REJECT", None), "sanción": ("SANCTION", None),
    "maniobra militar": ("MOBILIZE", "military drill"), "dimisión": ("CONCEDE", "resign"),
    "dimitir": ("CONCEDE", "resign"), "renunciar": ("CONCEDE", "resign"), "liberar": ("CONCEDE", "release"),
    "elección": ("ELECTION", None), "referéndum": ("ELECTION", "referendum"),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
# Modal and planning words that make an event hypothetical rather than reported ("podrían protestar").
HYPOTHETICAL = frozenset({"poder", "deber", "querer", "planear", "pensar", "prever", "amenazar", "pretender"})
