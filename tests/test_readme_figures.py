"""The README's vague-quantity table against the figure extractor, so the documentation cannot drift from the
rule table in nlp/figures.py: every row is run through the extractor and every rule word must have a row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsfold import load_settings
from newsfold.nlp import analyse_texts
from newsfold.nlp.figures import QUALIFIERS, VAGUE

README = Path(__file__).resolve().parents[1] / "README.md"
HEADING = "### Figures: vague quantities"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    assert HEADING in text, f"README.md has no {HEADING!r} section"
    body = text.split(HEADING, 1)[1]
    return re.split(r"\n#{1,3} ", body, maxsplit=1)[0]


def _bound(cell: str) -> float | None:
    return None if cell == "open" else float(cell.replace(",", ""))


def _rows() -> list[tuple[str, float | None, float | None]]:
    """(phrase, low, high) of each table row that gives an interval ("open" is an unbounded end)."""
    out = []
    for line in _section().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[0] in ("phrase", "---") or not re.fullmatch(r"[\d,]+–[\d,]+|[\d,]+–open|"
                                                                                r"open–[\d,]+", cells[1]):
            continue
        low, high = cells[1].split("–")
        out.append((cells[0], _bound(low), _bound(high)))
    return out


ROWS = _rows()


def test_the_table_is_found_and_covers_every_rule_word():
    assert len(ROWS) >= len(VAGUE)
    documented = {phrase for phrase, _, _ in ROWS}
    assert set(VAGUE) <= documented, f"undocumented vague words: {sorted(set(VAGUE) - documented)}"


def test_every_qualifier_is_named_in_the_section():
    section = " ".join(_section().split())  # a quoted qualifier may be wrapped across lines
    missing = [q for q in QUALIFIERS if f'"{q}"' not in section]
    assert not missing, f"qualifiers missing from the README: {missing}"


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[tuple[str, float | None, float | None]]]:
    """phrase -> (text, low, high) of the figures found in a plain sentence built around it."""
    docs = [(str(i), f"On Monday {phrase} protesters marched in the city.", "2025-03-03")
            for i, (phrase, _, _) in enumerate(ROWS)]
    out = {}
    for (article, analysis), (phrase, _, _) in zip(analyse_texts(docs, load_settings().nlp), ROWS, strict=True):
        out[phrase] = [(f.text, f.low, f.high) for f in analysis.figures]
        assert article.id == str(len(out) - 1)
    return out


@pytest.mark.parametrize(("phrase", "low", "high"), ROWS, ids=[row[0] for row in ROWS])
def test_readme_row_matches_the_extractor(extracted, phrase, low, high):
    assert extracted[phrase] == [(phrase, low, high)]
