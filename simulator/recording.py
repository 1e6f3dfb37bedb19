"""Writing a session folder while the meeting happens (layout: simulator/sessions.py).

The folder is made when the meeting starts. meta.json says what ran; events.jsonl gets one
line per turn and state change the moment it happens (the file is locked while the meeting
runs, so recovery can tell a live meeting from a dead one); a voice meeting's audio streams
into audio.pcm.part. At the end come the findings, an "end" line, audio.flac and, last,
report.json: a folder without report.json was interrupted, and `recover` rebuilds it.

A write that fails (a full disk) ends the meeting with what fits and says why.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import platform
import shutil
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from audio.recorder import MicTap, StereoRecorder
from simulator import __version__
from simulator.meeting import Meeting
from simulator.report import write_json
from simulator.sessions import (
    AUDIO,
    AUDIO_CHANNELS,
    AUDIO_PART,
    AUDIO_RATE,
    EVENTS,
    META,
    REPORT,
    SessionError,
    SessionFolder,
)

if TYPE_CHECKING:
    from audio.chunk import AudioChunk
    from audio.sources import AudioSource
    from simulator.session import Outcome, Setup

META_SCHEMA = 1
SESSION_FILES = (META, EVENTS, REPORT, AUDIO, AUDIO_PART, "persona.wav")
_FULL_DISK = (errno.ENOSPC, errno.EDQUOT)

_os_write: Callable[[int, bytes], int] = os.write
"""How the event log writes; tests swap in one that reports a full disk."""


def _disk_write(fd: int, data: bytes) -> int:
    return _os_write(fd, data)  # looked up at each call, so a test's stand-in applies


def backup(path: Path) -> Path:
    """Move `path` aside to the first free `<name>.bak`, `<name>.bak2`, ...; returns it."""
    n, target = 1, path.with_name(f"{path.name}.bak")
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bak{n}")
    os.rename(path, target)
    return target


def disk_message(exc: OSError, what: Path) -> str:
    if exc.errno in _FULL_DISK:
        return "the disk is full"
    return f"cannot write {what}: {exc.strerror or exc}"


class EventLog:
    """events.jsonl: append-only, one JSON object a line, each on disk when append returns.

    Holds an exclusive lock on the file while open; the kernel drops it when the process
    dies, however it dies."""

    def __init__(self, path: Path, on_fail: Callable[[str], None]) -> None:
        self.path = path
        self.on_fail = on_fail
        self.error: str | None = None
        self.lines = 0
        self._fd: int | None = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self._fd)
            raise SessionError(f"{path.parent}: another meeting is recording there") from None

    def append(self, item: dict[str, Any]) -> None:
        if self._fd is None or self.error is not None:
            return
        data = (json.dumps(item, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            while data:
                data = data[_disk_write(self._fd, data):]
            os.fsync(self._fd)
        except OSError as exc:
            self.error = disk_message(exc, self.path)
            self.on_fail(self.error)
            return
        self.lines += 1

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # also releases the lock


def _nearly_full(folder: Path) -> bool:
    """For errors that carry no errno (libsndfile's): is the disk the likely reason?"""
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


def in_use(folder: Path) -> bool:
    """Is a meeting still recording into `folder` (its event log locked by a live process)?"""
    try:
        fd = os.open(folder / EVENTS, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def versions() -> dict[str, str]:
    """What made the recording; packages are looked up without importing them."""
    from importlib.metadata import PackageNotFoundError, version

    out = {"interview-sim": __version__, "python": platform.python_version()}
    for dist in ("numpy", "faster-whisper", "soundfile"):
        with contextlib.suppress(PackageNotFoundError):
            out[dist] = version(dist)
    return out


def sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class _Tap(MicTap):
    """Records each microphone block and logs input overflows (lost microphone audio)."""

    def __init__(self, writer: SessionWriter, recorder: StereoRecorder, source: AudioSource,
                 offset_s: float) -> None:
        super().__init__(recorder)
        self.writer = writer
        self.source = source
        self.offset_s = offset_s
        self._overflows = source.overflows

    def process(self, chunk: AudioChunk) -> list[object]:
        super().process(chunk)
        if self.source.overflows > self._overflows:
            self.writer.log.append({"type": "overflow", "at_s": round(chunk.start_s
                                                                      + self.offset_s, 3),
                                    "lost_blocks": self.source.overflows - self._overflows})
            self._overflows = self.source.overflows
        return []


class SessionWriter:
    """One meeting's folder while it runs. Order: open_session, [start_audio], attach,
    the meeting, then session.conclude(..., session=writer) calls finish()."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.log = EventLog(folder / EVENTS, self.failed)
        self.meeting: Meeting | None = None
        self.recorder: StereoRecorder | None = None
        self.audio_start_s = 0.0
        self.fault: str | None = None
        self.meta: dict[str, Any] = {}

    # -- while it runs ----------------------------------------------------------------------

    def start_audio(self, source: AudioSource, audio_start_s: float) -> tuple[StereoRecorder,
                                                                               MicTap]:
        """The recorder (put `RecordingSink(sink, recorder)` in front of the persona's sink)
        and the analyzer that feeds it the microphone (add it to the loop's analyzers)."""
        self.audio_start_s = audio_start_s
        self.recorder = StereoRecorder(self.folder / AUDIO_PART, self.folder / AUDIO,
                                       AUDIO_RATE, write=_disk_write, on_stop=self.failed)
        return self.recorder, _Tap(self, self.recorder, source, audio_start_s)

    def attach(self, meeting: Meeting, setup: Setup, **meta: Any) -> None:
        """Write meta.json and start logging the meeting's turns and events."""
        self.meeting = meeting
        record = meeting.record
        header = {"scenario": record.scenario, "mode": record.mode, "agreed_s": record.agreed_s,
                  "arrive_minutes_early": record.arrive_minutes_early,
                  "attire": record.attire, "prep": record.prep}
        s = setup.scenario
        self.meta = {
            "schema": META_SCHEMA,
            "created": datetime.now().astimezone().isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "mode": setup.mode,
            "seed": setup.seed,
            "scenario": {"id": setup.ref.qualified, "path": str(setup.ref.path),
                         "sha256": sha256_of(setup.ref.path), "title": s.title,
                         "persona": s.persona.name},
            "meeting": header,
            "versions": versions(),
            **meta,
        }
        if self.recorder is not None:
            self.meta["audio"] = {"file": AUDIO, "rate": AUDIO_RATE, "channels": AUDIO_CHANNELS,
                                  "channel_1": "microphone (you)", "channel_2": "persona"}
            self.meta["audio_start_s"] = round(self.audio_start_s, 3)
        try:
            write_json(self.folder / META, self.meta)
        except OSError as exc:
            self.log.close()
            raise SessionError(f"cannot start the session in {self.folder}: "
                               f"{disk_message(exc, self.folder / META)}") from None
        self.log.append({"type": "begin", "at_wall": time.time(), "meeting": header})
        meeting.observers.insert(0, self.observe)  # logged before anything is printed

    def observe(self, kind: str, data: dict[str, Any]) -> None:
        self.log.append({"type": kind, **data})

    def failed(self, reason: str) -> None:
        """A write failed (a full disk): log why if we can and end the meeting."""
        if self.fault is not None:
            return
        if "disk is full" not in reason and _nearly_full(self.folder):
            reason = f"the disk is full ({reason})"
        self.fault = reason
        self.log.append({"type": "fault", "reason": reason})
        if self.meeting is not None and not self.meeting.ended:
            self.meeting.leave(reason)

    # -- the end ------------------------------------------------------------------------------

    def finish(self, outcome: Outcome) -> None:
        """Findings and "end" into the log, the audio to FLAC, then report.json."""
        for finding in outcome.findings:
            self.log.append({"type": "finding", **finding.to_dict()})
        record = outcome.record
        self.log.append({"type": "end", "at_wall": time.time(), "ended_by": record.ended_by,
                         "duration_s": round(record.duration_s, 3), "turns": len(record.turns)})
        recording: dict[str, Any] = {"events": EVENTS, "audio": None}
        if self.recorder is not None:
            flac = self.recorder.close()
            if self.recorder.error and self.fault is None:
                self.fault = self.recorder.error
            recording.update(audio=AUDIO if flac else None,
                             audio_seconds=round(self.recorder.seconds, 3),
                             audio_start_s=round(self.audio_start_s, 3))
            if flac is None and (self.folder / AUDIO_PART).is_file():
                recording["audio_part"] = AUDIO_PART
        report = outcome.report
        report["recording"] = recording
        outcome.folder = self.folder
        try:
            if self.fault:
                report["fault"] = self.fault
                outcome.extra["fault"] = self._fault_line()
            write_json(self.folder / REPORT, report)
        except OSError as exc:
            reason = self.fault or disk_message(exc, self.folder / REPORT)
            raise SessionError(f"{reason}: report.json could not be written; the meeting so far "
                               f"is in {self.folder}. Free some space, then run "
                               f"`interview-sim recover {self.folder}`") from None
        finally:
            self.log.close()

    def _fault_line(self) -> str:
        line = str(self.fault)
        if (self.folder / AUDIO_PART).is_file():
            line += (f"; the audio is still raw: run `interview-sim recover {self.folder}` "
                     "once there is space")
        return line

    def abandon(self) -> None:
        """Something broke mid-meeting: stop writing, leave the folder for `recover`.
        If the meeting never started (a device would not open), take the folder away again."""
        if self.recorder is not None:
            self.recorder.abort()
        self.log.close()
        if not self.meta:
            for name in (EVENTS, AUDIO_PART, "persona.wav"):
                (self.folder / name).unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                self.folder.rmdir()  # only if nothing else is in it


def open_session(setup: Setup, out: Path | None) -> SessionWriter:
    """Make the meeting's folder (an earlier session's files in `out` are moved aside as
    `*.bak`) and open its event log."""
    from simulator.session import session_folder

    folder = session_folder(setup.ref, out)
    if in_use(folder):
        raise SessionError(f"{folder}: another meeting is recording there")
    if SessionFolder(folder).state == "interrupted":
        recover_session(folder)  # so the earlier meeting is whole in its *.bak files
    for name in SESSION_FILES:
        if (folder / name).exists():
            backup(folder / name)
    return SessionWriter(folder)


def recover_session(folder: Path) -> Any:
    """Rebuild an interrupted session (see simulator.recovery)."""
    from simulator.recovery import recover_session as recover

    return recover(folder)


def recover_all_interrupted() -> list[str]:
    """Recover every interrupted session in the data dir; one line about each."""
    from simulator.recovery import recover_all_interrupted as recover_all

    return recover_all()
