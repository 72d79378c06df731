"""The ACLED event type each PLOVER (type, mode) maps to.

The words that signal each PLOVER type are language data: ``triggers`` in each language pack (nlp/languages/).
"""

from __future__ import annotations

# PLOVER (type, mode) -> ACLED (event_type, sub_event_type)
ACLED: dict[tuple[str, str | None], tuple[str, str]] = {
    ("PROTEST", "demonstrate"): ("Protests", "Peaceful protest"),
    ("PROTEST", "strike"): ("Protests", "Peaceful protest"),
    ("PROTEST", "boycott"): ("Protests", "Peaceful protest"),
    ("PROTEST", "riot"): ("Riots", "Violent demonstration"),
    ("COERCE", "arrest"): ("Strategic developments", "Arrests"),
    ("COERCE", "repress"): ("Protests", "Protest with intervention"),
    ("ASSAULT", "kill"): ("Violence against civilians", "Attack"),
    ("ASSAULT", "beat"): ("Violence against civilians", "Attack"),
    ("ASSAULT", "torture"): ("Violence against civilians", "Attack"),
    ("ASSAULT", "shoot"): ("Violence against civilians", "Attack"),
    ("MOBILIZE", "military drill"): ("Strategic developments", "Other"),
    ("CONCEDE", "resign"): ("Strategic developments", "Other"),
    ("SANCTION", None): ("Strategic developments", "Other"),
}
