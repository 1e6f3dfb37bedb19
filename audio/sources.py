"""Where the user's audio comes from: a microphone, a file, or a script of utterances.

All three deliver fixed-size mono blocks stamped with their place on the session timeline
(`start` = samples delivered before them), so the rest of the program cannot tell them apart.
"""

from __future__ import annotations

import heapq
import itertools
import queue
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self, runtime_checkable

import numpy as np

from audio.chunk import AudioChunk
from audio.devices import AudioDeviceError, describe_open_failure, import_sounddevice
from audio.wavio import AudioFileError, iter_file_blocks


@runtime_checkable
class AudioSource(Protocol):
    rate: int
    """Hertz."""
    block_samples: int
    overflows: int
    """Blocks the device dropped because nobody read them in time."""
    realtime: bool
    """True when time passes by itself (a device); False when reading drives time."""

    def read(self) -> AudioChunk | None:
        """The next block on the timeline; None at the end of the stream."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...


class _ClosingContext:
    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


class MicrophoneSource(_ClosingContext):
    """The default (or named) input device, mono int16, via a sounddevice InputStream.

    The PortAudio callback only copies each block into a queue; `read()` takes them out
    on the caller's thread. If nothing arrives for `stall_timeout_s` the sound server has
    most likely gone away, and `read()` raises AudioDeviceError instead of hanging.
    """

    realtime = True
    MAX_QUEUED_S = 30.0
    """Blocks beyond this, unread, are dropped and counted as overflows."""

    def __init__(
        self,
        device: int | str | None = None,
        rate: int = 16000,
        block_ms: int = 10,
        *,
        stall_timeout_s: float = 3.0,
        first_audio_timeout_s: float = 6.0,
        stream_factory: Callable[..., Any] | None = None,
    ) -> None:
        """`first_audio_timeout_s` is longer than `stall_timeout_s` because the first input
        stream in a process can take ~2 s to deliver anything. `stream_factory` stands in
        for sounddevice.InputStream in unit tests. Small blocks at low latency hear the user
        stop sooner: a click's round trip through the PulseAudio devices and back out
        measured 71 ms with 30 ms blocks at the default latency, 50 ms with 10 ms at low."""
        self.device = device
        self.rate = rate
        self.block_samples = rate * block_ms // 1000
        self.overflows = 0
        self.stall_timeout_s = stall_timeout_s
        self.first_audio_timeout_s = first_audio_timeout_s
        self._stream_factory = stream_factory
        max_blocks = max(1, int(self.MAX_QUEUED_S * 1000 / block_ms))
        self._blocks: queue.Queue[tuple[int, np.ndarray]] = queue.Queue(maxsize=max_blocks)
        self._captured = 0  # samples the device has delivered, including dropped ones
        self._received_any = False
        self._stream: Any = None
        self._closed = False

    def open(self) -> None:
        if self._stream is not None:
            return
        factory = self._stream_factory
        errors: tuple[type[Exception], ...] = (ValueError,)
        if factory is None:
            sd = import_sounddevice()
            factory = sd.InputStream
            errors = (sd.PortAudioError, ValueError)
        try:
            stream = factory(
                device=self.device,
                samplerate=self.rate,
                channels=1,
                dtype="int16",
                blocksize=self.block_samples,
                latency="low",
                callback=self._on_block,
            )
            stream.start()
        except errors as error:
            message = describe_open_failure("microphone", self.device, error)
            raise AudioDeviceError(message) from None
        self._stream = stream

    def __enter__(self) -> Self:
        self.open()
        return self

    def _on_block(self, indata: np.ndarray, frames: int, _time: Any, status: Any) -> None:
        # Runs on PortAudio's thread: copy and hand over, nothing else.
        start = self._captured
        self._captured += frames
        if status and status.input_overflow:
            self.overflows += 1
        try:
            self._blocks.put_nowait((start, indata[:, 0].copy()))
        except queue.Full:
            self.overflows += 1

    def read(self) -> AudioChunk | None:
        if self._closed:
            return None
        self.open()
        timeout = self.stall_timeout_s if self._received_any else self.first_audio_timeout_s
        try:
            start, samples = self._blocks.get(timeout=timeout)
        except queue.Empty:
            raise AudioDeviceError(
                f"no audio from the microphone for {timeout:g} s; "
                "the sound server may have stopped (restart it, or run with --text)"
            ) from None
        self._received_any = True
        return AudioChunk(samples, self.rate, start)

    def close(self) -> None:
        self._closed = True
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.stop()
            stream.close()


class WavFileSource(_ClosingContext):
    """A recording played back as if it came from the microphone, then None."""

    realtime = False

    def __init__(self, path: str | Path, rate: int = 16000, block_ms: int = 30) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise AudioFileError(f"audio file not found: {self.path}")
        self.rate = rate
        self.block_samples = rate * block_ms // 1000
        self.overflows = 0
        self.position = 0
        self._blocks: Iterator[np.ndarray] | None = None

    def read(self) -> AudioChunk | None:
        if self._blocks is None:
            self._blocks = iter_file_blocks(self.path, self.rate, self.block_samples)
        samples = next(self._blocks, None)
        if samples is None:
            return None
        chunk = AudioChunk(samples, self.rate, self.position)
        self.position += len(samples)
        return chunk

    def close(self) -> None:
        self._blocks = None


class ScriptedSource(_ClosingContext):
    """A person at the microphone, played from audio scheduled at timeline positions.

    Between utterances it delivers silence, or low seeded noise at `noise_dbfs`. It never
    sleeps and never touches a device, so an hour-long meeting runs at CPU speed.
    """

    realtime = False

    def __init__(
        self,
        rate: int = 16000,
        block_ms: int = 30,
        noise_dbfs: float | None = None,
        seed: int = 0,
    ) -> None:
        self.rate = rate
        self.block_samples = rate * block_ms // 1000
        self.overflows = 0
        self.position = 0
        """Timeline index of the next sample `read()` returns."""
        self._noise_rms = None if noise_dbfs is None else 32768.0 * 10 ** (noise_dbfs / 20)
        self._rng = np.random.default_rng(seed)
        self._scheduled: list[tuple[int, int, np.ndarray]] = []  # heap of (start, order, samples)
        self._order = itertools.count()
        self._finished = False

    def schedule(self, audio: AudioChunk, at_sample: int) -> int:
        """Queue `audio` to begin at timeline sample `at_sample` (or the next block, if past).

        Returns the sample where it will begin. Overlapping utterances are mixed.
        """
        samples = audio.resampled(self.rate).samples
        start = max(at_sample, self.position)
        if len(samples):
            heapq.heappush(self._scheduled, (start, next(self._order), samples))
        return start

    @property
    def pending(self) -> bool:
        return bool(self._scheduled)

    @property
    def position_s(self) -> float:
        return self.position / self.rate

    def cancel(self) -> None:
        """Drop everything scheduled, including the rest of an utterance under way
        (a person stops talking when interrupted)."""
        self._scheduled.clear()

    def finish(self) -> None:
        """Let `read()` return None once all scheduled audio has been delivered."""
        self._finished = True

    def read(self) -> AudioChunk | None:
        if self._finished and not self._scheduled:
            return None
        first, last = self.position, self.position + self.block_samples
        due = bool(self._scheduled) and self._scheduled[0][0] < last
        if self._noise_rms is None and not due:
            self.position = last
            return AudioChunk(np.zeros(self.block_samples, dtype=np.int16), self.rate, first)
        if self._noise_rms is None:
            block = np.zeros(self.block_samples, dtype=np.float64)
        else:
            block = self._rng.normal(0.0, self._noise_rms, self.block_samples)
        if due:
            self._mix_due(block, first, last)
        self.position = last
        samples = np.clip(np.round(block), -32768, 32767).astype(np.int16)
        return AudioChunk(samples, self.rate, first)

    def _mix_due(self, block: np.ndarray, first: int, last: int) -> None:
        still_running = []
        while self._scheduled and self._scheduled[0][0] < last:
            start, order, samples = heapq.heappop(self._scheduled)
            lo, hi = max(first, start), min(last, start + len(samples))
            block[lo - first : hi - first] += samples[lo - start : hi - start]
            if start + len(samples) > last:
                still_running.append((start, order, samples))
        for item in still_running:
            heapq.heappush(self._scheduled, item)
