"""Italian event triggers (lemmas, or lemmas of several words) with their PLOVER type and mode, in the vocabulary
of ``en/events.py``, and the modal words that make an event hypothetical. General news vocabulary only."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "manifestazione": ("PROTEST", "demonstrate"), "manifestante": ("PROTEST", "demonstrate"),
    "manifestare": ("PROTEST", "demonstrate"), "protesta": ("PROTEST", "demonstrate"),
    "protestare": ("PROTEST", "demonstrate"), "corteo": ("PROTEST", "demonstrate"),
    "presidio": ("PROTEST", "demonstrate"),
    "sit-in": ("PROTEST", "demonstrate"), "sciopero": ("PROTEST", "strike"), "scioperare": ("PROTEST", "strike"),
    "scontro": ("PROTEST", "riot"), "tafferuglio": ("PROTEST", "riot"), "boicottaggio": ("PROTEST", "boycott"),
    "arrestare": ("COERCE", "arrest"), "arresto": ("COERCE", "arrest"), "fermare": ("COERCE", "arrest"),
    "fermo": ("COERCE", "arrest"), "detenere": ("COERCE", "arrest"), "repressione": ("COERCE", "repress"),
    "disperdere": ("COERCE", "repress"), "vietare": ("COERCE", "restrict"),
    "picchiare": ("ASSAULT", "beat"), "tortura": ("ASSAULT", "torture"), "torturare": ("ASSAULT", "torture"),
    "uccidere": ("ASSAULT", "kill"), "omicidio": ("ASSAULT", "kill"), "strage": ("ASSAULT", "kill"),
    "sparare": ("ASSAULT", "shoot"), "sparatoria": ("ASSAULT", "shoot"), "ferire": ("ASSAULT", "beat"),
    "attacco": ("ASSAULT", "attack"), "attaccare": ("ASSAULT", "attack"), "aggressione": ("ASSAULT", "attack"),
    "aggredire": ("ASSAULT", "attack"), "attentato": ("ASSAULT", "explosive"), "esplosione": ("ASSAULT", "explosive"),
    "bombardamento": ("ASSAULT", "artillery"), "bombardare": ("ASSAULT", "artillery"), "rapire": ("ASSAULT", "abduct"),
    "rapimento": ("ASSAULT", "abduct"), "stupro": ("ASSAULT", "sexual"), "saccheggio": ("ASSAULT", "property"),
    "saccheggiare": ("ASSAULT", "property"), "combattimento": ("FIGHT", None), "battaglia": ("FIGHT", None),
    "cessate il fuoco": ("AGREE", "ceasefire"), "tregua": ("AGREE", "ceasefire"), "accordo di pace": ("AGREE", "peace"),
    "visita": ("CONSULT", "visit"), "visitare": ("CONSULT", "visit"), "incontro": ("CONSULT", "meet"),
    "incontrare": ("CONSULT", "meet"), "vertice": ("CONSULT", "meet"), "chiedere": ("REQUEST", None),
    "esigere": ("REQUEST", None), "minacciare": ("THREATEN", None), "accusare": ("ACCUSE", None),
    "condannare": ("ACCUSE", None), "respingere": ("REJECT", None), "sanzione": ("SANCTION", None),
    "esercitazione militare": ("MOBILIZE", "military drill"), "dimissione": ("CONCEDE", "resign"),
    "dimettersi": ("CONCEDE", "resign"), "liberare": ("CONCEDE", "release"), "elezione": ("ELECTION", None),
    "referendum": ("ELECTION", "referendum"),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
# Modal and planning words that make an event hypothetical rather than reported ("potrebbero scioperare").
HYPOTHETICAL = frozenset({"potere", "dovere", "volere", "pianificare", "prevedere", "minacciare", "intendere"})
