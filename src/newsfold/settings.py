"""Settings: every tunable of newsfold, one section per stage, with the packaged defaults.toml as the only source
of defaults; a user TOML file overrides them, and ``--set section.key=value`` on the command line overrides both.

The dataclasses below have no defaults of their own: ``default_settings()`` reads them all from defaults.toml,
which must set every field (a test keeps the two in step).
"""

from __future__ import annotations

import tomllib
import typing
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError

# Where the per-article analysis runs: this machine's processes, or a Dask cluster (nlp/cluster.py).
ENGINES = ("local", "dask")

__all__ = ["Settings", "IngestSettings", "CleanSettings", "DedupSettings", "NlpSettings", "EventSettings",
           "ClusterSettings", "NominalSettings", "default_settings", "load_settings",
           "parse_override"]


@dataclass(frozen=True)
class IngestSettings:
    """What a reader accepts: files up to ``max_bytes``, articles up to ``max_paragraphs`` and ``max_chars``
    (larger ones are rejected with their counts), and which file extensions are read from folders."""

    max_bytes: int
    max_paragraphs: int
    max_chars: int
    extensions: tuple[str, ...]
    text_column: str
    feed_min_words: int

    def __post_init__(self) -> None:
        for name in ("max_bytes", "max_paragraphs", "max_chars"):
            if getattr(self, name) < 1:
                raise ConfigError(f"ingest.{name} is {getattr(self, name)}; use 1 or more")


@dataclass(frozen=True)
class CleanSettings:
    min_repeated_block_chars: int
    languages: tuple[str, ...]
    language_accuracy: str
    paragraph_min_letters: int


@dataclass(frozen=True)
class DedupSettings:
    shingle: int
    near_duplicate: float
    containment: float


@dataclass(frozen=True)
class NlpSettings:
    """The analysis of each article: which spaCy ``model`` and event typer, and where it runs: ``engine`` local
    (``workers`` processes of this machine) or dask (a Dask cluster at ``scheduler``, or a local one when empty,
    sent ``dask_batch`` articles per task)."""

    model: str
    batch_size: int
    n_process: int
    workers: int
    engine: str
    scheduler: str
    dask_batch: int
    event_typer: str

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ConfigError(f"nlp.engine is {self.engine!r}; use one of {', '.join(ENGINES)}")
        if self.dask_batch < 1:
            raise ConfigError(f"nlp.dask_batch is {self.dask_batch}; use 1 or more articles per task")


@dataclass(frozen=True)
class EventSettings:
    """Event merging: which merger (``merger``: rules or learned, events/coreference.py) and story clusterer
    (``stories``, events/stories.py) run; the rules merger's least score to join an event (events/merge.py) and
    the weights of the evidence that adds up to it; the learned merger's least average pair probability."""

    merger: str
    stories: str
    learned_threshold: float
    merge_threshold: float
    stranger_penalty: float
    same_day: float
    shared_entity: float
    shared_entities_max: float
    shared_words: float
    copied_sentence: float


@dataclass(frozen=True)
class ClusterSettings:
    """Story clustering (events/doc_clusters.py); the defaults were tuned on ECB+ train and dev topics only."""

    threshold: float
    probes: int
    candidates: int
    max_df: float
    refine_passes: int
    small_story: int
    absorb_threshold: float
    own_language_threshold: float
    cross_language_threshold: float
    link_neighbours: int
    link_least_scale: float
    link_own_language_least_scale: float
    link_threshold: float
    link_own_language_threshold: float
    link_unit: float
    link_floor: float


@dataclass(frozen=True)
class NominalSettings:
    """How sure the nominal linker (resolve/nominals.py) must be, and which metonymies it follows.

    ``dominance``: an entity wins a contested head (or a proper head, or a spread) with at least this many times
    the evidence of the next. ``salience``: the article naming one candidate this many times more often than the
    others breaks a remaining tie (0: never). ``country_modifier``: a country named in a phrase stands for it
    ("Russian officials" are Russia; off for strict identity). ``person_country``: so does a person whose titles
    name one country ("the Trump administration"). ``unknown_country``: a name inside a phrase does not rule out
    a candidate whose country is unknown. ``spread``: see the ``spread`` rule."""

    dominance: float
    salience: float
    country_modifier: bool
    person_country: bool
    unknown_country: bool
    spread: bool

    def __post_init__(self) -> None:
        if self.dominance < 1:
            raise ConfigError(f"nominals.dominance is {self.dominance}; use 1 or more (3 is the default)")
        if self.salience and self.salience < 1:
            raise ConfigError(f"nominals.salience is {self.salience}; use 1 or more, or 0 to turn it off")


@dataclass(frozen=True)
class Settings:
    ingest: IngestSettings
    clean: CleanSettings
    dedup: DedupSettings
    nlp: NlpSettings
    events: EventSettings
    stories: ClusterSettings
    nominals: NominalSettings


def _sections() -> dict[str, type]:
    return typing.get_type_hints(Settings)


def _convert(value: Any, kind: Any, where: str) -> Any:
    """``value`` as read from TOML, as the field's type wants it, or a ConfigError saying what is expected."""
    if kind is bool and isinstance(value, bool):
        return value
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if kind is str and isinstance(value, str):
        return value
    if kind == tuple[str, ...] and isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        return tuple(value)
    wanted = {bool: "true or false", int: "a whole number", float: "a number", str: "a string",
              tuple[str, ...]: 'a list of strings, e.g. ["en", "fr"]'}.get(kind, str(kind))
    raise ConfigError(f"{where} must be {wanted}, not {value!r}")


def _section(cls: type, base: Any, values: Any, source: str, section: str) -> Any:
    """Section ``cls`` with ``values`` (read from ``source``) over ``base`` (None: ``values`` must set every field)."""
    if not isinstance(values, dict):
        raise ConfigError(f"{source}: {section} must be a table of settings ([{section}] key = value)")
    hints = typing.get_type_hints(cls)
    unknown = [key for key in values if key not in hints]
    if unknown:
        raise ConfigError(f"{source}: unknown setting {section}.{unknown[0]}; known in [{section}]: "
                          f"{', '.join(hints)}")
    if base is None:
        missing = [name for name in hints if name not in values]
        if missing:
            raise ConfigError(f"{source}: {section}.{missing[0]} not set; every setting needs a packaged default")
        current: dict[str, Any] = {}
    else:
        current = {f.name: getattr(base, f.name) for f in fields(base)}
    current.update({key: _convert(value, hints[key], f"{source}: {section}.{key}") for key, value in values.items()})
    try:
        return cls(**current)
    except ConfigError as exc:  # a section's own check of its values
        raise ConfigError(f"{source}: {exc}") from None


def _apply(base: Settings | None, data: dict[str, Any], source: str) -> Settings:
    """``data`` (sections of settings read from ``source``) over ``base`` (None: ``data`` must set everything)."""
    sections = _sections()
    unknown = [name for name in data if name not in sections]
    if unknown:
        raise ConfigError(f"{source}: unknown section [{unknown[0]}]; known: {', '.join(sections)}")
    if base is None:
        missing = [name for name in sections if name not in data]
        if missing:
            raise ConfigError(f"{source}: section [{missing[0]}] missing; every setting needs a packaged default")
        return Settings(**{name: _section(cls, None, data[name], source, name) for name, cls in sections.items()})
    return replace(base, **{name: _section(sections[name], getattr(base, name), values, source, name)
                            for name, values in data.items()})


@cache
def default_settings() -> Settings:
    """The packaged defaults (defaults.toml), which set every field."""
    packaged = resources.files("newsfold").joinpath("defaults.toml").read_text(encoding="utf-8")
    return _apply(None, tomllib.loads(packaged), "packaged defaults.toml")


def parse_override(text: str) -> dict[str, Any]:
    """``section.key=value`` (value a TOML literal: 0.6, true, "en", ["en", "fr"]; a bare word is a string)
    -> {section: {key: value}}."""
    name, sep, raw = text.partition("=")
    section, dot, key = name.strip().partition(".")
    if not sep or not dot or not section or not key:
        raise ConfigError(f"--set {text!r}: write SECTION.KEY=VALUE, e.g. --set events.merge_threshold=0.6; "
                          f"sections: {', '.join(_sections())}")
    try:
        value = tomllib.loads(f"value = {raw.strip()}")["value"]
    except tomllib.TOMLDecodeError:
        value = raw.strip()
    return {section: {key.strip(): value}}


def load_settings(user_file: str | Path | None = None, overrides: Iterable[str] = ()) -> Settings:
    """Packaged defaults, then ``user_file`` (or ./newsfold.toml if present), then ``overrides``, each
    ``section.key=value`` as given to ``--set``."""
    settings = default_settings()
    path = Path(user_file) if user_file else Path("newsfold.toml")
    if user_file and not path.is_file():
        raise ConfigError(f"settings file {path} not found; give an existing TOML file or drop --config")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file or drop it") from exc
        settings = _apply(settings, data, str(path))
    for text in overrides:
        settings = _apply(settings, parse_override(text), f"--set {text}")
    return settings
