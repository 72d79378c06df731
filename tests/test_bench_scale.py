"""bench/scale.py's corpus builder and one tiny measured run (a smoke test: no timing is asserted, it is a
benchmark)."""

from __future__ import annotations

import importlib.util
import json
import random
from collections import Counter

import pytest

from conftest import ROOT

KEYS = {"articles", "newsfold_s", "spacy_s", "ratio", "articles_per_s", "peak_mib", "add_one_cli_s",
        "add_one_warm_s", "db_mib", "per_article_ms"}
TEXT = ("Dockers at the Harbour Works walked out on Monday.\n\nUnion leader Ada Vance said pay was the issue.\n\n"
        "Police said about 400 people marched.\n\nThe port authority declined to comment.")


def _scale():
    spec = importlib.util.spec_from_file_location("scale", ROOT / "bench" / "scale.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.BENCHMARKS.is_dir():
        pytest.skip(f"benchmark texts not found at {module.BENCHMARKS}")
    return module


def test_near_duplicates_keep_most_of_the_text_but_differ():
    scale = _scale()
    rng = random.Random(1)
    for _ in range(20):
        near = scale.near_duplicate(TEXT, rng)
        assert near != TEXT
        kept = set(scale._paragraphs(near)) & set(scale._paragraphs(TEXT))
        assert len(kept) >= 2


def test_corpus_mixes_sources_languages_copies_and_near_duplicates(tmp_path):
    scale = _scale()
    path, held = scale.build_corpus(50, tmp_path)
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(articles) == 50 and len({a["id"] for a in articles}) == 50
    kinds = Counter(a.get("scale_variant", "original") for a in articles)
    assert kinds == {"original": 40, "near": 6, "copy": 4}
    by_id = {a["id"]: a for a in articles}
    for article in articles:
        if article.get("scale_variant") == "copy":
            assert article["text"] == by_id[article["scale_base"]]["text"]
        elif article.get("scale_variant") == "near":
            assert article["text"] != by_id[article["scale_base"]]["text"]
    originals = [a for a in articles if "scale_variant" not in a]
    assert len({a["text"] for a in originals}) == 40
    assert len({a["outlet"] for a in originals}) >= 5
    assert any(a["outlet"] == "bsnlp" for a in originals) and any(a["outlet"] == "polnear" for a in originals)
    assert len({a["published"] for a in articles}) > 5
    assert not {h["text"] for h in held} & {a["text"] for a in articles}
    assert path == scale.build_corpus(50, tmp_path)[0]  # built once


def test_a_tiny_run_reports_every_key(tmp_path, settings):
    scale = _scale()
    from newsfold.nlp.parse import load_model

    result = scale.measure(4, settings, load_model(settings.nlp.model), tmp_path)
    assert KEYS <= set(result)
    assert result["articles"] == 4 and result["stored_articles"] == 4
    assert result["ratio"] == pytest.approx(result["newsfold_s"] / result["spacy_s"])
    assert result["peak_mib"] > 0 and result["db_mib"] > 0
    assert "add warm s" in scale.table([result])
    # where the additions' time went: the parts each run recorded, the stages among them
    for way in ("cli", "warm"):
        parts = result[f"add_one_{way}_parts"]
        assert {"ingest", "basis", "clean", "nlp", "stories", "store"} <= set(parts)
        assert result[f"add_one_{way}_run_s"] == pytest.approx(sum(parts.values()))
        assert result[f"add_one_{way}_run_s"] <= result[f"add_one_{way}_s"]
