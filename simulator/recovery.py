"""Recovering a session a crash cut short: report.json rebuilt from the event log, the raw
audio converted to FLAC. Nothing is overwritten without a `*.bak` copy, and a folder that is
not an interrupted session is refused with one line, untouched.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from simulator.errors import SimError
from simulator.record import Event, MeetingRecord, Turn
from simulator.recording import backup, in_use, sha256_of
from simulator.report import build_report, write_json
from simulator.scenario import Scenario
from simulator.sessions import (
    AUDIO,
    AUDIO_PART,
    AUDIO_RATE,
    EVENTS,
    META,
    REPORT,
    SessionError,
    SessionFolder,
    list_sessions,
)

FINISHED_SLACK_S = 0.05
"""A persona line counts as spoken if the audio reaches its end within this much."""


@dataclass
class Recovered:
    folder: Path
    turns: int = 0
    audio_s: float | None = None
    backups: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    nothing_to_do: bool = False

    def summary(self) -> str:
        if self.nothing_to_do:
            return f"{self.folder}: a complete session; nothing to recover"
        parts = [f"recovered {self.folder}: {self.turns} turn(s)"]
        if self.audio_s is not None:
            parts.append(f"{self.audio_s:.1f} s of audio")
        line = ", ".join(parts)
        if self.backups:
            line += f" (kept {', '.join(b.name for b in self.backups)})"
        return line + "".join(f"; {n}" for n in self.notes)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold the event log's lock: no meeting writes while we rebuild, nor a second recover."""
    target = folder / EVENTS if (folder / EVENTS).is_file() else folder
    fd = os.open(target, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SessionError(f"{folder}: the meeting is still running (its event log is in "
                               "use); nothing changed") from None
        yield
    finally:
        os.close(fd)


def recover_session(folder: Path) -> Recovered:
    folder = Path(folder)
    if not folder.is_dir():
        raise SessionError(f"{folder}: no such folder")
    session = SessionFolder(folder)
    state = session.state
    if state == "foreign":
        raise SessionError(f"{folder}: not an interview-sim session (no meta.json or "
                           "report.json); nothing changed")
    with _locked(folder):
        return _recover(session, state)


def _recover(session: SessionFolder, state: str) -> Recovered:
    folder = session.path
    out = Recovered(folder)
    report: dict[str, Any] | None = session.report() if state == "complete" else None
    rebuild = report is None or bool(report.get("recovered"))
    if not rebuild and not (folder / AUDIO_PART).is_file():
        out.nothing_to_do = True
        out.turns = len(report["turns"]) if report else 0
        return out
    events, bad = session.event_lines()
    meta = _meta(session)
    header = meta.get("meeting") or next(
        (e["meeting"] for e in events if e.get("type") == "begin"
         and isinstance(e.get("meeting"), dict)), None)
    if rebuild and header is None:
        why = "meta.json is unreadable" if not meta else "meta.json describes no meeting"
        raise SessionError(f"{folder}: damaged: {why} and the event log has no header; "
                           "nothing changed")
    if rebuild and not (folder / EVENTS).is_file():
        raise SessionError(f"{folder}: damaged: no events.jsonl to rebuild the transcript "
                           "from; nothing changed")
    audio_s = _recover_audio(folder, out)
    if not rebuild:
        return out
    assert header is not None
    if bad:
        out.notes.append(f"skipped {bad} unreadable line(s) of the event log")
    try:
        record = rebuild_record(header, events, _audio_end_s(meta, audio_s))
    except (KeyError, TypeError, ValueError) as exc:
        raise SessionError(f"{folder}: damaged: the meeting header in meta.json is unusable "
                           f"({exc}); nothing changed") from None
    out.turns = len(record.turns)
    new_report = _score(record, meta, out.notes)
    fault = next((e.get("reason") for e in events if e.get("type") == "fault"), None)
    if fault:
        new_report["fault"] = fault
    new_report.update(recovered=True,
                      recovered_at=datetime.now().astimezone().isoformat(timespec="seconds"),
                      interrupted=not any(e.get("type") == "end" for e in events),
                      recording={"events": EVENTS, "audio": AUDIO if audio_s else None,
                                 "audio_seconds": audio_s,
                                 "audio_start_s": meta.get("audio_start_s", 0.0)})
    if (folder / REPORT).exists():
        out.backups.append(backup(folder / REPORT))
    write_json(folder / REPORT, new_report)
    return out


def _meta(session: SessionFolder) -> dict[str, Any]:
    try:
        return session.meta()
    except SessionError:
        return {}


def _recover_audio(folder: Path, out: Recovered) -> float | None:
    """Convert the raw recording if there is one; the seconds of audio now in audio.flac."""
    from audio.recorder import FRAME_BYTES, part_frames, pcm_part_to_flac

    part, flac = folder / AUDIO_PART, folder / AUDIO
    if not part.is_file():
        return _flac_seconds(flac, out)
    size = part.stat().st_size
    if size % FRAME_BYTES:
        out.notes.append(f"dropped a torn last frame ({size % FRAME_BYTES} bytes)")
    if part_frames(part) == 0:
        return _flac_seconds(flac, out)
    if flac.exists():
        out.backups.append(backup(flac))
    try:
        seconds = pcm_part_to_flac(part, flac, AUDIO_RATE)
    except OSError as exc:
        raise SessionError(f"{folder}: cannot write {AUDIO}: {exc.strerror or exc}; "
                           f"the raw audio is still in {AUDIO_PART}") from None
    part.unlink()
    out.audio_s = round(seconds, 3)
    return out.audio_s


def _flac_seconds(flac: Path, out: Recovered) -> float | None:
    if not flac.is_file():
        return None
    import soundfile

    try:
        info = soundfile.info(str(flac))
    except (RuntimeError, OSError):
        out.notes.append(f"{AUDIO} is unreadable; left as it is")
        return None
    out.audio_s = round(info.frames / info.samplerate, 3)
    return out.audio_s


def _audio_end_s(meta: dict[str, Any], audio_s: float | None) -> float | None:
    if meta.get("mode") != "voice" or not audio_s:
        return None
    return float(meta.get("audio_start_s") or 0.0) + audio_s


def rebuild_record(header: dict[str, Any], events: list[dict[str, Any]],
                   audio_end_s: float | None = None) -> MeetingRecord:
    """The meeting as far as it got: every logged turn, except (when the audio ends at
    `audio_end_s` and the meeting never logged its end) persona lines still being spoken."""
    finished = any(e.get("type") == "end" for e in events)
    record = MeetingRecord(
        scenario=str(header["scenario"]), mode=header["mode"],
        agreed_s=float(header["agreed_s"]),
        arrive_minutes_early=float(header.get("arrive_minutes_early", 5.0)),
        attire=header.get("attire"), prep=header.get("prep"))
    turns: dict[int, Turn] = {}
    for e in events:
        try:
            if e.get("type") == "turn":
                turns[int(e["index"])] = Turn.from_dict(e)
            elif e.get("type") == "event":
                record.events.append(Event.from_dict({k: v for k, v in e.items()
                                                      if k != "type"}))
        except (KeyError, TypeError, ValueError):
            continue  # a line of another shape: not ours to guess at
    for i in sorted(turns):
        turn = turns[i]
        if (not finished and audio_end_s is not None and turn.speaker == "persona"
                and turn.end_s > audio_end_s + FINISHED_SLACK_S):
            break  # still being spoken at the crash; everything after it is later still
        if turn.kind == "cut_in" and record.turns and record.turns[-1].speaker == "user":
            record.turns[-1].interrupted = True  # logged before the cut-in was decided
        record.turns.append(turn)
    end = next((e for e in reversed(events) if e.get("type") == "end"), None)
    cut_short = any(ev.kind == "state" and ev.detail.get("trigger") == "cut_short"
                    for ev in record.events)
    record.ended_by = end.get("ended_by", "user") if end else (
        "persona" if cut_short else "user")
    record.duration_s = max((t.end_s for t in record.turns), default=0.0)
    if not finished and not any(ev.kind == "left" for ev in record.events):
        record.events.append(Event(record.duration_s, "left",
                                   {"reason": "the meeting was interrupted (recovered)"}))
    return record


def _score(record: MeetingRecord, meta: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    from simulator.intents import TurnReader
    from simulator.session import score

    scenario = _scenario(meta, notes)
    seed = meta.get("seed")
    if scenario is None:
        about = meta.get("scenario") or {}
        return build_report(record, [], {}, title=about.get("title"),
                            persona=about.get("persona"), seed=seed)
    prep = _prep(record)
    _, _, report = score(record, scenario, TurnReader(scenario, prep), prep, seed=seed)
    return report


def _scenario(meta: dict[str, Any], notes: list[str]) -> Scenario | None:
    from simulator.catalog import resolve

    about = meta.get("scenario") or {}
    path = Path(str(about.get("path", "")))
    spec = str(path) if about.get("path") and path.is_file() else about.get("id")
    if not spec:
        notes.append("no scenario named in meta.json: not re-scored")
        return None
    try:
        ref = resolve(str(spec))
        scenario = ref.load()
    except SimError as exc:
        notes.append(f"not re-scored: {str(exc).splitlines()[0]}")
        return None
    if about.get("sha256") and sha256_of(ref.path) != about["sha256"]:
        notes.append("the scenario file changed since the meeting; scored with the current one")
    return scenario


def _prep(record: MeetingRecord) -> Any:
    from pydantic import ValidationError

    from simulator.scenario import Prep

    try:
        return Prep.model_validate(record.prep) if record.prep else None
    except ValidationError:
        return None


def recover_all_interrupted() -> list[str]:
    """Every session in the data dir a crash left without report.json, rebuilt."""
    lines = []
    for session in list_sessions():
        p = session.path
        if (p / REPORT).exists() or not (p / EVENTS).is_file() or not (p / META).is_file():
            continue
        if in_use(p):
            continue
        try:
            lines.append(recover_session(p).summary())
        except (SessionError, OSError) as exc:
            lines.append(f"could not recover {p.name}: {exc}")
    return lines
