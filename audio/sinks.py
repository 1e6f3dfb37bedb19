"""Where the persona's audio goes: the speaker, a WAV file on the session timeline, or nowhere.

`play()` queues a chunk to be heard from `chunk.start_s` and returns at once. A device
plays it as soon as it can; a file sink writes it at exactly that timeline position.
`stop()` drops whatever has not been heard yet (the user barged in).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Self, runtime_checkable

import numpy as np

from audio.chunk import AudioChunk
from audio.devices import AudioDeviceError, describe_open_failure, import_sounddevice
from audio.sources import _ClosingContext  # one context-manager base for sources and sinks
from audio.wavio import AudioFileError


@runtime_checkable
class AudioSink(Protocol):
    rate: int
    """Hertz."""
    realtime: bool
    """True for a device, which plays in wall-clock time whatever the timeline says."""

    def play(self, chunk: AudioChunk) -> None: ...

    def stop(self) -> None: ...

    @property
    def playing(self) -> bool:
        """True while queued audio has not yet been heard."""
        ...

    def advance(self, now_s: float) -> None:
        """Where the session timeline is now; file sinks commit what lies before it."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...


class SpeakerSink(_ClosingContext):
    """The default (or named) output device via its own sounddevice OutputStream.

    Input and output use separate streams: a duplex stream delivers zeros on PulseAudio.
    The stream keeps PortAudio's default (high) latency, because low latency underruns there.
    """

    realtime = True
    END_PAD_S = 0.15
    """Silence after each utterance, so its last syllable is not cut when the queue empties."""

    def __init__(
        self,
        device: int | str | None = None,
        rate: int = 22050,
        *,
        stream_factory: Callable[..., Any] | None = None,
    ) -> None:
        """`stream_factory` stands in for sounddevice.OutputStream in unit tests."""
        self.device = device
        self.rate = rate
        self.underflows = 0
        self.samples_played = 0
        """Utterance samples (not padding) handed to the device so far."""
        self._stream_factory = stream_factory
        self._stream: Any = None
        self._lock = threading.Lock()
        self._queue: deque[tuple[np.ndarray, bool]] = deque()  # (samples, is_utterance)
        self._head_offset = 0
        self._audible_until = 0.0  # time.monotonic() when the device finishes what it was given

    def open(self) -> None:
        if self._stream is not None:
            return
        factory = self._stream_factory
        errors: tuple[type[Exception], ...] = (ValueError,)
        if factory is None:
            sd = import_sounddevice()
            factory = sd.OutputStream
            errors = (sd.PortAudioError, ValueError)
        try:
            stream = factory(
                device=self.device,
                samplerate=self.rate,
                channels=1,
                dtype="int16",
                callback=self._fill,
            )
            stream.start()
        except errors as error:
            raise AudioDeviceError(describe_open_failure("speaker", self.device, error)) from None
        self._stream = stream

    def __enter__(self) -> Self:
        self.open()
        return self

    def play(self, chunk: AudioChunk) -> None:
        self.open()
        samples = chunk.resampled(self.rate).samples
        pad = np.zeros(round(self.END_PAD_S * self.rate), dtype=np.int16)
        with self._lock:
            self._queue.append((samples, True))
            self._queue.append((pad, False))

    def stop(self) -> None:
        with self._lock:
            self._queue.clear()
            self._head_offset = 0

    @property
    def playing(self) -> bool:
        with self._lock:
            if self._queue:
                return True
        return time.monotonic() < self._audible_until

    @property
    def played_s(self) -> float:
        return self.samples_played / self.rate

    def advance(self, now_s: float) -> None:
        """The device keeps its own time."""

    def _fill(self, outdata: np.ndarray, frames: int, time_info: Any, status: Any) -> None:
        # Runs on PortAudio's thread: copy queued samples out, silence when there are none.
        if status and status.output_underflow:
            self.underflows += 1
        out = outdata[:, 0]
        filled = 0
        with self._lock:
            while filled < frames and self._queue:
                samples, is_utterance = self._queue[0]
                take = min(frames - filled, len(samples) - self._head_offset)
                out[filled : filled + take] = samples[self._head_offset : self._head_offset + take]
                filled += take
                self._head_offset += take
                if is_utterance:
                    self.samples_played += take
                if self._head_offset >= len(samples):
                    self._queue.popleft()
                    self._head_offset = 0
        out[filled:] = 0
        if filled:
            delay = _output_delay_s(time_info, self._stream)
            self._audible_until = time.monotonic() + delay + filled / self.rate

    def close(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.abort()
            stream.close()


def _output_delay_s(time_info: Any, stream: Any) -> float:
    """How long until the first sample of this callback's buffer is heard."""
    try:
        delay = float(time_info.outputBufferDacTime - time_info.currentTime)
    except AttributeError:
        delay = 0.0
    if 0.0 < delay < 2.0:
        return delay
    latency = getattr(stream, "latency", 0.0)
    return float(latency) if isinstance(latency, int | float) else 0.0


class AudioWriteError(AudioFileError, OSError):
    """An audio file cannot be written (an unwritable path, a full disk); `str()` is one line
    naming the file. An OSError too, so code that guards its disk writes catches it."""


class WavFileSink(_ClosingContext):
    """Writes every played chunk at its timeline position, silence between, straight to disk.

    Audio ahead of the timeline (told by `advance()`) stays queued so `stop()` can still drop
    it; anything before the timeline is written out. Only queued audio is held in memory.
    """

    realtime = False
    MAX_QUEUED_S = 120.0
    """If nobody calls advance(), queued audio beyond this is written out anyway."""
    SILENCE_BLOCK = 1 << 16

    def __init__(self, path: str | Path, rate: int = 22050) -> None:
        import soundfile

        self.path = Path(path)
        self.rate = rate
        self.samples_played = 0
        """Utterance samples written so far."""
        # Opened here, not by libsndfile, whose word for every system error is "System
        # error.": the OS says what is wrong (not a folder, read-only, no permission).
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        except OSError as error:
            raise self._cannot_write(error) from None
        try:
            # closefd: libsndfile closes the descriptor with the file, or when opening fails.
            self._file: Any = soundfile.SoundFile(
                fd, "w", samplerate=rate, channels=1, subtype="PCM_16", format="WAV",
                closefd=True,
            )
        except RuntimeError as error:  # libsndfile's errors are RuntimeErrors
            raise self._cannot_write(error) from None
        self._written = 0  # samples on disk
        self._clock = 0  # timeline position, in samples at self.rate
        self._queued: list[tuple[int, np.ndarray]] = []  # (start, samples), sorted, disjoint

    def play(self, chunk: AudioChunk) -> None:
        chunk = chunk.resampled(self.rate)
        if len(chunk) == 0:
            return
        # Audio for a moment already written out plays late, as a device would play it.
        start = max(chunk.start, self._written)
        self._queue(start, chunk.samples)
        if self._queued_samples() > self.MAX_QUEUED_S * self.rate:
            self._commit(self._queued[0][0] + len(self._queued[0][1]))

    def _queue(self, start: int, samples: np.ndarray) -> None:
        end = start + len(samples)
        overlapping = [q for q in self._queued if q[0] < end and start < q[0] + len(q[1])]
        if overlapping:
            first = min(start, *(q[0] for q in overlapping))
            last = max(end, *(q[0] + len(q[1]) for q in overlapping))
            mix = np.zeros(last - first, dtype=np.int32)
            for q_start, q_samples in [*overlapping, (start, samples)]:
                mix[q_start - first : q_start - first + len(q_samples)] += q_samples
            start, samples = first, np.clip(mix, -32768, 32767).astype(np.int16)
            self._queued = [q for q in self._queued if all(q is not o for o in overlapping)]
        self._queued.append((start, samples))
        self._queued.sort(key=lambda q: q[0])

    def _queued_samples(self) -> int:
        return sum(len(q[1]) for q in self._queued)

    def stop(self) -> None:
        self._queued.clear()

    @property
    def playing(self) -> bool:
        return any(start + len(samples) > self._clock for start, samples in self._queued)

    def advance(self, now_s: float) -> None:
        self._clock = max(self._clock, round(now_s * self.rate))
        if self._queued and self._queued[0][0] < self._clock:
            self._commit(self._clock)

    def _commit(self, until: int) -> None:
        """Write everything queued before timeline sample `until`."""
        while self._queued and self._queued[0][0] < until:
            start, samples = self._queued.pop(0)
            self._write_silence_until(start)
            cut = min(len(samples), until - start)
            self._write(samples[:cut])
            self.samples_played += cut
            if cut < len(samples):
                self._queued.insert(0, (start + cut, samples[cut:]))

    def _write_silence_until(self, position: int) -> None:
        while self._written < position:
            n = min(position - self._written, self.SILENCE_BLOCK)
            self._write(np.zeros(n, dtype=np.int16))

    def _write(self, samples: np.ndarray) -> None:
        try:
            self._file.write(samples)
        except RuntimeError as error:
            # Nothing more can go in; closing now leaves close() nothing to retry.
            with contextlib.suppress(RuntimeError):
                self._file.close()
            raise self._cannot_write(error) from None
        self._written += len(samples)

    def close(self) -> None:
        if self._file.closed:
            return
        try:
            if self._queued:
                last = self._queued[-1]
                self._commit(last[0] + len(last[1]))
            self._write_silence_until(self._clock)
        finally:
            try:
                self._file.close()  # rewrites the header with the final length
            except RuntimeError as error:
                raise self._cannot_write(error) from None

    def _cannot_write(self, error: Exception) -> AudioWriteError:
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
        elif _nearly_full(self.path.parent):
            reason = "the disk is full"
        else:  # without soundfile's "Error opening 3: " prefix where it has one
            reason = getattr(error, "error_string", None) or str(error)
        return AudioWriteError(f"cannot write audio file {self.path}: {reason}")


def _nearly_full(folder: Path) -> bool:
    """For libsndfile's errors, which carry no errno: is a full disk the likely reason?"""
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


class NullSink(_ClosingContext):
    """Plays nowhere, but keeps time like a file sink, so `playing` means the same thing."""

    realtime = False

    def __init__(self, rate: int = 22050) -> None:
        self.rate = rate
        self._busy_until = 0.0  # timeline seconds
        self._clock_s = 0.0

    def play(self, chunk: AudioChunk) -> None:
        self._busy_until = max(self._busy_until, chunk.end_s)

    def stop(self) -> None:
        self._busy_until = min(self._busy_until, self._clock_s)

    @property
    def playing(self) -> bool:
        return self._busy_until > self._clock_s

    def advance(self, now_s: float) -> None:
        self._clock_s = max(self._clock_s, now_s)
