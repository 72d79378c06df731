"""Spanish topic words (lemmas): a page mostly about sport, markets or culture gives no contentious event from a
sentence that speaks of no contention ("el ataque del equipo"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""partido equipo gol goleador jugador jugadora entrenador campeonato liga copa estadio
        victoria derrota final semifinal torneo temporada club fútbol tenis baloncesto árbitro delantero defensa
        portero penalti clasificación medalla olímpico carrera""".split()),
    "markets": frozenset("""bolsa acción accionista índice mercado inversor dividendo cotización bono euro dólar
        trimestre beneficio crecimiento""".split()),
    "culture": frozenset("""película cine director actor actriz concierto álbum canción cantante festival novela
        escritor exposición museo teatro serie""".split()),
}
CONTENTION_WORDS = frozenset("""manifestante manifestación policía policial disturbio huelga huelguista oposición
    represión detención activista protesta""".split())
