"""The catalog commands as a user types them: `list`, `schema`, `graph`, `validate`, and how a
scenario name is resolved (pack/scenario, bare name, file path, unknown, ambiguous)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from simulator.cli import cli

REPO = Path(__file__).resolve().parents[1]
VALID_PACK = Path(__file__).resolve().parent / "data" / "valid-pack"
MINIMAL = VALID_PACK / "minimal.yaml"
STARTER = REPO / "scenarios" / "starter"
MEETING_STATES = ["lobby", "greeting", "purpose", "questions", "wrap_up", "farewell", "ended"]


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def minimal_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    return data


def add_pack(root: Path, name: str, scenario_names: list[str]) -> Path:
    """A pack folder `name` under `root` holding copies of the valid scenario."""
    pack = root / name
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text(f"title: Pack {name}\n", encoding="utf-8")
    for scenario in scenario_names:
        shutil.copy(MINIMAL, pack / f"{scenario}.yaml")
    return pack


def listed(result: Result, pack: str) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return [row for row in rows if row["pack"] == pack]


def one_error_line(result: Result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    return lines[0]


# --- list -------------------------------------------------------------------------------


def test_list_json_shows_a_pack_from_the_scenarios_variable(scenarios_root: Path) -> None:
    copy = scenarios_root / "valid-pack"
    shutil.copytree(VALID_PACK, copy)
    (row,) = listed(run("list", "--json"), "valid-pack")
    data = minimal_data()
    assert row["id"] == "valid-pack/minimal"
    assert row["title"] == data["title"]
    assert row["persona"] == data["persona"]["name"]
    assert row["minutes"] == data["minutes"]
    assert Path(row["path"]) == copy / "minimal.yaml"


def test_list_without_the_variable_does_not_see_the_pack() -> None:
    assert listed(run("list", "--json"), "valid-pack") == []


def test_list_includes_packs_in_the_data_dir(isolated_data_dir: Path) -> None:
    add_pack(isolated_data_dir / "packs", "mine", ["practice"])
    (row,) = listed(run("list", "--json"), "mine")
    assert row["id"] == "mine/practice"


def test_list_skips_a_broken_scenario_and_says_why_in_one_line(scenarios_root: Path) -> None:
    pack = add_pack(scenarios_root, "mixed", ["good"])
    broken = pack / "broken.yaml"
    broken.write_text(MINIMAL.read_text(encoding="utf-8").replace("minutes: 20", "minutes: x"),
                      encoding="utf-8")
    result = run("list", "--json")
    assert [row["id"] for row in listed(result, "mixed")] == ["mixed/good"]
    warnings = [line for line in result.stderr.splitlines() if "broken.yaml" in line]
    assert len(warnings) == 1
    assert re.search(rf"{re.escape(str(broken))}:\d+: minutes: ", warnings[0])


def test_list_table_names_the_scenario(scenarios_root: Path) -> None:
    add_pack(scenarios_root, "tabled", ["coffee"])
    result = run("list")
    assert result.exit_code == 0, result.output
    assert "tabled/coffee" in result.stdout
    assert minimal_data()["persona"]["name"] in result.stdout


def _starter_files() -> list[Path]:
    return sorted(p for p in STARTER.glob("*.yaml") if p.name != "pack.yaml") \
        if STARTER.is_dir() else []


@pytest.mark.skipif(len(_starter_files()) < 6, reason="the starter pack is not complete yet")
def test_shipped_starter_pack_lists_six_or_more_scenarios_cleanly() -> None:
    result = run("list", "--json")
    rows = listed(result, "starter")
    assert len(rows) >= 6
    assert len(rows) == len(_starter_files())
    assert "skipping" not in result.stderr
    assert run("validate", str(STARTER)).exit_code == 0


# --- schema -----------------------------------------------------------------------------


def _schema() -> dict[str, Any]:
    result = run("schema")
    assert result.exit_code == 0, result.output
    schema: dict[str, Any] = json.loads(result.stdout)
    return schema


def test_schema_is_a_json_schema_of_a_scenario() -> None:
    schema = _schema()
    assert "json-schema.org" in schema["$schema"]
    assert schema["type"] == "object"
    assert {"persona", "topics", "lines", "title", "minutes"} <= set(schema["properties"])
    assert {"persona", "topics", "lines", "title", "minutes"} <= set(schema["required"])
    assert schema.get("additionalProperties") is False  # typos are errors in editors too


def test_schema_accepts_the_valid_scenario_and_rejects_broken_ones() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = _schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    good = minimal_data()
    assert list(validator.iter_errors(good)) == []

    grumpy = minimal_data()
    grumpy["persona"]["temperament"] = "grumpy"
    typo = minimal_data()
    typo["persona"]["voice"]["pich"] = 3
    missing = minimal_data()
    del missing["lines"]["farewell"]
    for bad in (grumpy, typo, missing):
        assert list(validator.iter_errors(bad)), bad


# --- graph and resolving names ----------------------------------------------------------


def _assert_state_diagram(result: Result) -> None:
    assert result.exit_code == 0, result.output
    assert "stateDiagram" in result.stdout
    for state in MEETING_STATES:
        assert re.search(rf"(^|\s){state}(\s|:|$)", result.stdout, re.M), state
    assert re.search(r"lobby\s*-->\s*greeting", result.stdout)


def test_graph_by_file_path() -> None:
    result = run("graph", str(MINIMAL))
    _assert_state_diagram(result)
    assert minimal_data()["title"] in result.stdout


def test_graph_by_pack_and_name_and_by_bare_name(scenarios_root: Path) -> None:
    add_pack(scenarios_root, "resolving", ["only-here"])
    _assert_state_diagram(run("graph", "resolving/only-here"))
    _assert_state_diagram(run("graph", "only-here"))


def test_unknown_scenario_is_one_line_and_exit_2(scenarios_root: Path) -> None:
    add_pack(scenarios_root, "known", ["exists"])
    line = one_error_line(run("graph", "no-such-scenario"))
    assert "no-such-scenario" in line and "no such scenario" in line
    assert "known/exists" in line  # it suggests what does exist
    assert "no such" in one_error_line(run("graph", "known/missing"))


def test_missing_scenario_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    line = one_error_line(run("graph", str(tmp_path / "gone.yaml")))
    assert "gone.yaml" in line


def test_ambiguous_name_names_every_match(scenarios_root: Path) -> None:
    add_pack(scenarios_root, "alpha", ["shared-name"])
    add_pack(scenarios_root, "beta", ["shared-name"])
    line = one_error_line(run("graph", "shared-name"))
    assert "alpha/shared-name" in line and "beta/shared-name" in line
    _assert_state_diagram(run("graph", "beta/shared-name"))


def test_graph_of_a_broken_scenario_names_the_problem(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(MINIMAL.read_text(encoding="utf-8").replace("busy", "grumpy"),
                      encoding="utf-8")
    line = one_error_line(run("graph", str(broken)))
    assert re.search(rf"{re.escape(str(broken))}:\d+: persona\.temperament: ", line)


# --- validate ---------------------------------------------------------------------------


def test_validate_a_valid_pack_folder() -> None:
    result = run("validate", str(VALID_PACK))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "ok: 2 file(s)"


def test_validate_a_pack_naming_a_missing_scenario(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(VALID_PACK, pack)
    (pack / "pack.yaml").write_text("title: T\nscenarios: [minimal, ghost]\n", encoding="utf-8")
    result = run("validate", str(pack))
    assert result.exit_code == 2
    problem, count = result.stderr.splitlines()
    assert problem.startswith(f"{pack / 'pack.yaml'}") and "ghost.yaml" in problem
    assert count == "1 problem(s) in 2 file(s)"
