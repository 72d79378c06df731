"""Shared fixtures: databases built once per session from the seeds and the demo corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfold import Store, load_settings, run

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


def by_prefix(items, prefix):
    """The one article whose id starts with ``prefix``."""
    found = [a for a in items if a.id.startswith(prefix)]
    assert len(found) == 1, f"expected one article starting {prefix!r}, got {[a.id for a in found]}"
    return found[0]
