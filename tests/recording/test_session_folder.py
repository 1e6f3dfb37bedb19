"""Typed and scripted meetings leave a session folder: meta.json, an event log written as the
meeting goes, report.json, all private. A crash leaves it for recovery at the next start."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from simulator import recording
from simulator.cli import cli
from simulator.run import run_script, setup_for
from simulator.scenario import load_script
from simulator.sessions import SessionFolder, list_sessions

SCRIPT = """\
turns:
  - say: "Hi Dana, thanks so much for making time today."
  - say: >-
      I'm a teacher exploring a move into UX research, and I'd love to understand
      what the work is really like.
  - say: "What does a typical day look like for you?"
  - say: "How do you decide which research method to use?"
  - say: "What skills should I build first?"
  - say: "Thank you, this has been so helpful. I'll let you go."
"""


@pytest.fixture
def script(tmp_path: Path) -> Path:
    path = tmp_path / "script.yaml"
    path.write_text(SCRIPT)
    return path


def mode_of(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def log_lines(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]


def test_a_scripted_meeting_leaves_a_private_folder_with_meta_events_and_report(
        script: Path, isolated_data_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["run", "starter/ux-researcher", "--script", str(script),
                                      "--seed", "4", "--quiet"])
    assert result.exit_code == 0, result.output
    [session] = list_sessions()
    folder = session.path
    assert folder.parent == isolated_data_dir / "sessions"
    assert folder.name.endswith("_starter-ux-researcher")
    assert mode_of(folder) == 0o700
    assert sorted(p.name for p in folder.iterdir()) == ["events.jsonl", "meta.json",
                                                        "report.json"]
    assert all(mode_of(p) == 0o600 for p in folder.iterdir())
    meta = session.meta()
    scenario_file = Path(meta["scenario"]["path"])
    assert meta["scenario"]["sha256"] == hashlib.sha256(scenario_file.read_bytes()).hexdigest()
    assert meta["mode"] == "script" and meta["seed"] == 4
    assert meta["versions"]["interview-sim"] and meta["versions"]["python"]
    assert "audio_start_s" not in meta  # no audio in a scripted run
    report = session.report()
    assert session.state == "complete"
    lines = log_lines(folder)
    assert lines[0]["type"] == "begin" and lines[-1]["type"] == "end"
    assert [ln["text"] for ln in lines if ln["type"] == "turn"] == \
        [t["text"] for t in report["turns"]]
    assert [ln["code"] for ln in lines if ln["type"] == "finding"] == \
        [f["code"] for f in report["findings"]]
    assert any(ln["type"] == "event" and ln["state"] == "questions" for ln in lines)


def test_each_turn_is_on_disk_before_anyone_sees_it(script: Path, tmp_path: Path) -> None:
    setup = setup_for("starter/ux-researcher", "script", seed=2)
    out = tmp_path / "session"
    seen: list[int] = []

    def check(kind: str, data: dict[str, Any]) -> None:
        if kind != "turn":
            return
        turns = [ln for ln in log_lines(out) if ln["type"] == "turn"]
        assert turns[-1]["index"] == data["index"] and turns[-1]["text"] == data["text"]
        assert not (out / "report.json").exists()
        seen.append(data["index"])

    run_script(setup, load_script(script), script, out, observer=check)
    assert seen == list(range(len(seen))) and len(seen) >= 12


def test_a_typed_meeting_gets_a_folder_too(tmp_path: Path) -> None:
    out = tmp_path / "typed"
    typed = "Hi Dana, thank you for making the time!\nWhat does a typical day look like?\n"
    result = CliRunner().invoke(cli, ["run", "ux-researcher", "--text", "--clock", "sim",
                                      "--out", str(out)], input=typed)
    assert result.exit_code == 0, result.output
    assert mode_of(out) == 0o700
    users = [ln["text"] for ln in log_lines(out) if ln["type"] == "turn"
             and ln["speaker"] == "user"]
    assert users == ["Hi Dana, thank you for making the time!",
                     "What does a typical day look like?"]
    assert SessionFolder(out).meta()["mode"] == "text"


def test_reusing_an_out_folder_keeps_the_earlier_meeting(script: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    for seed in ("1", "2"):
        result = CliRunner().invoke(cli, ["run", "ux-researcher", "--script", str(script),
                                          "--out", str(out), "--seed", seed, "--quiet"])
        assert result.exit_code == 0, result.output
    assert json.loads((out / "report.json.bak").read_text())["seed"] == 1
    assert json.loads((out / "report.json").read_text())["seed"] == 2
    assert json.loads((out / "meta.json.bak").read_text())["seed"] == 1
    assert log_lines(out)[0]["type"] == "begin"  # a fresh log, not appended to the old one


def test_an_interrupted_meeting_in_a_reused_out_folder_is_recovered_first(
        script: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    setup = setup_for("starter/ux-researcher", "script", seed=2)

    def crash(kind: str, data: dict[str, Any]) -> None:
        if kind == "turn" and data["index"] == 3:
            raise Crash

    with pytest.raises(Crash):
        run_script(setup, load_script(script), script, out, observer=crash)
    result = CliRunner().invoke(cli, ["run", "ux-researcher", "--script", str(script),
                                      "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    earlier = json.loads((out / "report.json.bak").read_text())
    assert earlier["recovered"] is True and len(earlier["turns"]) == 4
    assert json.loads((out / "report.json").read_text()).get("recovered") is None


def test_a_full_disk_ends_the_meeting_with_what_fits(script: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    lines_that_fit = 9
    written = 0

    def disk(fd: int, data: bytes) -> int:
        nonlocal written
        if written >= lines_that_fit:
            raise OSError(errno.ENOSPC, "No space left on device")
        written += 1
        return os.write(fd, data)

    monkeypatch.setattr(recording, "_os_write", disk)
    out = tmp_path / "o"
    result = CliRunner().invoke(
        cli, ["run", "ux-researcher", "--script", str(script), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "the meeting ended early: the disk is full" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert len(log_lines(out)) == lines_that_fit
    report = json.loads((out / "report.json").read_text())
    assert report["fault"] == "the disk is full"
    said = [t["text"] for t in report["turns"] if t["speaker"] == "user"]
    assert 0 < len(said) < 6  # it stopped; it did not carry on to the end of the script
    left = [e for e in report["events"] if e["kind"] == "left"]
    assert left and left[0]["reason"] == "the disk is full"


class Crash(Exception):
    pass


def test_a_crashed_meeting_is_recovered_when_the_next_one_starts(
        script: Path, tmp_path: Path) -> None:
    setup = setup_for("starter/ux-researcher", "script", seed=2)
    users = 0

    def crash_on_the_third_user_turn(kind: str, data: dict[str, Any]) -> None:
        nonlocal users
        if kind == "turn" and data["speaker"] == "user":
            users += 1
            if users == 3:
                raise Crash

    with pytest.raises(Crash):
        run_script(setup, load_script(script), script, None,
                   observer=crash_on_the_third_user_turn)
    [crashed] = list_sessions()
    assert crashed.state == "interrupted"
    logged = [ln for ln in log_lines(crashed.path) if ln["type"] == "turn"]

    result = CliRunner().invoke(
        cli, ["run", "ux-researcher", "--script", str(script), "--out", str(tmp_path / "next"),
              "--quiet"])
    assert result.exit_code == 0, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"interview-sim: recovered {crashed.path}: {len(logged)} turn(s)")
    assert crashed.state == "complete"
    report = crashed.report()
    assert report["recovered"] is True and report["interrupted"] is True
    assert [t["text"] for t in report["turns"]] == [t["text"] for t in logged]
    assert sum(t["speaker"] == "user" for t in report["turns"]) == 3
    assert {f["code"] for f in report["findings"]} >= {"few_questions"}  # re-scored
    # Once recovered, it is left alone.
    again = CliRunner().invoke(
        cli, ["run", "ux-researcher", "--script", str(script), "--out", str(tmp_path / "n2"),
              "--quiet"])
    assert again.stderr == ""


@pytest.mark.slow
def test_a_disk_filling_up_mid_voice_meeting_ends_it_with_what_fits(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A spoken meeting on audio files against a disk with room for ~20 s of recording."""
    room = 30 * 16000 * 4
    used = 0

    def small_disk(fd: int, data: bytes) -> int:
        nonlocal used
        if used + len(data) > room:
            raise OSError(errno.ENOSPC, "No space left on device")
        used += len(data)
        return os.write(fd, data)

    monkeypatch.setattr(recording, "_os_write", small_disk)
    script = tmp_path / "script.yaml"
    script.write_text(SCRIPT.replace('like for you?"\n', 'like for you?"\n    pause: 30\n'))
    out = tmp_path / "voice"
    result = CliRunner().invoke(cli, ["run", "starter/ux-researcher", "--script", str(script),
                                      "--voice", "--audio-files", "--out", str(out), "--quiet"])
    assert result.exit_code == 1, result.output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("interview-sim: the meeting ended early: the disk is full "
                           "(recording stopped at ")
    report = json.loads((out / "report.json").read_text())
    recorded_s = report["recording"]["audio_seconds"]
    assert 25 < recorded_s <= 30
    assert report["recording"]["audio"] == "audio.flac"
    import soundfile

    assert soundfile.info(str(out / "audio.flac")).frames == round(recorded_s * 16000)
    # The meeting ended right there, rather than running on unrecorded.
    [left] = [e for e in report["events"] if e["kind"] == "left"]
    assert left["reason"].startswith("the disk is full")
    assert left["at_s"] == pytest.approx(recorded_s, abs=0.1)
    users = [t for t in report["turns"] if t["speaker"] == "user"]
    assert 1 <= len(users) < 6
