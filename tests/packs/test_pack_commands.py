"""`pack list|run|test` and `new` as a user types them, on the shipped starter pack and on
pack folders copied anywhere (broken scenarios, wrong expectations, paths leaving the pack)."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner, Result

from simulator.cli import cli

REPO = Path(__file__).resolve().parents[2]
STARTER = REPO / "scenarios" / "starter"
TRIO = ["ux-researcher", "nurse", "electrician"]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich wraps to 80 columns without a terminal; tables stay on one line each here."""
    monkeypatch.setenv("COLUMNS", "500")


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def make_pack(root: Path, names: list[str] = TRIO, pack_id: str = "trio") -> Path:
    """A pack folder holding copies of starter scenarios, in the given order."""
    pack = root / pack_id
    pack.mkdir(parents=True)
    (pack / "pack.yaml").write_text(f"title: Three meetings\nscenarios: {json.dumps(names)}\n",
                                    encoding="utf-8")
    for name in names:
        shutil.copy(STARTER / f"{name}.yaml", pack / f"{name}.yaml")
    return pack


def edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def progress_file(home: Path, pack_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (home / "packs-progress" / f"{pack_id}.json").read_text(encoding="utf-8"))
    return data


def lines_starting(result: Result, word: str) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith(word)]


def candidate_names(pack_dir: Path, pack_id: str) -> set[str]:
    names = set()
    for path in pack_dir.glob("*.yaml"):
        if path.name != "pack.yaml":
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            names |= {f"{pack_id}/{path.stem}:{c['id']}" for c in data["candidates"]}
    return names


def order_run(pack: Path, *extra: str) -> list[str]:
    result = run("pack", "run", str(pack), "--script-candidate", "clean", "--quiet", *extra)
    assert result.exit_code == 0, result.output
    return [s["id"] for s in progress_file(Path(os.environ["INTERVIEW_SIM_HOME"]),
                                           pack.name)["scenarios"]]


# --- list -------------------------------------------------------------------------------


def test_pack_list_shows_the_starter_pack_and_progress(tmp_path: Path) -> None:
    result = run("pack", "list")
    assert result.exit_code == 0, result.output
    starter = next(line for line in result.output.splitlines() if " starter " in line)
    assert "Starter pack" in starter and " 6 " in starter
    assert "done" not in starter
    run("pack", "run", "starter", "--script-candidate", "clean", "--quiet", "--only", "nurse")
    starter = next(line for line in run("pack", "list").output.splitlines()
                   if " starter " in line)
    assert "1/1 done" in starter


def test_unknown_pack_is_one_line() -> None:
    result = run("pack", "test", "no-such-pack")
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "no-such-pack: no such pack" in result.stderr and "starter" in result.stderr


# --- test -------------------------------------------------------------------------------


def test_pack_test_starter_passes_every_candidate() -> None:
    result = run("pack", "test", "starter")
    assert result.exit_code == 0, result.output
    passed = {re.sub(r" \(.*\)$", "", line.removeprefix("PASS ")) for line in
              lines_starting(result, "PASS")}
    assert passed == candidate_names(STARTER, "starter")
    assert result.output.splitlines()[-1] == f"{len(passed)} passed, 0 failed"


SHIPPED = sorted(p.parent.name for p in (Path(__file__).resolve().parents[2] / "scenarios")
                 .glob("*/pack.yaml"))


@pytest.mark.parametrize("pack", SHIPPED)
def test_every_shipped_pack_passes_its_self_tests(pack: str) -> None:
    assert len(SHIPPED) >= 3
    result = run("pack", "test", pack)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].endswith(" passed, 0 failed")


def test_a_wrong_expectation_is_a_fail_line_and_exit_1(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    edit(pack / "nurse.yaml",
         lambda d: d["candidates"][1]["expect"].update(must=["asked_for_job", "time_overrun"]))
    result = run("pack", "test", str(pack))
    assert result.exit_code == 1
    fails = lines_starting(result, "FAIL")
    assert len(fails) == 1, result.output
    assert re.fullmatch(r"FAIL trio/nurse:flawed: expected time_overrun, got \[.*asked_for_job.*\]",
                        fails[0]), fails[0]
    assert "time_overrun" not in fails[0].partition("got")[2]
    total = len(candidate_names(pack, "trio"))
    assert result.output.splitlines()[-1] == f"{total - 1} passed, 1 failed"


def test_must_not_and_no_pitfalls_are_checked(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, ["nurse"])

    def flawed_claims_clean(d: dict[str, Any]) -> None:
        d["candidates"][1]["expect"] = {"must": ["rambling"], "must_not": ["tangent"],
                                        "no_pitfalls": True}

    edit(pack / "nurse.yaml", flawed_claims_clean)
    fails = lines_starting(run("pack", "test", str(pack)), "FAIL")
    assert len(fails) == 1
    assert "expected no tangent; expected no pitfalls, got [" in fails[0]


def test_a_broken_scenario_is_reported_and_the_rest_tested(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    text = (pack / "nurse.yaml").read_text(encoding="utf-8")
    (pack / "nurse.yaml").write_text(text.replace("  temperament: busy", "  temperament: grumpy"),
                                     encoding="utf-8")
    line = 1 + text.splitlines().index("  temperament: busy")
    result = run("pack", "test", str(pack))
    assert result.exit_code == 1
    assert "FAIL trio/nurse: the scenario does not load" in result.output
    assert f"  {pack / 'nurse.yaml'}:{line}: persona.temperament: " in result.output
    passed = {line.split()[1] for line in lines_starting(result, "PASS")}
    others = {n for n in candidate_names(pack, "trio") if not n.startswith("trio/nurse:")}
    assert passed == others
    assert result.output.splitlines()[-1] == f"{len(others)} passed, 1 failed"


def test_every_scenario_needs_a_clean_and_a_flawed_candidate(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, ["nurse", "electrician"])
    edit(pack / "nurse.yaml", lambda d: d.update(candidates=d["candidates"][:1]))
    edit(pack / "electrician.yaml", lambda d: d.update(candidates=d["candidates"][1:]))
    result = run("pack", "test", str(pack))
    assert result.exit_code == 1
    fails = lines_starting(result, "FAIL")
    assert "FAIL trio/nurse: no flawed candidate (one with expect: {must: [some finding]})" in fails
    assert ("FAIL trio/electrician: no clean candidate (one with expect: {no_pitfalls: true})"
            in fails)
    assert len(fails) == 2


def test_nothing_in_a_pack_reaches_outside_it(tmp_path: Path) -> None:
    pack = make_pack(tmp_path, ["nurse", "electrician", "ux-researcher"])
    (tmp_path / "outside.wav").write_bytes(b"RIFF")  # exists, but is not the pack's to read
    edit(pack / "ux-researcher.yaml",
         lambda d: d["candidates"][0]["script"]["turns"].insert(0, {"audio": "../outside.wav"}))
    outside = tmp_path / "outside.yaml"
    outside.write_text("turns: [{say: hello}]\n", encoding="utf-8")

    def script_from_outside(d: dict[str, Any]) -> None:
        d["candidates"][0].pop("script")
        d["candidates"][0]["file"] = "../outside.yaml"

    edit(pack / "nurse.yaml", script_from_outside)
    secret = tmp_path / "elsewhere.yaml"
    shutil.copy(STARTER / "data-scientist.yaml", secret)
    (pack / "linked.yaml").symlink_to(secret)
    result = run("pack", "test", str(pack))
    assert result.exit_code == 1
    assert "FAIL trio/nurse: the scenario does not load" in result.output
    assert re.search(r"nurse\.yaml:\d+: candidates\.0\.file: path leaves the pack folder",
                     result.output)
    assert "FAIL trio/linked: the scenario does not load" in result.output
    assert f"{pack / 'linked.yaml'}: path leaves the pack folder" in result.output
    assert "FAIL trio/ux-researcher: the scenario does not load" in result.output
    assert re.search(r"ux-researcher\.yaml:\d+: candidates\.0\.script\.turns\.0\.audio: "
                     "path leaves the pack folder", result.output)
    passed = {line.split()[1] for line in lines_starting(result, "PASS")}
    assert passed == {"trio/electrician:clean", "trio/electrician:flawed"}


# --- run --------------------------------------------------------------------------------


def test_pack_run_self_play_prints_each_scenarios_findings(tmp_path: Path,
                                                           isolated_data_dir: Path) -> None:
    pack = make_pack(tmp_path)
    result = run("pack", "run", str(pack), "--script-candidate", "flawed", "--quiet")
    assert result.exit_code == 0, result.output
    progress = progress_file(isolated_data_dir, "trio")
    assert [s["id"] for s in progress["scenarios"]] == TRIO
    summary = result.output.partition("Pack summary")[2]
    rows = {}
    for item in progress["scenarios"]:
        assert item["status"] == "done"
        report = json.loads((Path(item["session"]) / "report.json").read_text())
        assert item["findings"] == [f["code"] for f in report["findings"]]
        row = next(line for line in summary.splitlines() if f"trio/{item['id']}" in line)
        assert all(code in row for code in item["findings"]), row
        assert f" {len(item['pitfalls'])} " in row
        rows[item["id"]] = row
    first, second = progress["scenarios"][:2]
    gone = [c for c in first["findings"] if c not in second["findings"]]
    new = [c for c in second["findings"] if c not in first["findings"]]
    assert gone and new  # the flawed candidates make different mistakes
    assert f"pitfalls {len(first['pitfalls'])} → {len(second['pitfalls'])}" in rows["nurse"]
    assert f"gone: {', '.join(gone)}" in rows["nurse"]
    assert f"new: {', '.join(new)}" in rows["nurse"]
    counts = " → ".join(str(len(s["pitfalls"])) for s in progress["scenarios"])
    assert f"Pitfalls per meeting: {counts}" in summary
    assert "3 of 3 meeting(s) held." in summary


def test_only_keeps_pack_order_and_shuffle_repeats_with_a_seed(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    assert order_run(pack, "--only", "electrician", "--only", "ux-researcher") == \
        ["ux-researcher", "electrician"]
    shuffled = {seed: order_run(pack, "--shuffle", "--seed", str(seed)) for seed in range(4)}
    assert all(sorted(order) == sorted(TRIO) for order in shuffled.values())
    assert any(order != TRIO for order in shuffled.values())
    assert order_run(pack, "--shuffle", "--seed", "3") == shuffled[3]
    result = run("pack", "run", str(pack), "--script-candidate", "clean", "--only", "nope")
    assert result.exit_code == 2 and "trio: no scenario nope" in result.stderr


def test_an_interrupted_run_resumes_at_the_first_unfinished_scenario(
        tmp_path: Path, isolated_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from simulator import packs

    pack = make_pack(tmp_path)
    real_play = packs.play_entry
    played: list[str] = []

    def ctrl_c_on_the_second(entry: Any, *args: Any) -> Any:
        played.append(entry.id)
        if len(played) == 2:
            raise KeyboardInterrupt
        return real_play(entry, *args)

    monkeypatch.setattr(packs, "play_entry", ctrl_c_on_the_second)
    result = run("pack", "run", str(pack), "--script-candidate", "clean", "--quiet")
    assert result.exit_code == 130
    assert "stopped at trio/nurse; 2 meeting(s) left" in result.stderr
    assert "--resume" in result.stderr
    status = [s["status"] for s in progress_file(isolated_data_dir, "trio")["scenarios"]]
    assert status == ["done", "unfinished", "unfinished"]

    monkeypatch.setattr(packs, "play_entry", real_play)
    result = run("pack", "run", str(pack), "--script-candidate", "clean", "--resume")
    assert result.exit_code == 0, result.output
    assert result.output.count("Candidate 'clean' plays the user") == 2
    assert "1/3 done · next: trio/nurse" in result.output
    assert "3 of 3 meeting(s) held." in result.output
    sessions = [s["session"] for s in progress_file(isolated_data_dir, "trio")["scenarios"]]
    assert len(set(sessions)) == 3 and all(Path(s, "report.json").is_file() for s in sessions)

    again = run("pack", "run", str(pack), "--script-candidate", "clean", "--quiet")
    assert again.output.count("Candidate 'clean' plays the user") == 3  # a new run starts over


def test_resume_from_a_saved_progress_file(tmp_path: Path, isolated_data_dir: Path) -> None:
    pack = make_pack(tmp_path)
    saved = {"schema": 1, "pack": "trio", "pack_dir": str(pack.resolve()), "seed": None,
             "scenarios": [
                 {"id": "electrician", "scenario": "trio/electrician", "status": "done",
                  "session": None, "findings": ["no_thanks"], "pitfalls": ["no_thanks"]},
                 {"id": "nurse", "scenario": "trio/nurse", "status": "unfinished",
                  "session": None, "findings": [], "pitfalls": []}]}
    (isolated_data_dir / "packs-progress").mkdir()
    (isolated_data_dir / "packs-progress" / "trio.json").write_text(json.dumps(saved))
    result = run("pack", "run", str(pack), "--script-candidate", "clean", "--resume", "--quiet")
    assert result.exit_code == 0, result.output
    assert result.output.count("Candidate 'clean' plays the user") == 1
    assert "Charge nurse" in result.output
    rows = [line for line in result.output.partition("Pack summary")[2].splitlines()
            if "trio/" in line]
    assert "trio/electrician" in rows[0] and "trio/nurse" in rows[1]
    assert "gone: no_thanks" in rows[1]


def test_pack_run_skips_a_broken_scenario_with_a_warning(tmp_path: Path) -> None:
    pack = make_pack(tmp_path)
    (pack / "nurse.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    result = run("pack", "run", str(pack), "--script-candidate", "clean", "--quiet")
    assert result.exit_code == 0, result.output
    assert "warning: skipping trio/nurse: it does not load" in result.stderr
    assert f"{pack / 'nurse.yaml'}:" in result.stderr and "YAML syntax error" in result.stderr
    assert result.output.count("Candidate 'clean' plays the user") == 2
    assert "2 of 3 meeting(s) held." in result.output
    assert "1 scenario(s) skipped" in result.stderr


def test_run_modes_do_not_mix() -> None:
    result = run("pack", "run", "starter", "--text", "--script-candidate", "clean")
    assert result.exit_code == 2 and "--text goes alone" in result.output
    result = run("pack", "run", "starter", "--audio-files")
    assert result.exit_code == 2 and "--audio-files goes with --script-candidate" in result.output


def test_typed_pack_run_reads_the_keyboard(tmp_path: Path, isolated_data_dir: Path) -> None:
    pack = make_pack(tmp_path, ["nurse"])
    typed = "Hi Lorraine, thank you for meeting me.\nWhat does a shift look like for you?\n/quit\n"
    result = CliRunner().invoke(cli, ["pack", "run", str(pack), "--text", "--clock", "sim"],
                                input=typed)
    assert result.exit_code == 0, result.output
    item = progress_file(isolated_data_dir, "trio")["scenarios"][0]
    report = json.loads((Path(item["session"]) / "report.json").read_text())
    assert report["mode"] == "text"
    assert [t["text"] for t in report["turns"] if t["speaker"] == "user"] == typed.splitlines()[:2]
    assert "few_questions" in item["findings"]


def test_a_typed_pack_waits_between_meetings_and_stops_when_input_ends(
        tmp_path: Path, isolated_data_dir: Path) -> None:
    pack = make_pack(tmp_path, ["nurse", "electrician"])
    first = "Hi Lorraine, thank you for meeting me.\n/quit\n"
    result = CliRunner().invoke(cli, ["pack", "run", str(pack), "--text", "--clock", "sim"],
                                input=first)
    assert result.exit_code == 0, result.output
    assert "Press Enter for the next meeting" in result.output
    assert ("stopped at trio/electrician; 1 meeting(s) left. Continue with: interview-sim pack "
            f"run {pack} --text --resume") in result.stderr
    status = [s["status"] for s in progress_file(isolated_data_dir, "trio")["scenarios"]]
    assert status == ["done", "unfinished"]

    result = CliRunner().invoke(cli, ["pack", "run", str(pack), "--text", "--clock", "sim"],
                                input=first + "\nHi Ray, thanks for having me.\n/quit\n")
    assert result.exit_code == 0, result.output
    status = [s["status"] for s in progress_file(isolated_data_dir, "trio")["scenarios"]]
    assert status == ["done", "done"]
    assert "2 of 2 meeting(s) held." in result.output


# --- new --------------------------------------------------------------------------------


def test_new_writes_a_template_that_validates_and_self_tests(tmp_path: Path) -> None:
    result = run("new", "my-pack/coffee-chat", "--dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    pack = tmp_path / "my-pack"
    assert sorted(p.name for p in pack.iterdir()) == ["coffee-chat.yaml", "pack.yaml"]
    text = (pack / "coffee-chat.yaml").read_text()
    assert text.count("\n#") + text.count("  # ") > 40  # commented throughout
    assert run("validate", str(pack)).exit_code == 0
    tested = run("pack", "test", str(pack))
    assert tested.exit_code == 0, tested.output
    assert tested.output.splitlines()[-1] == "2 passed, 0 failed"

    # A second scenario joins the pack; pack.yaml is left as the author wrote it.
    (pack / "pack.yaml").write_text("title: Mine\n")
    assert run("new", "my-pack/second", "--dir", str(tmp_path)).exit_code == 0
    assert (pack / "pack.yaml").read_text() == "title: Mine\n"
    assert run("pack", "test", str(pack)).output.splitlines()[-1] == "4 passed, 0 failed"


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    assert run("new", "p/s", "--dir", str(tmp_path)).exit_code == 0
    (tmp_path / "p" / "s.yaml").write_text("title: my work\n")
    result = run("new", "p/s", "--dir", str(tmp_path))
    assert result.exit_code == 1
    assert "already exists; not overwriting" in result.stderr
    assert (tmp_path / "p" / "s.yaml").read_text() == "title: my work\n"
    bad = run("new", "Not A Slug", "--dir", str(tmp_path))
    assert bad.exit_code == 2 and "PACK/SCENARIO" in bad.output


def test_new_defaults_to_the_data_dir_where_pack_list_finds_it(isolated_data_dir: Path) -> None:
    assert run("new", "mine/chat").exit_code == 0
    assert (isolated_data_dir / "packs" / "mine" / "chat.yaml").is_file()
    assert any(" mine " in line for line in run("pack", "list").output.splitlines())
    assert run("pack", "test", "mine").exit_code == 0
