"""ACLED and CCC columns against their codebooks' types: numbers only in number columns, ids and sources as the
codebooks write them (ACLED's event_id_cnty, CCC sources as URLs or descriptions, never local paths)."""

from __future__ import annotations

import csv
import io
import re

import pytest

from newsfold.export import render_acled, render_ccc
from newsfold.export.acled import ACLED_COLUMNS, ACLED_TYPES, acled_rows, event_id_cnty
from newsfold.export.ccc import CCC_COLUMNS, CCC_TYPES, ccc_rows

CHECKS = {
    "text": lambda v: isinstance(v, str),
    "int": lambda v: v == "" or (isinstance(v, int) and not isinstance(v, bool)),
    "number": lambda v: v == "" or (isinstance(v, int | float) and not isinstance(v, bool)),
    "binary": lambda v: v in ("", 0, 1),
    "date": lambda v: v == "" or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)),
    "id": lambda v: bool(re.fullmatch(r"[A-Z]{3}\d+", v)),
    "source": lambda v: bool(re.match(r"https?://", v)) or not (v.startswith(("/", ".")) or
                                                                  re.search(r"\.(txt|jsonl|html?|md)$", v)),
}


def _check(rows, types):
    wrong = [(column, row[column]) for row in rows for column, kind in types.items()
             if column in row and not CHECKS[kind](row[column])]
    assert not wrong, wrong[:10]


@pytest.fixture(params=["demo_store", "seeds_store"])
def store(request):
    return request.getfixturevalue(request.param)


def test_acled_columns_have_the_codebook_types(store):
    rows = acled_rows(store)
    assert rows and all(list(r) == ACLED_COLUMNS for r in rows)
    _check(rows, ACLED_TYPES)
    ids = [r["event_id_cnty"] for r in rows]
    assert len(set(ids)) == len(ids)


def test_acled_event_id_is_country_code_and_a_stable_number():
    assert event_id_cnty("V027b605bb1", "BY") == "BLR10659847089"
    assert event_id_cnty("V027b605bb1", "") == "XXX10659847089"
    assert event_id_cnty("odd-id", "US") == event_id_cnty("odd-id", "US")
    assert event_id_cnty("odd-id", "US").startswith("USA")


def test_seeds_acled_rows_carry_belarus_ids(seeds_store):
    assert all(r["event_id_cnty"].startswith("BLR") for r in acled_rows(seeds_store) if r["country"] == "Belarus")


def test_ccc_columns_have_the_codebook_types(store):
    rows = ccc_rows(store)
    assert rows and all(list(r)[:len(CCC_COLUMNS)] == CCC_COLUMNS for r in rows)
    _check(rows, CCC_TYPES)
    _check(rows, {k: "source" for r in rows for k in r if k.startswith("source_")})
    for row in rows:
        assert all(not str(row[k]).startswith("/") for k in row if k.startswith("source_"))
        if row["size_low"] != "" and row["size_high"] != "":
            assert row["size_mean"] == (row["size_low"] + row["size_high"]) / 2
        assert (row["size_cat"] == 0) == (row["size_mean"] == "")


def test_ccc_fills_what_the_record_supports(demo_store):
    rows = ccc_rows(demo_store)
    march = next(r for r in rows if r["type"] == "march" and r["claims"])
    _expect(march, {"size_low": 2000, "size_high": 9999, "size_mean": 5999.5, "size_cat": 3, "issues": "economy",
                    "valence": "", "online": "", "arrests_any": 0, "property_damage_any": 0})
    hurt = next(r for r in rows if r["injuries_crowd"])
    _expect(hurt, {"injuries_crowd": "at least 30", "injuries_crowd_any": 1, "injuries_police": "Seven",
                   "injuries_police_any": 1})
    walkout = next(r for r in rows if r["size_text"] == "more than 4,000")
    _expect(walkout, {"size_low": 4000, "size_high": "", "size_mean": 4000, "size_cat": 3, "issues": "labor",
                      "source_1": "Harbor Ledger, “Dockworkers walk off the job at Port Seren container terminal”, "
                                  "2025-03-03"})
    assert any(r["source_1"].startswith("https://") for r in rows)


def _expect(row, want):
    wrong = {k: (row[k], v) for k, v in want.items() if row[k] != v}
    assert not wrong, wrong


def test_rendered_tables_keep_numbers_numbers(demo_store):
    ccc = list(csv.DictReader(io.StringIO(render_ccc(demo_store))))
    for row in ccc:
        assert re.fullmatch(r"\d*", row["participant_deaths"]) and re.fullmatch(r"\d*", row["police_deaths"])
        assert re.fullmatch(r"[0-4]", row["size_cat"])
    acled = list(csv.DictReader(io.StringIO(render_acled(demo_store))))
    assert all(re.fullmatch(r"\d+", row["fatalities"]) for row in acled)


def test_the_readme_examples_have_the_columns_the_exporters_write():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\n(.*?)```", readme, re.DOTALL)
    acled = next(b for b in blocks if b.startswith("event_id_cnty,"))
    assert acled.splitlines()[0] == ",".join(ACLED_COLUMNS)
    ccc = next(b for b in blocks if b.startswith("date,locality,"))
    header = ccc.splitlines()[0].split(",")
    assert [c for c in header if not c.startswith("source_")] == CCC_COLUMNS
    for block, columns in ((acled, ACLED_COLUMNS), (ccc, header)):
        for row in csv.DictReader(io.StringIO(block)):
            assert list(row) == columns and None not in row.values()


def test_reports_cite_sources_by_outlet_title_and_date(demo_store):
    from newsfold.export import render_html, render_markdown

    report = render_markdown(demo_store)
    assert ("- 01_walkout_begins: Harbor Ledger, “Dockworkers walk off the job at Port Seren container terminal”; "
            "2025-03-03 (header)") in report
    assert ("**Sources:** Harbor Ledger, “Dockworkers walk off the job at Port Seren container terminal”, "
            "2025-03-03 [01_walkout_begins]") in report
    assert "(outlet unknown)" not in report
    assert "Harbor Ledger, “Dockworkers walk off the job at Port Seren container terminal”, 2025-03-03" in \
        render_html(demo_store).replace("&#8220;", "“").replace("&#8221;", "”")
