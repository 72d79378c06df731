"""newsfold: fold overlapping news reports about an unfolding situation into one structured, sourced record."""

from __future__ import annotations

__version__ = "0.1.0"

from . import _threads  # noqa: F401  (first: it sets the BLAS threads before numpy loads)
from .errors import ConfigError, InputError, NewsfoldError, StoreError
from .export import build_record
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
from .notebook import Record, fold
from .pipeline import RunSummary, run
from .settings import Settings, default_settings, load_settings
from .store import Store

__all__ = [
    "__version__", "fold", "Record", "build_record", "run", "RunSummary", "Settings", "default_settings",
    "load_settings", "Store",
    "NewsfoldError", "ConfigError", "InputError", "StoreError",
    "Analysis", "Article", "Conflict", "DateRef", "Embed", "Entity", "Event", "EventMention", "Figure",
    "Mention", "Quote", "RawDoc", "Rejected", "Removed", "Sentence",
]
