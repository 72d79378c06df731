"""Polish topic words (lemmas): a page mostly about sport, markets or culture gives no contentious event from a
sentence that speaks of no contention ("atak drużyny"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""mecz drużyna gol bramka strzelec zawodnik zawodniczka trener mistrzostwa liga puchar
        stadion zwycięstwo porażka finał półfinał turniej sezon klub piłka siatkówka sędzia napastnik obrońca
        bramkarz rzut medal olimpijski""".split()),
    "markets": frozenset("""giełda akcja akcjonariusz indeks rynek inwestor dywidenda kurs obligacja dolar euro
        złoty kwartał zysk""".split()),
    "culture": frozenset("""film kino reżyser aktor aktorka koncert album piosenka piosenkarz festiwal powieść
        pisarz wystawa muzeum teatr serial""".split()),
}
CONTENTION_WORDS = frozenset("""protestujący demonstrant policja policjant opozycja zatrzymanie protest strajk
    aktywista zamieszki""".split())
