"""report.json: the contract other tools read. Fields named in the contract never change;
new ones may be added."""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from simulator import __version__
from simulator.record import Finding, MeetingRecord

SCHEMA = 1


def build_report(record: MeetingRecord, findings: list[Finding], metrics: dict[str, Any],
                 **extra: Any) -> dict[str, Any]:
    overrun = max(0.0, record.duration_s - record.agreed_s)
    return {
        "schema": SCHEMA,
        "scenario": record.scenario,
        "mode": record.mode,
        "agreed_s": round(record.agreed_s, 3),
        "duration_s": round(record.duration_s, 3),
        "overrun_s": round(overrun, 3),
        "ended_by": record.ended_by,
        "turns": [t.to_dict() for t in record.turns],
        "findings": [f.to_dict() for f in findings],
        "metrics": metrics,
        # Beyond the contract: what a re-score or a review needs.
        "arrive_minutes_early": record.arrive_minutes_early,
        "attire": record.attire,
        "prep": record.prep,
        "events": [e.to_dict() for e in record.events],
        "version": __version__,
        **extra,
    }


def write_json(path: Path, data: dict[str, Any]) -> Path:
    """Write atomically, private to the user: a crash never leaves half a report, and a
    failed write (a full disk) leaves no temp file beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):  # the write's own error is the one to report
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno is not None:
            # Name the file the user asked for, not the temp file that is gone now.
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        raise
    return path


def record_from_report(report: dict[str, Any]) -> MeetingRecord:
    """The meeting as recorded, for re-scoring with newer coaching code."""
    return MeetingRecord.from_dict(report)
