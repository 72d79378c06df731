"""Readers for the inputs researchers have: WARC, RSS/Atom, CSV exports; URL lists and GDELT tables refused."""

from __future__ import annotations

import csv
import gzip
import io
import shutil
import socket
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfold.ingest import Skipped, iter_inputs, read_file
from newsfold.ingest.sniff import is_url_list, looks_like_table, xml_root
from newsfold.ingest.table import KNOWN_COLUMNS, read_table
from newsfold.models import RawDoc, Rejected
from newsfold.settings import default_settings

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
SETTINGS = default_settings().ingest
PARAGRAPH = ("Ferry crews in the port town of Lenholm stopped work on Tuesday morning, demanding a new contract "
             "and shorter shifts on the old boats that cross the fjord every hour.")


def _page(date: str | None) -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "".join(f"<p>{PARAGRAPH} Paragraph {i} tells more about the stoppage.</p>" for i in range(4))
    return (f"<html><head><title>Ferry crews stop work</title>{meta}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>Ferry crews stop work</h1>{body}</article></body></html>").encode()


def _warc(path: Path, gz: bool) -> Path:
    """A small web archive: warcinfo, a dated page, an undated page, an image, a redirect and a request."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))

        def response(uri: str, payload: bytes, ctype: str, status: str = "200 OK", date: str = "") -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": date} if date else None)
            writer.write_record(record)

        response("https://courier.example/a", _page("2024-03-05T08:00:00Z"), "text/html; charset=utf-8",
                 date="2024-03-09T10:00:00Z")
        response("https://courier.example/b", _page(None), "text/html", date="2024-03-09T11:00:00Z")
        response("https://courier.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        response("https://courier.example/old", b"", "text/html", status="301 Moved Permanently")
        response("https://courier.example/empty", b"<html><body><nav>Home</nav></body></html>", "text/html")
        writer.write_record(writer.create_warc_record("https://courier.example/a", "request",
                                                      payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
    return path


@pytest.mark.parametrize("name,gz", [("crawl.warc.gz", True), ("crawl.warc", False), ("capture.bin", True)])
def test_warc_pages_become_articles_with_capture_url_and_date(tmp_path, name, gz):
    results = read_file(str(_warc(tmp_path / name, gz)), SETTINGS)
    docs = [r for r in results if isinstance(r, RawDoc)]
    assert [d.url for d in docs] == ["https://courier.example/a", "https://courier.example/b"]
    dated, undated = docs
    assert (dated.published, dated.published_source) == ("2024-03-05", "html-metadata")  # the page's own date wins
    assert (undated.published, undated.published_source) == ("2024-03-09", "capture")
    assert dated.format == "warc" and dated.path.endswith(f"{name}#record 2") and "Lenholm" in dated.text
    assert dated.title == "Ferry crews stop work" and "Home" not in dated.text
    [rejected] = [r for r in results if isinstance(r, Rejected)]
    assert rejected.path.endswith("#record 6") and "no article text" in rejected.reason
    [skipped] = [r for r in results if isinstance(r, Skipped)]
    assert skipped.count == 4
    for part in ("warcinfo record: 1", "image/png: 1", "HTTP 301: 1", "request record: 1"):
        assert part in skipped.detail


def test_a_damaged_warc_keeps_the_records_before_the_damage(tmp_path):
    path = _warc(tmp_path / "crawl.warc", False)
    data = path.read_bytes()
    cut = data.index(b"WARC/1", data.index(b"courier.example/b"))  # the start of the record after page b
    path.write_bytes(data[:cut] + b"WARC/1.0\r\nnot a header line at all\r\n\r\ngarbage")
    results = read_file(str(path), SETTINGS)
    assert [d.url for d in results if isinstance(d, RawDoc)] == ["https://courier.example/a",
                                                                 "https://courier.example/b"]
    assert any(isinstance(r, Rejected) and "#record 4" in r.path for r in results)


def _no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("newsfold tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_rss_items_with_content_become_articles_and_link_only_items_are_listed(monkeypatch):
    _no_network(monkeypatch)
    results = read_file(str(FIXTURES / "feed.rss"), SETTINGS)
    first, link_only, long_summary = results
    assert isinstance(first, RawDoc) and first.format == "feed"
    assert (first.title, first.url, first.outlet) == ("Ferry crews stop work in Lenholm",
                                                      "https://courier.example/2024/03/ferry-crews", "Harbour Courier")
    assert first.published == "2024-03-05"  # the day as the feed writes it, not shifted to UTC
    assert first.text.split("\n\n")[0].startswith("Ferry crews in the port town of Lenholm")
    assert "said union organiser Mira Dahl" in first.text and "alert" not in first.text and "<p>" not in first.text
    assert isinstance(link_only, Rejected)
    assert link_only.path.endswith("feed.rss#item 2 (https://courier.example/2024/03/new-quay)")
    assert link_only.reason == "not fetched: the feed has only a link; newsfold does not fetch pages"
    assert isinstance(long_summary, RawDoc) and long_summary.text.startswith("Dockworkers in Lenholm")


def test_atom_entries(monkeypatch):
    _no_network(monkeypatch)
    article, link_only = read_file(str(FIXTURES / "feed.atom"), SETTINGS)
    assert isinstance(article, RawDoc)
    assert (article.outlet, article.url, article.published) == ("Lenholm Daily", "https://daily.example/march",
                                                                "2024-03-06")
    assert article.text == ("Hundreds of people marched through the centre of Lenholm on Wednesday in support of "
                            "the striking ferry crews.\n\nPolice said about 400 people took part.")
    assert isinstance(link_only, Rejected) and "not fetched" in link_only.reason


def test_a_feed_is_read_by_its_content_whatever_its_name(tmp_path):
    shutil.copy(FIXTURES / "feed.rss", tmp_path / "feed.txt")
    assert isinstance(read_file(str(tmp_path / "feed.txt"), SETTINGS)[0], RawDoc)
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url>'
                                          "</urlset>")
    [rejected] = read_file(str(tmp_path / "sitemap.xml"), SETTINGS)
    assert isinstance(rejected, Rejected) and "root element is <urlset>, not an RSS or Atom feed" in rejected.reason


def test_media_cloud_csv_rows_become_articles_and_rows_without_text_are_reported():
    first, empty, third = read_file(str(FIXTURES / "mediacloud.csv"), SETTINGS)
    assert isinstance(first, RawDoc) and first.format == "csv"
    assert (first.id, first.title, first.url, first.outlet, first.published) == (
        "9001", "Ferry strike enters first day", "https://wire.example/ferry-strike", "Coast Wire", "2024-03-05")
    assert first.text.split("\n\n")[1] == "The operator said 120 crew members joined the stoppage."
    assert first.metadata["media_id"] == "77" and first.metadata["language"] == "en"
    assert isinstance(empty, Rejected) and empty.path.endswith("mediacloud.csv:3")
    assert empty.reason == "no text in column 'text'"
    assert isinstance(third, RawDoc) and third.path.endswith("mediacloud.csv:4")


def test_a_csv_without_a_text_column_says_its_columns_and_how_to_name_one(tmp_path):
    [rejected] = read_file(str(FIXTURES / "mediacloud-links.csv"), SETTINGS)
    assert isinstance(rejected, Rejected)
    assert "its columns: stories_id, publish_date, title, url, language, media_id, media_name" in rejected.reason
    assert "--text-column NAME" in rejected.reason and "newsfold does not fetch" in rejected.reason
    (tmp_path / "mine.tsv").write_text("headline\tstory\tDATE\nQuay vote\tThe council approved the quay.\t"
                                       "20240306\n")
    named = SETTINGS.__class__(**{**SETTINGS.__dict__, "text_column": "Story"})
    [doc] = read_file(str(tmp_path / "mine.tsv"), named)
    assert isinstance(doc, RawDoc)
    assert (doc.text, doc.title, doc.published) == ("The council approved the quay.", "Quay vote", "2024-03-06")
    wrong = SETTINGS.__class__(**{**SETTINGS.__dict__, "text_column": "body_text"})
    [rejected] = read_file(str(tmp_path / "mine.tsv"), wrong)
    assert isinstance(rejected, Rejected) and "no column named 'body_text'" in rejected.reason


def test_gdelt_event_table_and_url_lists_are_refused_because_newsfold_does_not_fetch():
    [gdelt] = read_file(str(FIXTURES / "gdelt.export.CSV"), SETTINGS)
    assert isinstance(gdelt, Rejected)
    assert gdelt.reason == ("a GDELT event table holds no article text; newsfold does not fetch: give it the pages")
    [urls] = read_file(str(FIXTURES / "urls.txt"), SETTINGS)
    assert isinstance(urls, Rejected)
    assert urls.reason == "a list of URLs: newsfold does not fetch: give it the pages"


@pytest.mark.parametrize("name,data,reason", [
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "a PDF document"),
    ("notes.docx", b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    ("articles.jsonl.gz", gzip.compress(b'{"text": "x"}\n'), "gzip-compressed and not a web archive"),
    ("data.json", b'[{"text": "one"}, {"text": "two"}]', "a JSON document, not JSON lines"),
    ("table.parquet", b"PAR1 columns and text", "unknown format (.parquet)"),
])
def test_unknown_formats_are_rejected_with_a_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    [rejected] = read_file(str(tmp_path / name), SETTINGS)
    assert isinstance(rejected, Rejected) and reason in rejected.reason


def test_folders_read_the_new_extensions(tmp_path):
    for name in ("feed.rss", "feed.atom", "mediacloud.csv"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    _warc(tmp_path / "crawl.warc.gz", True)
    found = sorted(Path(p).name for p in iter_inputs([str(tmp_path)], SETTINGS) if isinstance(p, str))
    assert found == ["crawl.warc.gz", "feed.atom", "feed.rss", "mediacloud.csv"]


def test_run_reads_a_feed_a_csv_and_a_warc_and_refuses_gdelt(tmp_path, capsys, monkeypatch):
    import json

    from newsfold.cli import main

    _no_network(monkeypatch)
    shutil.copy(FIXTURES / "feed.rss", tmp_path / "feed.xml")
    shutil.copy(FIXTURES / "mediacloud.csv", tmp_path / "mediacloud.csv")
    shutil.copy(FIXTURES / "gdelt.export.CSV", tmp_path / "gdelt.export.CSV")
    (tmp_path / "mine.csv").write_text('headline,story\nQuay vote,"The council of Lenholm approved the new quay."\n')
    warc = _warc(tmp_path / "crawl.warc.gz", True)
    names = [str(tmp_path / n) for n in ("feed.xml", "mediacloud.csv", "gdelt.export.CSV", "mine.csv")]
    db = str(tmp_path / "f.db")
    assert main(["run", *names, str(warc), "--db", db, "--no-progress", "--text-column", "story"]) == 0
    out, err = capsys.readouterr()
    assert "gdelt.export.CSV: a GDELT event table holds no article text" in err
    assert "feed.xml#item 2 (https://courier.example/2024/03/new-quay): not fetched" in err
    assert "mediacloud.csv: no column named 'story'" in err  # --text-column names the column of every table
    assert "crawl.warc.gz: 4 records that are not HTML pages" in err
    assert main(["export", "--db", db, "--format", "json"]) == 0
    articles = json.loads(capsys.readouterr().out)["articles"]
    assert {a["outlet"] for a in articles} >= {"Harbour Courier"}
    assert {a["url"] for a in articles} >= {"https://courier.example/a", "https://courier.example/2024/03/ferry-crews"}
    assert any(a["text"] == "The council of Lenholm approved the new quay." for a in articles)
    assert not any("<" in a["text"] or "stories_id" in a["text"] for a in articles)
    # a second run over the same feed, tables and archive finds every article unchanged
    assert main(["run", *names, str(warc), "--db", db, "--no-progress", "--text-column", "story"]) == 0
    out, _ = capsys.readouterr()
    assert "(0 new, 0 changed, 5 unchanged" in out and "analysed 0 articles" in out


@given(st.text(max_size=400))
@hyp_settings(max_examples=150, deadline=None)
def test_sniffers_take_any_text(text):
    root = xml_root(text)
    assert root is None or root == root.lower()
    looks_like_table(text, KNOWN_COLUMNS)
    if is_url_list(text):
        assert all(line.strip().lower().startswith(("http://", "https://", "ftp://"))
                   for line in text.split("\n") if line.strip())


@given(st.lists(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30), min_size=1,
                         max_size=5), min_size=1, max_size=6))
@hyp_settings(max_examples=100, deadline=None)
def test_the_table_reader_reads_or_rejects_every_row(rows):
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["title", "text"], *rows])
    results = read_table("t.csv", buffer.getvalue().replace("\r\n", "\n").replace("\r", "\n"), SETTINGS)
    assert results and all(isinstance(r, Rejected) or r.text.strip() for r in results)
    assert all(isinstance(r, RawDoc | Rejected) for r in results)
