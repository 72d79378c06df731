"""The packs ask wordfreq whether a word is frequent from the frequent part of its list only: the answer is wordfreq's
own wherever it matters, and the part kept is a small share of the list."""

from __future__ import annotations

from itertools import islice

from wordfreq import get_frequency_list, iter_wordlist, zipf_frequency

from newsfold.nlp.languages import pack_for
from newsfold.nlp.languages.frequent_words import frequent_words, zipf_at_least

# Words written for this test: rare ones, names, forms with digits, hyphens and capitals, and one wordfreq splits.
WRITTEN = ["koronawirus", "Łukaszenki", "Dziś", "ALE", "2020", "1,5", "x2", "COVID-19", "Nowak-Jeziorański",
           "rząd", "się", "premier", "wybory", "niedziela", "dzisiaj-jutro", "a-b-c", "", "...", "Bundesregierung"]


def _words(code: str) -> list[str]:
    listed = list(islice(iter_wordlist(code), 0, 12000, 5))  # from the most frequent words to rare ones
    return WRITTEN + listed + [f"{a}-{b}" for a, b in zip(listed[:300], listed[100:400], strict=True)]


def test_the_zipf_is_wordfreqs_own_above_the_floor_and_below_the_floor_elsewhere():
    for code, floor in (("pl", 4.5), ("en", 2.2)):
        for word in _words(code):
            exact, kept = zipf_frequency(word, code), zipf_at_least(word, code, floor)
            assert kept == exact if exact >= floor else kept < floor, (code, word, exact, kept)


def test_only_the_frequent_part_of_the_list_is_kept_and_wordfreqs_own_cache_stays_empty():
    before = get_frequency_list.cache_info().currsize
    kept = frequent_words("cs", 4.5)
    assert 1000 < len(kept) < sum(len(bucket) for bucket in get_frequency_list.__wrapped__("cs")) / 20
    assert get_frequency_list.cache_info().currsize == before


def test_a_packs_preload_loads_the_frequent_words_its_names_are_read_by():
    frequent_words.cache_clear()
    pack_for("sl").preload()
    pack_for("de").preload()
    assert frequent_words.cache_info().currsize == 3  # Slovene's and German's own, and English for German names
