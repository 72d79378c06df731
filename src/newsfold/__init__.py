"""newsfold: fold overlapping news reports about an unfolding situation into one structured, sourced record."""

from __future__ import annotations

__version__ = "0.1.0"

from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import _threads  # noqa: F401  (first: it sets the BLAS threads before numpy loads)
from .errors import ConfigError, InputError, NewsfoldError, StoreError
from .models import (
    Analysis,
    Article,
    Conflict,
    DateRef,
    Embed,
    Entity,
    Event,
    EventMention,
    Figure,
    Mention,
    Quote,
    RawDoc,
    Rejected,
    Removed,
    Sentence,
)
from .settings import Settings, default_settings, load_settings
from .store import Store

if TYPE_CHECKING:
    from .export import build_record
    from .notebook import Record, fold
    from .pipeline import RunSummary, run

# Imported on first use (PEP 562): the pipeline brings spaCy and the language packs, which reading a database,
# exporting or serving it do not need.
_LAZY = {"build_record": "export", "Record": "notebook", "fold": "notebook", "RunSummary": "pipeline",
         "run": "pipeline"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

__all__ = [
    "__version__", "fold", "Record", "build_record", "run", "RunSummary", "Settings", "default_settings",
    "load_settings", "Store",
    "NewsfoldError", "ConfigError", "InputError", "StoreError",
    "Analysis", "Article", "Conflict", "DateRef", "Embed", "Entity", "Event", "EventMention", "Figure",
    "Mention", "Quote", "RawDoc", "Rejected", "Removed", "Sentence",
]
