"""Wires one meeting together: scenario, driver, coaching, report, session folder."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.catalog import ScenarioRef
from simulator.clock import Clock
from simulator.coaching import coach, prep_review
from simulator.intents import TurnReader
from simulator.meeting import Meeting
from simulator.metrics import metrics
from simulator.paths import data_dir
from simulator.record import Finding, MeetingRecord, Mode
from simulator.report import build_report, write_json
from simulator.scenario import Prep, Scenario

if TYPE_CHECKING:
    from simulator.recording import SessionWriter


@dataclass
class Setup:
    """Everything that decides how a meeting starts."""

    ref: ScenarioRef
    scenario: Scenario
    mode: Mode
    seed: int | None = None
    arrive_minutes_early: float = 5.0
    attire: str | None = None
    prep: Prep | None = None

    def meeting(self, clock: Clock) -> Meeting:
        return Meeting(self.scenario, scenario_ref=self.ref.qualified, mode=self.mode,
                       clock=clock, seed=self.seed,
                       arrive_minutes_early=self.arrive_minutes_early,
                       attire=self.attire, prep=self.prep)


def late_start_s(arrive_minutes_early: float) -> float:
    """Arriving late eats into the agreed time: the meeting clock starts that far in."""
    return max(0.0, -arrive_minutes_early * 60.0)


@dataclass
class Outcome:
    record: MeetingRecord
    findings: list[Finding]
    metrics: dict[str, Any]
    report: dict[str, Any]
    folder: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def pitfalls(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "pitfall"]


def session_folder(ref: ScenarioRef, out: Path | None) -> Path:
    """`--out DIR`, else a new private folder under the data dir's sessions/."""
    if out is not None:
        if not out.exists():
            out.mkdir(parents=True)
            os.chmod(out, 0o700)  # a folder we make for voice recordings is private
        elif not out.is_dir():
            out.mkdir()  # raises FileExistsError naming the path
        return out
    base = data_dir() / "sessions"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Milliseconds in the stamp: names sort in the order meetings began, even two in
    # one second; a clash only moves the stamp on by a millisecond.
    ms = int(time.time() * 1000)
    while True:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(ms / 1000)) + f".{ms % 1000:03d}"
        folder = base / f"{stamp}_{ref.pack_id}-{ref.path.stem}"
        if not folder.exists():
            break
        ms += 1
    folder.mkdir(mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def score(record: MeetingRecord, scenario: Scenario, reader: TurnReader, prep: Prep | None,
          **extra: Any) -> tuple[list[Finding], dict[str, Any], dict[str, Any]]:
    """Findings, metrics and the report for a finished (or recovered) record."""
    findings = coach(record, scenario, reader)
    measured = metrics(record, reader)
    report_extra: dict[str, Any] = {
        "title": scenario.title,
        "persona": scenario.persona.name,
        **extra,
    }
    if prep is not None:
        report_extra["prep_review"] = prep_review(record, scenario, prep)
    return findings, measured, build_report(record, findings, measured, **report_extra)


def conclude(meeting: Meeting, setup: Setup, out: Path | None, write: bool = True,
             session: SessionWriter | None = None, **extra: Any) -> Outcome:
    """Score the finished meeting and write report.json (into `session`'s folder, which
    also closes its event log and recording, when the meeting was recorded)."""
    record = meeting.finish_record()
    findings, measured, report = score(record, setup.scenario, meeting.reader, setup.prep,
                                       seed=setup.seed, **extra)
    outcome = Outcome(record, findings, measured, report)
    if session is not None:
        session.finish(outcome)
    elif write:
        outcome.folder = session_folder(setup.ref, out)
        write_json(outcome.folder / "report.json", report)
    return outcome
