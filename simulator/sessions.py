"""Session folders: what a meeting leaves on disk, and finding them again.

    <data dir>/sessions/<YYYYmmdd-HHMMSS>_<pack>-<scenario>/   (0700; files 0600)
      meta.json        versions, mode, devices, engines, scenario hash, audio_start_s
      events.jsonl     append-only, one JSON object a line, written as things happen
      audio.pcm.part   while recording: raw interleaved int16, 16 kHz, 2 channels
      audio.flac       when finished (or recovered): channel 1 the microphone (user),
                       channel 2 the persona, on one timeline; sample 0 is meeting-clock
                       time meta["audio_start_s"]
      report.json      the contract (simulator/report.py), written at the end

A folder with events but no report.json was interrupted (a crash, kill -9): `recover`
rebuilds it. Anything else is damaged or foreign, and is never overwritten blindly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from simulator.errors import NotFound, SimError
from simulator.paths import data_dir

REPORT = "report.json"
META = "meta.json"
EVENTS = "events.jsonl"
AUDIO = "audio.flac"
AUDIO_PART = "audio.pcm.part"
AUDIO_RATE = 16000
AUDIO_CHANNELS = 2

State = Literal["complete", "interrupted", "damaged", "foreign"]


class SessionError(SimError):
    """A session folder that cannot be read as asked; the message says why."""


def sessions_dir() -> Path:
    return data_dir() / "sessions"


@dataclass(frozen=True)
class SessionFolder:
    path: Path

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def state(self) -> State:
        if not (self.path / META).is_file() and not (self.path / REPORT).is_file():
            return "foreign"
        if (self.path / REPORT).is_file():
            try:
                self.report()
            except SessionError:
                return "damaged"
            return "complete"
        return "interrupted" if (self.path / EVENTS).is_file() else "damaged"

    def _json(self, name: str) -> dict[str, Any]:
        try:
            data = json.loads((self.path / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise SessionError(f"{self.path}: no {name} (not a finished session)") from None
        except (OSError, ValueError) as exc:
            raise SessionError(f"{self.path / name}: unreadable ({exc})") from None
        if not isinstance(data, dict):
            raise SessionError(f"{self.path / name}: not a JSON object")
        return data

    def report(self) -> dict[str, Any]:
        report = self._json(REPORT)
        if report.get("schema") != 1 or "turns" not in report:
            raise SessionError(f"{self.path / REPORT}: not an interview-sim report")
        return report

    def meta(self) -> dict[str, Any]:
        return self._json(META)

    def events(self) -> list[dict[str, Any]]:
        """Every complete line of the event log; a torn last line (a crash) is skipped."""
        return self.event_lines()[0]

    def event_lines(self) -> tuple[list[dict[str, Any]], int]:
        """The event log's readable objects, and how many lines could not be read."""
        out = []
        bad = 0
        try:
            lines = (self.path / EVENTS).read_text(encoding="utf-8", errors="replace").splitlines()
        except FileNotFoundError:
            return [], 0
        for line in lines:
            try:
                item = json.loads(line)
            except ValueError:
                bad += 1
                continue
            if isinstance(item, dict):
                out.append(item)
            else:
                bad += 1
        return out, bad

    @property
    def audio_path(self) -> Path | None:
        path = self.path / AUDIO
        return path if path.is_file() else None


def list_sessions() -> list[SessionFolder]:
    base = sessions_dir()
    if not base.is_dir():
        return []
    return [SessionFolder(p) for p in sorted(base.iterdir()) if p.is_dir()]


def find_session(spec: str) -> SessionFolder:
    """A folder path, a folder name under the data dir's sessions/, or `last`."""
    path = Path(spec).expanduser()
    if path.is_dir():
        return SessionFolder(path.resolve())
    sessions = list_sessions()
    if spec == "last":
        if not sessions:
            raise NotFound("no sessions yet: hold a meeting first (interview-sim run ...)")
        return sessions[-1]
    hits = [s for s in sessions if s.name == spec] or [s for s in sessions if spec in s.name]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise NotFound(f"{spec}: no such session (try `interview-sim sessions`)")
    raise NotFound(f"{spec}: matches {len(hits)} sessions; give more of the name")
