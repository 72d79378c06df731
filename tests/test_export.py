"""Exports: ACLED and CCC rows checked against rows written by hand for seed events; the HTML report; exporters
that only format the record."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import newsfold.export
from newsfold.export import render_html
from newsfold.export.acled import ACLED_COLUMNS, acled_rows
from newsfold.export.ccc import ccc_rows


def _one(rows, **want):
    found = [r for r in rows if all(str(r.get(k)) == str(v) for k, v in want.items())]
    assert len(found) == 1, (want, [{k: r.get(k) for k in want} for r in rows])
    return found[0]


def _matches(row, expected):
    wrong = {k: (row.get(k), v) for k, v in expected.items() if str(row.get(k)) != str(v)}
    assert not wrong, wrong


def test_acled_rows_as_a_coder_would_write_them(seeds_store):
    rows = acled_rows(seeds_store)
    assert rows and all(list(r) == ACLED_COLUMNS for r in rows)
    assert all(r["event_date"] for r in rows)  # ACLED rows need a date: undated events are left out
    walkout = _one(rows, event_date="2020-08-14", sub_event_type="Peaceful protest",
                   notes=next(r["notes"] for r in rows if "walked off the job on Friday" in r["notes"]))
    _matches(walkout, {"year": 2020, "time_precision": 1, "disorder_type": "Demonstrations", "event_type": "Protests",
                       "actor1": "Protesters (Belarus)", "inter1": 6, "interaction": 60, "country": "Belarus",
                       "iso": 112, "location": "Minsk", "geo_precision": 1, "source": "The Moscow Times",
                       "fatalities": 0})
    assert "Labor Group (Belarus)" in walkout["assoc_actor_1"]
    arrests = _one(rows, event_date="2020-08-12", sub_event_type="Arrests")
    _matches(arrests, {"disorder_type": "Strategic developments", "event_type": "Strategic developments",
                       "actor1": "Police Forces of Belarus", "inter1": 1, "actor2": "Protesters (Belarus)",
                       "inter2": 6, "interaction": 16, "country": "Belarus", "iso": 112})
    strike_notes = next(r["notes"] for r in rows if r["event_date"] == "2020-08-13" and "general strike" in r["notes"])
    strike = _one(rows, event_date="2020-08-13", notes=strike_notes)
    _matches(strike, {"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Belarus)",
                      "country": "Belarus", "tags": "crowd size=no report"})
    # the plants the report names walking out join the labour group as associated actors
    assert strike["assoc_actor_1"].startswith("Labor Group (Belarus); ")
    assert "Minsk Tractor Works" in strike["assoc_actor_1"]


def test_ccc_rows_as_a_coder_would_write_them(seeds_store):
    rows = ccc_rows(seeds_store)
    # the 14 August walkout and march: one event, the reporter's "hundreds" as its size, the claims in the notes
    march = _one(rows, date="2020-08-14", type="strike; march")
    _matches(march, {"size_text": "Hundreds", "size_low": 200, "size_high": 999, "country": "Belarus",
                     "locality": "Minsk", "arrests": "", "chemical_agents": 0})
    assert "workers" in march["participants"]
    assert "20" in march["notes"] and "16,000" in march["notes"]
    # no URL in the seeds: each source is described by outlet, title and date, never by a file path
    assert march["source_1"] == ("The Moscow Times, “Belarus Factory Workers Hold Mass Walkouts to Back "
                                 "Opposition”, 2020-08-14")
    assert march["source_2"] == "newsfold article 002_31852e31f9f7630b, 2020-08-14"
    assert "the opposition calling for leader Alexander Lukashenko to step down" in march["claims"]
    tractor = _one(rows, size_text="more than 5,000")
    _matches(tractor, {"type": "march", "participants": "workers", "size_low": 5000, "size_high": "",
                       "organizations": "Minsk Tractor Works", "claims": "him to resign", "country": "Belarus"})


def test_html_report_is_self_contained_and_escaped(seeds_store):
    html = render_html(seeds_store)
    assert html.startswith("<!doctype html>") and "<svg" in html and "<style>" in html
    assert not re.search(r"<(script|link|img)\b", html)
    assert not re.search(r"(src|href)=\"https?://", html)
    assert "until you kill me" in html.lower()
    assert "&#34;" in html or "&quot;" in html or "“" in html


def _imported(path: Path) -> set[str]:
    """Every module a file imports, relative imports made absolute, imports inside functions included."""
    package = ["newsfold", "export"]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            found.add(".".join(base + ([node.module] if node.module else [])))
    return found


def test_exporters_only_format_the_record():
    folder = Path(newsfold.export.__file__).parent
    modules = sorted(folder.glob("*.py"))
    assert len(modules) > 5
    extracting = {(path.name, module) for path in modules for module in _imported(path)
                  if module.startswith(("newsfold.nlp", "newsfold.resolve"))}
    assert not extracting, "exports read the record; extraction belongs to a pipeline stage"
