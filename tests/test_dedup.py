"""Copies: exact, near-duplicate and containment links, which article is the original, and what is not a copy.

The articles are written for these tests: a made-up ferry strike in the made-up port town of Korvala.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsfold.dedup import DuplicateLink, find_duplicates, shingles
from newsfold.models import Article
from newsfold.settings import default_settings

SETTINGS = default_settings().dedup  # the packaged defaults: 5-word shingles, 0.8 Jaccard, 0.8 containment

FERRY = [
    "Ferry crews in Korvala stopped work at dawn on Tuesday, leaving hundreds of passengers stranded on the "
    "quay as the island service was halted for the first time in twelve years.",
    "The Korvala Seafarers' Guild said the crews wanted a new rota after the operator cut two sailings a day "
    "and asked the remaining crews to cover the gaps without extra pay.",
    "Edda Valt, who chairs the guild, told the crowd outside the ticket hall that the crews had been patient "
    "for a year and would not sail again until the operator came back to the table.",
    "The operator, Grey Sound Lines, said it regretted the disruption and had offered talks on Thursday. A "
    "spokesman said the timetable had been changed because fuel costs had doubled since the spring.",
    "By the afternoon a queue of lorries stretched back from the ramp to the fish market, and the harbour "
    "office said the cargo berth would stay open for as long as the pilots kept working.",
    "Shopkeepers on the island said bread and milk would run short within three days if the ferries did not "
    "run, and the council asked residents not to buy more than they needed.",
]
MILL = [
    "The old paper mill in Hesby will close in the autumn, its owners said on Monday, ending more than a "
    "century of papermaking in the valley and putting some two hundred jobs at risk.",
    "Workers heard the news at a meeting in the canteen. Many had expected cuts after the mill lost its "
    "largest customer last winter, but few had expected the whole site to go.",
    "The regional council said it would set up a fund to retrain staff, and that talks with two buyers "
    "interested in the riverside land were at an early stage.",
]


def _article(aid: str, paragraphs: list[str], published: str | None = None) -> Article:
    return Article(id=aid, path=f"{aid}.txt", text="\n\n".join(paragraphs), published=published)


def _links(*articles: Article) -> dict[str, tuple[str, str]]:
    return {link.article: (link.duplicate_of, link.kind) for link in find_duplicates(list(articles), SETTINGS)}


def test_an_exact_copy_links_to_the_original_with_score_one():
    original = _article("a-wire", FERRY, "2024-05-07")
    copy = _article("b-reprint", FERRY, "2024-05-08")
    assert find_duplicates([copy, original], SETTINGS) == [DuplicateLink("b-reprint", "a-wire", "exact", 1.0)]


def test_a_copy_that_differs_only_in_spacing_is_exact():
    spaced = Article(id="x", path="x.txt", text="\n\n\n".join(p.replace(". ", ".  ") for p in FERRY))
    plain = _article("y", FERRY)
    # the same words, but the spaced text is longer: the longer text is taken for the original
    assert _links(plain, spaced) == {"y": ("x", "exact")}


def test_a_near_duplicate_with_a_few_words_changed():
    edited = [p.replace("twelve years", "ten years").replace("Thursday", "Friday") for p in FERRY]  # shorter
    links = find_duplicates([_article("a", FERRY, "2024-05-07"), _article("b", edited, "2024-05-07")], SETTINGS)
    assert [(x.article, x.duplicate_of, x.kind) for x in links] == [("b", "a", "near-duplicate")]
    assert SETTINGS.near_duplicate <= links[0].score < 1.0


def test_a_shortened_copy_inside_a_longer_article_is_containment():
    full = _article("full", FERRY, "2024-05-08")
    short = _article("short", FERRY[:3], "2024-05-07")  # published first, but the longer text is the original
    links = find_duplicates([short, full], SETTINGS)
    assert [(x.article, x.duplicate_of, x.kind, x.score) for x in links] == [("short", "full", "containment", 1.0)]


def test_a_copy_too_short_to_judge_is_not_containment():
    # 20 words are 16 shingles, under the 20 a copy needs: a shared lead sentence is no evidence of a copy
    lead = " ".join(FERRY[0].split()[:20])
    assert _links(_article("full", FERRY), _article("lead", [lead])) == {}
    # one whole paragraph (31 words, 27 shingles) found inside the article is
    assert _links(_article("full", FERRY), _article("para", FERRY[:1])) == {"para": ("full", "containment")}


def test_unrelated_articles_are_not_linked():
    assert _links(_article("ferry", FERRY), _article("mill", MILL)) == {}


def test_sharing_one_quoted_paragraph_is_not_a_copy():
    other = [MILL[0], FERRY[2], MILL[1], MILL[2]]  # the mill story quotes the guild chair's words
    assert _links(_article("ferry", FERRY), _article("mill", other)) == {}


def test_copies_of_copies_point_at_the_one_original():
    full = _article("c-full", FERRY)
    exact = _article("a-exact", FERRY)
    short = _article("b-short", FERRY[:4])
    # "a-exact" and "c-full" are the same length and undated: the smaller id is the original
    assert _links(full, exact, short) == {"b-short": ("a-exact", "containment"), "c-full": ("a-exact", "exact")}


def test_equal_copies_the_earlier_date_is_the_original():
    assert _links(_article("a", FERRY, "2024-05-09"), _article("b", FERRY, "2024-05-07")) == {"a": ("b", "exact")}
    assert _links(_article("a", FERRY), _article("b", FERRY, "2024-05-07")) == {"a": ("b", "exact")}


def test_stricter_thresholds_leave_near_copies_apart():
    edited = [p.replace("Tuesday", "Monday") for p in FERRY]  # one word, and the edited text is the shorter
    strict = replace(SETTINGS, near_duplicate=0.99, containment=0.99)
    assert find_duplicates([_article("a", FERRY), _article("b", edited)], strict) == []
    assert _links(_article("a", FERRY), _article("b", edited)) == {"b": ("a", "near-duplicate")}


def test_shingles_are_lowercased_word_windows():
    assert shingles("Ferry crews stopped work", 5) == shingles("ferry CREWS, stopped -- work!", 5)
    assert len(shingles("one two three four five six", 5)) == 2
    assert len(shingles("too short", 5)) == 1 and shingles("  ...  ", 5) == set()


@pytest.mark.xfail(strict=True, reason="find_duplicates records the kind (and score) of the pair that joined two "
                   "groups, (a, c) here, for the root that is re-parented, c, which is an exact copy of b")
def test_a_third_copy_is_named_by_its_own_likeness_to_the_original():
    short, full, again = _article("a", FERRY[:3]), _article("b", FERRY), _article("c", FERRY)
    assert _links(short, full, again) == {"a": ("b", "containment"), "c": ("b", "exact")}
