"""Polish event triggers (lemmas, or lemmas of several words: "podać się do dymisji") with their PLOVER type and
mode, in the vocabulary of ``en/events.py``, and the modal words that make an event hypothetical."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "protest": ("PROTEST", "demonstrate"), "protestować": ("PROTEST", "demonstrate"),
    "demonstracja": ("PROTEST", "demonstrate"), "manifestacja": ("PROTEST", "demonstrate"),
    "wiec": ("PROTEST", "demonstrate"), "marsz": ("PROTEST", "demonstrate"), "pikieta": ("PROTEST", "demonstrate"),
    "demonstrant": ("PROTEST", "demonstrate"), "strajk": ("PROTEST", "strike"), "strajkować": ("PROTEST", "strike"),
    "zamieszki": ("PROTEST", "riot"), "starcie": ("PROTEST", "riot"), "bojkot": ("PROTEST", "boycott"),
    "zatrzymać": ("COERCE", "arrest"), "zatrzymanie": ("COERCE", "arrest"), "aresztować": ("COERCE", "arrest"),
    "areszt": ("COERCE", "arrest"), "rozpędzić": ("COERCE", "repress"), "zakazać": ("COERCE", "restrict"),
    "pobić": ("ASSAULT", "beat"), "tortury": ("ASSAULT", "torture"), "zabić": ("ASSAULT", "kill"),
    "zabójstwo": ("ASSAULT", "kill"), "morderstwo": ("ASSAULT", "kill"), "strzelać": ("ASSAULT", "shoot"),
    "zranić": ("ASSAULT", "beat"), "atak": ("ASSAULT", "attack"), "napaść": ("ASSAULT", "attack"),
    "zaatakować": ("ASSAULT", "attack"), "wybuch": ("ASSAULT", "explosive"), "zamach": ("ASSAULT", "explosive"),
    "ostrzał": ("ASSAULT", "artillery"), "nalot": ("ASSAULT", "aerial"), "porwać": ("ASSAULT", "abduct"),
    "walka": ("FIGHT", None), "bitwa": ("FIGHT", None), "rozejm": ("AGREE", "ceasefire"),
    "zawieszenie broni": ("AGREE", "ceasefire"), "wizyta": ("CONSULT", "visit"), "odwiedzić": ("CONSULT", "visit"),
    "spotkanie": ("CONSULT", "meet"), "spotkać": ("CONSULT", "meet"), "rozmowy": ("CONSULT", "meet"),
    "szczyt": ("CONSULT", "meet"), "żądać": ("REQUEST", None), "zażądać": ("REQUEST", None),
    "wezwać": ("REQUEST", None), "grozić": ("THREATEN", None), "zagrozić": ("THREATEN", None),
    "oskarżyć": ("ACCUSE", None), "potępić": ("ACCUSE", None), "odrzucić": ("REJECT", None),
    "sankcja": ("SANCTION", None), "mobilizacja": ("MOBILIZE", None), "ćwiczenia": ("MOBILIZE", "military drill"),
    "dymisja": ("CONCEDE", "resign"), "podać się do dymisji": ("CONCEDE", "resign"), "uwolnić": ("CONCEDE", "release"),
    "wybory": ("ELECTION", None), "referendum": ("ELECTION", "referendum"),
}
# "zatrzymać" is as often "to stop" (a recording, a car): an arrest only where the sentence names who arrests or
# is arrested.
NEEDS_OBJECT: dict[str, frozenset[str]] = {
    "zatrzymać": frozenset({"policja", "policjant", "funkcjonariusz", "prokuratura", "straż", "służba", "areszt",
                            "demonstrant", "protestujący", "aktywista", "podejrzany", "zatrzymany"}),
}
# Modal and planning words that make an event hypothetical rather than reported ("mogą strajkować").
HYPOTHETICAL = frozenset({"móc", "mogą", "może", "by", "planować", "zamierzać", "chcieć", "grozić"})
