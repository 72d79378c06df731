"""What the entities stage keeps between runs (resolve/kept.py, store/names.py): the word counts summed per text and
the surname pairs compared, read back, give the entities that counting and comparing everything again gives."""

from __future__ import annotations

import json
import random
import re
import sqlite3

import pytest

from newsfold import Store
from newsfold.models import Analysis, Article, Mention
from newsfold.resolve import resolve_entities
from newsfold.resolve.kept import KeptNames
from newsfold.resolve.kinds import CommonWords
from newsfold.resolve.names import alike_from_pairs, alike_surnames, surname_pairs, surname_spellings

SURNAMES = ["moroz", "maroz", "мороз", "lind", "lindova", "linde", "dzhonsen", "johnsen", "jonsen", "kowalski",
            "kovalsky", "ковальский", "ivanova", "ivanov", "petrenko", "петренко", "petrenka", "novak", "nowak",
            "novakova", "harbour", "harbor", "shevchuk", "szewczuk", "шевчук", "tamm", "tam", "may", "мэй", "bibi"]

TEXTS = [
    "Valeria Moroz said the Harbour Union would strike. Moroz spoke in Korvala on Monday.",
    "Harbour officials said the harbour was shut. Valeryia Maroz led the march in Korvala.",
    "Валерия Мороз выступила в Корвале. Мороз сказала, что забастовка продолжится.",
    "Petr Lind and Jana Lindová met Anton Kowalski of the Harbour Union in Ostrava.",
    "Anton Kovalsky, the union's head, said 300 workers joined. Kovalsky spoke in Ostrava.",
    "Interior Minister Olek Novak said the state would act. The interior ministry was quiet; said Novak.",
]


def _mentions(aid: str, text: str) -> list[Mention]:
    out = []
    for n, match in enumerate(re.finditer(r"[A-ZА-Я]\w+(?: [A-ZА-Я]\w+)*", text)):
        words = match.group().split()
        label = "PERSON" if len(words) == 2 and not match.group().endswith("Union") else "ORG" if "Union" in words \
            else "GPE"
        out.append(Mention(aid, match.start(), match.end(), match.group(), label, n))
    return out


def _corpus(texts: list[str]) -> tuple[list[Article], list[Analysis]]:
    articles = [Article(f"a{i}", f"a{i}.txt", text) for i, text in enumerate(texts)]
    return articles, [Analysis(a.id, "h", mentions=_mentions(a.id, a.text)) for a in articles]


@pytest.fixture()
def store(tmp_path):
    s = Store(tmp_path / "names.db")
    yield s
    s.close()


def _same(articles, analyses, store):
    kept = resolve_entities(articles, analyses, KeptNames(store.name_rows()))
    fresh = resolve_entities(articles, analyses)
    assert kept.entities == fresh.entities
    assert kept.by_span == fresh.by_span and kept.by_key == fresh.by_key
    return kept


def test_surname_pairs_found_a_few_words_at_a_time_equal_those_of_all_words():
    rnd = random.Random(7)
    words = SURNAMES + [w + "a" for w in SURNAMES[:10]] + [w[:-1] + "y" for w in SURNAMES[10:20]]
    for _ in range(5):
        order = words[:]
        rnd.shuffle(order)
        spellings, pairs = {}, set()
        for start in range(0, len(order), 4):
            new = {w: s for w, s in surname_spellings(order[start:start + 4]).items() if w not in spellings}
            pairs |= surname_pairs(new, spellings)
            spellings.update(new)
        assert alike_from_pairs(words, pairs) == alike_surnames(words)
        some = rnd.sample(words, 15)
        assert alike_from_pairs(some, pairs) == alike_surnames(some)
    assert "lindova" in alike_surnames(words)["lind"] and "ivanova" not in alike_surnames(words)["ivanov"]


def test_entities_from_kept_counts_and_pairs_equal_those_worked_out_again(store):
    texts = TEXTS[:]
    for end in range(1, len(texts) + 1):  # one article at a time
        _same(*_corpus(texts[:end]), store)
    texts[1] = texts[1].replace("harbour was", "Harbour Union was")  # a changed text
    _same(*_corpus(texts), store)
    articles, analyses = _corpus(texts)
    _same(articles[1:], analyses[1:], store)  # one gone
    assert store.name_rows().counted().keys() == {a.id for a in articles[1:]}


def test_common_words_are_the_sums_of_each_texts_counts(store):
    kept = KeptNames(store.name_rows())
    articles, _ = _corpus(TEXTS)
    asked = {"Harbour", "Interior", "Moroz", "Novak"}
    common = kept.common_words(articles[:4], asked)
    assert kept.counted_now == 4
    kept.common_words(articles[2:], asked)  # two gone, two new
    assert kept.counted_now == 2
    again = kept.common_words(articles[2:], asked)
    assert kept.counted_now == 0
    fresh = CommonWords(a.text for a in articles[2:])
    assert {w: again(w) for w in asked} == {w: fresh(w) for w in asked}
    assert common("Harbour") and not fresh("Harbour")  # the two texts that write "harbour" went


def test_a_broken_kept_count_is_never_used(store):
    articles, analyses = _corpus(TEXTS)
    _same(articles, analyses, store)
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE name_counts SET counts = x'00ff' WHERE article_id = 'a1'")
    conn.execute("UPDATE name_count_sums SET lower = lower + 99 WHERE word = 'harbour'")  # sums no longer right
    conn.commit()
    conn.close()
    texts = TEXTS[:]
    texts[1] += " More workers came."
    kept = KeptNames(store.name_rows())
    resolve_entities(*_corpus(texts), kept)
    assert kept.counted_now == len(texts)  # every text counted again, the sums with them
    _same(*_corpus(texts), store)


def test_surnames_compared_under_other_rules_are_compared_again(store):
    articles, analyses = _corpus(TEXTS)
    kept = KeptNames(store.name_rows())
    resolve_entities(articles, analyses, kept)
    assert kept.compared_now > 0
    resolve_entities(articles, analyses, kept)
    assert kept.compared_now == 0
    store.conn.execute("UPDATE kept_bases SET basis = 'older rules' WHERE name = 'surnames'")
    store.conn.commit()
    resolve_entities(articles, analyses, kept)
    assert kept.compared_now > 0
    _same(articles, analyses, store)


def test_the_corpus_has_names_people_and_common_words():
    index = resolve_entities(*_corpus(TEXTS))
    aliases = {alias: e for e in index.entities for alias in e.aliases}
    assert "Harbour" not in aliases and "Harbour Union" in aliases  # "harbour" is written as a common word
    assert set(aliases["Valeria Moroz"].aliases) == {"Valeria Moroz", "Valeryia Maroz", "Валерия Мороз"}
    assert aliases["Anton Kowalski"] is aliases["Anton Kovalsky"]


def test_an_analysis_names_are_read_apart_from_its_document(store):
    _, analyses = _corpus(TEXTS[:2])
    for analysis in analyses:
        store.put_analysis(analysis)
    assert [(a.article, a.clean_hash, a.mentions) for a in store.analysis_names()] == \
        [(a.article, a.clean_hash, a.mentions) for a in analyses]
    store.conn.execute("UPDATE analyses SET doc = json_set(doc, '$.mentions', json('[]')) WHERE article_id = 'a0'")
    assert store.analysis_names()[0].mentions == analyses[0].mentions  # the names column, not the document
    store.conn.execute("UPDATE analyses SET names = NULL, doc = ?", (json.dumps({"clean_hash": "h", "mentions": []}),))
    assert [a.mentions for a in store.analysis_names()] == [[], []]  # a row without the column reads its document
