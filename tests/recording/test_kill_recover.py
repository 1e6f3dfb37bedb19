"""Crash safety: a real running voice meeting killed with SIGKILL, then `recover`; and folders
that `recover` must refuse (foreign, damaged, still running) without touching them."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile
from click.testing import CliRunner

from simulator.cli import cli
from simulator.recording import EventLog
from simulator.run import run_script, setup_for
from simulator.scenario import load_script

LONG_SCRIPT = """\
turns:
  - say: "Hi Dana, thanks so much for making time today."
  - say: >-
      I'm a teacher exploring a move into UX research, and I'd love to understand
      what the work is really like.
    pause: 20
  - say: "What does a typical day look like for you?"
    pause: 20
  - say: "How do you decide which research method to use?"
    pause: 20
  - say: "What skills should I build first?"
    pause: 20
  - say: "Who else would you suggest I talk to?"
    pause: 20
  - say: "Thank you, this has been so helpful. I'll let you go."
"""
SHORT_SCRIPT = """\
turns:
  - say: "Hi Dana, thanks so much for making time today."
  - say: "I'm a teacher exploring a move into UX research."
  - say: "What does a typical day look like for you?"
  - say: "How do you decide which research method to use?"
  - say: "Thank you, this has been so helpful. I'll let you go."
"""
USER_LINE = re.compile(r"^\d\d:\d\d You: ")


def log_lines(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def recover(folder: Path) -> Any:
    return CliRunner().invoke(cli, ["recover", str(folder)])


def rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if len(samples) else 0.0


@pytest.mark.slow
def test_a_killed_voice_meeting_is_recovered(tmp_path: Path) -> None:
    script = tmp_path / "long.yaml"
    script.write_text(LONG_SCRIPT)
    out = tmp_path / "session"
    exe = Path(sys.executable).parent / "interview-sim"
    app = subprocess.Popen(
        [str(exe), "run", "starter/ux-researcher", "--script", str(script), "--voice",
         "--audio-files", "--out", str(out), "--seed", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=os.environ.copy())
    try:
        # The transcript is printed after each turn is logged: the third user turn printed
        # means three are on disk. Kill it there, mid-meeting.
        heard = 0
        assert app.stdout is not None
        for line in app.stdout:
            heard += bool(USER_LINE.match(line))
            if heard == 3:
                break
        assert heard == 3, "the meeting ended before the third user turn"
        os.kill(app.pid, signal.SIGKILL)
        assert app.wait() == -signal.SIGKILL
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        if app.stdout is not None:
            app.stdout.close()
    part_frames = (out / "audio.pcm.part").stat().st_size // 4
    logged = [ln for ln in log_lines(out) if ln["type"] == "turn"]
    assert not [ln for ln in log_lines(out) if ln["type"] == "end"]
    assert not (out / "report.json").exists() and not (out / "audio.flac").exists()
    meta = json.loads((out / "meta.json").read_text())
    assert meta["devices"] == {"files": True} and meta["engines"]["stt"]

    result = recover(out)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"recovered {out}")
    report = json.loads((out / "report.json").read_text())
    assert report["recovered"] is True and report["interrupted"] is True
    assert oct(os.stat(out / "audio.flac").st_mode & 0o777) == "0o600"

    # The audio: what the raw file held at the kill, now FLAC, on the meeting's timeline.
    audio, rate = soundfile.read(out / "audio.flac", dtype="int16")
    assert rate == 16000 and audio.shape[1] == 2
    assert abs(len(audio) - part_frames) <= rate  # within 1 s (it is in fact every frame)
    audio_end_s = meta["audio_start_s"] + len(audio) / rate
    users = [t for t in logged if t["speaker"] == "user"]
    assert len(users) >= 3
    assert audio_end_s >= users[-1]["end_s"]  # all the meeting had heard was on disk

    # The transcript: every turn that had finished by then; nothing half-spoken.
    finished = [t for t in logged if t["end_s"] <= audio_end_s + 0.05]
    assert [t["text"] for t in report["turns"]] == [t["text"] for t in finished]
    assert report["duration_s"] <= audio_end_s + 0.05

    def window(turn: dict[str, Any], channel: int) -> np.ndarray:
        start = round((turn["start_s"] - meta["audio_start_s"]) * rate)
        end = round((turn["end_s"] - meta["audio_start_s"]) * rate)
        return audio[start:end, channel]

    for turn in report["turns"]:  # each voice on its own channel, where the turn was
        mine, theirs = (0, 1) if turn["speaker"] == "user" else (1, 0)
        assert rms(window(turn, mine)) > 10 * max(rms(window(turn, theirs)), 1.0), turn

    # Recovering again rebuilds the report but keeps the first one.
    first = (out / "report.json").read_bytes()
    flac = (out / "audio.flac").read_bytes()
    again = recover(out)
    assert again.exit_code == 0, again.output
    assert "kept report.json.bak" in again.output
    assert (out / "report.json.bak").read_bytes() == first
    assert (out / "audio.flac").read_bytes() == flac


def crashed_session(tmp_path: Path) -> Path:
    """A scripted meeting that died after its second user turn (an exception, not a kill)."""
    script = tmp_path / "short.yaml"
    script.write_text(SHORT_SCRIPT)
    setup = setup_for("starter/ux-researcher", "script", seed=1)
    out = tmp_path / "crashed"
    users = 0

    def crash(kind: str, data: dict[str, Any]) -> None:
        nonlocal users
        users += kind == "turn" and data["speaker"] == "user"
        if users == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_script(setup, load_script(script), script, out, observer=crash)
    return out


def test_a_half_written_session_is_recovered_with_notes(tmp_path: Path) -> None:
    folder = crashed_session(tmp_path)
    with (folder / "events.jsonl").open("a") as log:
        log.write('{"type": "turn", "index": 9, "speaker": "us')  # torn by the crash
    frames = np.arange(3200, dtype="<i2").reshape(-1, 2)
    (folder / "audio.pcm.part").write_bytes(frames.tobytes() + b"\x07")
    result = recover(folder)
    assert result.exit_code == 0, result.output
    [line] = result.output.strip().splitlines()
    assert "skipped 1 unreadable line" in line and "torn last frame" in line
    report = json.loads((folder / "report.json").read_text())
    assert [t["speaker"] for t in report["turns"]].count("user") == 2
    assert np.array_equal(soundfile.read(folder / "audio.flac", dtype="int16")[0], frames)
    assert not (folder / "audio.pcm.part").exists()


def test_a_damaged_report_is_kept_as_a_backup(tmp_path: Path) -> None:
    folder = crashed_session(tmp_path)
    (folder / "report.json").write_text('{"schema": 1, "turns": [')
    result = recover(folder)
    assert result.exit_code == 0, result.output
    assert (folder / "report.json.bak").read_text() == '{"schema": 1, "turns": ['
    assert json.loads((folder / "report.json").read_text())["recovered"] is True


def test_a_foreign_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "holiday-photos"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a meeting")
    (folder / "events.jsonl").write_text("{}\n")
    before = snapshot(folder)
    result = recover(folder)
    assert result.exit_code != 0
    assert result.output.strip() == (f"interview-sim: {folder}: not an interview-sim session "
                                     "(no meta.json or report.json); nothing changed")
    assert snapshot(folder) == before


def test_a_damaged_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = crashed_session(tmp_path)
    (folder / "meta.json").write_text("{ this is not json")
    lines = (folder / "events.jsonl").read_text().splitlines()
    (folder / "events.jsonl").write_text("\n".join(lines[1:]) + "\n")  # the header is gone
    (folder / "audio.pcm.part").write_bytes(b"\x00" * 4000)
    before = snapshot(folder)
    result = recover(folder)
    assert result.exit_code != 0
    [line] = result.output.strip().splitlines()
    assert "damaged" in line and "meta.json is unreadable" in line and "nothing changed" in line
    assert snapshot(folder) == before


def test_a_meeting_still_running_is_not_touched(tmp_path: Path) -> None:
    folder = crashed_session(tmp_path)
    before = snapshot(folder)
    live = EventLog(folder / "events.jsonl", on_fail=lambda reason: None)  # holds its lock
    try:
        result = recover(folder)
    finally:
        live.close()
    assert result.exit_code != 0
    assert "still running" in result.output and len(result.output.strip().splitlines()) == 1
    assert snapshot(folder) == before


def test_a_complete_session_needs_nothing(tmp_path: Path) -> None:
    script = tmp_path / "short.yaml"
    script.write_text(SHORT_SCRIPT)
    out = tmp_path / "done"
    assert CliRunner().invoke(cli, ["run", "ux-researcher", "--script", str(script), "--out",
                                    str(out), "--quiet"]).exit_code == 0
    before = snapshot(out)
    result = recover(out)
    assert result.exit_code == 0
    assert "nothing to recover" in result.output
    assert snapshot(out) == before


def test_no_such_session_is_one_line(tmp_path: Path) -> None:
    result = recover(tmp_path / "nope")
    assert result.exit_code != 0 and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_meeting_that_crashed_after_the_user_left_keeps_why_once(tmp_path: Path) -> None:
    script = tmp_path / "short.yaml"
    script.write_text("\n".join(SHORT_SCRIPT.splitlines()[:-1]) + "\n")  # no goodbye
    setup = setup_for("starter/ux-researcher", "script", seed=1)
    out = tmp_path / "crashed"

    def crash(kind: str, data: dict[str, Any]) -> None:
        if kind == "event" and data["kind"] == "left":
            raise KeyboardInterrupt  # after the log has it, before the report is written

    with pytest.raises(KeyboardInterrupt):
        run_script(setup, load_script(script), script, out, observer=crash)
    assert recover(out).exit_code == 0
    report = json.loads((out / "report.json").read_text())
    left = [e for e in report["events"] if e["kind"] == "left"]
    assert [e["reason"] for e in left] == ["the script ran out"]
