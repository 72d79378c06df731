"""German speech verbs (lemmas): reporting with a clause ("sagte, dass ..."), stance on an object, and the verbs
that introduce or follow a direct quote ("„...“, sagte X")."""

from __future__ import annotations

SPEECH_VERBS = frozenset({
    "sagen", "erklären", "betonen", "mitteilen", "sprechen", "berichten", "schreiben", "hinzufügen", "ergänzen",
    "warnen", "versprechen", "behaupten", "bestätigen", "ankündigen", "kündigen", "meinen", "glauben", "fordern",
    "kritisieren", "antworten", "erläutern", "unterstreichen", "zugeben", "bestreiten", "dementieren", "erinnern",
})
STANCE_VERBS = frozenset({
    "beschuldigen", "vorwerfen", "verurteilen", "kritisieren", "unterstützen", "ablehnen", "zurückweisen",
    "begrüßen", "fordern", "verlangen", "verteidigen", "bezeichnen", "nennen",
})
QUOTE_CUES = frozenset({
    "sagen", "erklären", "betonen", "sprechen", "schreiben", "hinzufügen", "ergänzen", "warnen", "rufen",
    "skandieren", "antworten", "meinen", "fragen", "twittern", "versprechen", "berichten",
})
