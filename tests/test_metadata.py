"""Publication dates: header, JSONL field, byline, dateline, a copy's date, and what never gives one.

Texts are written for these tests (a made-up ferry strike in the made-up port of Korvala). Each goes through
the reader, the clean stage and the metadata stage, as ``newsfold run`` takes it.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsfold.clean import clean_document
from newsfold.dedup import DuplicateLink
from newsfold.ingest.jsonl import read_jsonl
from newsfold.ingest.text import read_text
from newsfold.metadata import propagate_dates, settle_published, with_published
from newsfold.models import Article, PublishedDate, RawDoc
from newsfold.settings import default_settings

BODY = ("Ferry crews in Korvala stopped work at dawn on Tuesday, leaving hundreds of passengers stranded on the "
        "quay.\n\nThe Korvala Seafarers' Guild said the crews wanted a new rota after two sailings were cut.")
CLEAN = replace(default_settings().clean, languages=("en",))


def _settle(raw: RawDoc, aid: str = "a") -> Article:
    raw.metadata.setdefault("language", "en")  # no language detection needed to date a text
    article = clean_document(raw, aid, set(), CLEAN)
    found = settle_published(article)
    return with_published(article, found) if found else article


def _text(text: str) -> Article:
    raw = read_text("a.txt", text)
    assert isinstance(raw, RawDoc)
    return _settle(raw)


def _jsonl(obj: dict[str, object]) -> Article:
    [raw] = read_jsonl("feed.jsonl", json.dumps(obj))
    assert isinstance(raw, RawDoc)
    return _settle(raw)


def test_an_inline_header_gives_the_date_and_leaves_the_text():
    article = _text(f" date 2024-05-07 outlet Korvala-Post {BODY}")
    assert (article.published, article.published_source) == ("2024-05-07", "header")
    assert article.outlet == "Korvala-Post" and article.text.startswith("Ferry crews")


def test_header_lines_give_the_date():
    article = _text(f"date: 2024-05-07T06:30:00Z\noutlet: Korvala Post\n\n{BODY}")
    assert (article.published, article.published_source, article.outlet) == ("2024-05-07", "header", "Korvala Post")


def test_a_header_date_that_is_not_iso_is_no_header():
    article = _text(f"date: May 7, 2024\n\n{BODY}")
    assert article.published is None and article.published_source is None


@pytest.mark.parametrize("field,value,expected", [
    ("published", "2024-05-07T06:30:00+02:00", "2024-05-07"),
    ("date", "2024-05-07", "2024-05-07"),
    ("published", "07/05/2024", None),  # not YYYY-MM-DD: not guessed
    ("published", 20240507, None),
])
def test_the_jsonl_date_field(field, value, expected):
    article = _jsonl({"id": "k-1", "text": BODY, field: value})
    assert article.published == expected
    assert article.published_source == ("jsonl" if expected else None)


def test_a_jsonl_text_can_carry_its_own_header():
    article = _jsonl({"text": f" date 2024-05-07 {BODY}"})
    assert (article.published, article.published_source) == ("2024-05-07", "header")


def test_the_byline_gives_author_place_and_date():
    article = _text(f"Ferries halted in Korvala\n\nBy Ansa Lind in Korvala May 7, 2024\n\n{BODY}")
    assert (article.published, article.published_source) == ("2024-05-07", "byline")
    assert article.metadata["byline"] == {"author": "Ansa Lind", "place": "Korvala", "date": "May 7, 2024"}
    assert article.title == "Ferries halted in Korvala" and "By Ansa" not in article.text


def test_a_byline_without_a_date_gives_none():
    article = _text(f"By Ansa Lind\n\n{BODY}")
    assert article.published is None and article.metadata["byline"] == {"author": "Ansa Lind"}


def test_the_header_wins_over_the_byline():
    article = _text(f"date: 2024-05-08\n\nBy Ansa Lind in Korvala May 7, 2024\n\n{BODY}")
    assert (article.published, article.published_source) == ("2024-05-08", "header")


@pytest.mark.parametrize("opening", ["KORVALA, May 7, 2024 (Harbour Wire) - ", "May 7, 2024 — ",
                                     "Korvala, Aug. 7, 2024 – "])
def test_a_dated_dateline_opening_the_text(opening):
    article = _text(opening + BODY)
    expected = "2024-08-07" if "Aug" in opening else "2024-05-07"
    assert (article.published, article.published_source) == (expected, "dateline")


@pytest.mark.parametrize("opening", ["Korvala, Tue. May 7, 2024 - ", "KORVALA, May 7 - ", "KORVALA (Harbour Wire) - "])
def test_a_dateline_without_a_full_date_gives_none(opening):
    assert _text(opening + BODY).published is None


def test_the_byline_wins_over_the_dateline():
    article = _text(f"By Ansa Lind May 8, 2024\n\nKORVALA, May 7, 2024 - {BODY}")
    assert (article.published, article.published_source) == ("2024-05-08", "byline")


def test_a_date_later_in_the_text_is_no_dateline():
    article = _text(f"{BODY}\n\nKORVALA, May 7, 2024 - The guild will meet again on Friday.")
    assert article.published is None


@pytest.mark.parametrize("line", ["© 2019 Korvala Post", "Copyright 2021 Korvala Post. All rights reserved.",
                                  "(c) 2020 Harbour Wire"])
def test_a_copyright_line_never_gives_a_date(line):
    for text in (f"{BODY}\n\n{line}", f"{line}\n\n{BODY}"):
        article = _text(text)
        assert article.published is None and article.published_source is None
        assert ("copyright line" in [r.reason for r in article.removed]) and "20" not in article.text


def test_an_article_with_no_date_anywhere_stays_unknown():
    article = _text(BODY + "\n\nThe guild said the strike began on Tuesday, two days after the talks failed.")
    assert article.published is None and article.published_source is None


def _plain(aid: str, published: str | None = None) -> Article:
    return Article(id=aid, path=aid, text=BODY, published=published,
                   published_source="header" if published else None)


def test_an_undated_copy_takes_its_originals_date():
    original, copy = _plain("orig", "2024-05-07"), _plain("copy")
    found = propagate_dates([original, copy], [DuplicateLink("copy", "orig", "exact", 1.0)])
    assert found == [PublishedDate("copy", "2024-05-07", "duplicate:orig")]
    dated = with_published(copy, found[0])
    assert (dated.published, dated.published_source) == ("2024-05-07", "duplicate:orig")
    assert copy.published is None  # a new record: the copy given in is unchanged
    assert with_published(original, found[0]) is original  # a dated article keeps its date


def test_an_undated_original_takes_the_earliest_date_of_its_copies():
    original, late, early = _plain("orig"), _plain("late", "2024-05-09"), _plain("early", "2024-05-08")
    links = [DuplicateLink("late", "orig", "exact", 1.0), DuplicateLink("early", "orig", "containment", 1.0)]
    found = propagate_dates([original, late, early], links)
    assert found == [PublishedDate("orig", "2024-05-08", "duplicate:early")]  # copies with their own date keep it


def test_copies_with_no_date_stay_unknown():
    a, b = _plain("a"), _plain("b")
    assert propagate_dates([a, b], [DuplicateLink("b", "a", "exact", 1.0)]) == []
