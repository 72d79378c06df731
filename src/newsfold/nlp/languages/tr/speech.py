"""Turkish speech verbs (lemmas as simplemma gives them): reporting ("... dedi", "açıkladı"), stance on an object,
and the verbs that follow a direct quote ("“...” dedi X")."""

from __future__ import annotations

SPEECH_VERBS = frozenset({
    "demek", "de", "söylemek", "söyle", "açıklamak", "açıkla", "belirtmek", "belirt", "ifade", "vurgulamak",
    "vurgula", "kaydetmek", "kaydet", "duyurmak", "duyur", "yazmak", "yaz", "iddia", "savunmak", "savun",
})
STANCE_VERBS = frozenset({"suçlamak", "suçla", "kınamak", "kına", "desteklemek", "destekle", "reddetmek", "reddet"})
QUOTE_CUES = frozenset({
    "demek", "de", "söylemek", "söyle", "açıklamak", "açıkla", "belirtmek", "belirt", "vurgulamak", "vurgula",
    "yazmak", "yaz", "haykırmak", "bağırmak",
})
