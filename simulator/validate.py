"""`interview-sim validate`: check any mix of scenario, pack, script and prep files."""

from __future__ import annotations

from pathlib import Path

from simulator.catalog import PACK_FILE, pack_order
from simulator.errors import Problem, ScenarioError
from simulator.scenario import load_pack_file, load_prep, load_scenario, load_script
from simulator.yamlfile import load_yaml


def _kind(path: Path) -> str:
    if path.name == PACK_FILE:
        return "pack"
    try:
        data, _ = load_yaml(path)
    except ScenarioError:
        return "scenario"  # loading it again reports the syntax error
    if isinstance(data, dict):
        if "turns" in data and "persona" not in data:
            return "script"
        if "persona" not in data and "topics" not in data and (
            {"goal", "questions", "researched"} & set(data)
        ):
            return "prep"
    return "scenario"


def _check_file(path: Path, pack_root: Path | None) -> list[Problem]:
    try:
        kind = _kind(path)
        if kind == "pack":
            load_pack_file(path)
            pack_order(path.parent)
        elif kind == "script":
            load_script(path, pack_root)
        elif kind == "prep":
            load_prep(path)
        else:
            load_scenario(path, pack_root)
    except ScenarioError as exc:
        return exc.problems
    return []


def validate_paths(paths: list[Path]) -> tuple[list[Problem], int]:
    """Every problem in every file; a folder means every YAML file in it."""
    problems: list[Problem] = []
    checked = 0
    for path in paths:
        if path.is_dir():
            files = sorted(path.glob("*.yaml"))
            if not files:
                problems.append(Problem(path, None, "", "no YAML files in this folder"))
            for f in files:
                checked += 1
                problems += _check_file(f, path)
        else:
            checked += 1
            root = path.parent if (path.parent / PACK_FILE).is_file() else None
            problems += _check_file(path, root)
    return problems, checked
