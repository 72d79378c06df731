"""Italian speech verbs (lemmas): reporting with a clause ("ha detto che ..."), stance on an object, and the verbs
that introduce or follow a direct quote ("«...», ha dichiarato X")."""

from __future__ import annotations

SPEECH_VERBS = frozenset({
    "dire", "dichiarare", "affermare", "annunciare", "spiegare", "aggiungere", "indicare", "sottolineare",
    "assicurare", "precisare", "confermare", "riconoscere", "rispondere", "scrivere", "avvertire", "promettere",
    "insistere", "ammettere", "negare", "ritenere", "sostenere", "denunciare", "ricordare",
})
STANCE_VERBS = frozenset({
    "accusare", "condannare", "criticare", "sostenere", "respingere", "rifiutare", "definire", "chiedere",
    "esigere", "difendere",
})
# simplemma leaves some participles as they are ("ha detto"): they are cues as written.
PARTICIPLES = frozenset({"detto", "dichiarato", "affermato", "aggiunto", "spiegato", "scritto", "risposto",
                         "sottolineato", "annunciato", "precisato", "ribadito"})
SPEECH_VERBS |= PARTICIPLES
QUOTE_CUES = PARTICIPLES | frozenset({
    "dire", "dichiarare", "affermare", "aggiungere", "spiegare", "scrivere", "rispondere", "gridare", "urlare",
    "sottolineare", "assicurare", "precisare", "avvertire", "ribadire",
})
