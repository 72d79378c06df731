"""Portuguese topic words (lemmas): a page mostly about sport, markets or culture gives no contentious event from
a sentence that speaks of no contention ("o ataque do time"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""jogo partida time equipe equipa gol golo artilheiro jogador jogadora treinador
        campeonato liga taça copa estádio vitória derrota final semifinal torneio temporada clube futebol tênis
        árbitro atacante zagueiro goleiro pênalti classificação medalha olímpico corrida""".split()),
    "markets": frozenset("""bolsa ação acionista índice mercado investidor dividendo cotação título euro dólar
        real trimestre lucro crescimento""".split()),
    "culture": frozenset("""filme cinema diretor ator atriz show concerto álbum canção cantor festival romance
        escritor exposição museu teatro série""".split()),
}
CONTENTION_WORDS = frozenset("""manifestante manifestação polícia policial tumulto greve grevista oposição
    repressão prisão ativista protesto""".split())
