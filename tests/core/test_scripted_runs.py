"""Whole scripted meetings through the CLI: every starter scenario, report.json, prep."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from simulator.catalog import all_scenarios, find_packs, pack_order
from simulator.cli import cli
from simulator.run import run_script, setup_for
from simulator.scenario import candidate_script

STARTER = [r for p in find_packs() if p.name == "starter" for r in pack_order(p)[1]]
CANDIDATES = [(ref, c.id) for ref in STARTER for c in ref.load().candidates]

CONTRACT_KEYS = {"schema", "scenario", "mode", "agreed_s", "duration_s", "overrun_s",
                 "ended_by", "turns", "findings", "metrics"}
FINDING_CODES = {"arrived_too_early", "arrived_late", "underdressed", "no_purpose",
                 "asked_for_job", "googleable_question", "few_questions", "rambling", "tangent",
                 "ignored_time_cue", "time_overrun", "no_thanks", "no_referral_ask"}


def test_starter_pack_has_six_varied_scenarios() -> None:
    scenarios = [r.load() for r in STARTER]
    assert len(scenarios) >= 6
    assert {15, 20, 30} <= {s.minutes for s in scenarios}
    assert {"patient", "busy", "blunt"} <= {s.persona.temperament for s in scenarios}
    for s in scenarios:
        assert {c.id for c in s.candidates} >= {"clean", "flawed"}


@pytest.mark.parametrize(("ref", "cand_id"), CANDIDATES,
                         ids=[f"{r.qualified}:{c}" for r, c in CANDIDATES])
def test_every_starter_candidate_gets_the_findings_it_expects(ref, cand_id, tmp_path) -> None:
    setup = setup_for(ref.qualified, "script", seed=3)
    cand = next(c for c in setup.scenario.candidates if c.id == cand_id)
    script, where = candidate_script(setup.scenario, cand, ref.path, ref.pack_dir)
    outcome = run_script(setup, script, where, tmp_path)
    codes = {f.code for f in outcome.findings}
    assert set(cand.expect.must) <= codes, outcome.report["turns"]
    assert not set(cand.expect.must_not) & codes, [f.message for f in outcome.findings]
    if cand.expect.no_pitfalls:
        assert outcome.pitfalls == [], [f.message for f in outcome.pitfalls]
    assert outcome.record.turns[0].speaker == "persona"
    assert json.loads((tmp_path / "report.json").read_text())["scenario"] == ref.qualified


def _script(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "script.yaml"
    path.write_text(text)
    return path


SCRIPT = """\
arrive_minutes_early: 5
attire: "navy blazer, chinos"
turns:
  - say: "Hi Dana, thanks so much for making time today."
  - say: >-
      I'm a teacher exploring a move into UX research, and I'd love to understand
      what the work is really like.
  - say: "What does a typical day look like for you?"
  - say: "Are there any openings on your team? I'd love to send you my resume."
  - say: "How do you decide which research method to use?"
  - say: "What skills should I build first?"
  - say: "Thank you, this has been so helpful. I'll let you go."
"""


def test_run_script_writes_the_report_contract(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", "starter/ux-researcher", "--script",
                                      str(_script(tmp_path, SCRIPT)), "--out", str(out),
                                      "--seed", "4"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    assert set(report) >= CONTRACT_KEYS
    assert report["schema"] == 1 and report["mode"] == "script"
    assert report["scenario"] == "starter/ux-researcher" and report["agreed_s"] == 1200
    assert report["ended_by"] == "user"
    for turn in report["turns"]:
        assert turn["speaker"] in ("user", "persona") and turn["end_s"] >= turn["start_s"]
    starts = [t["start_s"] for t in report["turns"]]
    assert starts == sorted(starts)
    codes = [f["code"] for f in report["findings"]]
    assert set(codes) <= FINDING_CODES
    job = next(f for f in report["findings"] if f["code"] == "asked_for_job")
    assert report["turns"][job["turn"]]["text"].startswith("Are there any openings")
    assert job["severity"] == "pitfall" and job["message"]
    assert "no_thanks" not in codes
    m = report["metrics"]
    assert 0 < m["user_talk_ratio"] < 1 and m["questions_asked"] >= 3
    assert "asked_for_job" in result.output  # the coaching summary is printed


def test_seed_reproduces_a_run(tmp_path: Path) -> None:
    script = _script(tmp_path, SCRIPT)
    texts = []
    for i, seed in enumerate(["9", "9", "10"]):
        out = tmp_path / f"o{i}"
        CliRunner().invoke(cli, ["run", "ux-researcher", "--script", str(script), "--out",
                                 str(out), "--seed", seed, "--quiet"])
        texts.append([t["text"] for t in json.loads((out / "report.json").read_text())["turns"]])
    assert texts[0] == texts[1]


def test_default_report_goes_to_a_private_session_folder(isolated_data_dir: Path,
                                                         tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "starter/ux-researcher", "--script",
                                      str(_script(tmp_path, SCRIPT)), "--quiet"])
    assert result.exit_code == 0, result.output
    reports = list((isolated_data_dir / "sessions").glob("*/report.json"))
    assert len(reports) == 1
    assert stat.S_IMODE(os.stat(reports[0].parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(reports[0]).st_mode) == 0o600


def test_a_twenty_minute_overrun_meeting_runs_on_the_simulated_clock(tmp_path: Path) -> None:
    turns = "\n".join(f'  - say: "What does a typical day look like, part {i}?"\n    pause: 60'
                      for i in range(30))
    out = tmp_path / "o"
    CliRunner().invoke(cli, ["run", "starter/ux-researcher", "--script",
                             str(_script(tmp_path, f"turns:\n{turns}\n")), "--out", str(out)])
    report = json.loads((out / "report.json").read_text())
    assert report["duration_s"] > report["agreed_s"]
    assert report["ended_by"] == "persona"
    kinds = [t.get("kind") for t in report["turns"]]
    assert kinds.index("time_cue") < kinds.index("wrap_up") < kinds.index("leaving")
    codes = {f["code"] for f in report["findings"]}
    assert {"time_overrun", "ignored_time_cue"} <= codes


def test_prep_file_feeds_the_run(tmp_path: Path) -> None:
    prep_path = tmp_path / "prep.yaml"
    answers = "\n".join([
        "Learn how teachers move into UX research",
        "Dana has been at Brightpath for years", "",
        "What does a typical day look like for you?",
        "What would you do differently if you started again?", "",
        "navy blazer and chinos",
    ]) + "\n"
    result = CliRunner().invoke(cli, ["prep", "starter/ux-researcher", "--out", str(prep_path)],
                                input=answers)
    assert result.exit_code == 0, result.output
    assert "Learn how teachers" in prep_path.read_text()
    out = tmp_path / "o"
    result = CliRunner().invoke(cli, ["run", "starter/ux-researcher", "--script",
                                      str(_script(tmp_path, SCRIPT)), "--prep", str(prep_path),
                                      "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    assert report["attire"] == "navy blazer and chinos"
    assert "prep_review" in report


def test_typed_meeting_on_simulated_clock(tmp_path: Path) -> None:
    typed = "\n".join([
        "Hi Dana, thank you for making the time!",
        "I'm a teacher exploring UX research and my goal is to understand the day to day.",
        "What does a typical day look like for you?",
        "/time",
        "Who else would you suggest I talk to?",
        "Thanks so much, I'll let you go.",
    ]) + "\n"
    out = tmp_path / "o"
    result = CliRunner().invoke(cli, ["run", "ux-researcher", "--text", "--clock", "sim",
                                      "--out", str(out), "--seed", "1"], input=typed)
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    assert report["mode"] == "text"
    assert [t["speaker"] for t in report["turns"]].count("user") == 5
    assert "min of the agreed time left" in result.output
    assert report["turns"][-1]["kind"] == "farewell"


def test_a_typed_last_word_after_the_goodbye_is_kept(tmp_path: Path) -> None:
    typed = "\n".join([
        "Hi Dana.",
        "I'm a teacher exploring UX research and my goal is to understand the day to day.",
        "What does a typical day look like for you?",
        "Who else would you suggest I talk to?",
        "Okay, I think that's all I had.",
        "Oh, and thank you so much for your time!",
        "Anything typed after the last word is not part of the meeting.",
    ]) + "\n"
    out = tmp_path / "o"
    result = CliRunner().invoke(cli, ["run", "ux-researcher", "--text", "--clock", "sim",
                                      "--out", str(out), "--seed", "1"], input=typed)
    assert result.exit_code == 0, result.output
    assert "A last word if you like" in result.output
    report = json.loads((out / "report.json").read_text())
    assert report["turns"][-1]["text"] == "Oh, and thank you so much for your time!"
    assert "no_thanks" not in {f["code"] for f in report["findings"]}


def test_typed_meeting_ends_cleanly_at_end_of_input(tmp_path: Path) -> None:
    out = tmp_path / "o"
    result = CliRunner().invoke(cli, ["run", "ux-researcher", "--text", "--out", str(out)],
                                input="Hi there\n")
    assert result.exit_code == 0, result.output
    assert json.loads((out / "report.json").read_text())["ended_by"] == "user"


@pytest.mark.parametrize("args", [
    ["run", "no-such-scenario", "--text"],
    ["run", "starter/ux-researcher", "--script", "/nonexistent/script.yaml"],
    ["graph", "nope/nope"],
])
def test_bad_input_is_one_line_and_exit_2(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_broken_script_names_file_line_and_key(tmp_path: Path) -> None:
    path = _script(tmp_path, "turns:\n  - say: hi\n  - sya: oops\n")
    result = CliRunner().invoke(cli, ["run", "ux-researcher", "--script", str(path)])
    assert result.exit_code == 2
    assert f"{path}:3: turns.1.sya: unknown key" in result.output


def test_every_shipped_scenario_loads() -> None:
    assert all(ref.load() for ref in all_scenarios())
