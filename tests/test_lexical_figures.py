"""Figures in paragraphs no parser reads (nlp/lexical_figures.py): local number formats, scale words, vague amounts
and what each counts. Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from newsfold.models import Article, Sentence
from newsfold.nlp import analyse
from newsfold.nlp.figures import QUALIFIERS, VAGUE, extract_figures
from newsfold.nlp.languages import paragraph_pack
from newsfold.nlp.lexical_dates import extract_lexical_dates
from newsfold.nlp.lexical_figures import STAGE, extract_lexical_figures
from newsfold.nlp.lexicon import number_words
from newsfold.nlp.parse import Parsed, load_model, paragraphs, parse_articles

Found = tuple[str, float | None, float | None, float | None, str]


def _figures(code: str, text: str, settings) -> list[Found]:
    article = Article(id="x", path="x", text=text, published="2026-02-13", language=code)
    parsed = next(parse_articles([article], load_model(settings.nlp.model)))
    return [(f.text, f.value, f.low, f.high, f.category) for f in extract_lexical_figures(parsed)]


@pytest.mark.parametrize("code,text,expected", [
    ("fr", "Selon le syndicat, 12 000 manifestants ont défilé ; des milliers de manifestants attendaient au port.",
     [("12 000", 12000, 12000, 12000, "participants"), ("des milliers", None, 2000, 9999, "participants")]),
    ("fr", "Plus de 12\u202f000 personnes étaient là. Il y a eu 40 interpellations et deux morts.",
     [("Plus de 12\u202f000", 12000, 12000, None, "participants"), ("40", 40, 40, 40, "arrests"),
      ("deux", 2, 2, 2, "deaths")]),
    ("de", "Rund 3.500 Beschäftigte streikten. Mehr als 20 Menschen wurden festgenommen, drei verletzt.",
     [("Rund 3.500", 3500, 3500, 3500, "participants"), ("Mehr als 20", 20, 20, None, "arrests"),
      ("drei", 3, 3, 3, "injuries")]),
    ("es", "Decenas de miles de personas marcharon; al menos 15 detenidos y 4 heridos.",
     [("Decenas de miles", None, 20000, 99999, "participants"), ("al menos 15", 15, 15, None, "arrests"),
      ("4", 4, 4, 4, "injuries")]),
    ("it", "Migliaia di lavoratori in piazza, 7 arrestati e 2,5 mila manifestanti al porto.",
     [("Migliaia", None, 2000, 9999, "participants"), ("7", 7, 7, 7, "arrests"),
      ("2,5 mila", 2500, 2500, 2500, "participants")]),
    ("pt", "Cerca de 1,2 mil grevistas protestaram e dez pessoas ficaram feridas.",
     [("Cerca de 1,2 mil", 1200, 1200, 1200, "participants"), ("dez", 10, 10, 10, "injuries")]),
    ("ru", "Задержаны более 300 человек. В акции участвовали около 1,5 тыс. человек, погибли двое.",
     [("более 300", 300, 300, None, "arrests"), ("около 1,5 тыс.", 1500, 1500, 1500, "participants"),
      ("двое", 2, 2, 2, "deaths")]),
    ("ru", "Десятки тысяч протестующих вышли на улицы в 2026 году за 3 дня.",
     [("Десятки тысяч", None, 20000, 99999, "participants")]),
    ("ru", "На митинг пришли сто тысяч человек, несколько десятков тысяч человек ждали у вокзала.",
     [("сто тысяч", 100000, 100000, 100000, "participants"),
      ("несколько десятков тысяч", None, 20000, 99999, "participants")]),
    ("ru", "От COVID-19 за неделю умерли 12 человек; 45-летнего водителя задержали.",
     [("12", 12, 12, 12, "deaths")]),  # "COVID-19" and "45-летнего" are no counts
    ("ru", "Во время штурма убили не менее 7 человек.", [("не менее 7", 7, 7, None, "deaths")]),
    ("cs", "Pochodu se zúčastnilo asi pět set lidí.", [("asi pět set", 500, 500, 500, "participants")]),
    ("de", "Die Konten der Nordwerk 2 AG wurden festgesetzt, am Samstag standen 5000 Menschen vor dem Tor.",
     [("5000", 5000, 5000, 5000, "participants")]),  # "Nordwerk 2 AG" is a name, not 2 arrests
    ("cs", "V nemocnicích je hospitalizováno téměř 6 tisíc.", [("téměř 6 tisíc", 6000, None, 6000, "injuries")]),
    ("uk", "Тисячі протестувальників вийшли на площу; затримано понад 50 осіб.",
     [("Тисячі", None, 2000, 9999, "participants"), ("понад 50", 50, 50, None, "arrests")]),
    ("pl", "Tysiące osób protestowało, a policja zatrzymała 12 uczestników; zginęły dwie osoby.",
     [("Tysiące", None, 2000, 9999, "participants"), ("12", 12, 12, 12, "arrests"), ("dwie", 2, 2, 2, "deaths")]),
    ("tr", "Binlerce işçi yürüdü; 40 kişi gözaltına alındı ve 5 kişi yaralandı.",
     [("Binlerce", None, 2000, 9999, "participants"), ("40", 40, 40, 40, "arrests"), ("5", 5, 5, 5, "injuries")]),
    ("cs", "Stávky se zúčastnilo přes 8 tisíc lidí, zadrženo bylo 30 demonstrantů.",
     [("přes 8 tisíc", 8000, 8000, None, "participants"), ("30", 30, 30, 30, "arrests")]),
])
def test_figures_in_each_language(code, text, expected, settings):
    assert _figures(code, text, settings) == expected


def test_numbers_that_are_no_counts(settings):
    text = "Le 14 février 2026, à 10h30, pour 25 euros et 3 ans de prison, 2,5 % des voix, 40 pour cent des gens."
    assert _figures("fr", text, settings) == []
    assert _figures("ru", "Прививку получат не менее 60 процентов жителей.", settings) == []
    assert _figures("fr", "Aucun chiffre ici.\n\nNi là.", settings) == []  # paragraphs with no number at all


def test_the_claimant_and_the_stage(settings):
    text = "Selon la police, 4 000 manifestants ont défilé. Les organisateurs parlent de 9 000 personnes."
    article = Article(id="c", path="c", text=text, published="2026-02-13", language="fr")
    analysis = analyse(next(parse_articles([article], load_model(settings.nlp.model))))
    assert [(f.text, f.claimed_by_name, f.stage) for f in analysis.figures] == [
        ("4 000", "la police", STAGE), ("9 000", None, STAGE)]
    assert len({f.id for f in analysis.figures}) == 2


def test_english_figures_do_not_move_beside_a_french_paragraph(settings):
    english = "Police said 6,700 people were detained and hundreds were wounded in the capital."
    french = "Des milliers de manifestants ont défilé samedi, et 200 personnes ont été interpellées."
    nlp = load_model(settings.nlp.model)
    alone = Article(id="e", path="e", text=english, published="2026-02-13", language="en")
    mixed = Article(id="e", path="e", text=f"{english}\n\n{french}", published="2026-02-13", language="en")
    parsed_alone = next(parse_articles([alone], nlp))
    before = analyse(parsed_alone).figures
    assert before == extract_figures(parsed_alone, analyse(parsed_alone).dates)
    assert [(f.text, f.category) for f in before] == [("6,700", "arrests"), ("hundreds", "injuries")]
    after = analyse(next(parse_articles([mixed], nlp))).figures
    assert after == before  # an English article reads only English: its French paragraph gets no figures
    # in a page read as Italian, the English patterns' readings ("7" arrests from "arrestati", "2" arrests) give
    # way to the Italian ones
    italian = Article(id="i", path="i", text="Migliaia di lavoratori in piazza, 7 arrestati e 2,5 mila manifestanti.",
                      published="2026-02-13", language="it")
    parsed = next(parse_articles([italian], nlp))
    assert [f.text for f in extract_figures(parsed, [])] == ["7", "2"]
    assert [(f.text, f.category, f.stage) for f in analyse(parsed).figures] == [
        ("Migliaia", "participants", STAGE), ("7", "arrests", STAGE), ("2,5 mila", "participants", STAGE)]


LANGUAGES = ("fr", "de", "es", "it", "pt", "ru", "uk", "pl", "tr", "cs")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_lexicon_maps_to_the_english_tables(code):
    words = number_words(code)
    assert set(words.vague.values()) <= set(VAGUE) and set(words.qualifiers.values()) <= set(QUALIFIERS)
    assert set(words.counted) <= {"participants", "people", "arrests", "deaths", "injuries", "other"}
    assert all(words.counted.get(name) for name in ("participants", "people", "arrests", "deaths", "injuries"))


_PIECES = st.sampled_from([*"0123456789 .,/-:%€\n", *"aéßİıçşсуенябрьмлнтыс", "Montag ", "тыс. ", "des milliers ",
                           "17 ", "PAZARTESİ ", "Ağustos ", "вчора "])


@hypothesis_settings(max_examples=60, deadline=None)
@given(code=st.sampled_from(LANGUAGES), pieces=st.lists(_PIECES, max_size=40))
def test_any_text_gives_spans_inside_it(code, pieces):
    text = "".join(pieces)
    article = Article(id="p", path="p", text=text, published="2026-02-13", language=code)
    paras = paragraphs(text)
    parsed = Parsed(article, paras, [None] * len(paras), [Sentence("p", p.start, p.end, p.index) for p in paras], [],
                    [], [paragraph_pack(code, p.text) for p in paras])
    for found in [*extract_lexical_figures(parsed), *extract_lexical_dates(parsed)]:
        assert 0 <= found.start < found.end <= len(text) and text[found.start:found.end] == found.text


@pytest.mark.parametrize("code,text,claimant", [
    ("fr", "Les forces de l'ordre ont estimé la foule à 3 000 personnes.", "Les forces de l'ordre"),
    ("ru", "Профсоюз докеров, который организовал марш, назвал другую цифру: 12 000 участников.", "Профсоюз докеров"),
    ("ru", "По оценке полиции, в шествии участвовали около 3 000 человек.", "полиции"),
    ("de", "Die Gewerkschaft sprach von 12.000 Teilnehmern.", "Die Gewerkschaft"),
    ("fr", "Au moins 3 000 personnes, a estimé la police, ont défilé.", None),  # the figure before the verb
])
def test_the_subject_of_a_claiming_verb_is_the_claimant(code, text, claimant, settings):
    article = Article(id="c", path="c", text=text, published="2026-02-13", language=code)
    [figure] = extract_lexical_figures(next(parse_articles([article], load_model(settings.nlp.model))))
    assert figure.claimed_by_name == claimant
