"""What happened in a meeting: the turns and events the coaching and the report read.

Plain dataclasses with to_dict/from_dict so a session can be written as it happens and
re-scored later with newer coaching code.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Speaker = Literal["user", "persona"]
Mode = Literal["text", "script", "voice"]
Severity = Literal["pitfall", "tip"]


@dataclass
class Turn:
    speaker: Speaker
    start_s: float
    """Seconds since the meeting started."""
    end_s: float
    text: str
    kind: str = ""
    """Persona turns: what the line was for (greeting, answer, time_cue, wrap_up, cut_in...)."""
    topic: str | None = None
    """Persona answers: the topic answered."""
    speech_s: float | None = None
    """User turns measured from audio: seconds of voiced speech (pauses excluded)."""
    interrupted: bool = False
    """The persona cut into this user turn."""

    @property
    def seconds(self) -> float:
        return self.speech_s if self.speech_s is not None else self.end_s - self.start_s

    def to_dict(self) -> dict[str, Any]:
        out = {"speaker": self.speaker, "start_s": round(self.start_s, 3),
               "end_s": round(self.end_s, 3), "text": self.text}
        if self.kind:
            out["kind"] = self.kind
        if self.topic:
            out["topic"] = self.topic
        if self.speech_s is not None:
            out["speech_s"] = round(self.speech_s, 3)
        if self.interrupted:
            out["interrupted"] = True
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Turn:
        return cls(d["speaker"], float(d["start_s"]), float(d["end_s"]), d.get("text", ""),
                   d.get("kind", ""), d.get("topic"), d.get("speech_s"), d.get("interrupted", False))


@dataclass
class Event:
    """Something the meeting did that is not a turn: a state change, a cue, a fault."""

    at_s: float
    kind: str
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"at_s": round(self.at_s, 3), "kind": self.kind, **self.detail}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        rest = {k: v for k, v in d.items() if k not in ("at_s", "kind")}
        return cls(float(d["at_s"]), d["kind"], rest)


@dataclass
class Finding:
    code: str
    severity: Severity
    message: str
    turn: int | None = None
    """Index into the record's turns of the turn this is about."""
    at_s: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "turn": self.turn,
                "at_s": None if self.at_s is None else round(self.at_s, 3),
                "message": self.message}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Finding:
        return cls(d["code"], d["severity"], d["message"], d.get("turn"), d.get("at_s"))


@dataclass
class MeetingRecord:
    scenario: str
    """Qualified id, e.g. starter/ux-researcher."""
    mode: Mode
    agreed_s: float
    arrive_minutes_early: float = 5.0
    attire: str | None = None
    prep: dict[str, Any] | None = None
    turns: list[Turn] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    duration_s: float = 0.0
    ended_by: Literal["user", "persona"] = "user"

    def user_turns(self) -> list[tuple[int, Turn]]:
        return [(i, t) for i, t in enumerate(self.turns) if t.speaker == "user"]

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["turns"] = [t.to_dict() for t in self.turns]
        d["events"] = [e.to_dict() for e in self.events]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> MeetingRecord:
        return cls(
            scenario=d["scenario"], mode=d["mode"], agreed_s=float(d["agreed_s"]),
            arrive_minutes_early=float(d.get("arrive_minutes_early", 5.0)),
            attire=d.get("attire"), prep=d.get("prep"),
            turns=[Turn.from_dict(t) for t in d.get("turns", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            duration_s=float(d.get("duration_s", 0.0)), ended_by=d.get("ended_by", "user"),
        )
