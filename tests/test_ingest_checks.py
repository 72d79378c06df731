"""Values checked where they enter: impossible dates, hostile ids, broken text and encodings never reach the store
or break a batch (reproducers from the issue "Nothing lost, nothing poisoned")."""

from __future__ import annotations

import json

import pytest

from newsfold import Store, run
from newsfold.ingest import read_file
from newsfold.ingest.checks import calendar_date
from newsfold.models import RawDoc, Rejected
from newsfold.settings import default_settings

GOOD = ("Dockworkers at the Port Seren container terminal walked off the job on Monday, the union said. "
        "Hundreds of them marched to the harbour office demanding unpaid wages.")


@pytest.mark.parametrize("value,expected", [
    ("2020-08-14", "2020-08-14"), ("2020-08-14T10:00:00Z", "2020-08-14"), ("2020-13-45", None), ("2020-02-30", None),
    ("0000-00-00", None), ("abcd-efghij", None), ("2021-02-29", None), ("2020-02-29", "2020-02-29"),
])
def test_calendar_date(value, expected):
    assert calendar_date(value) == expected


def _read(tmp_path, name: str, data: bytes) -> list[RawDoc | Rejected]:
    path = tmp_path / name
    path.write_bytes(data)
    return read_file(str(path), default_settings().ingest)


@pytest.mark.parametrize("header", ["date: 2020-13-45", "date: 2020-02-30", "date: 0000-00-00",
                                    " date 2020-13-45"])
def test_an_impossible_header_date_is_unknown_with_a_warning(tmp_path, header):
    (doc,) = _read(tmp_path, "a.txt", f"{header}\n{GOOD}\n".encode())
    assert isinstance(doc, RawDoc) and doc.published is None
    assert "not a real calendar date" in doc.metadata["warnings"][0]
    assert doc.text.strip() == GOOD  # the header line is still taken off


def test_jsonl_lines_are_checked_one_by_one(tmp_path):
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD, "published": "abcd-efghij"}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": ["l"], "text": GOOD}),
        json.dumps({"id": True, "text": GOOD + " Again."}),
        json.dumps({"id": "../../etc/passwd", "text": GOOD + " Once more."}),
        '{"id": "s", "text": "Lone \\ud800 surrogate. ' + GOOD + '"}',
    ]
    docs = _read(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    first, nested, listed, boolean, path_like, surrogate = docs
    assert isinstance(first, RawDoc) and first.id == "ok-1" and first.published is None
    assert "not YYYY-MM-DD" in first.metadata["warnings"][0]
    assert isinstance(nested, Rejected) and nested.path.endswith(":2") and "nested too deeply" in nested.reason
    for doc, original in ((listed, '["l"]'), (boolean, "true"), (path_like, "../../etc/passwd")):
        assert isinstance(doc, RawDoc) and doc.id is None and doc.metadata["original_id"] == original
    assert isinstance(surrogate, RawDoc) and "\ufffd" in surrogate.text
    surrogate.text.encode("utf-8")  # storable


def test_encodings_and_empty_files_are_named_right(tmp_path):
    (bom_only,) = _read(tmp_path, "bom.txt", b"\xef\xbb\xbf\n")
    assert isinstance(bom_only, Rejected) and "empty file" in bom_only.reason
    (utf16,) = _read(tmp_path, "u16.txt", b"\xff\xfe" + GOOD.encode("utf-16-le"))
    assert isinstance(utf16, RawDoc) and utf16.text.strip() == GOOD
    (utf32,) = _read(tmp_path, "u32.txt", b"\xff\xfe\x00\x00" + GOOD.encode("utf-32-le"))
    assert isinstance(utf32, RawDoc) and utf32.text.strip() == GOOD
    (nul,) = _read(tmp_path, "nul.txt", (GOOD + " " * 9000 + "\x00tail").encode())
    assert isinstance(nul, RawDoc) and "\x00" not in nul.text and nul.metadata["warnings"]


def test_a_reader_crash_is_that_file_s_reason(tmp_path, monkeypatch):
    import newsfold.ingest as ingest

    def broken(path: str, text: str) -> RawDoc:
        raise RuntimeError("boom")

    monkeypatch.setattr(ingest, "read_text", broken)
    (rejected,) = _read(tmp_path, "a.txt", GOOD.encode())
    assert isinstance(rejected, Rejected) and "RuntimeError: boom" in rejected.reason


def test_a_poisoned_batch_leaves_a_usable_database(tmp_path, settings):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "bad-date.txt").write_text(f"date: 2020-13-45\n{GOOD}\n")
    (batch / "feed.jsonl").write_text(json.dumps({"text": GOOD + " Then.", "published": "2020-02-30"}) + "\n"
                                      + "[" * 50_000 + "]" * 50_000 + "\n")
    (batch / "good.txt").write_text("date: 2025-03-03\nThe Valdorian assembly voted on Tuesday to open talks with the "
                                    "union, the speaker said after a session that ran past midnight.\n")
    db = str(tmp_path / "n.db")
    summary = run([str(batch)], db, settings, progress=False)
    assert summary.new == 3 and len(summary.rejected) == 1 and "nested too deeply" in summary.rejected[0].reason
    again = run([str(batch)], db, settings, progress=False)  # every later run works on that database
    assert again.unchanged == 3 and again.analysed == 0
    store = Store(db, readonly=True)
    published = {a.path.rsplit("/", 1)[-1]: a.published for a in store.articles()}
    store.close()
    assert published["good.txt"] == "2025-03-03" and published["bad-date.txt"] is None


def test_repeats_within_one_batch_are_said_out_loud(tmp_path, settings):
    batch = tmp_path / "batch"
    batch.mkdir()
    same = json.dumps({"text": GOOD})
    (batch / "feed.jsonl").write_text("\n".join([
        same, same,
        json.dumps({"id": "x1", "text": GOOD + " First."}),
        json.dumps({"id": "x1", "text": "Another text entirely about the Velmar apricot harvest this summer."}),
    ]) + "\n")
    (batch / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (batch / "spaced.txt ").write_text(GOOD)
    summary = run([str(batch)], str(tmp_path / "n.db"), settings, progress=False)
    assert summary.new == 2 and summary.repeated == 1 and summary.changed == 0
    reasons = {r.path.rsplit("/", 1)[-1]: r.reason for r in summary.rejected}
    assert "same id as" in reasons["feed.jsonl:4"] and reasons["feed.jsonl:4"].endswith("its own id)")
    assert "broken symbolic link" in reasons["dangling.txt"]
    assert "white space" in reasons["spaced.txt "]


def test_an_article_that_cannot_be_analysed_is_reported_and_the_rest_go_on(tmp_path, settings, monkeypatch):
    import newsfold.nlp as nlp

    real = nlp.analyse

    def fragile(parsed, *args, **kwargs):
        if "apricot" in parsed.article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(parsed, *args, **kwargs)

    monkeypatch.setattr(nlp, "analyse", fragile)
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "port.txt").write_text(GOOD)
    (batch / "farm.txt").write_text("A record apricot harvest in the Velmar valley lowered prices, farmers said.")
    summary = run([str(batch)], str(tmp_path / "n.db"), settings, progress=False)
    assert summary.analysed == 1 and summary.articles == 2
    (rejected,) = summary.rejected
    assert rejected.path.endswith("farm.txt") and "RecursionError" in rejected.reason


# Limits on one article: paragraphs and characters (the "hang": 100,000 tiny paragraphs).

def _limited(settings, **limits):
    from dataclasses import replace

    return replace(settings, ingest=replace(settings.ingest, **limits))


@pytest.mark.parametrize("text", ["a\n\n" * 100_000, "".join(f"Paragraph {i}.\n" for i in range(100_000))])
def test_a_hundred_thousand_paragraphs_are_refused_at_the_packaged_limit(tmp_path, text):
    (rejected,) = _read(tmp_path, "many.txt", text.encode())
    assert isinstance(rejected, Rejected)
    assert rejected.reason.startswith("100,000 paragraphs, over [ingest] max_paragraphs = 1,000; split the file")


def test_a_run_of_only_oversized_input_stops_before_any_analysis(tmp_path, settings):
    from newsfold.errors import InputError

    (tmp_path / "many.txt").write_text("a\n\n" * 100_000)
    db = tmp_path / "n.db"
    with pytest.raises(InputError, match="100,000 paragraphs, over"):
        run([str(tmp_path / "many.txt")], str(db), settings, progress=False)
    assert not db.exists()  # nothing ingested into a database that did not exist: none is left behind
    (tmp_path / "good.txt").write_text("The council met on Tuesday and voted to close the old bridge for repairs.")
    run([str(tmp_path / "good.txt")], str(db), settings, progress=False)
    with pytest.raises(InputError, match="100,000 paragraphs, over"):
        run([str(tmp_path / "many.txt")], str(db), settings, progress=False)
    store = Store(str(db), readonly=True)
    assert store.counts()["rejected"] == 1 and len(store.raw_docs()) == 1 and store.counts()["articles"] == 1
    store.close()


def test_limits_come_from_settings_and_good_inputs_beside_go_on(tmp_path, settings):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "many.txt").write_text("".join(f"Paragraph {i} of a long list.\n\n" for i in range(100_000)))
    (batch / "at-limit.txt").write_text("\n".join([GOOD] * 3))
    (batch / "feed.jsonl").write_text(json.dumps({"id": "long", "text": GOOD * 4}) + "\n"
                                      + json.dumps({"id": "short", "text": GOOD.replace("Monday", "Friday")}) + "\n")
    limited = _limited(settings, max_paragraphs=3, max_chars=3 * len(GOOD) + 2)  # at-limit.txt: exactly
    summary = run([str(batch)], str(tmp_path / "n.db"), limited, progress=False)
    assert summary.new == 2 and summary.articles == 2  # at-limit.txt and feed.jsonl:2
    reasons = {r.path.rsplit("/", 1)[-1]: r.reason for r in summary.rejected}
    assert set(reasons) == {"many.txt", "feed.jsonl:1"}
    assert reasons["many.txt"] == ("100,000 paragraphs, over [ingest] max_paragraphs = 3; split the file (or raise "
                                   "the limit)")
    assert reasons["feed.jsonl:1"].startswith(f"{len(GOOD) * 4:,} characters, over [ingest] max_chars = ")


def test_limits_must_be_positive():
    from newsfold import load_settings
    from newsfold.errors import ConfigError

    with pytest.raises(ConfigError, match="ingest.max_paragraphs is 0; use 1 or more"):
        load_settings(None, ["ingest.max_paragraphs=0"])


def test_jsonl_text_empty_once_repaired_and_surrogates_anywhere_in_a_line(tmp_path):
    lines = [json.dumps({"text": "url: https://example.org/a"}), json.dumps({"text": "\x00 \x00"}),
             '{"text": "' + GOOD + '", "extra": {"k\\udc80": ["\\ud800"]}, "id": "\\ud83d", "published": "\\udfff"}']
    header_only, nul_only, surrogates = _read(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    for rejected in (header_only, nul_only):
        assert isinstance(rejected, Rejected) and rejected.reason.startswith("no article text once")
    assert isinstance(surrogates, RawDoc)
    json.dumps(surrogates.metadata, ensure_ascii=False).encode("utf-8")  # storable: every surrogate became U+FFFD
    assert surrogates.metadata["extra"] == {"k\ufffd": ["\ufffd"]} and surrogates.metadata["original_id"] == "\ufffd"
