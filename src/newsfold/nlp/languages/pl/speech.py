"""Polish speech verbs (lemmas): reporting with a clause ("powiedział, że ..."), stance on an object, and the
verbs that introduce or follow a direct quote ("„...” – powiedział X")."""

from __future__ import annotations

SPEECH_VERBS = frozenset({
    "powiedzieć", "mówić", "oświadczyć", "stwierdzić", "zapowiedzieć", "wyjaśnić", "dodać", "podkreślić",
    "zaznaczyć", "poinformować", "przekazać", "napisać", "odpowiedzieć", "przyznać", "zapewnić", "ostrzec",
    "obiecać", "twierdzić", "uważać", "ogłosić", "zauważyć",
})
STANCE_VERBS = frozenset({
    "oskarżyć", "potępić", "skrytykować", "krytykować", "poprzeć", "popierać", "odrzucić", "nazwać", "zażądać",
    "domagać",
})
QUOTE_CUES = frozenset({
    "powiedzieć", "mówić", "oświadczyć", "stwierdzić", "dodać", "podkreślić", "zaznaczyć", "napisać",
    "odpowiedzieć", "krzyczeć", "skandować", "przekonywać", "wyjaśnić",
})
