"""Turkish event triggers (lemmas as simplemma gives them, or several words: "gözaltı al") with their PLOVER type
and mode, in the vocabulary of ``en/events.py``, and the words that make an event hypothetical."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "gösteri": ("PROTEST", "demonstrate"), "protesto": ("PROTEST", "demonstrate"), "eylem": ("PROTEST", "demonstrate"),
    "yürüyüş": ("PROTEST", "demonstrate"), "miting": ("PROTEST", "demonstrate"),
    "gösterici": ("PROTEST", "demonstrate"),
    "grev": ("PROTEST", "strike"), "çatışma": ("PROTEST", "riot"), "arbede": ("PROTEST", "riot"),
    "boykot": ("PROTEST", "boycott"), "gözaltı": ("COERCE", "arrest"), "gözalt": ("COERCE", "arrest"),
    "tutuklamak": ("COERCE", "arrest"), "tutuklama": ("COERCE", "arrest"), "tutukla": ("COERCE", "arrest"),
    "yasak": ("COERCE", "restrict"), "yasaklamak": ("COERCE", "restrict"), "dağıtmak": ("COERCE", "repress"),
    "dövmek": ("ASSAULT", "beat"), "işkence": ("ASSAULT", "torture"), "öldürmek": ("ASSAULT", "kill"),
    "öldür": ("ASSAULT", "kill"), "cinayet": ("ASSAULT", "kill"), "katliam": ("ASSAULT", "kill"),
    "ateş açmak": ("ASSAULT", "shoot"), "yaralamak": ("ASSAULT", "beat"), "saldırı": ("ASSAULT", "attack"),
    "saldırmak": ("ASSAULT", "attack"), "patlama": ("ASSAULT", "explosive"),
    "bombalı saldırı": ("ASSAULT", "explosive"),
    "bombardıman": ("ASSAULT", "artillery"), "hava saldırısı": ("ASSAULT", "aerial"), "kaçırmak": ("ASSAULT", "abduct"),
    "tecavüz": ("ASSAULT", "sexual"), "yağma": ("ASSAULT", "property"), "çatış": ("FIGHT", None),
    "muharebe": ("FIGHT", None), "ateşkes": ("AGREE", "ceasefire"), "barış anlaşması": ("AGREE", "peace"),
    "ziyaret": ("CONSULT", "visit"), "görüşme": ("CONSULT", "meet"), "zirve": ("CONSULT", "meet"),
    "talep": ("REQUEST", None), "tehdit": ("THREATEN", None), "suçlamak": ("ACCUSE", None), "kınamak": ("ACCUSE", None),
    "reddetmek": ("REJECT", None), "yaptırım": ("SANCTION", None), "tatbikat": ("MOBILIZE", "military drill"),
    "istifa": ("CONCEDE", "resign"), "serbest bırakmak": ("CONCEDE", "release"), "seçim": ("ELECTION", None),
    "referandum": ("ELECTION", "referendum"),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
# Words that make an event hypothetical rather than reported ("grev olabilir", "planlıyor").
HYPOTHETICAL = frozenset({"olabilir", "muhtemel", "olası", "planlamak", "planla", "tehdit", "istemek", "iste"})
