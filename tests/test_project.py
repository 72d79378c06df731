"""Project-level promises: the public API, documented commands, file sizes, no copied seed text."""

from __future__ import annotations

import re
from pathlib import Path

import newsfold
from newsfold.cli import _parser

ROOT = Path(__file__).resolve().parents[1]


def test_public_api_is_exactly_all():
    assert sorted(newsfold.__all__) == sorted(set(newsfold.__all__))
    for name in newsfold.__all__:
        assert hasattr(newsfold, name), name


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    commands = _parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, sub in commands.items():
        assert f"newsfold {name}" in readme, name
        assert "example" in (sub.epilog or ""), name


def test_modules_stay_small_and_documented():
    for path in (ROOT / "src" / "newsfold").rglob("*.py"):
        text = path.read_text()
        assert len(text.splitlines()) <= 550, f"{path} is too long"
        assert re.match(r'\s*"""', text), f"{path} has no module docstring"


def test_readme_lists_the_stages_as_the_command_prints_them(capsys):
    from newsfold.cli import main

    assert main(["stages"]) == 0
    listing = capsys.readouterr().out
    assert listing.splitlines()[1].split()[:2] == ["1", "clean"]
    assert listing in (ROOT / "README.md").read_text()


def _commands_table() -> dict[str, str]:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("## Commands"):readme.index("## Settings")]
    rows = [line for line in section.splitlines() if line.startswith("| `newsfold ")]
    return {row.split("`")[1].split()[1]: row.replace("\\|", "|") for row in rows}


def test_the_commands_table_matches_argparse():
    """Every command has a row; every option of the command, and every choice it takes, is in that row."""
    table = _commands_table()
    commands = _parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(table) == set(commands)
    for name, sub in commands.items():
        usage = table[name].split("`")[1]
        words = set(re.split(r"[\s|\[\]]+", usage))
        for action in sub._actions:
            if action.dest == "help":
                continue
            names = action.option_strings or [(action.metavar or action.dest).upper() + "..." * (action.nargs == "+")]
            assert words & set(names), (name, names, usage)
            for choice in action.choices or ():
                assert choice in words, (name, choice, usage)


def test_help_names_the_defaults_the_code_uses():
    commands = _parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, sub in commands.items():
        for action in sub._actions:
            match = re.search(r"\(default: ([^)]+)\)", action.help or "")
            if match and action.default is not None:
                assert match[1].split(";")[0] == str(action.default), (name, action.dest, match[1])
        if name == "demo":
            assert "default: newsfold-demo.db" in sub.format_help()
