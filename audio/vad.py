"""Voice activity: a pure analyzer over audio blocks, no threads, no devices.

`VoiceActivityDetector` marks where speech starts and stops (webrtcvad plus an energy
gate, with start/stop hysteresis); audio.turns groups that speech into the user's turns.
All positions are sample indices on the session timeline.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

import numpy as np

from audio.chunk import AudioChunk


class VadState(Enum):
    QUIET = "quiet"
    STARTING = "starting"
    SPEAKING = "speaking"
    STOPPING = "stopping"


@dataclass(frozen=True)
class SpeechStarted:
    sample: int
    """First sample of the first voiced frame."""
    rate: int

    @property
    def seconds(self) -> float:
        return self.sample / self.rate


@dataclass(frozen=True)
class SpeechStopped:
    sample: int
    """One past the last sample of the last voiced frame."""
    rate: int

    @property
    def seconds(self) -> float:
        return self.sample / self.rate


VadEvent = SpeechStarted | SpeechStopped


class VoiceActivityDetector:
    """webrtcvad with an energy gate and hysteresis, fed blocks of any size.

    A frame counts as voiced when webrtcvad says so AND it is louder than both
    `energy_floor_dbfs` and the tracked background noise plus `noise_margin_db`; that
    gate keeps digital silence, faint hiss and webrtcvad's own hangover out of speech.
    Speech starts after `start_frames` voiced frames in a row (dated back to the first
    of them) and stops after `stop_frames` unvoiced ones (dated to the last voiced frame).
    """

    RATES = (8000, 16000, 32000, 48000)
    NOISE_WINDOW_S = 4.0
    """Background noise = the quietest frame of the last few seconds: speech has gaps
    between words that reach it, and a change of room noise is followed within this time."""

    def __init__(
        self,
        rate: int = 16000,
        frame_ms: int = 30,
        aggressiveness: int = 2,
        start_frames: int = 4,
        stop_frames: int = 10,
        energy_floor_dbfs: float | None = -50.0,
        noise_margin_db: float | None = 9.0,
    ) -> None:
        """`energy_floor_dbfs` / `noise_margin_db` = None leaves that gate out."""
        if rate not in self.RATES:
            raise ValueError(f"voice activity needs a rate in {self.RATES}, not {rate}")
        if frame_ms not in (10, 20, 30):
            raise ValueError(f"voice activity frames are 10, 20 or 30 ms, not {frame_ms}")
        try:
            import webrtcvad
        except ImportError:
            raise RuntimeError(
                "voice activity detection needs webrtcvad: pip install webrtcvad-wheels"
            ) from None
        self._webrtc = webrtcvad.Vad(aggressiveness)
        self.rate = rate
        self.frame_samples = rate * frame_ms // 1000
        self.start_frames = max(1, start_frames)
        self.stop_frames = max(1, stop_frames)
        self.energy_floor_dbfs = -math.inf if energy_floor_dbfs is None else energy_floor_dbfs
        self.noise_margin_db = -math.inf if noise_margin_db is None else noise_margin_db
        self._bucket_frames = max(1, round(500 / frame_ms))
        self._buckets = round(self.NOISE_WINDOW_S * 2)
        self.reset()

    def reset(self, position: int | None = None) -> None:
        self.state = VadState.QUIET
        self.position = position or 0
        """Timeline index one past the last analysed frame."""
        self._started = position is not None
        self.frame_voiced = False
        """Whether the last analysed frame was voiced."""
        self.last_voiced_end = 0
        """End of the last voiced frame of the current (or last) speech."""
        self.window_start = 0
        """First sample of the candidate start while STARTING."""
        self.noise_dbfs = -100.0
        self._noise_minima: deque[float] = deque(maxlen=self._buckets)  # one per half second
        self._bucket_min = math.inf
        self._window_min = math.inf
        self._bucket_count = 0
        self._count = 0
        self._remainder = np.zeros(0, dtype=np.int16)

    @property
    def speaking(self) -> bool:
        return self.state in (VadState.SPEAKING, VadState.STOPPING)

    def process(self, chunk: AudioChunk) -> list[VadEvent]:
        return [event for event in self.frames(chunk) if event is not None]

    def frames(self, chunk: AudioChunk) -> Iterator[VadEvent | None]:
        """Analyse `chunk`; yield once per completed frame, with its event if any.

        Between yields, `position`, `state`, `frame_voiced` and `last_voiced_end`
        describe the frame just analysed.
        """
        if chunk.rate != self.rate:
            raise ValueError(f"voice activity runs at {self.rate} Hz, got {chunk.rate} Hz")
        if not self._started or self.position + len(self._remainder) != chunk.start:
            # First audio, or the device dropped blocks: restart framing at this block.
            self._remainder = np.zeros(0, dtype=np.int16)
            self.position, self._started = chunk.start, True
        samples = chunk.samples
        if len(self._remainder):
            samples = np.concatenate([self._remainder, samples])
        size = self.frame_samples
        whole = len(samples) - len(samples) % size
        self._remainder = samples[whole:].copy()
        for first in range(0, whole, size):
            yield self._step(samples[first : first + size])

    def _step(self, frame: np.ndarray) -> VadEvent | None:
        frame_start = self.position
        self.position = frame_end = frame_start + len(frame)
        voiced = self._is_voiced(frame)
        self.frame_voiced = voiced
        state = self.state
        if state is VadState.QUIET or state is VadState.STARTING:
            if not voiced:
                self.state = VadState.QUIET
                return None
            if state is VadState.QUIET:
                self.state, self.window_start, self._count = VadState.STARTING, frame_start, 0
            self._count += 1
            if self._count < self.start_frames:
                return None
            self.state, self.last_voiced_end = VadState.SPEAKING, frame_end
            return SpeechStarted(self.window_start, self.rate)
        if voiced:
            self.state, self.last_voiced_end = VadState.SPEAKING, frame_end
            return None
        if state is VadState.SPEAKING:
            self.state, self._count = VadState.STOPPING, 0
        self._count += 1
        if self._count < self.stop_frames:
            return None
        self.state = VadState.QUIET
        return SpeechStopped(self.last_voiced_end, self.rate)

    def _is_voiced(self, frame: np.ndarray) -> bool:
        as_float = frame.astype(np.float32)
        mean_square = float(np.dot(as_float, as_float)) / len(frame)
        level = max(10.0 * math.log10(max(mean_square, 1e-6) / (32768.0 * 32768.0)), -100.0)
        self._track_noise(level)
        # webrtcvad sees every frame, so its own noise model keeps adapting.
        webrtc_says = self._webrtc.is_speech(frame.tobytes(), self.rate)
        loud_enough = level >= self.energy_floor_dbfs and (
            level >= self.noise_dbfs + self.noise_margin_db
        )
        return bool(webrtc_says) and loud_enough

    def _track_noise(self, level: float) -> None:
        self._bucket_min = min(self._bucket_min, level)
        self._bucket_count += 1
        if self._bucket_count == self._bucket_frames:
            self._noise_minima.append(self._bucket_min)
            self._window_min = min(self._noise_minima)
            self._bucket_min, self._bucket_count = math.inf, 0
        self.noise_dbfs = min(self._window_min, self._bucket_min)
