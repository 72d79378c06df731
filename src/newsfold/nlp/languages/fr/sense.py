"""French topic words (lemmas): a page mostly about sport, markets or culture gives no contentious event from a
sentence that speaks of no contention ("l'attaque de l'équipe"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""match équipe but buteur joueur joueuse entraîneur championnat ligue coupe stade score
        victoire défaite finale demi-finale tournoi saison club football rugby tennis basket arbitre supporter
        attaquant défenseur gardien penalty classement médaille olympique course cycliste""".split()),
    "markets": frozenset("""bourse action actionnaire indice marché investisseur dividende cours obligation
        euro dollar baisse hausse trimestre chiffre bénéfice croissance taux""".split()),
    "culture": frozenset("""film cinéma réalisateur acteur actrice concert album chanson chanteur festival
        roman écrivain exposition musée théâtre spectacle série""".split()),
}
CONTENTION_WORDS = frozenset("""manifestant manifestation police policier gendarme émeute grève gréviste
    opposition répression arrestation interpeller militant protestation""".split())
