"""Wires one meeting together: scenario, driver, coaching, report, session folder."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.catalog import ScenarioRef
from simulator.clock import Clock
from simulator.coaching import coach, prep_review
from simulator.meeting import Meeting
from simulator.metrics import metrics
from simulator.paths import data_dir
from simulator.record import Finding, MeetingRecord, Mode
from simulator.report import build_report, write_json
from simulator.scenario import Prep, Scenario


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
        out.mkdir(parents=True, exist_ok=True)
        return out
    stamp = time.strftime("%Y%m%d-%H%M%S")
    base = data_dir() / "sessions"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = f"{stamp}_{ref.pack_id}-{ref.path.stem}"
    folder, n = base / name, 1
    while folder.exists():
        n += 1
        folder = base / f"{name}-{n}"
    folder.mkdir(mode=0o700)
    os.chmod(folder, 0o700)
    return folder


def conclude(meeting: Meeting, setup: Setup, out: Path | None, write: bool = True,
             **extra: Any) -> Outcome:
    """Score the finished meeting and write report.json."""
    record = meeting.finish_record()
    findings = coach(record, setup.scenario, meeting.reader)
    measured = metrics(record, meeting.reader)
    report_extra: dict[str, Any] = {
        "title": setup.scenario.title,
        "persona": setup.scenario.persona.name,
        "seed": setup.seed,
        **extra,
    }
    if setup.prep is not None:
        report_extra["prep_review"] = prep_review(record, setup.scenario, setup.prep)
    report = build_report(record, findings, measured, **report_extra)
    outcome = Outcome(record, findings, measured, report)
    if write:
        outcome.folder = session_folder(setup.ref, out)
        write_json(outcome.folder / "report.json", report)
    return outcome
