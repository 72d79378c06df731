"""Quotation marks only around quoted words: every span that a report, a page, its JSON twin or a CSV table shows
inside quotation marks must stand inside quotation marks in the source articles (demo and seeds databases)."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsfold import Store
from newsfold.export.csv import tables
from newsfold.export.html import render_html
from newsfold.export.markdown import render_markdown
from newsfold.models import Quote
from newsfold.web import create_app

# opening mark -> the marks that close it
_CLOSERS = {"“": "”\"", "«": "»", "„": "“”", '"': '"”'}  # a straight mark closed by a curly one and back
_BLOCKS = re.compile(r"</?(?:li|p|blockquote|td|th|tr|h\d|div|section|cite|ul|title|dd|dt)\b[^>]*>", re.I)


def quoted_spans(segment: str) -> Iterator[str]:
    """The text between each pair of quotation marks in one line; a closing mark with none open is skipped."""
    opened: tuple[str, int] | None = None
    for i, ch in enumerate(segment):
        if opened is not None and ch in _CLOSERS[opened[0]]:
            yield segment[opened[1]:i]
            opened = None
        elif opened is None and ch in _CLOSERS:
            opened = (ch, i + 1)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def quoted_in_sources(store: Store) -> list[str]:
    """The words inside quotation marks in every article's clean text, as lower-case word strings, and the
    articles' titles (a citation puts a title in marks: 'Harbor Ledger, “Dockworkers walk off the job”')."""
    articles = store.articles()
    titles = [f" {_words(a.title)} " for a in articles if a.title]
    return titles + [f" {_words(s)} " for a in articles for line in _lines(a.text) for s in quoted_spans(line)]


def unsupported(rendered: list[str], sources: list[str]) -> list[str]:
    """The quoted spans of ``rendered`` lines whose words stand inside no quotation marks in the sources."""
    bad = []
    for line in rendered:
        for span in quoted_spans(line):
            words = _words(span)
            if words and not any(f" {words} " in s for s in sources):
                bad.append(span)
    return bad


def page_lines(page: str) -> list[str]:
    """An HTML page's text, one line per block element, tags dropped and entities decoded."""
    text = _BLOCKS.sub("\n", page.replace("\n", " "))
    return _lines(html.unescape(re.sub(r"<[^>]+>", "", text)))


def json_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield from _lines(value)
    elif isinstance(value, dict):
        if {"before", "span", "after"} <= value.keys():  # one paragraph of the source, split around a span
            yield from _lines(value["before"] + value["span"] + value["after"])
        for k, v in value.items():
            if k not in ("before", "span", "after", "parts"):  # search "parts" are its "snippet", split
                yield from json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from json_strings(v)


def csv_cells(store: Store) -> list[str]:
    cells = []
    for header, rows in tables(store).values():
        buf = io.StringIO()
        csv.writer(buf).writerows([header, *rows])
        cells += [line for row in csv.reader(io.StringIO(buf.getvalue())) for cell in row for line in _lines(cell)]
    return cells


def web_lines(db: str, store: Store) -> list[str]:
    """Every event and entity page and a few quote searches, as HTML and as JSON."""
    client = TestClient(create_app(db))
    paths = [f"/events/{e.id}" for e in store.events()] + [f"/entities/{e.id}" for e in store.entities()]
    paths += [f"/search?q={word}" for word in ("said", "election", "strike", "workers")]
    lines: list[str] = []
    for path in paths:
        lines += page_lines(client.get(path).text)
        lines += json_strings(client.get(f"/api{path}").json())
    return lines


@pytest.fixture(params=["demo", "seeds"])
def corpus(request):
    db = request.getfixturevalue(f"{request.param}_db")
    return str(db), request.getfixturevalue(f"{request.param}_store")


def test_the_scanner_finds_quoted_spans():
    assert list(quoted_spans('He said “no more”, and «enough» and „genug“ and "stop".')) == [
        "no more", "enough", "genug", "stop"]
    assert list(quoted_spans("a stray ” closing mark")) == []
    sources = [" we will not go back "]
    assert unsupported(['Ada: “We will not go back”', "Ada (reported, said): they would strike"], sources) == []
    assert unsupported(['Ada: “they would strike”'], sources) == ["they would strike"]


def test_reports_quote_only_quoted_words(corpus):
    _, store = corpus
    sources = quoted_in_sources(store)
    assert unsupported(_lines(render_markdown(store)), sources) == []
    assert unsupported(page_lines(render_html(store)), sources) == []
    assert unsupported(csv_cells(store), sources) == []


def test_web_pages_and_api_quote_only_quoted_words(corpus):
    db, store = corpus
    assert unsupported(web_lines(db, store), quoted_in_sources(store)) == []


def test_reported_speech_is_shown_as_reported(seeds_store):
    reported = [q for q in seeds_store.quotes() if not q.direct]
    assert reported, "the seeds report speech without quotation marks"
    text = "\n".join(page_lines(render_html(seeds_store)))
    assert any(f"(reported, {q.cue}): {q.text}" in text for q in reported if q.cue)
    assert any(f"(reported, {q.cue}): {q.text}" in render_markdown(seeds_store) for q in reported if q.cue)
    rows = tables(seeds_store)["quotes"]
    direct = rows[0].index("direct")
    assert {row[direct] for row in rows[1]} == {0, 1}


def test_quote_line_forms():
    from newsfold.export.quoting import quote_line
    said = Quote("a-q0", "a", 0, 10, "We stay out", "said", "Ada Vance")
    reported = Quote("a-q1", "a", 0, 10, "to have won", "claims", "Ada Vance", direct=False)
    assert quote_line("Ada Vance", said) == "Ada Vance: “We stay out”"
    assert quote_line("Ada Vance", reported) == "Ada Vance (reported, claims): to have won"
