"""Speaking measures: pure functions over speech segments and turns, and a live snapshot.

A segment is a `(start, end)` pair of sample indices; a turn is anything with
`start_sample`, `end_sample`, `rate` and `segments` (such as `audio.turns.TurnEnded`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

Segment = tuple[int, int]


class TurnLike(Protocol):
    @property
    def start_sample(self) -> int: ...

    @property
    def end_sample(self) -> int: ...

    @property
    def rate(self) -> int: ...

    @property
    def segments(self) -> tuple[Segment, ...]: ...


def speech_seconds(segments: Iterable[Segment], rate: int) -> float:
    return sum(end - start for start, end in segments) / rate


def turn_lengths(turns: Iterable[TurnLike]) -> list[float]:
    """Seconds from each turn's first to its last voiced sample."""
    return [(turn.end_sample - turn.start_sample) / turn.rate for turn in turns]


def pauses(segments: Sequence[Segment], rate: int, min_pause_s: float = 0.0) -> list[float]:
    """The silent gaps between consecutive speech segments of one turn, in seconds."""
    ordered = sorted(segments)
    gaps = [(nxt[0] - prev[1]) / rate for prev, nxt in zip(ordered, ordered[1:], strict=False)]
    return [gap for gap in gaps if gap > 0 and gap >= min_pause_s]


def turn_pauses(turn: TurnLike, min_pause_s: float = 0.0) -> list[float]:
    return pauses(turn.segments, turn.rate, min_pause_s)


def talk_ratio(user_speech_s: float, persona_speech_s: float) -> float | None:
    """Share of the speaking done by the user, 0..1; None before anyone has spoken."""
    total = user_speech_s + persona_speech_s
    return None if total <= 0 else user_speech_s / total


def words_per_minute(word_count: int, speech_s: float) -> float | None:
    """Speaking rate over the time actually spent speaking; None for no speech."""
    return None if speech_s <= 0 else word_count * 60.0 / speech_s


def count_words(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True)
class LiveMeters:
    """What a display shows while the meeting runs; a snapshot, never updated in place."""

    meeting_clock_s: float
    current_turn_speech_s: float
    """Speech so far in the user's running turn (0 between turns)."""
    talk_ratio: float | None
    """User speech / (user + persona speech) so far; None before anyone spoke."""
    last_partial_text: str = ""
    """Latest interim transcript of the running turn."""
    user_speaking: bool = False
    persona_speaking: bool = False
    user_speech_s: float = 0.0
    persona_speech_s: float = 0.0
