"""French event triggers (lemmas, or lemmas of several words) with their PLOVER type and mode, in the vocabulary of
``en/events.py``, and the modal words that make an event hypothetical. General news vocabulary only."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "manifestation": ("PROTEST", "demonstrate"), "manifester": ("PROTEST", "demonstrate"),
    "manifestant": ("PROTEST", "demonstrate"), "rassemblement": ("PROTEST", "demonstrate"),
    "défilé": ("PROTEST", "demonstrate"), "défiler": ("PROTEST", "demonstrate"),
    "marche": ("PROTEST", "demonstrate"), "protester": ("PROTEST", "demonstrate"),
    "protestation": ("PROTEST", "demonstrate"), "sit-in": ("PROTEST", "demonstrate"),
    "grève": ("PROTEST", "strike"), "gréviste": ("PROTEST", "strike"), "débrayage": ("PROTEST", "strike"),
    "émeute": ("PROTEST", "riot"), "affrontement": ("PROTEST", "riot"), "heurt": ("PROTEST", "riot"),
    "boycott": ("PROTEST", "boycott"), "boycotter": ("PROTEST", "boycott"),
    "arrêter": ("COERCE", "arrest"), "interpeller": ("COERCE", "arrest"), "interpellation": ("COERCE", "arrest"),
    "arrestation": ("COERCE", "arrest"), "garde à vue": ("COERCE", "arrest"), "emprisonner": ("COERCE", "arrest"),
    "détenir": ("COERCE", "arrest"), "répression": ("COERCE", "repress"), "disperser": ("COERCE", "repress"),
    "interdire": ("COERCE", "restrict"), "censurer": ("COERCE", "restrict"),
    "frapper": ("ASSAULT", "beat"), "tabasser": ("ASSAULT", "beat"), "torture": ("ASSAULT", "torture"),
    "torturer": ("ASSAULT", "torture"), "tuer": ("ASSAULT", "kill"), "meurtre": ("ASSAULT", "kill"),
    "assassiner": ("ASSAULT", "kill"), "massacre": ("ASSAULT", "kill"), "tirer": ("ASSAULT", "shoot"),
    "fusillade": ("ASSAULT", "shoot"), "blesser": ("ASSAULT", "beat"), "attaque": ("ASSAULT", "attack"),
    "attaquer": ("ASSAULT", "attack"), "agression": ("ASSAULT", "attack"), "agresser": ("ASSAULT", "attack"),
    "attentat": ("ASSAULT", "explosive"), "explosion": ("ASSAULT", "explosive"),
    "bombardement": ("ASSAULT", "artillery"),
    "bombarder": ("ASSAULT", "artillery"), "frappe aérienne": ("ASSAULT", "aerial"), "enlever": ("ASSAULT", "abduct"),
    "enlèvement": ("ASSAULT", "abduct"), "kidnapper": ("ASSAULT", "abduct"), "viol": ("ASSAULT", "sexual"),
    "pillage": ("ASSAULT", "property"), "piller": ("ASSAULT", "property"), "incendier": ("ASSAULT", "property"),
    "combat": ("FIGHT", None), "combattre": ("FIGHT", None), "bataille": ("FIGHT", None),
    "cessez-le-feu": ("AGREE", "ceasefire"), "trêve": ("AGREE", "ceasefire"), "accord de paix": ("AGREE", "peace"),
    "visite": ("CONSULT", "visit"), "visiter": ("CONSULT", "visit"), "rencontre": ("CONSULT", "meet"),
    "rencontrer": ("CONSULT", "meet"), "sommet": ("CONSULT", "meet"), "entretien": ("CONSULT", "meet"),
    "exiger": ("REQUEST", None), "réclamer": ("REQUEST", None), "appeler à": ("REQUEST", None),
    "menacer": ("THREATEN", None), "accuser": ("ACCUSE", None), "condamner": ("ACCUSE", None),
    "dénoncer": ("ACCUSE", None), "rejeter": ("REJECT", None), "refuser": ("REJECT", None),
    "sanction": ("SANCTION", None), "mobilisation": ("MOBILIZE", None),
    "exercice militaire": ("MOBILIZE", "military drill"),
    "démission": ("CONCEDE", "resign"), "démissionner": ("CONCEDE", "resign"), "libérer": ("CONCEDE", "release"),
    "élection": ("ELECTION", None), "scrutin": ("ELECTION", None), "référendum": ("ELECTION", "referendum"),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
# Modal and planning words that make an event hypothetical rather than reported ("pourrait manifester").
HYPOTHETICAL = frozenset({"pouvoir", "devoir", "vouloir", "envisager", "prévoir", "projeter", "compter", "menacer",
                          "risquer", "souhaiter", "espérer"})
