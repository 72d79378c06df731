"""Copies found with what the last run kept (``find_duplicates_kept`` over the store's ``dedup_kept`` and
``dedup_pairs``) equal the copies a full comparison finds, whatever order the articles came in, and a re-run
compares only the pairs a new or changed article is in.

The texts are written for these tests: paragraphs about a made-up dock strike, combined into articles.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from newsfold import dedup
from newsfold.dedup import dedup_basis, find_duplicates, find_duplicates_kept
from newsfold.models import Article
from newsfold.settings import default_settings
from newsfold.store import Store

SETTINGS = default_settings().dedup
BASIS = dedup_basis("test", SETTINGS)

PARAGRAPHS = [
    "Dock workers in the harbour town of Selvik walked out at six on Monday morning over a new shift plan.",
    "The union said the plan cut two rest days a month and that nobody had asked the crews before it was posted.",
    "By noon forty lorries waited at the gate and the ferry to the islands left without its cargo of feed.",
    "The port authority said it would meet the union on Wednesday and that the plan was only a draft so far.",
    "Fishermen tied up beside the cranes in support, and the market hall stayed shut for most of the afternoon.",
    "A spokeswoman for the crane drivers said they would stay out until the plan was withdrawn in writing.",
    "Shops in the old town said trade was slow, as visitors kept away from the quay and the roads around it.",
    "The mayor asked both sides to settle before the autumn fair, which brings most of the town's trade.",
]


def _article(aid: str, parts: list[int], published: str | None = None) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text="\n\n".join(PARAGRAPHS[i] for i in parts), published=published)


CORPUS = [
    _article("a-wire", [0, 1, 2, 3], "2024-05-06"),
    _article("b-copy", [0, 1, 2, 3], "2024-05-07"),
    _article("c-short", [0, 1, 2], "2024-05-07"),
    _article("d-other", [4, 5, 6, 7], "2024-05-06"),
    _article("e-longer", [0, 1, 2, 3, 4, 5], "2024-05-08"),  # came last, is the original of the wire's copies
    _article("f-mix", [2, 3, 4, 5, 6], "2024-05-09"),
    _article("g-alone", [7], "2024-05-09"),
]


def _run(store: Store, articles: list[Article]) -> list[dedup.DuplicateLink]:
    front = store.front()
    found = find_duplicates_kept(articles, SETTINGS, front, BASIS)
    front.put_dedup(found.signatures, [a.id for a in articles], BASIS, found.pairs)
    return found.links


@pytest.mark.parametrize("seed", range(4))
def test_articles_added_one_at_a_time_give_the_full_comparisons_links(tmp_path, seed):
    articles = list(CORPUS)
    random.Random(seed).shuffle(articles)
    store = Store(tmp_path / "d.db")
    for n in range(1, len(articles) + 1):
        assert _run(store, articles[:n]) == find_duplicates(articles[:n], SETTINGS)
    assert {link.article: link.duplicate_of for link in _run(store, articles)}["a-wire"] == "e-longer"


@pytest.mark.parametrize("seed", range(3))
def test_shingles_becoming_too_common_or_common_enough_again_keep_the_links_exact(tmp_path, monkeypatch, seed):
    monkeypatch.setattr(dedup, "_MAX_POSTINGS", 3)  # a shingle in four articles no longer points at a copy
    rng = random.Random(seed)
    store, now = Store(tmp_path / "d.db"), []
    for step in range(14):
        if now and rng.random() < 0.3:  # an article changes, or goes
            victim = rng.choice(now)
            now.remove(victim)
            if rng.random() < 0.5:
                now.append(_article(victim.id, sorted(rng.sample(range(8), rng.randint(1, 5)))))
        else:
            now.append(_article(f"s{step:02d}", sorted(rng.sample(range(8), rng.randint(1, 5)))))
        assert _run(store, now) == find_duplicates(now, SETTINGS)


def test_a_rerun_compares_only_the_pairs_a_new_article_is_in(tmp_path, monkeypatch):
    store = Store(tmp_path / "d.db")
    _run(store, CORPUS[:-1])
    expected = find_duplicates(CORPUS, SETTINGS)
    compared: list[tuple[str, str]] = []
    classify = dedup._classify

    def counting(a, b, shared, settings):
        compared.append((a.key, b.key))
        return classify(a, b, shared, settings)

    monkeypatch.setattr(dedup, "_classify", counting)
    assert _run(store, CORPUS) == expected
    new_key = dedup.signature(CORPUS[-1].text, SETTINGS.shingle, BASIS).key
    assert compared and all(new_key in pair for pair in compared)
    compared.clear()
    _run(store, CORPUS)
    assert compared == []


def test_a_broken_kept_row_is_compared_again(tmp_path):
    store = Store(tmp_path / "d.db")
    _run(store, CORPUS)
    store.conn.execute("UPDATE dedup_kept SET shingles = x'00' WHERE article_id = 'b-copy'")
    store.conn.commit()
    assert _run(store, CORPUS) == find_duplicates(CORPUS, SETTINGS)
    assert len(store.front().signatures(["b-copy"])["b-copy"].shingles) > 1


def test_other_settings_read_no_kept_pairs(tmp_path):
    store = Store(tmp_path / "d.db")
    _run(store, CORPUS)
    strict = replace(SETTINGS, containment=1.01, near_duplicate=1.01)  # exact copies only
    found = find_duplicates_kept(CORPUS, strict, store.front(), dedup_basis("test", strict))
    assert found.links == find_duplicates(CORPUS, strict) != find_duplicates(CORPUS, SETTINGS)
    assert set(found.signatures) == {a.id for a in CORPUS}
