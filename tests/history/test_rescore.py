"""Re-scoring a recorded session with the current code and scenario (review --rescore)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile
from click.testing import CliRunner

from simulator.catalog import resolve
from simulator.cli import cli
from simulator.coaching import coach
from simulator.errors import NotFound
from simulator.intents import TurnReader
from simulator.metrics import metrics
from simulator.paths import REPO_SCENARIOS
from simulator.record import MeetingRecord, Turn
from simulator.report import build_report, write_json
from simulator.rescore import rescore_session, summary_lines
from simulator.sessions import SessionFolder, list_sessions

RATE = 16000

SCRIPT = """\
arrive_minutes_early: 40
attire: "grey hoodie, sweatpants and flip-flops"
turns:
  - say: "Hey. I'm Sam. I'm trying to get into tech and UX seems like a good fit for me."
  - say: "What does a typical day look like for you?"
  - say: "How do you decide which research method to use?"
  - say: "What skills should I build first?"
  - say: "Is Brightpath hiring researchers right now? Could you pass my resume on?"
  - say: "Okay cool, that's all I had. See ya."
"""


def hold_meeting(tmp_path: Path, scenario: str = "starter/ux-researcher") -> SessionFolder:
    script = tmp_path / "script.yaml"
    script.write_text(SCRIPT)
    result = CliRunner().invoke(cli, ["run", scenario, "--script", str(script), "--quiet",
                                      "--seed", "5"])
    assert result.exit_code == 0, result.output
    return list_sessions()[-1]


def codes(findings: list[dict]) -> list[str]:
    return sorted(f["code"] for f in findings)


def test_findings_removed_by_hand_come_back(tmp_path: Path) -> None:
    folder = hold_meeting(tmp_path)
    original = folder.report()
    assert {"asked_for_job", "arrived_too_early", "underdressed"} <= set(
        codes(original["findings"]))
    edited = {**original, "findings": original["findings"][:1]}
    (folder.path / "report.json").write_text(json.dumps(edited))

    diff = rescore_session(folder)

    now = folder.report()
    assert codes(now["findings"]) == codes(original["findings"])
    assert now["metrics"] == original["metrics"]
    assert codes(diff["findings_added"]) == codes(original["findings"][1:])
    assert diff["findings_removed"] == [] and diff["metrics_changed"] == {}
    backup = folder.path / "report.json.bak-1"
    assert json.loads(backup.read_text()) == edited
    assert any(line.startswith("+ asked_for_job:") for line in summary_lines(diff))

    again = rescore_session(folder)  # nothing left to change; the backups pile up in order
    assert again["findings_added"] == again["findings_removed"] == []
    assert "Findings unchanged" in " ".join(summary_lines(again))
    assert codes(json.loads((folder.path / "report.json.bak-2").read_text())["findings"]) \
        == codes(original["findings"])
    assert backup.is_file()


def test_a_changed_threshold_changes_the_findings(tmp_path: Path, scenarios_root: Path) -> None:
    pack = scenarios_root / "practice"
    shutil.copytree(REPO_SCENARIOS / "starter", pack)
    (pack / "pack.yaml").write_text((pack / "pack.yaml").read_text().replace(
        "id: starter", "id: practice"))
    folder = hold_meeting(tmp_path, "practice/ux-researcher")
    before = folder.report()
    assert before["scenario"] == "practice/ux-researcher"
    assert "few_questions" not in codes(before["findings"])

    scenario_file = pack / "ux-researcher.yaml"
    text = scenario_file.read_text()
    assert "\nthresholds:\n" in text
    scenario_file.write_text(text.replace("\nthresholds:\n", "\nthresholds:\n  min_questions: 8\n"))
    diff = rescore_session(folder)

    assert [f["code"] for f in diff["findings_added"]] == ["few_questions"]
    assert "aim for at least 8" in diff["findings_added"][0]["message"]
    assert "few_questions" in codes(folder.report()["findings"])
    assert "few_questions" not in codes(
        json.loads((folder.path / "report.json.bak-1").read_text())["findings"])


def test_a_scenario_that_is_gone_is_named_in_one_line(tmp_path: Path,
                                                      scenarios_root: Path) -> None:
    pack = scenarios_root / "practice"
    shutil.copytree(REPO_SCENARIOS / "starter", pack)
    folder = hold_meeting(tmp_path, "practice/ux-researcher")
    shutil.rmtree(pack)
    with pytest.raises(NotFound) as caught:
        rescore_session(folder)
    message = str(caught.value)
    assert "\n" not in message
    assert "practice/ux-researcher" in message and "no longer installed" in message
    assert not (folder.path / "report.json.bak-1").exists()  # nothing was touched


# --- speaking time measured again from the recording -------------------------------------


def voice_like(seconds: float, f0: float = 140.0, level: float = 0.12) -> np.ndarray:
    """A buzzy harmonic tone the voice detector takes for a voice, in syllables with short
    dips as speech has (a sound that never dips reads as background noise)."""
    t = np.arange(round(seconds * RATE)) / RATE
    buzz = level * sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 25))
    in_dip = (t % 0.28 >= 0.22) & (t < seconds - 0.1)
    return np.where(in_dip, 0.0, buzz)


def put(track: np.ndarray, at_s: float, sound: np.ndarray) -> None:
    first = round(at_s * RATE)
    track[first:first + len(sound)] = sound


def voiced_session(base: Path, audio_start_s: float) -> tuple[SessionFolder, dict[int, float]]:
    """A voice session with an answer that spans 50 s but holds 20 s of speech between long
    pauses, on a recording that starts `audio_start_s` into the meeting. The persona's
    channel is loud throughout, so only the microphone channel can give the right figures."""
    ref = resolve("starter/ux-researcher")
    scenario = ref.load()
    user_parts = {1: [(4.0, 3.2)], 3: [(15.0, 5.0), (22.0, 5.0), (29.0, 5.0), (60.0, 5.0)]}
    turns = [
        Turn("persona", 0.0, 3.0, "Hi, I'm Dana. Good to meet you.", kind="greeting"),
        Turn("user", 4.0, 7.2, "Hi Dana, thank you so much for making time today."),
        Turn("persona", 8.0, 14.0, "Of course. What brings you here?", kind="purpose_prompt"),
        Turn("user", 15.0, 65.0, "I'm a teacher exploring a move into UX research, and I "
             "would love to understand what a typical week looks like for you and what "
             "skills I should build first."),
        Turn("persona", 66.0, 70.0, "Happy to help. Let me tell you about my week.",
             kind="answer"),
    ]
    record = MeetingRecord("starter/ux-researcher", "voice", scenario.agreed_s, turns=turns,
                           duration_s=72.0)
    reader = TurnReader(scenario)
    report = build_report(record, coach(record, scenario, reader), metrics(record, reader))
    folder = base / "20260101-100000_starter-ux-researcher"
    write_json(folder / "report.json", report)
    write_json(folder / "meta.json", {"audio_start_s": audio_start_s})
    mic = np.zeros(round((72.0 - audio_start_s) * RATE))
    for parts in user_parts.values():
        for at_s, seconds in parts:
            put(mic, at_s - audio_start_s, voice_like(seconds))
    persona = voice_like(len(mic) / RATE, f0=210.0)
    soundfile.write(folder / "audio.flac", np.stack([mic, persona], axis=1), RATE,
                    subtype="PCM_16")
    speech = {i: sum(s for _, s in parts) for i, parts in user_parts.items()}
    return SessionFolder(folder), speech


@pytest.mark.parametrize("audio_start_s", [0.0, 2.5])
def test_speech_is_measured_again_from_the_recording(tmp_path: Path,
                                                     audio_start_s: float) -> None:
    folder, speech = voiced_session(tmp_path, audio_start_s)
    before = folder.report()
    assert "rambling" in codes(before["findings"])  # the 50 s span, pauses and all

    diff = rescore_session(folder)

    after = folder.report()
    for i, seconds in speech.items():
        assert after["turns"][i]["speech_s"] == pytest.approx(seconds, abs=0.1)
    assert {t["turn"] for t in diff["turns_remeasured"]} == set(speech)
    # 20 s of speech is not a monologue: the finding goes, and the numbers follow.
    assert "rambling" in codes(diff["findings_removed"])
    assert "rambling" not in codes(after["findings"])
    assert after["metrics"]["longest_user_turn_s"] == pytest.approx(20.0, abs=0.15)  # to 0.1 s
    assert diff["metrics_changed"]["longest_user_turn_s"]["old"] == 50.0
    assert (folder.path / "report.json.bak-1").is_file()


def test_without_meta_the_recording_starts_at_meeting_time_zero(tmp_path: Path) -> None:
    folder, speech = voiced_session(tmp_path, 0.0)
    (folder.path / "meta.json").unlink()
    rescore_session(folder)
    assert folder.report()["turns"][3]["speech_s"] == pytest.approx(speech[3], abs=0.1)
