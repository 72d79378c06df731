"""Turkish topic words (lemmas): a page mostly about sport, markets or culture gives no contentious event from a
sentence that speaks of no contention ("takımın saldırısı"); and the words of contention that do."""

from __future__ import annotations

TOPIC_WORDS: dict[str, frozenset[str]] = {
    "sport": frozenset("""maç takım gol golcü oyuncu teknik antrenör şampiyona lig kupa stat stadyum galibiyet
        yenilgi final yarı turnuva sezon kulüp futbol basketbol hakem forvet kaleci penaltı madalya olimpiyat
        yarış puan""".split()),
    "markets": frozenset("""borsa hisse endeks piyasa yatırımcı temettü kur tahvil dolar euro çeyrek kâr
        büyüme faiz""".split()),
    "culture": frozenset("""film sinema yönetmen oyuncu konser albüm şarkı şarkıcı festival roman yazar sergi
        müze tiyatro dizi""".split()),
}
CONTENTION_WORDS = frozenset("""polis gösterici eylemci protesto grev muhalefet gözaltı aktivist""".split())
