"""`interview-sim review SESSION` in the terminal, `--play N`, and folders it must refuse."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from simulator.cli import cli
from simulator.review_text import load_review, play_turn, turn_audio
from simulator.sessions import SessionFolder
from tests.review import add_recording, dominant_hz, scripted_session, turn_tone_hz


def review(*args: str) -> Result:
    return CliRunner().invoke(cli, ["review", *args])


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real scripted meeting with pitfalls, given a recording that starts 1.5 s in."""
    return add_recording(scripted_session(tmp_path_factory.mktemp("review") / "s"), 1.5)


@pytest.fixture
def typed(tmp_path: Path) -> Path:
    return scripted_session(tmp_path / "typed", candidate="clean")


def test_summary_shows_findings_with_times_metrics_and_transcript(recorded: Path) -> None:
    report = json.loads((recorded / "report.json").read_text())
    result = review(str(recorded))
    assert result.exit_code == 0, result.output
    out = result.output
    rambling = next(f for f in report["findings"] if f["code"] == "rambling")
    seconds = int(rambling["at_s"])
    row = next(line for line in out.splitlines() if "rambling" in line and "│" in line
               and f"{seconds // 60:02d}:{seconds % 60:02d}" in line)
    assert f" {rambling['turn'] + 1} " in row  # the turn, numbered from 1
    for f in report["findings"]:
        assert f["code"] in out
    assert "your share of the talking" in out
    assert f"{report['metrics']['user_talk_ratio']:.0%}" in out
    for turn in report["turns"]:
        assert turn["text"].split()[0] in out
    assert "--play N" in out  # it has a recording


def test_play_sends_that_turns_slice_of_the_recording_to_the_speaker(recorded: Path) -> None:
    played = []

    class Speaker:  # stands in for the output device: only what reaches it is checked
        playing = False

        def __enter__(self) -> Speaker:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def play(self, chunk: object) -> None:
            played.append(chunk)

    found = load_review(SessionFolder(recorded))
    turn = found.record.turns[6]
    seconds = play_turn(found, 7, Speaker)
    assert len(played) == 1
    chunk = played[0]
    assert seconds == pytest.approx(turn.end_s - turn.start_s, abs=0.01)
    assert abs(dominant_hz(chunk.samples, chunk.rate) - turn_tone_hz(6)) < 5
    assert chunk.start_s == pytest.approx(turn.start_s - 1.5, abs=0.01)


def test_a_folder_without_meta_starts_its_recording_at_zero(recorded: Path,
                                                           tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    for name in ("report.json", "audio.flac"):
        (old / name).write_bytes((recorded / name).read_bytes())
    found = load_review(SessionFolder(old))
    assert found.audio_start_s == 0
    chunk = turn_audio(found, 6)
    assert chunk.start_s == pytest.approx(found.record.turns[6].start_s, abs=0.01)


def test_play_without_an_output_device_is_one_clear_line(
        recorded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from audio import sinks

    def no_device(**_kw: object) -> object:
        raise ValueError("No output device matching 'default'")

    # The real speaker sink, on a machine whose PortAudio has no output device.
    monkeypatch.setattr(sinks, "SpeakerSink",
                        functools.partial(sinks.SpeakerSink, stream_factory=no_device))
    result = review(str(recorded), "--play", "2")
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "turn 2" in lines[0] and "speaker" in lines[0], lines


@pytest.mark.parametrize("number", ["0", "99"])
def test_play_of_a_turn_that_does_not_exist(recorded: Path, number: str) -> None:
    result = review(str(recorded), "--play", number)
    assert result.exit_code != 0
    assert result.stderr.strip().splitlines() == [
        f"interview-sim: turn {number}: this session has turns 1-16"]


def test_a_typed_meeting_has_a_transcript_but_nothing_to_play(typed: Path) -> None:
    result = review(str(typed))
    assert result.exit_code == 0 and "Transcript" in result.output
    assert "--play" not in result.output
    result = review(str(typed), "--play", "1")
    assert result.exit_code != 0
    assert "no recording" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def _interrupted(path: Path) -> None:
    (path / "meta.json").write_text("{}")
    (path / "events.jsonl").write_text('{"at_s": 0, "kind": "state"}\n{"at_s": 1, "ki')


def _garbled_report(path: Path) -> None:
    (path / "meta.json").write_text("{}")
    (path / "report.json").write_text('{"schema": 1, "turns": [{"speak')


def _report_with_broken_turns(path: Path) -> None:
    (path / "report.json").write_text(json.dumps(
        {"schema": 1, "scenario": "x", "mode": "voice", "agreed_s": 60,
         "turns": [{"speaker": "user", "text": "no times"}]}))


def _foreign(path: Path) -> None:
    (path / "notes.txt").write_text("my holiday photos")


def _someone_elses_json(path: Path) -> None:
    (path / "report.json").write_text('{"title": "quarterly report"}')


@pytest.mark.parametrize("make, says", [
    (_interrupted, "interrupted"),
    (_garbled_report, "unreadable"),
    (_report_with_broken_turns, "damaged report"),
    (_foreign, "not an interview-sim session folder"),
    (_someone_elses_json, "not an interview-sim report"),
])
@pytest.mark.parametrize("flags", [[], ["--html"], ["--play", "1"]])
def test_bad_folders_are_one_line_and_left_alone(tmp_path: Path, make: object, says: str,
                                                  flags: list[str]) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    make(folder)  # type: ignore[operator]
    before = sorted(p.name for p in folder.iterdir())
    result = review(str(folder), *flags)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], lines
    assert sorted(p.name for p in folder.iterdir()) == before


def test_an_unknown_session_name_is_one_line() -> None:
    result = review("no-such-meeting")
    assert result.exit_code != 0
    assert result.stderr.strip().splitlines() == [
        "interview-sim: no-such-meeting: no such session (try `interview-sim sessions`)"]
