"""Settings: the packaged TOML is the only source of defaults, a user file overrides it, --set overrides both,
and bad sections, keys and values are one clear line."""

from __future__ import annotations

import tomllib
import typing
from dataclasses import MISSING, fields
from importlib import resources
from pathlib import Path

import pytest

from newsfold.cli import main
from newsfold.errors import ConfigError
from newsfold.settings import (
    ClusterSettings,
    NominalSettings,
    Settings,
    default_settings,
    load_settings,
    parse_override,
)


def _packaged() -> dict:
    return tomllib.loads(resources.files("newsfold").joinpath("defaults.toml").read_text(encoding="utf-8"))


def test_the_packaged_toml_sets_every_field_and_nothing_else():
    packaged = _packaged()
    sections = typing.get_type_hints(Settings)
    assert list(packaged) == list(sections)
    for name, cls in sections.items():
        assert list(packaged[name]) == [f.name for f in fields(cls)], name


def test_no_setting_has_a_default_outside_the_toml():
    for cls in [Settings, *typing.get_type_hints(Settings).values()]:
        for f in fields(cls):
            assert f.default is MISSING and f.default_factory is MISSING, f"{cls.__name__}.{f.name} has a default"
    with pytest.raises(TypeError):
        Settings()  # type: ignore[call-arg]


def test_defaults_are_the_toml_values_typed():
    settings = default_settings()
    packaged = _packaged()
    assert settings.clean.languages == tuple(packaged["clean"]["languages"])
    assert settings.ingest.extensions == tuple(packaged["ingest"]["extensions"])
    assert settings.events.merge_threshold == packaged["events"]["merge_threshold"]
    assert isinstance(settings.nominals.dominance, float) and settings.nominals.country_modifier is False
    assert isinstance(settings.stories, ClusterSettings) and settings.events.merger == "rules"
    assert isinstance(settings.nominals, NominalSettings)


def test_user_file_overrides_the_defaults(tmp_path, monkeypatch):
    path = tmp_path / "mine.toml"
    path.write_text('[events]\nmerge_threshold = 0.7\n[clean]\nlanguages = ["en", "fr"]\n[stories]\nprobes = 10\n')
    settings = load_settings(path)
    assert settings.events.merge_threshold == 0.7
    assert settings.clean.languages == ("en", "fr")
    assert settings.stories.probes == 10
    assert settings.events.stranger_penalty == default_settings().events.stranger_penalty
    assert settings.dedup == default_settings().dedup
    monkeypatch.chdir(tmp_path)
    (tmp_path / "newsfold.toml").write_text("[dedup]\nshingle = 7\n")
    assert load_settings().dedup.shingle == 7


def test_set_overrides_the_user_file_and_the_defaults(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text("[events]\nmerge_threshold = 0.7\nsame_day = 0.4\n")
    settings = load_settings(path, ["events.merge_threshold=0.6", 'clean.languages=["en","fr"]',
                                    "nlp.model=my_model", "nominals.spread=false"])
    assert settings.events.merge_threshold == 0.6
    assert settings.events.same_day == 0.4
    assert settings.clean.languages == ("en", "fr")
    assert settings.nlp.model == "my_model"
    assert settings.nominals.spread is False
    assert load_settings(None, ["events.merge_threshold=1", "events.merge_threshold=2"]).events.merge_threshold == 2


@pytest.mark.parametrize("override, message", [
    ("event.merge_threshold=0.6", r"unknown section \[event\]; known: ingest, clean, dedup, nlp, events"),
    ("events.merge=0.6", r"unknown setting events.merge; known in \[events\]: merger, stories, learned_threshold"),
    ("events.merge_threshold=high", r"events.merge_threshold must be a number, not 'high'"),
    ("clean.languages=en", r"clean.languages must be a list of strings"),
    ("dedup.shingle=2.5", r"dedup.shingle must be a whole number, not 2.5"),
    ("nominals.spread=1", r"nominals.spread must be true or false"),
    ("nominals.dominance=0.5", r"nominals.dominance is 0.5; use 1 or more"),
    ("events", r"write SECTION.KEY=VALUE, e.g. --set events.merge_threshold=0.6"),
])
def test_bad_overrides_say_what_is_known_or_expected(override, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(None, [override])


def test_bad_user_files_say_where(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[stories]\nthreshold = 'high'\n")
    with pytest.raises(ConfigError, match=r"bad.toml: stories.threshold must be a number"):
        load_settings(path)
    path.write_text("[stories\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(path)
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "missing.toml")


def test_override_values_are_toml_literals():
    assert parse_override("events.merge_threshold=0.6") == {"events": {"merge_threshold": 0.6}}
    assert parse_override('clean.languages=["en", "fr"]') == {"clean": {"languages": ["en", "fr"]}}
    assert parse_override('nlp.model="x"') == parse_override("nlp.model=x") == {"nlp": {"model": "x"}}


def test_the_command_line_takes_set_and_turns_bad_keys_into_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "x.db")
    assert main(["export", "--db", db, "--set", "events.nope=1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown setting events.nope; known in [events]: merger, stories" in err
    for command in (["run", "x"], ["export"], ["eval", "x"], ["serve"], ["demo"]):
        assert main([*command, "--set", "bad"]) == 1, command
        assert "write SECTION.KEY=VALUE" in capsys.readouterr().err


def test_every_section_and_key_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for name, cls in typing.get_type_hints(Settings).items():
        assert f"| `[{name}]` |" in readme, name
        for f in fields(cls):
            assert f"`{f.name}`" in readme, f"{name}.{f.name}"
