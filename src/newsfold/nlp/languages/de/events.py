"""German event triggers (lemmas, or lemmas of several words) with their PLOVER type and mode, in the vocabulary
of ``en/events.py``, and the modal words that make an event hypothetical. General news vocabulary only."""

from __future__ import annotations

TRIGGERS: dict[str, tuple[str, str | None]] = {
    "demonstration": ("PROTEST", "demonstrate"), "demonstrieren": ("PROTEST", "demonstrate"),
    "demonstrant": ("PROTEST", "demonstrate"), "kundgebung": ("PROTEST", "demonstrate"),
    "protest": ("PROTEST", "demonstrate"), "protestieren": ("PROTEST", "demonstrate"),
    "protestmarsch": ("PROTEST", "demonstrate"), "mahnwache": ("PROTEST", "demonstrate"),
    "sitzblockade": ("PROTEST", "demonstrate"), "streik": ("PROTEST", "strike"), "streiken": ("PROTEST", "strike"),
    "warnstreik": ("PROTEST", "strike"), "generalstreik": ("PROTEST", "strike"), "krawall": ("PROTEST", "riot"),
    "ausschreitung": ("PROTEST", "riot"), "zusammenstoß": ("PROTEST", "riot"), "boykott": ("PROTEST", "boycott"),
    "festnehmen": ("COERCE", "arrest"), "festnahme": ("COERCE", "arrest"), "verhaften": ("COERCE", "arrest"),
    "verhaftung": ("COERCE", "arrest"), "inhaftieren": ("COERCE", "arrest"), "gewahrsam": ("COERCE", "arrest"),
    "auflösen": ("COERCE", "repress"), "verbieten": ("COERCE", "restrict"), "verbot": ("COERCE", "restrict"),
    "schlagen": ("ASSAULT", "beat"), "verprügeln": ("ASSAULT", "beat"), "folter": ("ASSAULT", "torture"),
    "foltern": ("ASSAULT", "torture"), "töten": ("ASSAULT", "kill"), "ermorden": ("ASSAULT", "kill"),
    "mord": ("ASSAULT", "kill"), "erschießen": ("ASSAULT", "shoot"), "schießen": ("ASSAULT", "shoot"),
    "verletzen": ("ASSAULT", "beat"), "angriff": ("ASSAULT", "attack"), "angreifen": ("ASSAULT", "attack"),
    "anschlag": ("ASSAULT", "explosive"), "explosion": ("ASSAULT", "explosive"),
    "bombardieren": ("ASSAULT", "artillery"),
    "beschuss": ("ASSAULT", "artillery"), "luftangriff": ("ASSAULT", "aerial"), "entführen": ("ASSAULT", "abduct"),
    "entführung": ("ASSAULT", "abduct"), "vergewaltigung": ("ASSAULT", "sexual"), "plündern": ("ASSAULT", "property"),
    "plünderung": ("ASSAULT", "property"), "brandanschlag": ("ASSAULT", "property"),
    "kampf": ("FIGHT", None), "gefecht": ("FIGHT", None), "schlacht": ("FIGHT", None),
    "waffenstillstand": ("AGREE", "ceasefire"), "waffenruhe": ("AGREE", "ceasefire"),
    "friedensabkommen": ("AGREE", "peace"), "besuch": ("CONSULT", "visit"), "besuchen": ("CONSULT", "visit"),
    "treffen": ("CONSULT", "meet"), "gipfel": ("CONSULT", "meet"), "gespräch": ("CONSULT", "meet"),
    "fordern": ("REQUEST", None), "verlangen": ("REQUEST", None), "aufrufen": ("REQUEST", None),
    "drohen": ("THREATEN", None), "beschuldigen": ("ACCUSE", None), "verurteilen": ("ACCUSE", None),
    "ablehnen": ("REJECT", None), "zurückweisen": ("REJECT", None), "sanktion": ("SANCTION", None),
    "mobilmachung": ("MOBILIZE", None), "manöver": ("MOBILIZE", "military drill"),
    "rücktritt": ("CONCEDE", "resign"), "zurücktreten": ("CONCEDE", "resign"), "freilassen": ("CONCEDE", "release"),
    "freilassung": ("CONCEDE", "release"), "wahl": ("ELECTION", None), "referendum": ("ELECTION", "referendum"),
    "volksabstimmung": ("ELECTION", "referendum"),
}
# A separable verb's particle ends its clause ("nahm zehn Personen fest"): "lemma … particle" matches it there.
TRIGGERS |= {
    "nehmen … fest": ("COERCE", "arrest"), "treten … zurück": ("CONCEDE", "resign"),
    "greifen … an": ("ASSAULT", "attack"), "lassen … frei": ("CONCEDE", "release"),
    "rufen … auf": ("REQUEST", None), "lösen … auf": ("COERCE", "repress"),
}
NEEDS_OBJECT: dict[str, frozenset[str]] = {}
# Modal and planning words that make an event hypothetical rather than reported ("könnten streiken").
HYPOTHETICAL = frozenset({"können", "könnte", "sollen", "sollte", "wollen", "dürfen", "planen", "drohen",
                          "erwägen", "beabsichtigen", "würde", "würden"})
