"""German topic words (lemmas, lower case): a page mostly about sport, markets or culture gives no contentious
event from a sentence that speaks of no contention ("der Angriff der Mannschaft"); and the words of contention."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""spiel mannschaft tor torschütze spieler spielerin trainer meisterschaft liga pokal
        stadion sieg niederlage finale halbfinale turnier saison verein fußball bundesliga tabelle schiedsrichter
        stürmer verteidiger torwart elfmeter medaille olympisch rennen punkt""".split()),
    "markets": frozenset("""börse aktie aktionär index markt anleger dividende kurs anleihe euro dollar quartal
        umsatz gewinn wachstum zins""".split()),
    "culture": frozenset("""film kino regisseur schauspieler schauspielerin konzert album lied sänger festival
        roman autor ausstellung museum theater serie""".split()),
}
CONTENTION_WORDS = frozenset("""demonstrant demonstration polizei polizist krawall streik opposition festnahme
    protest aktivist ausschreitung""".split())
