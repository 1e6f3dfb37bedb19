"""report.json and meta.json are written through a temp file: a write that fails (a full
disk) leaves no temp file behind and reaches the user as one line."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from simulator.cli import cli
from simulator.report import write_json


def full_disk(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_write_that_fails_midway_leaves_neither_report_nor_temp_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json, "dump", full_disk)
    with pytest.raises(OSError) as raised:
        write_json(tmp_path / "report.json", {"schema": 1})
    assert raised.value.errno == errno.ENOSPC
    assert raised.value.filename == str(tmp_path / "report.json")
    assert list(tmp_path.iterdir()) == []


def test_a_report_that_cannot_take_its_place_names_it_and_leaves_no_temp_file(
        tmp_path: Path) -> None:
    in_the_way = tmp_path / "report.json"  # a folder where the report should go
    in_the_way.mkdir()
    (in_the_way / "kept.txt").write_text("mine")
    with pytest.raises(IsADirectoryError) as raised:
        write_json(in_the_way, {"schema": 1})
    assert raised.value.filename == str(in_the_way)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    assert (in_the_way / "kept.txt").read_text() == "mine"


def test_a_session_that_cannot_be_written_says_so_in_one_line_and_leaves_no_temp_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "script.yaml"
    script.write_text('turns:\n  - say: "Hi Dana, thanks so much for making time today."\n')
    out = tmp_path / "out"
    monkeypatch.setattr(json, "dump", full_disk)
    result = CliRunner().invoke(cli, ["run", "starter/ux-researcher", "--script", str(script),
                                      "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"interview-sim: cannot start the session in {out}: the disk is full"]
    assert list(out.glob(".*.tmp")) == []
