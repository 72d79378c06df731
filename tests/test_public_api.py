"""The public API, pinned: each package's ``__all__`` exactly as published, and every name in it importable.

A change here is a change to what users may import: make it on purpose, and say so in the changelog.
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest

PUBLIC = {
    "newsfold": [
        "Analysis", "Article", "ConfigError", "Conflict", "DateRef", "Embed", "Entity", "Event", "EventMention",
        "Figure", "InputError", "Mention", "NewsfoldError", "Quote", "RawDoc", "Record", "Rejected", "Removed",
        "RunSummary", "Sentence", "Settings", "Store", "StoreError", "__version__", "build_record", "default_settings",
        "fold", "load_settings", "run",
    ],
    "newsfold.export": [
        "FORMATS", "build_record", "render_acled", "render_ccc", "render_html", "render_markdown", "write_csv",
    ],
    "newsfold.nlp": ["analyse", "analyse_articles", "analyse_texts", "analysis_key", "redate"],
    "newsfold.events": ["EventsResult", "build_events", "find_officials", "infer_published", "merge_mentions"],
    "newsfold.resolve": ["EntityIndex", "acronym_definitions", "link_nominal_mentions", "resolve_entities"],
}


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_all_is_exactly_the_published_list(module):
    names = importlib.import_module(module).__all__
    assert len(names) == len(set(names)), f"{module}.__all__ repeats a name"
    assert sorted(names) == PUBLIC[module]


@pytest.mark.parametrize("module,name", [(m, n) for m, names in sorted(PUBLIC.items()) for n in names])
def test_every_public_name_imports(module, name):
    assert getattr(importlib.import_module(module), name, None) is not None, f"from {module} import {name} fails"


def test_error_hierarchy_has_one_root():
    import newsfold

    for name in ("ConfigError", "InputError", "StoreError"):
        assert issubclass(getattr(newsfold, name), newsfold.NewsfoldError)
    assert issubclass(newsfold.NewsfoldError, Exception)


def test_version_is_the_package_version():
    import newsfold

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())
    assert newsfold.__version__ == pyproject["project"]["version"]


def test_export_formats_in_order():
    from newsfold.export import FORMATS

    assert FORMATS == ("json", "csv", "md", "html", "acled", "ccc")


def test_reading_a_database_loads_no_pipeline():
    """The CLI and the store import no stage, reader or model until a command analyses: --help, export and serve
    start in a fraction of a second."""
    import subprocess
    import sys

    heavy = ("spacy", "lingua", "newsfold.pipeline", "newsfold.clean", "newsfold.ingest", "newsfold.dedup")
    code = f"import sys, newsfold.cli, newsfold.store; print([m for m in {heavy!r} if m in sys.modules])"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
