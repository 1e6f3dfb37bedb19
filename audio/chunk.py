"""The one audio value type: a block of mono samples with its place on a timeline.

Time is counted in samples, never read from the wall clock, so a run from a file is
exactly repeatable and a run on a device measures what the device delivered.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class AudioChunk:
    samples: np.ndarray
    """Mono int16 samples."""
    rate: int
    """Hertz."""
    start: int = 0
    """Index of the first sample on the session timeline, at `rate`."""

    def __post_init__(self) -> None:
        if self.samples.dtype != np.int16 or self.samples.ndim != 1:
            raise ValueError("AudioChunk holds 1-D int16 samples")

    @classmethod
    def from_float(cls, samples: np.ndarray, rate: int, start: int = 0) -> AudioChunk:
        clipped = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0)
        return cls((clipped * 32767.0).astype(np.int16), rate, start)

    @classmethod
    def silence(cls, seconds: float, rate: int, start: int = 0) -> AudioChunk:
        return cls(np.zeros(round(seconds * rate), dtype=np.int16), rate, start)

    def __len__(self) -> int:
        return len(self.samples)

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    @property
    def end(self) -> int:
        """Index one past the last sample on the timeline."""
        return self.start + len(self.samples)

    @property
    def start_s(self) -> float:
        return self.start / self.rate

    @property
    def end_s(self) -> float:
        return self.end / self.rate

    def as_float(self) -> np.ndarray:
        """float32 in [-1, 1], what recognizers want."""
        return self.samples.astype(np.float32) / 32768.0

    def rms_dbfs(self) -> float:
        if len(self.samples) == 0:
            return -120.0
        rms = float(np.sqrt(np.mean(self.samples.astype(np.float64) ** 2)))
        return 20.0 * np.log10(max(rms, 1e-3) / 32768.0)

    def resampled(self, rate: int) -> AudioChunk:
        """Linear-interpolation resample; enough for speech between 16 and 48 kHz."""
        if rate == self.rate:
            return self
        n_out = round(len(self.samples) * rate / self.rate)
        if n_out == 0:
            return AudioChunk(np.zeros(0, dtype=np.int16), rate, round(self.start * rate / self.rate))
        x_old = np.arange(len(self.samples), dtype=np.float64)
        x_new = np.linspace(0, max(len(self.samples) - 1, 0), n_out)
        out = np.interp(x_new, x_old, self.samples.astype(np.float64))
        return AudioChunk(
            np.clip(np.round(out), -32768, 32767).astype(np.int16),
            rate,
            round(self.start * rate / self.rate),
        )

    def slice(self, first: int, last: int) -> AudioChunk:
        """Samples [first, last) counted from this chunk's start."""
        return AudioChunk(self.samples[first:last], self.rate, self.start + first)

    @staticmethod
    def concat(chunks: list[AudioChunk]) -> AudioChunk:
        if not chunks:
            raise ValueError("nothing to concatenate")
        rate = chunks[0].rate
        if any(c.rate != rate for c in chunks):
            raise ValueError("chunks differ in rate")
        return AudioChunk(np.concatenate([c.samples for c in chunks]), rate, chunks[0].start)
