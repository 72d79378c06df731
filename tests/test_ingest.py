"""Readers: headers, bylines, JSONL fields, HTML through trafilatura, and every kind of bad input."""

from __future__ import annotations

import json

import pytest

from newsfold.ingest import iter_inputs, read_file
from newsfold.models import RawDoc, Rejected
from newsfold.settings import IngestSettings

SETTINGS = IngestSettings(max_bytes=1_000_000, max_paragraphs=1_000, max_chars=200_000,
                          extensions=(".txt", ".jsonl", ".html"), text_column="", feed_min_words=50)
BODY = "The council met on Tuesday and voted to close the old bridge for repairs lasting two months."


def _read(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return read_file(str(path), SETTINGS)


def test_inline_header_is_parsed_and_removed(tmp_path):
    [doc] = _read(tmp_path, "a.txt", f" date 2021-03-05 {BODY}")
    assert isinstance(doc, RawDoc)
    assert doc.published == "2021-03-05" and doc.published_source == "header"
    assert doc.text == BODY


def test_key_value_header_lines(tmp_path):
    [doc] = _read(tmp_path, "a.txt", f"date: 2021-03-05\noutlet: Example Gazette\n\n{BODY}")
    assert (doc.published, doc.outlet, doc.text) == ("2021-03-05", "Example Gazette", BODY)


def test_text_without_header_is_kept_whole(tmp_path):
    [doc] = _read(tmp_path, "a.txt", "Dated protests grew on Monday.\n\n" + BODY)
    assert doc.published is None and doc.text.startswith("Dated protests")


def test_jsonl_fields_ids_and_metadata(tmp_path):
    lines = [json.dumps({"id": "x-1", "text": BODY, "title": "Bridge", "date": "2021-03-05T10:00:00Z",
                         "outlet": "Gazette", "section": "Local"}),
             "{not json",
             json.dumps({"text": ""}),
             json.dumps({"text": BODY, "published": "2021-03-06"})]
    docs = _read(tmp_path, "feed.jsonl", "\n".join(lines))
    assert [type(d).__name__ for d in docs] == ["RawDoc", "Rejected", "Rejected", "RawDoc"]
    first = docs[0]
    assert (first.id, first.title, first.published, first.outlet) == ("x-1", "Bridge", "2021-03-05", "Gazette")
    assert first.metadata == {"section": "Local"}
    assert docs[1].path.endswith("feed.jsonl:2") and "malformed JSON" in docs[1].reason
    assert docs[3].published == "2021-03-06"


def test_html_article_and_metadata(tmp_path):
    paragraphs = "".join(f"<p>{BODY} Paragraph {i} adds more detail about the closure and the detour.</p>"
                         for i in range(4))
    html = (
        "<html><head><title>Bridge closes | Gazette</title>"
        '<meta property="og:title" content="Bridge closes">'
        '<meta property="og:site_name" content="Example Gazette">'
        '<meta property="article:published_time" content="2021-03-05T08:00:00Z"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Bridge closes</h1>{paragraphs}</article>"
        "<footer>© 2019 Example Gazette</footer></body></html>")
    [doc] = _read(tmp_path, "page.html", html)
    assert isinstance(doc, RawDoc), doc
    assert doc.title == "Bridge closes" and doc.published == "2021-03-05"
    assert doc.outlet == "Example Gazette"
    assert "Paragraph 3 adds more detail" in doc.text and "Home" not in doc.text


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    ("latin1.txt", "Caf\xe9 au lait on Monday".encode("latin-1"), "not valid UTF-8"),
    ("nav.html", b"<html><body><nav><a href='/'>Home</a><a href='/x'>News</a></nav></body></html>", "no article"),
])
def test_bad_inputs_are_rejected_with_reason(tmp_path, name, data, reason):
    [result] = _read(tmp_path, name, data)
    assert isinstance(result, Rejected)
    assert result.path.endswith(name) and reason in result.reason


def test_oversized_file_is_rejected_without_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    [result] = read_file(str(path), SETTINGS)
    assert isinstance(result, Rejected) and "over the limit" in result.reason


def test_folders_are_walked_and_missing_paths_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(BODY)
    (tmp_path / "a.jsonl").write_text("{}")
    (tmp_path / "skip.png").write_bytes(b"x")
    (tmp_path / ".hidden.txt").write_text(BODY)
    found = list(iter_inputs([str(tmp_path), str(tmp_path / "missing.txt")], SETTINGS))
    names = [f if isinstance(f, Rejected) else f.rsplit("/", 1)[-1] for f in found]
    assert names[:2] == ["a.jsonl", "b.txt"]
    assert isinstance(names[2], Rejected) and names[2].reason == "no such file or folder"
