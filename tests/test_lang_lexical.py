"""Spanish, Italian, Portuguese, Turkish, Russian and Polish paragraphs read by their words: a protest with its
place, an arrest with who it was done to, a quote with its speaker, and a sport sentence and a hypothetical set
aside. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from lexical_checks import event, quote, set_aside, written

CASES = {
    "es": ("Miles de agricultores protestaron el martes en Sevilla. La policía detuvo a Luis Romero frente al "
           "ayuntamiento. «No vamos a rendirnos», dijo Luis Romero. El ataque del equipo terminó en gol durante "
           "el partido. Los taxistas podrían convocar una huelga.",
           "Sevilla", "Luis Romero", ("No vamos a rendirnos", "dijo", "Luis Romero"), "ataque",
           ("huelga", "hypothetical (podrían)")),
    "it": ("Migliaia di studenti hanno manifestato venerdì a Torino. La polizia ha arrestato Marco Rossi davanti "
           "alla prefettura. «Non ci fermeremo», ha detto Marco Rossi. L'attacco della squadra ha segnato un gol "
           "nella partita. I medici potrebbero scioperare.",
           "Torino", "Marco Rossi", ("Non ci fermeremo", "detto", "Marco Rossi"), "attacco",
           ("scioperare", "hypothetical (potrebbero)")),
    "pt": ("Milhares de professores protestaram na quinta-feira em Lisboa. A polícia prendeu João Silva em frente "
           "à câmara. “Não vamos desistir”, disse João Silva. O ataque da equipa marcou um golo no jogo. Os "
           "motoristas podem fazer greve.",
           "Lisboa", "João Silva", ("Não vamos desistir", "disse", "João Silva"), "ataque",
           ("greve", "hypothetical (podem)")),
    "tr": ("Cumartesi günü İzmir'de öğretmenler protesto gösterisi düzenledi. Polis Mehmet Demir'i gözaltına aldı. "
           "“Haklarımızdan vazgeçmeyeceğiz” dedi Mehmet Demir. Takımın saldırısı maçta gol getirdi. İşçiler "
           "greve gidecek.",
           "İzmir", "Mehmet Demir", ("Haklarımızdan vazgeçmeyeceğiz", "dedi", "Mehmet Demir"), "saldırısı",
           ("greve", "future (gidecek)")),
    "ru": ("В воскресенье в Гомеле прошёл митинг против повышения цен. Полиция задержала Сергея Козлова. «Мы "
           "будем выходить каждую неделю», — заявил Сергей Козлов. Атака команды принесла гол в матче. Рабочие "
           "могут начать забастовку.",
           "Гомеле", "Сергея Козлова", ("Мы будем выходить каждую неделю", "заявил", "Сергей Козлов"), "Атака",
           ("забастовку", "hypothetical (могут)")),
    "pl": ("W niedzielę w Krakowie odbyła się demonstracja przeciwko podwyżkom. Policja zatrzymała Piotra Nowaka. "
           "„Nie poddamy się” – powiedział Piotr Nowak. Atak drużyny dał gola w meczu. Lekarze mogą ogłosić "
           "strajk.",
           "Krakowie", "Piotra Nowaka", ("Nie poddamy się", "powiedział", "Piotr Nowak"), "Atak",
           ("strajk", "hypothetical (mogą)")),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_protest_arrest_quote_and_what_is_set_aside(read_text, code):
    text, place, arrested, said, sport, (maybe, why) = CASES[code]
    analysis, text = read_text(code, text)
    assert len(analysis.sentences) == 5 and analysis.not_analysed == {code: ["parse"]}  # dates, figures: by words
    protest = event(analysis, text, "PROTEST", "demonstrate")
    assert written(text, protest.place_mentions) == [place] and protest.acled == "PEACE_PROTEST"
    arrest = event(analysis, text, "COERCE", "arrest")
    assert written(text, arrest.target_mentions) == [arrested] and arrest.acled == "ARREST"
    found = quote(analysis)
    assert (found.text, found.cue, found.speaker_name) == said
    assert set_aside(analysis, sport) == "a sentence about sport that speaks of no contention"
    assert set_aside(analysis, maybe) == why
    assert {e.type for e in analysis.events} <= {"PROTEST", "COERCE", "STATEMENT"}


def test_a_resignation_of_several_words_and_reported_speech_in_russian(read_text):
    analysis, text = read_text("ru", "Министр ушёл в отставку. По словам Марии Ивановой, протесты продолжаются.")
    assert event(analysis, text, "CONCEDE", "resign").trigger == "ушёл в отставку"
    reported = quote(analysis, direct=False)
    assert (reported.text, reported.cue, reported.speaker_name) == ("протесты продолжаются", "По словам",
                                                                    "Мария Иванова")
