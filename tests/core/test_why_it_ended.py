"""Why a meeting ended when the user left it reaches the running transcript and the
session's event log, not only report.json."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from simulator.cli import cli

NO_GOODBYE = """\
turns:
  - say: "Hi Dana, thanks so much for making time today."
  - say: "What does a typical day look like for you?"
"""


def test_a_script_that_runs_out_says_so_in_the_transcript_and_the_event_log(
        tmp_path: Path) -> None:
    script = tmp_path / "script.yaml"
    script.write_text(NO_GOODBYE)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", "starter/ux-researcher", "--script", str(script),
                                      "--out", str(out), "--seed", "4"])
    assert result.exit_code == 0, result.output
    stamped = [line for line in result.stdout.partition("Coaching:")[0].splitlines()
               if line[:5].replace(":", "").isdigit()]  # "00:52 ...": the transcript's lines
    assert stamped[-1].endswith("(the meeting ended: the script ran out)")
    logged = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    [left] = [e for e in logged if e.get("kind") == "left"]
    assert left["type"] == "event" and left["reason"] == "the script ran out"
    report = json.loads((out / "report.json").read_text())
    assert [e for e in report["events"] if e["kind"] == "left"] == [
        {k: v for k, v in left.items() if k != "type"}]
