"""Italian topic words (lemmas): a page mostly about sport, markets or culture gives no contentious event from a
sentence that speaks of no contention ("l'attacco della squadra"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""partita squadra gol marcatore giocatore giocatrice allenatore campionato lega coppa
        stadio vittoria sconfitta finale semifinale torneo stagione club calcio tennis basket arbitro attaccante
        difensore portiere rigore classifica medaglia olimpico gara""".split()),
    "markets": frozenset("""borsa azione azionista indice mercato investitore dividendo titolo obbligazione euro
        dollaro trimestre utile crescita""".split()),
    "culture": frozenset("""film cinema regista attore attrice concerto album canzone cantante festival romanzo
        scrittore mostra museo teatro serie""".split()),
}
CONTENTION_WORDS = frozenset("""manifestante manifestazione polizia poliziotto carabiniere scontro sciopero
    opposizione repressione arresto attivista protesta""".split())
