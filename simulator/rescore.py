"""Re-scoring a recorded session with the current code: what `review SESSION --rescore` runs.

The transcript in report.json is the meeting as it happened; the findings and metrics are
recomputed from it with today's coaching and today's version of the scenario. When the
session kept its audio, each user turn's speaking time is measured again from the
microphone channel. The old report is kept as report.json.bak-<n>.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from simulator import __version__
from simulator.catalog import resolve
from simulator.coaching import coach, prep_review
from simulator.errors import NotFound
from simulator.intents import TurnReader
from simulator.metrics import metrics
from simulator.record import MeetingRecord, Turn
from simulator.report import build_report, record_from_report, write_json
from simulator.scenario import Prep, Scenario
from simulator.sessions import AUDIO_RATE, REPORT, SessionError, SessionFolder

USER_CHANNEL = 0
"""audio.flac's first channel is the microphone."""
LEAD_S = 1.0
"""Audio read before a turn so the detector has settled when the turn begins."""
TAIL_S = 0.1


def _scenario(record: MeetingRecord, folder: SessionFolder) -> Scenario:
    try:
        ref = resolve(record.scenario)
    except NotFound:
        raise NotFound(f"{folder.name}: its scenario {record.scenario} is no longer installed, "
                       "so it cannot be re-scored") from None
    return ref.load()


def _prep(record: MeetingRecord) -> Prep | None:
    # A record written by another version may carry prep keys this one does not know.
    try:
        return Prep.model_validate(record.prep) if record.prep else None
    except ValidationError:
        return None


def _backup(path: Path) -> Path:
    n = 1
    while path.with_name(f"{path.name}.bak-{n}").exists():
        n += 1
    backup = path.with_name(f"{path.name}.bak-{n}")
    shutil.copy2(path, backup)
    return backup


# --- speech re-measured from the audio ---------------------------------------------------


def turn_speech_s(audio_path: Path, turn: Turn, audio_start_s: float) -> float | None:
    """Seconds of voiced speech on the microphone channel within the turn's span, by the
    same detector the live meeting uses; None when the span is not in the recording or
    holds no speech."""
    import soundfile

    from audio.chunk import AudioChunk
    from audio.vad import SpeechStarted, SpeechStopped, VoiceActivityDetector

    info = soundfile.info(str(audio_path))
    rate = int(info.samplerate)
    first = round((turn.start_s - audio_start_s) * rate)
    last = min(round((turn.end_s - audio_start_s) * rate), info.frames)
    if last <= max(first, 0):
        return None
    read_from = max(0, first - round(LEAD_S * rate))
    frames = soundfile.read(str(audio_path), start=read_from,
                            stop=min(info.frames, last + round(TAIL_S * rate)),
                            dtype="int16", always_2d=True)[0]
    chunk = AudioChunk(frames[:, min(USER_CHANNEL, frames.shape[1] - 1)].copy(), rate, read_from)
    if rate not in VoiceActivityDetector.RATES:
        chunk = chunk.resampled(AUDIO_RATE)
    scale = chunk.rate / rate  # span on the detector's timeline
    first, last = round(first * scale), round(last * scale)
    vad = VoiceActivityDetector(rate=chunk.rate)
    segments: list[tuple[int, int]] = []
    opened: int | None = None
    for event in vad.process(chunk):
        if isinstance(event, SpeechStarted):
            opened = event.sample
        elif isinstance(event, SpeechStopped) and opened is not None:
            segments.append((opened, event.sample))
            opened = None
    if opened is not None:
        segments.append((opened, vad.last_voiced_end))
    voiced = sum(max(0, min(end, last) - max(start, first)) for start, end in segments)
    return voiced / chunk.rate if voiced else None


def _remeasure(folder: SessionFolder, record: MeetingRecord) -> list[dict[str, Any]]:
    audio = folder.audio_path
    if audio is None:
        return []
    try:
        start = float(folder.meta().get("audio_start_s", 0.0) or 0.0)
    except SessionError:
        start = 0.0
    changed = []
    try:
        for i, turn in record.user_turns():
            measured = turn_speech_s(audio, turn, start)
            if measured is None:
                continue
            changed.append({"turn": i, "old_s": turn.speech_s, "new_s": round(measured, 3)})
            turn.speech_s = measured
    except RuntimeError as exc:  # libsndfile cannot decode it
        raise SessionError(f"{audio}: cannot be read ({exc})") from None
    return changed


# --- the re-score ------------------------------------------------------------------------


def _finding_key(f: dict[str, Any]) -> tuple[str, int | None]:
    return (f["code"], f.get("turn"))


def _finding_diff(old: list[dict[str, Any]], new: list[dict[str, Any]]
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Findings only in the new report, and only in the old one, matched by code and turn
    (a reworded message is the same finding)."""
    left = Counter(_finding_key(f) for f in old)
    right = Counter(_finding_key(f) for f in new)
    added, removed = [], []
    for f in new:
        if left[_finding_key(f)] > 0:
            left[_finding_key(f)] -= 1
        else:
            added.append(f)
    for f in old:
        if right[_finding_key(f)] > 0:
            right[_finding_key(f)] -= 1
        else:
            removed.append(f)
    return added, removed


def rescore_session(folder: SessionFolder) -> dict[str, Any]:
    """Recompute the session's findings and metrics, write the new report.json (the old one
    kept as report.json.bak-<n>) and return what changed."""
    old = folder.report()
    try:
        record = record_from_report(old)
    except (KeyError, TypeError, ValueError) as exc:
        raise SessionError(f"{folder.path / REPORT}: the transcript cannot be read ({exc})"
                           ) from None
    scenario = _scenario(record, folder)
    remeasured = _remeasure(folder, record)
    prep = _prep(record)
    reader = TurnReader(scenario, prep)
    findings = coach(record, scenario, reader)
    measured = metrics(record, reader)
    fresh = build_report(record, findings, measured)
    kept = {k: v for k, v in old.items() if k not in fresh and k != "prep_review"}
    kept.update(title=scenario.title, persona=scenario.persona.name)
    if prep is not None:
        kept["prep_review"] = prep_review(record, scenario, prep, reader)
    backup = _backup(folder.path / REPORT)
    kept["rescored"] = {"version": __version__, "previous": backup.name,
                        "audio_remeasured": bool(remeasured)}
    report = {**fresh, **kept}
    write_json(folder.path / REPORT, report)
    old_findings = [f for f in old.get("findings", []) if isinstance(f, dict) and "code" in f]
    added, removed = _finding_diff(old_findings, report["findings"])
    found = old.get("metrics")
    old_metrics: dict[str, Any] = found if isinstance(found, dict) else {}
    changed = {name: {"old": old_metrics.get(name), "new": value}
               for name, value in measured.items() if old_metrics.get(name) != value}
    return {
        "folder": str(folder.path),
        "scenario": record.scenario,
        "backup": str(backup),
        "findings_added": added,
        "findings_removed": removed,
        "findings_now": len(report["findings"]),
        "metrics_changed": changed,
        "turns_remeasured": remeasured,
        "audio": folder.audio_path is not None,
    }


def summary_lines(diff: dict[str, Any]) -> list[str]:
    """The diff as a few lines for a terminal."""
    lines = [f"Re-scored {Path(diff['folder']).name}; the old report is kept as "
             f"{Path(diff['backup']).name}."]
    if diff["turns_remeasured"]:
        lines.append(f"Speaking time of {len(diff['turns_remeasured'])} turn(s) measured "
                     "again from the recording.")
    for f in diff["findings_added"]:
        lines.append(f"+ {f['code']}: {f['message']}")
    for f in diff["findings_removed"]:
        lines.append(f"- {f['code']}: {f['message']}")
    if not (diff["findings_added"] or diff["findings_removed"]):
        lines.append(f"Findings unchanged ({diff['findings_now']}).")
    for name, change in diff["metrics_changed"].items():
        lines.append(f"  {name}: {change['old']} -> {change['new']}")
    return lines
