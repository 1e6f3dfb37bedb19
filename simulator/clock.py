"""The meeting clock. Scripted runs and tests use SimClock, so nothing ever sleeps;
typed meetings use RealClock; voice meetings count samples (see audio.loop)."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the meeting started."""
        ...


class SimClock:
    """Time that moves only when told to: a 20-minute meeting runs in milliseconds."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("time does not run backwards")
        self._now += seconds
        return self._now

    def advance_to(self, t: float) -> float:
        self._now = max(self._now, t)
        return self._now


class RealClock:
    """Wall time since construction, from a monotonic source."""

    def __init__(self, start: float = 0.0) -> None:
        self._t0 = time.monotonic() - start

    def now(self) -> float:
        return time.monotonic() - self._t0
