"""Portuguese event triggers (lemmas, or lemmas of several words) with their PLOVER type and mode, in the
vocabulary of ``en/events.py``, and the modal words that make an event hypothetical. General news vocabulary only."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "manifestação": ("PROTEST", "demonstrate"), "manifestante": ("PROTEST", "demonstrate"),
    "protesto": ("PROTEST", "demonstrate"), "protestar": ("PROTEST", "demonstrate"),
    "passeata": ("PROTEST", "demonstrate"), "marcha": ("PROTEST", "demonstrate"),
    "greve": ("PROTEST", "strike"), "grevista": ("PROTEST", "strike"), "paralisação": ("PROTEST", "strike"),
    "tumulto": ("PROTEST", "riot"), "confronto": ("PROTEST", "riot"), "boicote": ("PROTEST", "boycott"),
    "prender": ("COERCE", "arrest"), "preso": ("COERCE", "arrest"), "prisão": ("COERCE", "arrest"),
    "deter": ("COERCE", "arrest"), "detido": ("COERCE", "arrest"), "detenção": ("COERCE", "arrest"),
    "repressão": ("COERCE", "repress"), "dispersar": ("COERCE", "repress"), "proibir": ("COERCE", "restrict"),
    "espancar": ("ASSAULT", "beat"), "agredir": ("ASSAULT", "attack"), "agressão": ("ASSAULT", "attack"),
    "tortura": ("ASSAULT", "torture"), "torturar": ("ASSAULT", "torture"), "matar": ("ASSAULT", "kill"),
    "assassinar": ("ASSAULT", "kill"), "assassinato": ("ASSAULT", "kill"), "massacre": ("ASSAULT", "kill"),
    "disparar": ("ASSAULT", "shoot"), "tiroteio": ("ASSAULT", "shoot"), "ferir": ("ASSAULT", "beat"),
    "ataque": ("ASSAULT", "attack"), "atacar": ("ASSAULT", "attack"), "atentado": ("ASSAULT", "explosive"),
    "explosão": ("ASSAULT", "explosive"), "bombardeio": ("ASSAULT", "artillery"),
    "bombardear": ("ASSAULT", "artillery"),
    "sequestrar": ("ASSAULT", "abduct"), "sequestro": ("ASSAULT", "abduct"), "estupro": ("ASSAULT", "sexual"),
    "saque": ("ASSAULT", "property"), "saquear": ("ASSAULT", "property"), "combate": ("FIGHT", None),
    "batalha": ("FIGHT", None), "cessar-fogo": ("AGREE", "ceasefire"), "trégua": ("AGREE", "ceasefire"),
    "acordo de paz": ("AGREE", "peace"), "visita": ("CONSULT", "visit"), "visitar": ("CONSULT", "visit"),
    "reunião": ("CONSULT", "meet"), "encontro": ("CONSULT", "meet"), "cúpula": ("CONSULT", "meet"),
    "exigir": ("REQUEST", None), "reivindicar": ("REQUEST", None), "ameaçar": ("THREATEN", None),
    "acusar": ("ACCUSE", None), "condenar": ("ACCUSE", None), "rejeitar": ("REJECT", None),
    "sanção": ("SANCTION", None), "renúncia": ("CONCEDE", "resign"), "renunciar": ("CONCEDE", "resign"),
    "demissão": ("CONCEDE", "resign"), "libertar": ("CONCEDE", "release"), "eleição": ("ELECTION", None),
    "referendo": ("ELECTION", "referendum"),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
# Modal and planning words that make an event hypothetical rather than reported ("podem fazer greve").
HYPOTHETICAL = frozenset({"poder", "dever", "querer", "planejar", "planear", "pretender", "ameaçar"})
