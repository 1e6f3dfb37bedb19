"""`interview-sim sessions`: the history database, made from real scripted meetings."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from simulator import history
from simulator.cli import cli
from simulator.history import record_session, sparkline
from simulator.sessions import list_sessions

CLEAN = """\
arrive_minutes_early: 5
attire: "navy blazer, chinos"
turns:
  - say: "Hi Dana, thanks so much for making time today."
  - say: >-
      I'm a teacher exploring a move into UX research, and I'd love to understand
      what the work is really like.
  - say: "What does a typical day look like for you?"
  - say: "How do you decide which research method to use?"
  - say: "What skills should I build first?"
  - say: "Is there anyone else you'd recommend I speak with?"
  - say: "Thank you, this has been so helpful. I'll let you go."
"""

FLAWED = """\
arrive_minutes_early: 40
attire: "grey hoodie, sweatpants and flip-flops"
turns:
  - say: "Hey. I'm Sam. I'm trying to get into tech and UX seems like a good fit for me."
  - say: "So where did you go to school, and what did you study?"
  - say: "Is Brightpath hiring researchers right now? Could you pass my resume on?"
  - say: "Okay cool, that's all I had. See ya."
"""


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def hold_meeting(tmp: Path, script: str, scenario: str = "starter/ux-researcher",
                 *extra: str) -> None:
    path = tmp / f"script-{abs(hash(script))}.yaml"
    path.write_text(script)
    result = invoke("run", scenario, "--script", str(path), "--quiet", "--seed", "2", *extra)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three meetings held through the CLI once (clean, flawed, clean), in their own data
    dir; each test copies them into its fresh data dir."""
    home = tmp_path_factory.mktemp("recorded-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INTERVIEW_SIM_HOME", str(home))
        for script in (CLEAN, FLAWED, CLEAN):
            hold_meeting(home, script)
    return home / "sessions"


@pytest.fixture
def sessions_home(recorded: Path, isolated_data_dir: Path) -> Iterator[Path]:
    shutil.copytree(recorded, isolated_data_dir / "sessions")
    yield isolated_data_dir


def rows(*args: str) -> list[dict]:
    result = invoke("sessions", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def reports() -> dict[str, dict]:
    return {s.name: s.report() for s in list_sessions()}


def test_each_scripted_meeting_gets_a_row_with_its_scores(isolated_data_dir: Path,
                                                          tmp_path: Path) -> None:
    hold_meeting(tmp_path, CLEAN)
    hold_meeting(tmp_path, FLAWED)
    found = rows()
    on_disk = reports()
    assert [r["folder"] for r in found] == sorted(on_disk)  # oldest first, newest last
    for row in found:
        report = on_disk[row["folder"]]
        codes = [f["code"] for f in report["findings"]]
        assert row["scenario"] == "starter/ux-researcher"
        assert row["mode"] == "script"
        assert row["findings"] == codes
        assert row["pitfalls"] == sum(f["severity"] == "pitfall" for f in report["findings"])
        assert row["questions_asked"] == report["metrics"]["questions_asked"]
        assert row["duration_s"] == report["duration_s"]
    clean, flawed = found
    assert clean["pitfalls"] == 0
    assert {"asked_for_job", "arrived_too_early", "underdressed"} <= set(flawed["findings"])
    assert (isolated_data_dir / "history.db").is_file()


def test_the_table_lists_every_session_newest_last(sessions_home: Path) -> None:
    result = invoke("sessions")
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if "starter/ux-researcher" in line]
    assert len(lines) == 3
    pitfall_counts = [r["pitfalls"] for r in rows()]
    assert pitfall_counts[1] > pitfall_counts[0]
    # The flawed meeting (the middle one) shows its pitfall count on its own line.
    assert f" {pitfall_counts[1]} " in lines[1]


def test_an_empty_history_says_so(isolated_data_dir: Path) -> None:
    result = invoke("sessions")
    assert result.exit_code == 0
    assert "No sessions yet" in result.stdout


def test_a_deleted_database_is_rebuilt_from_the_folders(sessions_home: Path) -> None:
    before = rows()
    (sessions_home / "history.db").unlink()
    assert rows() == before
    assert (sessions_home / "history.db").is_file()


def test_a_corrupt_database_is_kept_aside_and_rebuilt(sessions_home: Path) -> None:
    before = rows()
    db = sessions_home / "history.db"
    garbage = b"this is not a database\x00\xff" * 200
    db.write_bytes(garbage)
    result = invoke("sessions", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == before
    kept = sessions_home / "history.db.corrupt-1"
    assert kept.read_bytes() == garbage
    assert "damaged" in result.stderr and str(kept) in result.stderr
    db.write_bytes(garbage)  # a second time: the first kept copy is not overwritten
    assert rows() == before
    assert (sessions_home / "history.db.corrupt-2").read_bytes() == garbage
    assert kept.is_file()


def test_a_locked_database_gives_one_clear_line(sessions_home: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    rows()
    monkeypatch.setattr(history, "LOCK_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(sessions_home / "history.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = invoke("sessions")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert result.stderr.count("\n") == 1
    assert "locked" in result.stderr and "history.db" in result.stderr
    assert result.stdout == ""
    assert len(rows()) == 3  # once released, it works again


def test_rows_follow_the_folders(sessions_home: Path, tmp_path: Path) -> None:
    first = rows()
    gone = list_sessions()[1]
    shutil.rmtree(gone.path)
    assert [r["folder"] for r in rows()] == [first[0]["folder"], first[2]["folder"]]
    hold_meeting(tmp_path, FLAWED)  # a folder newer than the database
    now = rows()
    assert len(now) == 3 and now[-1]["folder"] == list_sessions()[-1].name
    assert now[-1]["pitfalls"] > 0


def test_an_interrupted_session_has_no_row_until_it_has_a_report(sessions_home: Path) -> None:
    folder = sessions_home / "sessions" / "20200101-090000_starter-ux-researcher"
    folder.mkdir()
    (folder / "meta.json").write_text("{}")
    (folder / "events.jsonl").write_text('{"at_s": 0, "kind": "state"}\n')
    assert folder.name not in [r["folder"] for r in rows()]
    shutil.copy(list_sessions()[-1].path / "report.json", folder / "report.json")
    found = rows()
    assert found[0]["folder"] == folder.name  # started in 2020: the oldest
    assert found[0]["started_at"] == "2020-01-01T09:00:00"


def test_a_rewritten_report_updates_its_row(sessions_home: Path) -> None:
    rows()
    folder = list_sessions()[0]
    report = folder.report()
    report["findings"] = []
    (folder.path / "report.json").write_text(json.dumps(report))
    row = next(r for r in rows() if r["folder"] == folder.name)
    assert row["findings"] == [] and row["pitfalls"] == 0


def test_record_session_adds_a_meeting_written_elsewhere(sessions_home: Path,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "elsewhere"
    hold_meeting(tmp_path, FLAWED, "starter/ux-researcher", "--out", str(out))
    assert len(rows()) == 3  # not in the data dir: not found by itself
    row = record_session(out)
    assert row is not None and row["folder"] == "elsewhere"
    assert "elsewhere" in [r["folder"] for r in rows()]
    shutil.rmtree(out)
    assert "elsewhere" not in [r["folder"] for r in rows()]


def test_record_session_ignores_a_folder_without_a_report(tmp_path: Path) -> None:
    assert record_session(tmp_path) is None


def test_scenario_filter(sessions_home: Path, tmp_path: Path) -> None:
    hold_meeting(tmp_path, "turns:\n  - say: \"Hello, thanks for meeting me.\"\n",
                 "starter/nurse")
    assert len(rows()) == 4
    assert [r["scenario"] for r in rows("--scenario", "starter/nurse")] == ["starter/nurse"]
    assert len(rows("--scenario", "ux-researcher")) == 3
    result = invoke("sessions", "--scenario", "starter/electrician")
    assert "No sessions of starter/electrician yet" in result.stdout


# --- trends ------------------------------------------------------------------------------


def test_sparklines_scale_from_zero_to_the_top() -> None:
    assert sparkline([0, 5, 10]) == "▁▅█"
    assert sparkline([1, 1, 7, 1]) == "▂▂█▂"  # from zero: a steady 1 is low, not the middle
    assert sparkline([2, None, 2]) == "█ █"
    assert sparkline([0.2, 0.21], top=1.0) == "▂▂"  # a share, against the whole
    assert sparkline([0, 0]) == "▁▁"
    assert sparkline([]) == ""


def test_trend_prints_a_sparkline_per_measure(sessions_home: Path) -> None:
    result = invoke("sessions", "--trend")
    assert result.exit_code == 0, result.output
    lines = {line.split("│")[1].strip(): line for line in result.stdout.splitlines()
             if line.count("│") > 2}
    assert {"rambling turns", "overrun (s)", "your talk share", "pitfalls"} <= set(lines)
    cells = [c.strip() for c in lines["pitfalls"].split("│")]
    spark = cells[2]
    # clean, flawed, clean: the flawed meeting is the peak.
    assert len(spark) == 3 and spark[1] == "█" and spark[0] < spark[1] and spark[2] < spark[1]
    pitfalls = [r["pitfalls"] for r in rows()]
    assert cells[3:7] == [str(pitfalls[0]), str(pitfalls[-1]), str(min(pitfalls)),
                          str(max(pitfalls))]


def test_trend_json_has_each_series(sessions_home: Path) -> None:
    data = rows("--trend")
    assert isinstance(data, dict)
    assert data["pitfalls"] == [float(r["pitfalls"]) for r in rows()]
    assert len(data["sessions"]) == len(data["overrun_s"]) == 3


def test_trend_chart_is_written_as_png(sessions_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "trend.png"
    result = invoke("sessions", "--trend", "--out", str(out))
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 600 and height >= 600
    assert str(out) in result.stdout


def test_trend_chart_into_a_missing_folder_is_one_line(sessions_home: Path,
                                                       tmp_path: Path) -> None:
    result = invoke("sessions", "--trend", "--out", str(tmp_path / "nowhere" / "t.png"))
    assert result.exit_code != 0
    assert "Traceback" not in result.output and result.stderr.count("\n") == 1
