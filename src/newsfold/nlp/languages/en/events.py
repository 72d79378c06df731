"""English event triggers: the lemmas that signal a PLOVER event type and mode, and the words that qualify them.

Triggers are general English news vocabulary; nothing here names a place, person or outlet.
"""

from __future__ import annotations

# lemma -> (PLOVER type, mode). Multi-word triggers are matched on "lemma particle" (walk out, step down).
TRIGGERS: dict[str, tuple[str, str | None]] = {
    "protest": ("PROTEST", "demonstrate"), "rally": ("PROTEST", "demonstrate"),
    "demonstrate": ("PROTEST", "demonstrate"), "demonstration": ("PROTEST", "demonstrate"),
    "march": ("PROTEST", "demonstrate"), "chant": ("PROTEST", "demonstrate"), "picket": ("PROTEST", "demonstrate"),
    "heckle": ("PROTEST", "demonstrate"), "confront": ("PROTEST", "demonstrate"), "sit-in": ("PROTEST", "demonstrate"),
    "strike": ("PROTEST", "strike"), "walkout": ("PROTEST", "strike"), "walk-out": ("PROTEST", "strike"),
    "walk out": ("PROTEST", "strike"), "walk off": ("PROTEST", "strike"), "down tools": ("PROTEST", "strike"),
    "riot": ("PROTEST", "riot"), "clash": ("PROTEST", "riot"), "boycott": ("PROTEST", "boycott"),
    "arrest": ("COERCE", "arrest"), "detain": ("COERCE", "arrest"), "detention": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"), "jail": ("COERCE", "arrest"), "crackdown": ("COERCE", "repress"),
    "crack down": ("COERCE", "repress"), "ban": ("COERCE", "restrict"), "censor": ("COERCE", "restrict"),
    "beat": ("ASSAULT", "beat"), "beating": ("ASSAULT", "beat"), "torture": ("ASSAULT", "torture"),
    "kill": ("ASSAULT", "kill"), "shoot": ("ASSAULT", "shoot"), "wound": ("ASSAULT", "beat"),
    "visit": ("CONSULT", "visit"), "meet": ("CONSULT", "meet"), "meeting": ("CONSULT", "meet"),
    "summit": ("CONSULT", "meet"), "talk": ("CONSULT", "meet"), "phone": ("CONSULT", "phone"),
    "call for": ("REQUEST", None), "demand": ("REQUEST", None), "urge": ("REQUEST", None),
    "appeal": ("REQUEST", None),
    "threaten": ("THREATEN", None), "warn": ("THREATEN", None),
    "accuse": ("ACCUSE", None), "condemn": ("ACCUSE", None), "denounce": ("ACCUSE", None),
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "dismiss": ("REJECT", None), "defy": ("REJECT", None),
    "sanction": ("SANCTION", None),
    "mobilize": ("MOBILIZE", None), "mobilise": ("MOBILIZE", None), "drill": ("MOBILIZE", "military drill"),
    "resign": ("CONCEDE", "resign"), "resignation": ("CONCEDE", "resign"), "quit": ("CONCEDE", "resign"),
    "release": ("CONCEDE", "release"),
    "election": ("ELECTION", None), "re-election": ("ELECTION", None), "referendum": ("ELECTION", "referendum"),
    "statement": ("STATEMENT", None),
}

# Words that must stand next to an ambiguous trigger for it to count ("call" alone is not an event).
NEEDS_OBJECT = {"phone": frozenset({"call", "speak", "talk", "conversation"})}

# Modal words that make an event hypothetical rather than reported ("may go on strike").
HYPOTHETICAL = frozenset({"may", "might", "could", "would", "should", "can", "threaten", "plan", "want", "prepare"})
