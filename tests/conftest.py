"""Shared fixtures: databases built once per session from the seeds and the demo corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from newsfold import Store, load_settings, run
from newsfold.export import build_record
from newsfold.models import Analysis, Article
from newsfold.nlp import analyse
from newsfold.nlp.parse import load_model, parse_articles

# The property and fuzz tests draw the same examples on every run, so a run's verdict depends on the code alone;
# NEWSFOLD_FUZZ_RANDOM=1 draws fresh ones (as `bench/fuzz_campaign.py` does, at a larger scale).
hypothesis_settings.register_profile("newsfold", derandomize=True)
hypothesis_settings.register_profile("random", derandomize=False)
hypothesis_settings.load_profile("random" if os.environ.get("NEWSFOLD_FUZZ_RANDOM") else "newsfold")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory, settings):
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (they live in ../shared/seeds beside the checkout)")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    run([str(SEEDS)], str(db), settings, progress=False)
    return db


@pytest.fixture(scope="session")
def seeds_store(seeds_db):
    store = Store(seeds_db, readonly=True)
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, settings):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    run([str(ROOT / "src" / "newsfold" / "demo")], str(db), settings, progress=False)
    return db


@pytest.fixture(scope="session")
def demo_store(demo_db):
    store = Store(demo_db, readonly=True)
    yield store
    store.close()


# An unrelated report of the same days, for the tests of one event told in several languages: in a corpus of
# only the reports of one event, every shared name or number is in all of them and weighs nothing.
TRAM_REPORT = (" date 2025-03-04 Velmar council approves new tram line\n\n"
               "VELMAR — The city council of Velmar approved a new tram line on Tuesday after a long debate, the "
               "mayor's office said.\n\nThe line will link the old town with the airport by 2027, officials said.\n")


@contextmanager
def folded(tmp_path: Path, texts: dict[str, str], settings) -> Iterator[Store]:
    """``texts`` (file stem -> text) written into ``tmp_path``, run through newsfold, its store open read-only."""
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "folded.db")
    run([str(tmp_path)], db, settings, progress=False)
    store = Store(db, readonly=True)
    try:
        yield store
    finally:
        store.close()


def record_of(db: str) -> dict:
    """The whole record of the database ``db``, as ``export --format json`` gives it."""
    store = Store(db, readonly=True)
    try:
        return build_record(store)
    finally:
        store.close()


def by_prefix(items, prefix):
    """The one article whose id starts with ``prefix``."""
    found = [a for a in items if a.id.startswith(prefix)]
    assert len(found) == 1, f"expected one article starting {prefix!r}, got {[a.id for a in found]}"
    return found[0]


@pytest.fixture(scope="session")
def read_text(settings):
    """Analyse one text as an article labelled with a language code (the tests of each language's pack)."""
    nlp = load_model(settings.nlp.model)

    def read(code: str, text: str, published: str = "2026-03-07") -> tuple[Analysis, str]:
        article = Article(id=code, path=code, text=text, language=code, published=published)
        return analyse(next(parse_articles([article], nlp))), text

    return read
