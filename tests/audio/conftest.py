"""Shared test material for the sound side: synthetic voices and timelines cut into blocks.

Real speech (`librivox_clips`, `librivox_paths`) and `pulse_server` come from tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from audio.chunk import AudioChunk

RATE = 16000


def voice_like(
    seconds: float, rate: int = RATE, f0: float = 140.0, level: float = 0.12
) -> np.ndarray:
    """A buzzy harmonic tone that webrtcvad takes for a voice (float samples), in 0.22 s
    syllables with 60 ms dips between them, as speech has: a sound that never dips is
    background noise to the detector after a few seconds."""
    t = np.arange(round(seconds * rate)) / rate
    buzz = level * sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, 25))
    in_dip = (t % 0.28 >= 0.22) & (t < seconds - 0.1)
    return np.where(in_dip, 0.0, buzz)


@pytest.fixture
def timeline() -> Callable[..., AudioChunk]:
    """Builds a chunk from (kind, seconds) parts: kind "voice" or "silence", optional noise."""

    def build(
        parts: list[tuple[str, float]], noise_dbfs: float | None = None, seed: int = 1
    ) -> AudioChunk:
        pieces = [
            voice_like(seconds) if kind == "voice" else np.zeros(round(seconds * RATE))
            for kind, seconds in parts
        ]
        samples = np.concatenate(pieces)
        if noise_dbfs is not None:
            rng = np.random.default_rng(seed)
            samples = samples + rng.normal(0.0, 10 ** (noise_dbfs / 20), len(samples))
        return AudioChunk.from_float(samples, RATE)

    return build


@pytest.fixture
def voice() -> Callable[[float], AudioChunk]:
    """A voice-like utterance of the given length, as a chunk starting at 0."""
    return lambda seconds: AudioChunk.from_float(voice_like(seconds), RATE)


def blocks(chunk: AudioChunk, size: int) -> list[AudioChunk]:
    """`chunk` cut into consecutive blocks of `size` samples, each stamped on the timeline."""
    return [chunk.slice(first, first + size) for first in range(0, len(chunk), size)]


@pytest.fixture
def cut() -> Callable[[AudioChunk, int], list[AudioChunk]]:
    return blocks
